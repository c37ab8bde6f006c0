"""Every error path of the Python API: TkextError with the Tcl error code of the
interpreter that ran the call, or TypeError/ValueError for arguments Python
refuses before Tcl sees them (issue 20, items 1, 3, 4 and 5)."""
from __future__ import annotations

import math
import shutil
import tempfile
import tkinter
import unittest
from array import array
from tkinter import TclError

import tkext
from tkext import TkextError, geom
from support import TkTestCase, require_commands

SQUARE = [(0, 0), (10, 0), (10, 10), (0, 10)]


class ErrorCheck(unittest.TestCase):

    def assertTkextError(self, code, message, function, *args, **kwargs) -> TkextError:
        """FUNCTION(*ARGS) raises TkextError with .code CODE (a tuple prefix) and MESSAGE in its text."""
        with self.assertRaises(TkextError) as caught:
            function(*args, **kwargs)
        error = caught.exception
        self.assertIsInstance(error, TclError)
        self.assertIsInstance(error.code, tuple)
        self.assertEqual(error.code[:len(code)], code, str(error))
        self.assertIn(message, str(error))
        self.assertEqual(error.args, (str(error),))
        return error

    def assertRefused(self, exception, message, function, *args, **kwargs) -> None:
        """FUNCTION(*ARGS) raises EXCEPTION (never a TclError) with MESSAGE in its text."""
        with self.assertRaises(exception) as caught:
            function(*args, **kwargs)
        self.assertNotIsInstance(caught.exception, TclError)
        self.assertIn(message, str(caught.exception))


class TkextErrorTest(ErrorCheck):

    def test_is_a_tcl_error_with_a_code(self):
        error = TkextError('message', ('TKEXT', 'COORDS', 'COUNT'))
        self.assertIsInstance(error, TclError)
        self.assertEqual(str(error), 'message')
        self.assertEqual(error.code, ('TKEXT', 'COORDS', 'COUNT'))
        self.assertEqual(TkextError('message').code, ('NONE',))
        self.assertIn('TkextError', tkext.__all__)

    def test_load_failure(self):
        saved = tkext._tcl.OWN_TCL_DIRS
        scratch = tempfile.mkdtemp(prefix='tkext-errors-')
        self.addCleanup(shutil.rmtree, scratch)
        self.addCleanup(setattr, tkext._tcl, 'OWN_TCL_DIRS', saved)
        tkext._tcl.OWN_TCL_DIRS = [scratch]
        tcl = tkinter.Tcl()
        tcl.eval('set auto_path [list $tcl_library]')
        self.assertTkextError(('TKEXT', 'LOAD'), 'cannot load the tkext Tcl package', tkext.load, tcl)


class GeometryErrorTest(ErrorCheck):
    """Each geometry function, on both input kinds, in the hidden interpreter and in a given one."""

    @classmethod
    def setUpClass(cls) -> None:
        require_commands('geom')

    CALLS = [('bbox', ()), ('length', ()), ('area', ()), ('centroid', ()),
             ('contains', (1, 2)), ('distance', (1, 2)), ('translate', (1, 2)),
             ('scale', (2, 3)), ('rotate', (30,)), ('transform', ((1, 0, 0, 1, 0, 0),)),
             ('simplify', (0.5,))]

    def test_every_function_is_covered(self):
        self.assertEqual(sorted(name for name, _ in self.CALLS), sorted(geom.__all__))

    def each(self):
        for name, args in self.CALLS:
            yield name, getattr(geom, name), args

    def test_odd_count(self):
        for name, function, args in self.each():
            for points in [0, 0, 1], array('d', [0, 0, 1]):
                with self.subTest(function=name, points=type(points).__name__):
                    self.assertTkextError(('TKEXT', 'COORDS', 'COUNT'),
                                          'wrong # coordinates: expected an even number, got 3',
                                          function, points, *args)

    def test_non_finite(self):
        for name, function, args in self.each():
            for points in [0, 0, 1, math.nan], array('d', [0, 0, math.inf, 1]):
                with self.subTest(function=name, points=type(points).__name__):
                    self.assertTkextError(('TKEXT', 'COORDS', 'NONFINITE'), 'non-finite coordinate',
                                          function, points, *args)

    def test_no_points(self):
        for name in 'bbox', 'centroid', 'distance':
            function = getattr(geom, name)
            args = dict(self.CALLS)[name]
            for points in [], array('d'):
                with self.subTest(function=name, points=type(points).__name__):
                    self.assertTkextError(('TKEXT', 'GEOM', 'EMPTY'), 'no points',
                                          function, points, *args)

    def test_bad_scalars_from_tcl(self):
        self.assertTkextError(('TKEXT', 'ARG', 'VALUE'), 'bad tolerance "-1"',
                              geom.simplify, SQUARE, -1)
        self.assertTkextError(('TKEXT', 'ARG', 'NONFINITE'), 'non-finite', geom.translate,
                              SQUARE, math.inf, 0)
        self.assertTkextError(('TKEXT', 'ARG', 'NONFINITE'), 'non-finite matrix element',
                              geom.transform, SQUARE, (1, 0, 0, 1, math.nan, 0))

    def test_code_comes_from_the_interpreter_that_ran_the_call(self):
        # Root's errorCode holds a stale code; geom runs in its own interpreter
        # (or the one given), and its code is the one on the exception.
        root = tkinter.Tcl()
        root.eval('catch {error stale {} {STALE CODE}}')
        self.assertTkextError(('TKEXT', 'COORDS', 'COUNT'), 'got 3', geom.area, [1, 2, 3])
        self.assertTkextError(('TKEXT', 'GEOM', 'EMPTY'), 'no points', geom.bbox, [], tk=root)
        error = self.assertTkextError(('TKEXT', 'COORDS', 'NONFINITE'), 'non-finite',
                                      geom.length, [0, 0, math.nan, 0], tk=root)
        self.assertEqual(error.code[:3], tuple(root.splitlist(root.globalgetvar('errorCode')))[:3])


