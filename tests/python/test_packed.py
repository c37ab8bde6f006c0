"""tkext.coords with float64 buffers and tkext.coords_array: the packed path."""
from __future__ import annotations

import math
import random
import struct
import unittest
from array import array
from tkinter import TclError

import tkext
from support import TkTestCase


def awkward_values(count: int, seed: int) -> array:
    """COUNT doubles whose decimal forms are long: a text round trip would lose bits."""
    rng = random.Random(seed)
    values = array('d', (rng.uniform(-1e4, 1e4) for _ in range(count)))
    values[0:6] = array('d', [0.1, 1 / 3, -2 / 7, 1e-300, -0.0, 123456.789012345678])
    return values


class PackedRoundTripTest(TkTestCase):

    def test_set_then_get_is_bit_exact(self):
        for kind in 'line', 'polygon':
            with self.subTest(kind=kind):
                values = awkward_values(2000, seed=len(kind))
                item = getattr(self.canvas, 'create_' + kind)(0, 0, 1, 1, 2, 2)
                self.assertEqual(tkext.coords(self.canvas, item, values), [])
                back = tkext.coords_array(self.canvas, item)
                self.assertIsInstance(back, array)
                self.assertEqual(back.typecode, 'd')
                self.assertEqual(back.tobytes(), values.tobytes())

    def test_packed_and_text_paths_agree(self):
        values = awkward_values(100, seed=7)
        item = self.canvas.create_line(0, 0, 1, 1)
        tkext.coords(self.canvas, item, values)
        self.assertEqual(tkext.coords(self.canvas, item), values.tolist())
        self.assertEqual(self.canvas.coords(item), values.tolist())

    def test_get_reads_what_tk_set(self):
        item = self.canvas.create_rectangle(30, 40, 10, 20)   # Tk orders the corners
        self.assertEqual(tkext.coords_array(self.canvas, item).tolist(), [10.0, 20.0, 30.0, 40.0])

    def test_get_of_nothing_is_empty(self):
        self.assertEqual(len(tkext.coords_array(self.canvas, 'no-such-tag')), 0)

    def test_memoryview_of_doubles(self):
        values = awkward_values(10, seed=3)
        item = self.canvas.create_line(0, 0, 1, 1)
        tkext.coords(self.canvas, item, memoryview(values))
        self.assertEqual(tkext.coords_array(self.canvas, item).tobytes(), values.tobytes())

    def test_two_dimensional_memoryview_reads_as_pairs(self):
        values = awkward_values(8, seed=4)
        pairs = memoryview(values).cast('B').cast('d', [4, 2])
        item = self.canvas.create_polygon(0, 0, 1, 1, 2, 2)
        tkext.coords(self.canvas, item, pairs)
        self.assertEqual(tkext.coords_array(self.canvas, item).tobytes(), values.tobytes())

    def test_strided_view_is_read_in_order(self):
        values = awkward_values(8, seed=5)
        every_other = memoryview(values)[::2]
        item = self.canvas.create_line(0, 0, 1, 1)
        tkext.coords(self.canvas, item, every_other)
        self.assertEqual(tkext.coords_array(self.canvas, item).tolist(), values[::2].tolist())

    def test_other_buffers_raise_type_error(self):
        # Not float64: refused in Python, naming what is accepted; nothing reaches Tcl.
        item = self.canvas.create_line(1, 2, 3, 4)
        for label, data in (("array('f')", array('f', [5, 6, 7, 8])),
                            ("array('i')", array('i', [5, 6, 7, 8])),
                            ('bytes', struct.pack('=4d', 5, 6, 7, 8)),
                            ('bytearray', bytearray(32)),
                            ("memoryview 'B'", memoryview(b'12345678'))):
            with self.subTest(buffer=label):
                with self.assertRaises(TypeError) as caught:
                    tkext.coords(self.canvas, item, data)
                self.assertIn("array('d'), a memoryview of format 'd'", str(caught.exception))
                self.assertEqual(self.canvas.coords(item), [1.0, 2.0, 3.0, 4.0])


