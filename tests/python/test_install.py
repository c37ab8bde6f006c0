"""tkext.load and tkext.install: finding the package, several roots, deep nesting."""
from __future__ import annotations

import math
import os
import shutil
import sys
import tempfile
import textwrap
import tkinter
import unittest
from array import array
from tkinter import TclError

import tkext
from support import TkTestCase, new_root, run_python, skip_or_fail, tcl_package_dir


def hide_packages(tcl) -> None:
    """Leave only Tcl's own library on auto_path: no tkext anywhere."""
    tcl.eval('set auto_path [list $tcl_library]')


def loaded_library(tcl) -> str:
    """The file the Tkext library was loaded from in TCL."""
    for path, name in (tcl.splitlist(pair) for pair in tcl.splitlist(tcl.call('info', 'loaded', ''))):
        if str(name) == 'Tkext':
            return os.path.realpath(str(path))
    raise AssertionError('no Tkext library loaded')


def copy_tcl_package(source: str, target: str) -> None:
    """Copy the Tcl package in SOURCE (pkgIndex.tcl and its shared libraries) to TARGET."""
    suffix = tkinter.Tcl().call('info', 'sharedlibextension')
    os.makedirs(target)
    for name in os.listdir(source):
        if name == 'pkgIndex.tcl' or name.endswith(suffix):
            shutil.copy2(os.path.join(source, name), target)


class LoadTest(unittest.TestCase):
    """load() needs no Tk: a bare Tcl interpreter will do."""

    def setUp(self) -> None:
        self.saved_dirs = tkext._tcl.OWN_TCL_DIRS
        self.scratch = tempfile.mkdtemp(prefix='tkext-load-')

    def tearDown(self) -> None:
        tkext._tcl.OWN_TCL_DIRS = self.saved_dirs
        shutil.rmtree(self.scratch)

    def package_dir(self) -> str:
        """Where this run's Tcl package is (see support.tcl_package_dir)."""
        return tcl_package_dir(self.saved_dirs)

    def test_load_returns_the_version_and_is_idempotent(self):
        tcl = tkinter.Tcl()
        version = tkext.load(tcl)
        self.assertEqual(version, tkext.__version__)
        self.assertEqual(tkext.load(tcl), version)
        self.assertEqual(tcl.call('package', 'provide', 'tkext'), version)

    def test_the_library_loaded_is_the_one_this_run_ships(self):
        tcl = tkinter.Tcl()
        tkext.load(tcl)
        library = loaded_library(tcl)
        self.assertEqual(os.path.dirname(library), os.path.realpath(self.package_dir()))

    def test_own_package_comes_before_auto_path(self):
        own = os.path.join(self.scratch, 'own')
        copy_tcl_package(self.package_dir(), own)
        tkext._tcl.OWN_TCL_DIRS = [os.path.join(self.scratch, 'missing'), own]
        tcl = tkinter.Tcl()
        tcl.call('lappend', 'auto_path', self.package_dir())   # another copy, found by Tcl
        tcl.eval('catch {package require no-such-package}')    # ... and already indexed
        self.assertEqual(tkext.load(tcl), tkext.__version__)
        self.assertEqual(os.path.dirname(loaded_library(tcl)), os.path.realpath(own))
        self.assertEqual(str(tcl.splitlist(tcl.globalgetvar('auto_path'))[0]), own)

    def test_error_says_what_was_tried(self):
        refusing = os.path.join(self.scratch, 'refusing')
        os.makedirs(refusing)
        with open(os.path.join(refusing, 'pkgIndex.tcl'), 'w') as index:
            index.write('return\n')   # as a pkgIndex.tcl for another Tcl major does
        tkext._tcl.OWN_TCL_DIRS = [refusing]
        tcl = tkinter.Tcl()
        hide_packages(tcl)
        with self.assertRaises(tkext.TkextError) as caught:
            tkext.load(tcl)
        self.assertEqual(caught.exception.code, ('TKEXT', 'LOAD'))
        message = str(caught.exception)
        self.assertIn(refusing + ': its pkgIndex.tcl offers no tkext %s to Tcl' % tkext.__version__,
                      message)
        self.assertIn('auto_path {%s}' % tcl.call('set', 'tcl_library'), message)
        self.assertIn("can't find package tkext", message)
        self.assertIn('TCLLIBPATH', message)
        self.assertEqual(tcl.call('package', 'provide', 'tkext'), '')

    def test_a_broken_own_copy_falls_back_to_tcl_search(self):
        broken = os.path.join(self.scratch, 'broken')
        os.makedirs(broken)
        with open(os.path.join(broken, 'pkgIndex.tcl'), 'w') as index:
            index.write('package ifneeded tkext %s {error "broken copy"}\n' % tkext.__version__)
        tkext._tcl.OWN_TCL_DIRS = [broken]
        tcl = tkinter.Tcl()
        hide_packages(tcl)
        tcl.call('lappend', 'auto_path', self.package_dir())
        self.assertEqual(tkext.load(tcl), tkext.__version__)
        self.assertEqual(os.path.dirname(loaded_library(tcl)), os.path.realpath(self.package_dir()))

    def test_falls_back_to_tcl_search(self):
        tkext._tcl.OWN_TCL_DIRS = [os.path.join(self.scratch, 'missing')]
        tcl = tkinter.Tcl()
        hide_packages(tcl)
        tcl.call('lappend', 'auto_path', self.package_dir())
        self.assertEqual(tkext.load(tcl), tkext.__version__)
        self.assertEqual(os.path.dirname(loaded_library(tcl)), os.path.realpath(self.package_dir()))


