"""Shared by the tkext unittest files: one Tk root per test class, as tkinter's own tests do."""
from __future__ import annotations

import os
import subprocess
import sys
import tkinter
import unittest
from typing import List, Optional

import tkext

# TKEXT_REQUIRE_DISPLAY=1 (set by ctest, so by scripts/test.sh and CI): what a
# test would skip for (no display, no Tk, a tkext command missing) is an error.
REQUIRE_DISPLAY = os.environ.get('TKEXT_REQUIRE_DISPLAY') == '1'


def skip_or_fail(reason: str) -> None:
    """Skip with REASON, or fail when TKEXT_REQUIRE_DISPLAY=1."""
    if REQUIRE_DISPLAY:
        raise AssertionError('TKEXT_REQUIRE_DISPLAY=1, but: ' + reason)
    raise unittest.SkipTest(reason)


def new_root() -> tkinter.Tk:
    """Return a withdrawn Tk root; skip (or fail, see skip_or_fail) with no display."""
    try:
        root = tkinter.Tk()
    except tkinter.TclError as error:
        skip_or_fail('Tk cannot start (no display?): %s' % error)
    root.withdraw()
    return root


def tcl_package_dir(own_dirs: Optional[List[str]] = None) -> str:
    """The directory of the Tcl package this run uses: inside the installed
    wheel (OWN_DIRS, by default tkext's own directories), else the build
    named by TCLLIBPATH."""
    for directory in tkext._tcl.OWN_TCL_DIRS if own_dirs is None else own_dirs:
        if os.path.isfile(os.path.join(directory, 'pkgIndex.tcl')):
            return directory
    build_dirs = tkinter.Tcl().splitlist(os.environ.get('TCLLIBPATH', ''))
    if not build_dirs:
        raise AssertionError('no tkext Tcl package inside the Python package and no TCLLIBPATH')
    return str(build_dirs[0])


def has_command(name: str) -> bool:
    """True when this build of tkext has ::tkext::NAME."""
    tcl = tkinter.Tcl()
    tkext.load(tcl)
    return bool(tcl.call('info', 'commands', '::tkext::' + name))


def require_commands(*names: str) -> None:
    """Skip (or fail) the calling test class when a tkext command is missing."""
    missing = [name for name in names if not has_command(name)]
    if missing:
        skip_or_fail('this tkext has no ' + ', '.join('tkext::' + name for name in missing))


class TkTestCase(unittest.TestCase):
    """Base class: cls.root, a fresh self.canvas per test; tkext loaded."""

    install = False   # subclasses set True to run with tkext.install(root)

    @classmethod
    def setUpClass(cls) -> None:
        cls.root = new_root()
        tkext.load(cls.root)
        if cls.install:
            tkext.install(cls.root)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.root.update_idletasks()
        cls.root.destroy()
        del cls.root

    def setUp(self) -> None:
        self.canvas = tkinter.Canvas(self.root)

    def tearDown(self) -> None:
        self.canvas.destroy()

    def error_code(self) -> list:
        """The -errorcode words of the last Tcl error in this root's interpreter."""
        return [str(word) for word in self.root.tk.splitlist(self.root.tk.globalgetvar('errorCode'))]


def run_python(code: str) -> subprocess.CompletedProcess:
    """Run CODE in a child Python with this environment; a crash shows as its exit status."""
    return subprocess.run([sys.executable, '-c', code], env=dict(os.environ),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, timeout=120)
