"""NumPy arrays through the packed path: float64 of any shape and strides, other dtypes refused.

Skipped when NumPy is missing, except where TKEXT_REQUIRE_NUMPY=1 (the ctest
run on Debian's python3, which has python3-numpy): there a missing NumPy fails.
"""
from __future__ import annotations

import os
import unittest
from tkinter import TclError

import tkext
from tkext import geom
from support import TkTestCase

try:
    import numpy
except ImportError:
    numpy = None


class NumpyTestCase(TkTestCase):

    @classmethod
    def setUpClass(cls) -> None:
        if numpy is None:
            if os.environ.get('TKEXT_REQUIRE_NUMPY') == '1':
                raise AssertionError('NumPy is required here (TKEXT_REQUIRE_NUMPY=1) but missing')
            raise unittest.SkipTest('NumPy is not installed')
        super().setUpClass()

    @staticmethod
    def awkward(count: int) -> 'numpy.ndarray':
        """COUNT float64 values whose decimal forms are long: a text round trip would lose bits."""
        return numpy.random.default_rng(count).uniform(-1e4, 1e4, count)

    def check_sets(self, values: 'numpy.ndarray') -> None:
        """tkext.coords takes VALUES as one block, in C order, bit for bit."""
        item = self.canvas.create_line(0, 0, 1, 1)
        self.assertEqual(tkext.coords(self.canvas, item, values), [])
        expected = numpy.ascontiguousarray(values, dtype=numpy.float64).ravel()
        self.assertEqual(tkext.coords_array(self.canvas, item).tobytes(), expected.tobytes())


class NumpyShapesTest(NumpyTestCase):

    def test_flat(self):
        self.check_sets(self.awkward(20))

    def test_pairs(self):
        self.check_sets(self.awkward(20).reshape(10, 2))

    def test_three_dimensions(self):
        self.check_sets(self.awkward(24).reshape(3, 4, 2))

    def test_fortran_order_is_read_in_c_order(self):
        values = numpy.asfortranarray(self.awkward(20).reshape(10, 2))
        self.assertFalse(values.flags.c_contiguous)
        self.check_sets(values)

    def test_every_other_row(self):
        values = self.awkward(40).reshape(20, 2)[::2]
        self.assertFalse(values.flags.c_contiguous)
        self.check_sets(values)

    def test_transposed_view(self):
        values = self.awkward(20).reshape(2, 10).T
        self.assertFalse(values.flags.c_contiguous)
        self.check_sets(values)

    def test_negative_strides(self):
        values = self.awkward(20)[::-1]
        self.assertLess(values.strides[0], 0)
        self.check_sets(values)

    def test_column_pairs_of_a_wider_table(self):
        table = self.awkward(60).reshape(20, 3)   # x, y, something else
        self.check_sets(table[:, :2])

    def test_geometry_takes_arrays_and_returns_arrays(self):
        square = numpy.array([[0, 0], [10, 0], [10, 10], [0, 10]], dtype=numpy.float64)
        self.assertEqual(geom.area(square), 100.0)
        self.assertEqual(geom.bbox(square[::-1]), (0.0, 0.0, 10.0, 10.0))
        self.assertEqual(geom.translate(square.T.copy().T, 1, 2).tolist(),
                         (square + [1, 2]).ravel().tolist())


class NumpyInstalledTest(NumpyTestCase):
    """After install(), the canvas's own methods take arrays as one block (issue 20, item 2)."""
    install = True

    def test_canvas_coords_and_create(self):
        values = self.awkward(34)
        item = self.canvas.create_line(0, 0, 1, 1)
        self.assertEqual(self.canvas.coords(item, values), [])
        self.assertEqual(tkext.coords_array(self.canvas, item).tobytes(), values.tobytes())
        pairs = self.awkward(8).reshape(4, 2)[::-1]
        line = self.canvas.create_line(pairs, fill='red')
        self.assertEqual(tkext.coords_array(self.canvas, line).tobytes(),
                         numpy.ascontiguousarray(pairs).tobytes())
        self.assertEqual(self.canvas.itemcget(line, 'fill'), 'red')

    def test_matrices_of_any_numeric_dtype(self):
        square = [(0, 0), (10, 0), (10, 10), (0, 10)]
        for dtype in numpy.float64, numpy.int64, numpy.float32:
            with self.subTest(dtype=dtype.__name__):
                matrix = numpy.array([1, 0, 0, 1, 5, 6], dtype=dtype)
                self.assertEqual(geom.transform(square, matrix)[:2], [5.0, 6.0])
                self.assertEqual(geom.transform(square, matrix.reshape(3, 2))[:2], [5.0, 6.0])
                item = self.canvas.create_polygon(square)
                tkext.transform(self.canvas, item, matrix)
                self.assertEqual(self.canvas.coords(item)[:2], [5.0, 6.0])

    def test_numpy_scalars_are_numbers(self):
        self.assertEqual(geom.area([(numpy.float64(0), numpy.int64(0)), (10, 0), (10, 10)]), 50.0)
        self.assertEqual(geom.distance([(0, 0), (10, 0)], numpy.float32(5), numpy.int32(3)), 3.0)


class NumpyRefusedTest(NumpyTestCase):
    """Other dtypes raise TypeError naming what is accepted, and change nothing."""

    def check_refused(self, values: 'numpy.ndarray') -> None:
        item = self.canvas.create_line(1, 2, 3, 4)
        with self.assertRaises(TypeError) as caught:
            tkext.coords(self.canvas, item, values)
        self.assertIn("array('d')", str(caught.exception))
        self.assertIn('NumPy float64', str(caught.exception))
        self.assertEqual(self.canvas.coords(item), [1.0, 2.0, 3.0, 4.0])
        self.assertRaises(TypeError, geom.area, values)

    def test_float32(self):
        self.check_refused(numpy.arange(8, dtype=numpy.float32))

    def test_int64(self):
        self.check_refused(numpy.arange(8, dtype=numpy.int64))

    def test_big_endian_float64(self):
        self.check_refused(numpy.arange(8, dtype=numpy.dtype('float64').newbyteorder('S')))

    def test_nan_is_a_tcl_error(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        self.assertRaises(TclError, tkext.coords, self.canvas, item,
                          numpy.array([1, 2, numpy.nan, 4], dtype=numpy.float64))
        self.assertEqual(self.canvas.coords(item), [1.0, 2.0, 3.0, 4.0])


if __name__ == '__main__':
    unittest.main()