class PackedErrorTest(TkTestCase):
    """Bad packed data raises TclError with a TKEXT code and leaves the item as it was."""

    def check_refused(self, item, data, code: str, message: str) -> None:
        before = tkext.coords_array(self.canvas, item).tobytes()
        with self.assertRaises(tkext.TkextError) as caught:
            tkext.coords(self.canvas, item, data)
        self.assertIn(message, str(caught.exception))
        self.assertEqual(caught.exception.code[:3], tuple(code.split()))
        self.assertEqual(self.error_code()[:3], code.split())   # the same interpreter
        self.assertEqual(tkext.coords_array(self.canvas, item).tobytes(), before)

    def test_odd_count(self):
        item = self.canvas.create_polygon(1, 2, 3, 4, 5, 6)
        self.check_refused(item, array('d', [1, 2, 3, 4, 5]), 'TKEXT COORDS COUNT',
                           'wrong # coordinates: expected an even number, got 5')

    def test_nan(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        self.check_refused(item, array('d', [10, 20, 30, math.nan]), 'TKEXT COORDS NONFINITE',
                           'non-finite coordinate "NaN" at index 3')

    def test_infinity(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        self.check_refused(item, array('d', [10, -math.inf, 30, 40]), 'TKEXT COORDS NONFINITE',
                           'non-finite coordinate "-Inf" at index 1')

    def test_count_rule_of_the_item_type(self):
        item = self.canvas.create_rectangle(1, 2, 3, 4)
        self.check_refused(item, array('d', [1, 2, 3, 4, 5, 6]), 'TKEXT COORDS COUNT',
                           'wrong # coordinates: expected 4, got 6')
        line = self.canvas.create_line(1, 2, 3, 4)
        self.check_refused(line, array('d', [1, 2]), 'TKEXT COORDS COUNT',
                           'wrong # coordinates: expected at least 4, got 2')

    def test_partial_double(self):
        item = self.canvas.create_line(1, 2, 3, 4)
        with self.assertRaises(TclError) as caught:
            self.root.tk.call('tkext::packed', 'set', self.canvas._w, item, b'\0' * 36)
        self.assertIn('36 bytes is not a whole number of float64 values', str(caught.exception))
        self.assertEqual(self.error_code()[:3], ['TKEXT', 'PACKED', 'LENGTH'])
        self.assertEqual(self.canvas.coords(item), [1.0, 2.0, 3.0, 4.0])

    def test_get_of_missing_canvas(self):
        self.canvas.destroy()
        with self.assertRaises(tkext.TkextError) as caught:
            tkext.coords_array(self.canvas, 1)
        self.assertEqual(caught.exception.code, ('TCL', 'LOOKUP', 'COMMAND', str(self.canvas)))


class PackedTclCommandTest(TkTestCase):
    """tkext::packed encode/decode, which move between Tcl lists and packed bytes."""

    def test_encode_takes_every_shape(self):
        data = self.root.tk.call('tkext::packed', 'encode', ((1.5, 2), (3, 4)))
        self.assertEqual(data, struct.pack('=4d', 1.5, 2, 3, 4))

    def test_decode_is_the_inverse(self):
        values = awkward_values(6, seed=9)
        decoded = self.root.tk.call('tkext::packed', 'decode', values.tobytes())
        self.assertEqual([self.root.tk.getdouble(x) for x in decoded], values.tolist())

    def test_encode_refuses_bad_values(self):
        with self.assertRaises(TclError) as caught:
            self.root.tk.call('tkext::packed', 'encode', (1, 2, 'x', 4))
        self.assertIn('bad coordinate "x" at index 2', str(caught.exception))
        self.assertEqual(self.error_code()[:3], ['TKEXT', 'COORDS', 'VALUE'])


if __name__ == '__main__':
    unittest.main()