class GeometryArgumentTest(ErrorCheck):
    """Geometry takes numbers only: None, text and other values raise TypeError (item 3)."""

    @classmethod
    def setUpClass(cls) -> None:
        require_commands('geom')

    def test_none_is_refused_anywhere(self):
        self.assertRefused(TypeError, 'points must be numbers', geom.area, None)
        self.assertRefused(TypeError, 'got NoneType None at index 1', geom.area,
                           [(0, None), (10, 0), (10, 10), (0, None)])
        self.assertRefused(TypeError, 'got NoneType None at index 0', geom.length, [None, 1, 2])
        self.assertRefused(TypeError, 'got NoneType None at index 2', geom.translate,
                           [[(0, 0)], [(None, 1)]], 1, 1)
        self.assertRefused(TypeError, 'x must be a number', geom.contains, SQUARE, None, 1)
        # Deeper in pairs, where one pair's extra numbers would make up the count.
        self.assertRefused(TypeError, 'got NoneType None at index 0', geom.area,
                           [((None, None), 3), ((1, 2), 3), (4, 5)])

    def test_text_and_other_values_are_refused(self):
        self.assertRefused(TypeError, "got str 'x' at index 3", geom.area, [(0, 0), (1, 'x')])
        self.assertRefused(TypeError, "got str '0 0 1 1'", geom.length, '0 0 1 1')
        self.assertRefused(TypeError, 'got dict', geom.bbox, [{1: 2, 3: 4}])
        self.assertRefused(TypeError, 'angle must be a number', geom.rotate, SQUARE, '90')
        self.assertRefused(TypeError, 'tolerance must be a number', geom.simplify, SQUARE, None)

    def test_too_deep_and_too_large(self):
        deep = [1, 2]
        for _ in range(5000):
            deep = [deep]
        self.assertRefused(ValueError, 'nesting too deep', geom.area, deep)
        self.assertRefused(ValueError, 'too large for a float64', geom.area, [(0, 0), (1, 10 ** 400)])

    def test_empty_and_degenerate_inputs_still_work(self):
        self.assertEqual(geom.area([]), 0.0)
        self.assertEqual(geom.area([[], ()]), 0.0)
        self.assertEqual(geom.translate([], 1, 1), [])
        self.assertEqual(geom.translate(array('d'), 1, 1).tolist(), [])


class MatrixTest(ErrorCheck):
    """Matrices: any six numbers, buffers included; anything else TypeError naming 'matrix' (item 1)."""

    @classmethod
    def setUpClass(cls) -> None:
        require_commands('geom')

    def test_six_numbers_in_any_form(self):
        expected = [6.0, 7.0]
        for label, matrix in (('tuple', (1, 0, 0, 1, 5, 6)), ('list', [1, 0, 0, 1, 5, 6]),
                              ('nested', ((1, 0), (0, 1), (5, 6))),
                              ("array('d')", array('d', [1, 0, 0, 1, 5, 6])),
                              ("array('i')", array('i', [1, 0, 0, 1, 5, 6])),
                              ('memoryview', memoryview(array('d', [1, 0, 0, 1, 5, 6]))),
                              ('2-d memoryview', memoryview(array('d', [1, 0, 0, 1, 5, 6]))
                               .cast('B').cast('d', [3, 2]))):
            with self.subTest(matrix=label):
                self.assertEqual(geom.transform([(1, 1)], matrix), expected)

    def test_anything_else_is_a_type_error_naming_the_matrix(self):
        for label, matrix, got in (('str', 'abcdef', "got str 'abcdef'"),
                                   ('None', None, 'got NoneType None'),
                                   ('five', (1, 0, 0, 1, 5), 'got 5 numbers'),
                                   ('seven', array('d', range(7)), 'got 7 numbers'),
                                   ('bytes', b'\x01\x00\x00\x01\x00\x00', 'got bytes'),
                                   ('None inside', (1, 0, 0, 1, None, 0), 'None at index 4'),
                                   ('text inside', (1, 0, 0, 1, '5', 0), "str '5' at index 4")):
            with self.subTest(matrix=label):
                self.assertRefused(TypeError, 'matrix must be 6 numbers (a, b, c, d, e, f)',
                                   geom.transform, [(1, 1)], matrix)
                self.assertRefused(TypeError, got, geom.transform, [(1, 1)], matrix)