class FirstUseTest(unittest.TestCase):
    """Commands load the package on first use, decided by Tcl's error code, not its text."""

    def test_missing_command_loads_the_package(self):
        tcl = tkinter.Tcl()
        self.assertEqual(tcl.call('package', 'provide', 'tkext'), '')
        self.assertEqual(tkext._tcl.call(tcl, 'tkext::flatten', ((1, 2), (3, 4))), (1, 2, 3, 4))
        self.assertEqual(tcl.call('package', 'provide', 'tkext'), tkext.__version__)

    def test_other_errors_with_the_same_text_propagate(self):
        tcl = tkinter.Tcl()
        tcl.eval('namespace eval tkext {}; proc tkext::flatten args '
                 '{return -code error -errorcode {MY CODE} {invalid command name "tkext::flatten"}}')
        with self.assertRaises(TclError):
            tkext._tcl.call(tcl, 'tkext::flatten', (1, 2))
        self.assertEqual(tcl.call('package', 'provide', 'tkext'), '')


class VersionTest(unittest.TestCase):

    def test_one_version_everywhere(self):
        """__version__ is the Tcl package's version, and the wheel's when installed from one."""
        from importlib import metadata
        self.assertRegex(tkext.__version__, r'^\d+\.\d+\.\d+$')
        self.assertEqual(tkext.load(tkinter.Tcl()), tkext.__version__)
        if os.path.isdir(os.path.join(tkext._tcl.PACKAGE_DIR, 'tcl')):   # installed from the wheel
            self.assertEqual(metadata.version('tkext'), tkext.__version__)


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


