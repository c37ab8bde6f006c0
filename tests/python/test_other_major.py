"""tkext.load() meeting a tkext built for the other Tcl major: a TclError that says so."""
from __future__ import annotations

import glob
import os
import shutil
import tempfile
import unittest

import tkinter

import tkext
from support import new_root, tcl_package_dir


class OtherMajorTest(unittest.TestCase):
    """Tkinter's Tcl 8.6 and a package directory holding only a Tcl 9 build."""

    def setUp(self) -> None:
        build_dir = tcl_package_dir()
        ours = glob.glob(os.path.join(build_dir, 'libtkext*'))
        if not ours:
            self.skipTest('no Tcl 8 build of tkext in %s' % build_dir)
        self.package_dir = tempfile.mkdtemp(prefix='tkext-other-major-')
        self.addCleanup(shutil.rmtree, self.package_dir)
        shutil.copy(os.path.join(build_dir, 'pkgIndex.tcl'), self.package_dir)
        # An empty file with the Tcl 9 build's name: pkgIndex.tcl must refuse
        # it by name, never try to load it.
        # tkext.load() looks in its own directories first: make that this one.
        saved_dirs = tkext._tcl.OWN_TCL_DIRS
        tkext._tcl.OWN_TCL_DIRS = [self.package_dir]
        self.addCleanup(setattr, tkext._tcl, 'OWN_TCL_DIRS', saved_dirs)
        self.other = os.path.basename(ours[0]).replace('libtkext', 'libtcl9tkext')
        open(os.path.join(self.package_dir, self.other), 'wb').close()
        self.root = new_root()
        self.addCleanup(self.root.destroy)

    def test_load_says_which_major_the_build_is_for(self) -> None:
        tk = self.root.tk
        # The package search procedures come from Tcl's library: load them
        # before auto_path is narrowed to the one directory.
        tk.eval('auto_load ::tclPkgUnknown; auto_load ::tcl::tm::UnknownHandler')
        tk.call('set', 'auto_path', [self.package_dir])
        with self.assertRaises(tkinter.TclError) as caught:
            tkext.load(self.root)
        message = str(caught.exception)
        self.assertIn('is built for Tcl 9 (%s), not for this Tcl %s'
                      % (self.other, tk.eval('info patchlevel')), message)
        self.assertIn('build tkext against Tcl 8', message)
        self.assertEqual(tk.eval('info commands ::tkext::*'), '')


if __name__ == '__main__':
    unittest.main()
