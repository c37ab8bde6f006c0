"""tkext.load and tkext.install: finding the package, several roots, deep nesting."""
from __future__ import annotations

import os
import sys
import textwrap
import tkinter
import unittest
from tkinter import TclError

import tkext
from support import TkTestCase, new_root, run_python, skip_or_fail


def hide_packages(tcl) -> None:
    """Leave only Tcl's own library on auto_path: no tkext anywhere."""
    tcl.eval('set auto_path [list $tcl_library]')


class LoadTest(unittest.TestCase):
    """load() needs no Tk: a bare Tcl interpreter will do."""

    def setUp(self) -> None:
        self.saved_dir = tkext._INSTALLED_TCL_DIR

    def tearDown(self) -> None:
        tkext._INSTALLED_TCL_DIR = self.saved_dir

    def test_load_returns_the_version_and_is_idempotent(self):
        tcl = tkinter.Tcl()
        version = tkext.load(tcl)
        self.assertRegex(version, r'^\d+\.\d+')
        self.assertEqual(tkext.load(tcl), version)
        self.assertEqual(tcl.call('package', 'provide', 'tkext'), version)

    def test_load_says_what_to_set_when_the_package_is_nowhere(self):
        tcl = tkinter.Tcl()
        hide_packages(tcl)
        tkext._INSTALLED_TCL_DIR = None
        with self.assertRaises(TclError) as caught:
            tkext.load(tcl)
        self.assertIn('TCLLIBPATH', str(caught.exception))
        self.assertIn('cmake --install', str(caught.exception))

    def test_load_falls_back_to_the_installed_location(self):
        build_dirs = tkinter.Tcl().splitlist(os.environ.get('TCLLIBPATH', ''))
        if not build_dirs:
            skip_or_fail('TCLLIBPATH is not set')
        tcl = tkinter.Tcl()
        hide_packages(tcl)
        tkext._INSTALLED_TCL_DIR = build_dirs[0]
        self.assertRegex(tkext.load(tcl), r'^\d+\.\d+')


class InstallTest(TkTestCase):
    install = True

    def test_raw_calls_take_every_shape(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        self.root.tk.call(self.canvas._w, 'coords', item, ((5, 6), (7, 8)))
        self.assertEqual(self.canvas.coords(item), [5.0, 6.0, 7.0, 8.0])

    def test_tcl_code_takes_every_shape(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        self.root.tk.eval('%s coords %s {{9 10} {11 12}}' % (self.canvas._w, item))
        self.assertEqual(self.canvas.coords(item), [9.0, 10.0, 11.0, 12.0])

    def test_install_is_idempotent(self):
        coords_method = tkinter.Canvas.coords
        tkext.install(self.root)
        tkext.install(self.root)
        self.assertIs(tkinter.Canvas.coords, coords_method)
        item = self.canvas.create_polygon(1, 2, 3, 4, 5, 6)
        self.canvas.coords(item, [(1, 1), (2, 2), (3, 3)])
        self.assertEqual(self.canvas.coords(item), [1.0, 1.0, 2.0, 2.0, 3.0, 3.0])

    def test_packed_reaches_an_enabled_canvas(self):
        from array import array
        item = self.canvas.create_line(1, 2, 3, 4)
        tkext.coords(self.canvas, item, array('d', [0.5, 1.5, 2.5, 3.5]))
        self.assertEqual(self.canvas.coords(item), [0.5, 1.5, 2.5, 3.5])


class SeveralRootsTest(unittest.TestCase):

    def setUp(self) -> None:
        self.first = new_root()
        self.second = new_root()
        self.third = new_root()

    def tearDown(self) -> None:
        for root in self.third, self.second, self.first:
            root.destroy()

    def test_each_installed_root_takes_every_shape(self):
        tkext.install(self.first)
        tkext.install(self.second)
        for root in self.first, self.second:
            canvas = tkinter.Canvas(root)
            item = canvas.create_line(1, 2, 3, 4)
            root.tk.call(canvas._w, 'coords', item, ((5, 6), (7, 8)))
            self.assertEqual(canvas.coords(item), [5.0, 6.0, 7.0, 8.0])
            self.assertEqual(list(tkext.coords_array(canvas, item)), [5.0, 6.0, 7.0, 8.0])

    def test_install_touches_only_its_own_interpreter(self):
        tkext.install(self.second)
        canvas = tkinter.Canvas(self.third)
        item = canvas.create_line(1, 2, 3, 4)
        self.assertRaises(TclError, self.third.tk.call, canvas._w, 'coords', item, ((5, 6), (7, 8)))
        self.assertEqual(canvas.coords(item), [1.0, 2.0, 3.0, 4.0])

    def test_no_root_means_the_default_root(self):
        default = tkinter._default_root
        self.assertIsNotNone(default)
        tkext.install()
        self.assertEqual(default.tk.call('package', 'provide', 'tkext'), tkext.load(default))
        canvas = tkinter.Canvas(default)
        item = canvas.create_line(1, 2, 3, 4)
        default.tk.call(canvas._w, 'coords', item, ((5, 6), (7, 8)))
        self.assertEqual(canvas.coords(item), [5.0, 6.0, 7.0, 8.0])


DEEP_NESTING = textwrap.dedent('''
    import tkinter, tkext
    root = tkinter.Tk()
    tkext.install(root)
    canvas = tkinter.Canvas(root)
    item = canvas.create_line(1, 2, 3, 4)

    def nested(depth):
        value = (10, 20, 30, 40)
        for _ in range(depth):
            value = (value,)
        return value

    for name, set_coords in (('Canvas.coords', canvas.coords),
                             ('tkext.coords', lambda *a: tkext.coords(canvas, *a))):
        set_coords(item, nested(999))
        print(name, 999, canvas.coords(item))
        for depth in 1000, 100000:
            try:
                set_coords(item, nested(depth))
            except ValueError as error:
                print(name, depth, 'ValueError', error, canvas.coords(item))
    root.destroy()
''')


class DeepNestingTest(unittest.TestCase):
    """Nesting beyond 1000 levels: ValueError as in 3.12, never a crash (3.11's _tkinter)."""

    def test_in_a_child_process(self):
        child = run_python(DEEP_NESTING)
        if 'no display' in child.stderr or "couldn't connect to display" in child.stderr:
            skip_or_fail('no display: ' + child.stderr.strip()[-200:])
        self.assertEqual(child.returncode, 0, child.stderr)
        lines = child.stdout.splitlines()
        for name in 'Canvas.coords', 'tkext.coords':
            self.assertIn('%s 999 [10.0, 20.0, 30.0, 40.0]' % name, lines)
            for depth in 1000, 100000:
                self.assertIn('%s %d ValueError nesting too deep in _flatten '
                              '[10.0, 20.0, 30.0, 40.0]' % (name, depth), lines)


if __name__ == '__main__':
    unittest.main()
