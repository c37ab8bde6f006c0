"""`cmake --install` stays inside its prefix: DESTDIR, install_manifest.txt, man page, finding it.

Run once by ctest (python.cmake_install) with TKEXT_BUILD_DIR (a configured and
built tree) and TKEXT_CMAKE (the cmake program).  Installs into temporary
directories only.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

BUILD_DIR = os.environ.get('TKEXT_BUILD_DIR', '')
CMAKE = os.environ.get('TKEXT_CMAKE', 'cmake')

LOAD_INSTALLED = textwrap.dedent('''
    import tkinter, tkext
    tcl = tkinter.Tcl()
    print(tkext.__file__)
    print(tkext.load(tcl), tkext.__version__)
    print(dict(tcl.splitlist(pair)[::-1] for pair in tcl.splitlist(tcl.call('info', 'loaded')))['Tkext'])
''')


def files_under(root: str) -> set:
    """Every file and symlink below ROOT, as absolute paths."""
    found = set()
    for directory, _, names in os.walk(root):
        found.update(os.path.join(directory, name) for name in names)
    return found


class CMakeInstallTest(unittest.TestCase):

    def setUp(self) -> None:
        self.assertTrue(os.path.isfile(os.path.join(BUILD_DIR, 'CMakeCache.txt')),
                        'TKEXT_BUILD_DIR must name a configured build tree')
        self.scratch = tempfile.mkdtemp(prefix='tkext-install-')
        self.env = {key: value for key, value in os.environ.items()
                    if key not in ('DESTDIR', 'TCLLIBPATH', 'PYTHONPATH')}

    def tearDown(self) -> None:
        shutil.rmtree(self.scratch)

    def install(self, prefix: str, destdir: str = '') -> list:
        """cmake --install into PREFIX (under DESTDIR); return install_manifest.txt's lines."""
        env = dict(self.env, DESTDIR=destdir) if destdir else self.env
        subprocess.run([CMAKE, '--install', BUILD_DIR, '--prefix', prefix], env=env, check=True,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        with open(os.path.join(BUILD_DIR, 'install_manifest.txt'), encoding='utf-8') as manifest:
            return manifest.read().splitlines()

    def test_destdir_holds_everything_under_the_prefix(self):
        destdir = os.path.join(self.scratch, 'dest')
        prefix = '/opt/tkext-check'
        manifest = self.install(prefix, destdir)
        written = files_under(destdir)
        inside = os.path.join(destdir, prefix.lstrip('/')) + os.sep
        self.assertEqual([path for path in written if not path.startswith(inside)], [])
        self.assertEqual({destdir + path for path in manifest}, written)   # listed without DESTDIR
        self.assertIn(inside + 'share/man/mann/tkext.n', written)
        self.assertTrue(any(path.endswith('/pkgIndex.tcl') for path in written))
        self.assertFalse([path for path in written if path.endswith('.pth')])

    def test_a_prefix_works_without_environment_variables(self):
        prefix = os.path.join(self.scratch, 'prefix')
        manifest = self.install(prefix)
        self.assertEqual(set(manifest), files_under(prefix))
        python_dir = os.path.join(prefix, 'lib', 'tkext', 'python')
        child = subprocess.run([sys.executable, '-c', LOAD_INSTALLED], cwd=self.scratch,
                               env=dict(self.env, PYTHONPATH=python_dir),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               universal_newlines=True, timeout=120)
        self.assertEqual(child.returncode, 0, child.stderr)
        module, versions, library = child.stdout.splitlines()
        self.assertTrue(module.startswith(python_dir + os.sep), module)
        load_version, python_version = versions.split()
        self.assertEqual(load_version, python_version)
        self.assertTrue(os.path.realpath(library).startswith(os.path.realpath(prefix) + os.sep),
                        library)


if __name__ == '__main__':
    unittest.main()