class InstalledBufferTest(TkTestCase):
    """After install(), Canvas.coords and create_* send a float64 buffer as one packed block (item 2)."""
    install = True

    def count_packed_calls(self) -> None:
        """From now on, ::calls lists the subcommand of every tkext::packed call."""
        self.root.tk.eval('rename ::tkext::packed ::tkext::counted_packed; set ::calls {}; '
                          'proc ::tkext::packed args {lappend ::calls [lindex $args 0]; '
                          'tailcall ::tkext::counted_packed {*}$args}')
        self.addCleanup(self.root.tk.eval, 'rename ::tkext::packed {}; '
                        'rename ::tkext::counted_packed ::tkext::packed')

    def test_coords_takes_a_buffer(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        self.count_packed_calls()
        values = array('d', [0.1, 1 / 3, -2 / 7, 1e-300, 5, 6])
        self.assertEqual(self.canvas.coords(item, values), [])
        self.assertEqual(tkext.coords_array(self.canvas, item).tobytes(), values.tobytes())
        self.canvas.coords(item, memoryview(values).cast('B').cast('d', [3, 2]))
        self.assertEqual(self.canvas.coords(item), values.tolist())
        self.assertEqual(self.root.tk.eval('set ::calls'), 'set get set')

    def test_create_takes_a_buffer_with_options(self):
        self.count_packed_calls()
        line = self.canvas.create_line(array('d', [5, 6, 7, 8]))
        self.assertEqual(self.canvas.coords(line), [5.0, 6.0, 7.0, 8.0])
        polygon = self.canvas.create_polygon(array('d', [0, 0, 10, 0, 10, 10]), fill='red', tags='p')
        self.assertEqual(self.canvas.coords(polygon), [0.0, 0.0, 10.0, 0.0, 10.0, 10.0])
        self.assertEqual(self.canvas.itemcget(polygon, 'fill'), 'red')
        self.assertEqual(self.canvas.find_withtag('p'), (polygon,))
        oval = self.canvas.create_oval(array('d', [1, 2, 3, 4]), {'outline': 'blue'}, width=3)
        self.assertEqual(self.canvas.itemcget(oval, 'outline'), 'blue')
        self.assertEqual(self.canvas.itemcget(oval, 'width'), '3.0')
        self.assertEqual(self.root.tk.eval('set ::calls'), 'decode decode decode')

    def test_refused_buffers_carry_the_code_and_change_nothing(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        before = self.canvas.find_all()
        for call, data, code in (
                (lambda data: self.canvas.coords(item, data), array('d', [1, 2, 3]), 'COUNT'),
                (lambda data: self.canvas.coords(item, data), array('d', [1, 2, 3, math.nan]), 'NONFINITE'),
                (self.canvas.create_line, array('d', [1, 2]), 'COUNT'),
                (self.canvas.create_rectangle, array('d', [1, 2, math.inf, 4]), 'NONFINITE')):
            with self.subTest(data=data.tolist(), code=code):
                with self.assertRaises(tkext.TkextError) as caught:
                    call(data)
                self.assertEqual(caught.exception.code[:3], ('TKEXT', 'COORDS', code))
        self.assertEqual(self.canvas.coords(item), [1.0, 2.0, 3.0, 4.0])
        self.assertEqual(self.canvas.find_all(), before)

    def test_empty_buffer_is_an_empty_list(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        self.assertEqual(self.canvas.coords(item, array('d')), [1.0, 2.0, 3.0, 4.0])
        self.assertRaises(IndexError, self.canvas.create_line, [])
        self.assertRaises(IndexError, self.canvas.create_line, array('d'))

    def test_everything_else_reaches_tkinter_unchanged(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        self.canvas.coords(item, b'5 6 7 8')   # bytes are Tcl text to tkinter
        self.assertEqual(self.canvas.coords(item), [5.0, 6.0, 7.0, 8.0])
        self.assertEqual(self.canvas.coords(self.canvas.create_line(b'1 2 3 4')), [1.0, 2.0, 3.0, 4.0])
        # array('f') is no float64 buffer: tkinter sends its text, which Tk refuses.
        self.assertRaises(TclError, self.canvas.coords, item, array('f', [1, 2, 3, 4]))
        self.assertEqual(self.canvas.coords(item), [5.0, 6.0, 7.0, 8.0])

    def test_canvases_of_other_interpreters_take_buffers_too(self):
        # The methods are replaced for the process: a root that never saw
        # install() or load() gets tkext loaded on first use, its canvas stays plain.
        other = new_root()
        self.addCleanup(other.destroy)
        self.assertEqual(other.tk.call('package', 'provide', 'tkext'), '')
        canvas = tkinter.Canvas(other)
        line = canvas.create_line(array('d', [1, 2, 3, 4]), width=2)
        self.assertEqual(canvas.coords(line), [1.0, 2.0, 3.0, 4.0])
        canvas.coords(line, array('d', [5, 6, 7, 8]))
        self.assertEqual(canvas.coords(line), [5.0, 6.0, 7.0, 8.0])
        self.assertEqual(other.tk.call('package', 'provide', 'tkext'), tkext.__version__)
        self.assertRaises(TclError, other.tk.call, canvas._w, 'coords', line, ((5, 6), (7, 8)))

    def test_coords_keeps_312s_rule_for_the_id(self):
        # 3.12 flattens the id with the coordinates: None is dropped, and the
        # next value becomes the id.  The backport keeps that exactly.
        other = self.canvas.create_line(1, 2, 3, 4)
        self.assertEqual(self.canvas.coords(None, other, 20, 30, 40, 50), [])
        self.assertEqual(self.canvas.coords(other), [20.0, 30.0, 40.0, 50.0])


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