class CanvasErrorTest(TkTestCase, ErrorCheck):
    """tkext.coords, coords_array, rotate, transform on a canvas."""

    def test_coords_errors_carry_their_code(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        self.assertTkextError(('TKEXT', 'COORDS', 'COUNT'), 'expected an even number, got 5',
                              tkext.coords, self.canvas, item, array('d', [1, 2, 3, 4, 5]))
        self.assertTkextError(('TKEXT', 'COORDS', 'NONFINITE'), 'non-finite coordinate',
                              tkext.coords, self.canvas, item, array('d', [1, 2, 3, math.nan]))
        # The text path reaches this (not enabled) canvas's own Tk command: Tk's code.
        self.assertTkextError(('TK', 'CANVAS', 'COORDS'), 'expected an even number, got 3',
                              tkext.coords, self.canvas, item, 1, 2, 3)
        self.assertEqual(self.canvas.coords(item), [1.0, 2.0, 3.0, 4.0])

    def test_missing_canvas(self):
        canvas = tkinter.Canvas(self.root)
        canvas.destroy()
        for function, args in ((tkext.coords, (1,)), (tkext.coords, (1, array('d', [1, 2, 3, 4]))),
                               (tkext.coords_array, (1,))):
            with self.subTest(function=function.__name__, args=len(args)):
                self.assertTkextError(('TCL', 'LOOKUP', 'COMMAND', str(canvas)),
                                      'invalid command name', function, canvas, *args)

    def test_rotate_and_transform(self):
        require_commands('rotate', 'transform')
        item = self.canvas.create_line(1, 2, 3, 4)
        self.assertTkextError(('TKEXT', 'ARG', 'VALUE'), 'bad angle "abc"',
                              tkext.rotate, self.canvas, item, 0, 0, 'abc')
        self.assertTkextError(('TKEXT', 'ARG', 'NONFINITE'), 'non-finite matrix element',
                              tkext.transform, self.canvas, item, (1, 0, 0, 1, math.inf, 0))
        self.assertRefused(TypeError, 'matrix must be 6 numbers', tkext.transform,
                           self.canvas, item, None)
        self.assertRefused(TypeError, 'matrix must be 6 numbers', tkext.transform,
                           self.canvas, item, 'abcdef')
        self.assertEqual(self.canvas.coords(item), [1.0, 2.0, 3.0, 4.0])

    def test_transform_takes_buffers(self):
        require_commands('transform')
        item = self.canvas.create_line(1, 2, 3, 4)
        tkext.transform(self.canvas, item, array('d', [1, 0, 0, 1, 10, 20]))
        self.assertEqual(self.canvas.coords(item), [11.0, 22.0, 13.0, 24.0])

    def test_tag_or_id_must_be_an_int_or_a_str(self):
        other = self.canvas.create_line(1, 2, 3, 4)   # an id the flattened None call would hit
        for bad in None, 1.5, True, (1,), b'1':
            with self.subTest(tagOrId=bad):
                self.assertRefused(TypeError, 'tagOrId must be an item id (int) or a tag (str)',
                                   tkext.coords, self.canvas, bad, other, 20, 30, 40, 50)
                self.assertRefused(TypeError, 'tagOrId must be', tkext.coords_array, self.canvas, bad)
                self.assertRefused(TypeError, 'tagOrId must be', tkext.rotate, self.canvas, bad, 0, 0, 1)
                self.assertRefused(TypeError, 'tagOrId must be', tkext.transform, self.canvas, bad,
                                   (1, 0, 0, 1, 0, 0))
        self.assertEqual(self.canvas.coords(other), [1.0, 2.0, 3.0, 4.0])


class EmptyBufferTest(TkTestCase):
    """One rule for empty input (item 5): an empty buffer is no coordinates, as an empty list."""

    def test_tkext_coords_reads(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        for empty in [], (), array('d'), memoryview(array('d')):
            with self.subTest(empty=type(empty).__name__):
                self.assertEqual(tkext.coords(self.canvas, item, empty), [1.0, 2.0, 3.0, 4.0])


if __name__ == '__main__':
    unittest.main()
