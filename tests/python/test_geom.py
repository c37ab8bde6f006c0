"""tkext.geom (over tkext::geom) and tkext.rotate/transform (over tkext::rotate/transform).

Skipped where this build of the Tcl package lacks those commands, a failure
under ctest (support.skip_or_fail)."""
from __future__ import annotations

import math
import random
import threading
import tkinter
import unittest
from array import array
from tkinter import TclError

import tkext
from tkext import geom
from support import TkTestCase, require_commands

SQUARE = [(0, 0), (10, 0), (10, 10), (0, 10)]
SQUARE_FLAT = [0.0, 0.0, 10.0, 0.0, 10.0, 10.0, 0.0, 10.0]


class GeomTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls) -> None:
        require_commands('geom')

    def shapes(self):
        """The square in every shape, buffers included."""
        values = array('d', SQUARE_FLAT)
        return {'pairs': SQUARE, 'flat': SQUARE_FLAT, 'nested': [SQUARE], 'array': values,
                'memoryview': memoryview(values)}

    def test_measures_take_every_shape(self):
        for label, points in self.shapes().items():
            with self.subTest(shape=label):
                self.assertEqual(geom.area(points), 100.0)
                self.assertEqual(geom.length(points), 30.0)
                self.assertEqual(geom.bbox(points), (0.0, 0.0, 10.0, 10.0))
                self.assertEqual(geom.centroid(points), (5.0, 5.0))
                self.assertIs(geom.contains(points, 5, 5), True)
                self.assertIs(geom.contains(points, 15, 5), False)
                self.assertEqual(geom.distance(points, 5, -3), 3.0)

    def test_maps_return_lists_or_arrays_as_given(self):
        moved = geom.translate(SQUARE, 1, 2)
        self.assertEqual(moved, [1.0, 2.0, 11.0, 2.0, 11.0, 12.0, 1.0, 12.0])
        packed = geom.translate(array('d', SQUARE_FLAT), 1, 2)
        self.assertIsInstance(packed, array)
        self.assertEqual(packed.tolist(), moved)

    def test_maps(self):
        self.assertEqual(geom.scale(SQUARE, 2, 3, 5, 5),
                         [-5.0, -10.0, 15.0, -10.0, 15.0, 20.0, -5.0, 20.0])
        self.assertEqual(geom.transform(SQUARE, (1, 0, 0, 1, 5, 6)),
                         [5.0, 6.0, 15.0, 6.0, 15.0, 16.0, 5.0, 16.0])
        turned = geom.rotate([(1, 0)], 90)
        self.assertAlmostEqual(turned[0], 0.0)
        self.assertAlmostEqual(abs(turned[1]), 1.0)
        self.assertEqual(geom.simplify([(0, 0), (1, 0.01), (2, 0)], 0.1), [0.0, 0.0, 2.0, 0.0])

    def test_bad_points_raise(self):
        self.assertRaises(TclError, geom.area, array('d', [0, 0, math.nan, 1]))
        self.assertRaises(TypeError, geom.area, [(0, 0), (1, 'x')])
        self.assertRaises(TclError, geom.area, array('d', [0, 0, 1]))
        deep = (1, 2)
        for _ in range(5000):
            deep = (deep,)
        self.assertRaises(ValueError, geom.area, deep)

    def test_buffers_of_another_format_raise_type_error(self):
        for data in array('f', SQUARE_FLAT), array('i', [0, 0, 1, 0, 1, 1]), bytes(64):
            with self.subTest(buffer=type(data).__name__):
                with self.assertRaises(TypeError) as caught:
                    geom.area(data)
                self.assertIn("array('d')", str(caught.exception))

    def test_fixed_length_results(self):
        self.assertIsInstance(geom.bbox(SQUARE), tuple)
        self.assertEqual(len(geom.bbox(array('d', SQUARE_FLAT))), 4)
        self.assertIsInstance(geom.centroid(SQUARE), tuple)
        self.assertEqual(len(geom.centroid(array('d', SQUARE_FLAT))), 2)

    def test_buffers_call_geom_packed_with_no_script(self):
        # A buffer goes straight to tkext::geom -packed as one byte array: one
        # command call with arguments, no script and no helper command.
        tcl = tkinter.Tcl()
        values = array('d', SQUARE_FLAT)
        self.assertEqual(geom.area(values, tk=tcl), 100.0)  # loads tkext
        tcl.eval('rename ::tkext::geom ::tkext::counted_geom; set ::calls {}; '
                 'proc ::tkext::geom args {lappend ::calls [lrange $args 0 1] '
                 '[string length [lindex $args 2]]; tailcall ::tkext::counted_geom {*}$args}')
        self.assertEqual(geom.length(values, tk=tcl), 30.0)
        self.assertEqual(geom.translate(values, 1, 1, tk=tcl).tolist()[:2], [1.0, 1.0])
        self.assertEqual(tcl.eval('join $::calls |'), '-packed length|64|-packed translate|64')
        self.assertEqual(tcl.call('info', 'commands', '::tkext::python::*'), '')

    def test_buffer_and_list_give_the_same_answers(self):
        rng = random.Random(14)
        flat = [rng.uniform(-100.0, 100.0) for _ in range(2 * 257)]
        points = {'list': flat, 'buffer': array('d', flat)}
        calls = [('bbox', ()), ('length', ()), ('area', ()), ('centroid', ()),
                 ('contains', (3.5, -2.25)), ('distance', (7.0, 1.5)),
                 ('translate', (1.5, -2.0)), ('scale', (2.0, 3.0, 1.0, -1.0)),
                 ('rotate', (37.5, 3.0, -4.0)), ('transform', ((1, 2, 3, 4, 5, 6),)),
                 ('simplify', (20.0,))]
        self.assertEqual(sorted(name for name, _ in calls), sorted(geom.__all__))
        for name, args in calls:
            with self.subTest(function=name):
                function = getattr(geom, name)
                from_list = function(points['list'], *args)
                from_buffer = function(points['buffer'], *args)
                if isinstance(from_buffer, array):
                    self.assertIsInstance(from_list, list)
                    from_buffer = from_buffer.tolist()
                self.assertEqual(from_buffer, from_list)

    def test_maps_of_buffers_come_back_as_one_packed_block(self):
        # tkext::geom -packed returns a map's points as a packed block (Python
        # bytes), which becomes the array('d') with one copy, whatever the
        # interpreter's wantobjects.
        values = array('d', SQUARE_FLAT)
        tcl = tkinter.Tcl()
        geom.area(values, tk=tcl)  # loads tkext
        block = tcl.call('tkext::geom', '-packed', 'translate', values.tobytes(), 1, 2)
        self.assertIsInstance(block, bytes)
        self.assertEqual(array('d', block).tolist(), [1.0, 2.0, 11.0, 2.0, 11.0, 12.0, 1.0, 12.0])
        text_app = tkinter.Tcl().tk
        text_app.wantobjects(False)  # its calls now return str
        geom.area(values, tk=text_app)
        self.assertIsInstance(text_app.call('tkext::geom', '-packed', 'translate', values.tobytes(), 1, 2), str)
        for tk in (tcl, text_app):
            with self.subTest(wantobjects=tk is tcl):
                for name, args in [('translate', (1, 2)), ('scale', (2, 3)), ('rotate', (180,)),
                                   ('transform', ((1, 0, 0, 1, 5, 6),)), ('simplify', (0.5,))]:
                    got = getattr(geom, name)(values, *args, tk=tk)
                    self.assertIsInstance(got, array)
                    self.assertEqual(got.typecode, 'd')
                    self.assertEqual(got.tolist(), getattr(geom, name)(SQUARE_FLAT, *args, tk=tk))
                self.assertEqual(geom.translate(array('d'), 1, 2, tk=tk), array('d'))

    def test_maps_of_buffers_that_overflow_raise(self):
        with self.assertRaises(TclError) as caught:
            geom.scale(array('d', [1e308, 1.0]), 10, 1)
        self.assertIn('result is not finite', str(caught.exception))

    def test_each_thread_has_its_own_interpreter(self):
        results = []
        thread = threading.Thread(target=lambda: results.append(geom.area(SQUARE)))
        thread.start()
        thread.join()
        self.assertEqual(results, [100.0])


class CanvasGeometryTest(TkTestCase):

    @classmethod
    def setUpClass(cls) -> None:
        require_commands('rotate', 'transform')
        super().setUpClass()

    def test_rotate_a_line(self):
        item = self.canvas.create_line(10, 0, 20, 0)
        tkext.rotate(self.canvas, item, 0, 0, 180)
        got = self.canvas.coords(item)
        for value, expected in zip(got, [-10.0, 0.0, -20.0, 0.0]):
            self.assertAlmostEqual(value, expected)

    def test_transform_a_polygon(self):
        item = self.canvas.create_polygon(SQUARE)
        tkext.transform(self.canvas, item, (2, 0, 0, 2, 1, 1))
        self.assertEqual(self.canvas.coords(item),
                         [1.0, 1.0, 21.0, 1.0, 21.0, 21.0, 1.0, 21.0])

    def test_bad_matrix_changes_nothing(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        self.assertRaises(TypeError, tkext.transform, self.canvas, item, (1, 0, 0, 1, 5))
        self.assertEqual(self.canvas.coords(item), [1.0, 2.0, 3.0, 4.0])


if __name__ == '__main__':
    unittest.main()
