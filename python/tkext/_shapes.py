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
    from _tkinter import _flatten as _c_flatten  # type: ignore[attr-defined]
except ImportError:  # not a CPython _tkinter: use the Python twin below
    _c_flatten = None

# Same limit and message as _tkinter's _flatten on every CPython 3.x.
MAX_NESTING = 1000

_DOUBLE_FORMATS = frozenset(('d', '@d', '=d', '<d' if sys.byteorder == 'little' else '>d'))
# Values that are coordinates themselves, never buffers.  bytes and bytearray
# are not here: a raw byte buffer is refused, not read as Tcl text.
_NOT_BLOCKS = (str, tuple, list, int, float, type(None))
ACCEPTED_BUFFERS = ("array('d'), a memoryview of format 'd' or a NumPy float64 array "
                    "(native byte order)")


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
    """Return VALUE's bytes if it is a buffer of native float64; None if it is no buffer.

    Raises TypeError for a buffer of any other format (array('f'), array('i'),
    bytes, a float32 array, ...), naming the buffers accepted: sent on as Tcl
    text, its repr would only give a confusing Tcl error.
    """
    if isinstance(value, _NOT_BLOCKS):
        return None
    try:
        view = memoryview(value)
    except TypeError:
        return None
    with view:
        if view.format not in _DOUBLE_FORMATS or view.itemsize != 8:
            raise TypeError('coordinates in a buffer must be float64: %s; got %s of format %r'
                            % (ACCEPTED_BUFFERS, type(value).__name__, view.format))
        # C order whatever the strides: a (n, 2) array reads as x y x y ...
        return view.tobytes()
