"""Coordinate shapes on the Python side: flattening and float64 blocks.

Flattening follows CPython 3.12's tkinter exactly (tuples and lists are
unpacked, None is dropped, nesting deeper than 1000 raises ValueError before
anything reaches Tk).  A float64 block is any buffer of native-endian doubles;
it is handed to Tcl as one `bytes` object, which _tkinter turns into a Tcl
byte array with a single copy.
"""
from __future__ import annotations

import sys
from typing import Any, Optional, Tuple

try:
    from _tkinter import _flatten as _c_flatten
except ImportError:  # not a CPython _tkinter: use the Python twin below
    _c_flatten = None

# Same limit and message as _tkinter's _flatten on every CPython 3.x.
MAX_NESTING = 1000

_DOUBLE_FORMATS = frozenset(('d', '@d', '=d', '<d' if sys.byteorder == 'little' else '>d'))
_NOT_BLOCKS = (str, bytes, bytearray, tuple, list, int, float, type(None))


def _flatten_into(out: list, seq: Any, depth: int) -> None:
    """Internal function."""
    if depth > MAX_NESTING:
        raise ValueError('nesting too deep in _flatten')
    for item in seq:
        if isinstance(item, (tuple, list)):
            _flatten_into(out, item, depth + 1)
        elif item is not None:
            out.append(item)


def flatten(seq: Any) -> Tuple[Any, ...]:
    """Return the leaves of a nested tuple or list as one flat tuple."""
    if _c_flatten is not None:
        return _c_flatten(seq)
    if not isinstance(seq, (tuple, list)):
        raise TypeError('argument must be sequence')
    out: list = []
    _flatten_into(out, seq, 0)
    return tuple(out)


def float64_block(value: Any) -> Optional[bytes]:
    """Return VALUE's bytes if it is a buffer of native float64, else None."""
    if isinstance(value, _NOT_BLOCKS):
        return None
    try:
        view = memoryview(value)
    except TypeError:
        return None
    with view:
        if view.format not in _DOUBLE_FORMATS or view.itemsize != 8:
            return None
        # C order whatever the strides: a (n, 2) array reads as x y x y ...
        return view.tobytes()
