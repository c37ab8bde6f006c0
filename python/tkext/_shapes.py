"""Coordinate shapes on the Python side: the rules that turn a Python value into what Tcl gets.

Three rules, one function each (and check_tag_or_id for item ids and tags):

  flatten      canvas coordinates, exactly as CPython 3.12's tkinter: tuples
               and lists are unpacked, None is dropped, other leaves go to Tk
               as they are (numbers, screen distances such as '1c'); nesting
               deeper than 1000 raises ValueError before anything reaches Tk.
  numbers      geometry and matrices (matrix()): the same unpacking, but every
               leaf must be a real number (int, float, or a number type float()
               takes, such as NumPy's); None or text anywhere raises TypeError.
  float64_block  one buffer of native float64 (array('d'), memoryview 'd',
               NumPy float64), handed to Tcl as one `bytes` object, which
               _tkinter turns into a Tcl byte array with a single copy.
"""
from __future__ import annotations

import numbers as _numbers
import sys
from array import array
from itertools import chain
from typing import Any, Dict, List, Optional, Protocol, Sequence, Tuple, Union

try:
    from _tkinter import _flatten as _c_flatten  # type: ignore[attr-defined]
except ImportError:  # not a CPython _tkinter: use the Python twin below
    _c_flatten = None

_SEQUENCES = frozenset((tuple, list))
_chain = chain.from_iterable

# Same limit and message as _tkinter's _flatten on every CPython 3.x.
MAX_NESTING = 1000

_DOUBLE_FORMATS = frozenset(('d', '@d', '=d', '<d' if sys.byteorder == 'little' else '>d'))
# Values that are coordinates themselves, never buffers.  bytes and bytearray
# are not here: a raw byte buffer is refused, not read as Tcl text.
_NOT_BLOCKS = (str, tuple, list, int, float, type(None))
ACCEPTED_BUFFERS = ("array('d'), a memoryview of format 'd' or a NumPy float64 array "
                    "(native byte order)")
POINTS_RULE = ("numbers (int or float; flat, as pairs or nested in lists and tuples) or one "
               "float64 buffer (array('d'), memoryview 'd', NumPy float64)")
MATRIX_RULE = ('6 numbers (a, b, c, d, e, f), flat or nested in lists and tuples, or a buffer '
               'of 6 numbers (array, memoryview, NumPy array)')


class NumpyArrayLike(Protocol):
    """What a checker sees of a NumPy array: no buffer type exists before Python 3.12."""

    @property
    def __array_interface__(self) -> Dict[str, Any]: ...


# Types for checkers.  A buffer of float64 values (the format is checked when called).
FloatBuffer = Union['array[float]', memoryview, NumpyArrayLike]
# Numbers nested in lists and tuples to any depth (1000 at run time).
NestedNumbers = Union[float, Sequence['NestedNumbers']]
PointSequence = Sequence[NestedNumbers]
Points = Union[PointSequence, FloatBuffer]
# Canvas coordinates: numbers, screen distances ('1c'), None (dropped), nested.
NestedCoords = Union[float, str, None, Sequence['NestedCoords']]
# An affine matrix (a, b, c, d, e, f), flat or nested, or a buffer of six numbers.
Matrix = Union[PointSequence, 'array[Any]', memoryview, NumpyArrayLike]


def scalar(value: Any, argument: str) -> float:
    """VALUE as a number for Tcl: an int or float as it is, another real number (NumPy's) via float().

    Raises TypeError naming ARGUMENT for anything else (None, text, ...).
    """
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, _numbers.Real):
        return float(value)
    raise TypeError('%s must be a number (int or float), not %s' % (argument, describe(value)))


def describe(value: Any) -> str:
    """VALUE's type and repr, the repr cut to 40 characters, for error messages."""
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + '...'
    return '%s %s' % (type(value).__name__, text)


def _leaves(seq: Any, keep_none: bool) -> List[Any]:
    """The leaves of the list or tuple SEQ in order (iterative: deep nesting needs no recursion)."""
    out: List[Any] = []
    stack = [iter(seq)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, (tuple, list)):
                if len(stack) > MAX_NESTING:
                    raise ValueError('nesting too deep in _flatten')
                stack.append(iter(item))
                break
            if item is not None or keep_none:
                out.append(item)
        else:
            stack.pop()
    return out


def flatten(seq: Any) -> Tuple[Any, ...]:
    """Return the leaves of a nested tuple or list as one flat tuple (3.12's _tkinter._flatten)."""
    if _c_flatten is not None:
        flat: Tuple[Any, ...] = _c_flatten(seq)
        return flat
    if not isinstance(seq, (tuple, list)):
        raise TypeError('argument must be sequence')
    return tuple(_leaves(seq, keep_none=False))


# An item id or a tag, as tkext's functions take it.
TagOrId = Union[int, str]


def check_tag_or_id(value: Any) -> None:
    """Raise TypeError unless VALUE is an item id (an int, not a bool) or a tag (a str)."""
    if not isinstance(value, (int, str)) or isinstance(value, bool):
        raise TypeError('tagOrId must be an item id (int) or a tag (str), not %s' % describe(value))


def numbers(value: Any, argument: str, rule: str) -> 'array[float]':
    """VALUE's numbers as array('d'), by the geometry rule (see the module's docstring).

    A flat list or tuple of numbers is converted in C; other shapes are walked
    once.  Raises TypeError naming ARGUMENT and RULE for a value that is not a
    list or tuple, or a leaf that is None, text or another non-number (with
    its index among the leaves); ValueError for nesting deeper than 1000 or
    an int too large for a float64.
    """
    if not isinstance(value, (list, tuple)):
        raise TypeError('%s must be %s; got %s' % (argument, rule, describe(value)))
    try:
        return array('d', value)   # flat numbers
    except (TypeError, OverflowError):
        pass
    if _SEQUENCES.issuperset(map(type, value)):
        try:   # (x, y) pairs, or other lists and tuples of numbers
            return array('d', list(_chain(value)))
        except (TypeError, OverflowError):
            pass
    # Deeper nesting, or a bad leaf: walk it, which also names the bad leaf.
    leaves = _leaves(value, keep_none=True)
    try:
        return array('d', leaves)
    except (TypeError, OverflowError):
        pass
    for index, leaf in enumerate(leaves):
        try:
            array('d', (leaf,))
        except TypeError:
            raise TypeError('%s must be %s; got %s at index %d' % (
                argument, rule, describe(leaf), index)) from None
        except OverflowError:
            raise ValueError('%s: %s at index %d is too large for a float64' % (
                argument, describe(leaf), index)) from None
    raise AssertionError('unreachable: array() refused no single leaf')


def matrix(value: Any, argument: str = 'matrix') -> Tuple[float, ...]:
    """VALUE as the six floats of an affine matrix: numbers by the geometry rule, or a numeric buffer.

    Raises TypeError naming ARGUMENT for anything else or another count.
    Finiteness is left to Tcl (TKEXT ARG NONFINITE).
    """
    if not isinstance(value, (list, tuple, str, bytes, bytearray)):
        try:
            view = memoryview(value)
        except TypeError:
            view = None
        if view is not None:
            with view:
                try:
                    listed: Any = view.tolist()
                except (NotImplementedError, TypeError, ValueError):
                    raise TypeError('%s must be %s; got a buffer of format %r' % (
                        argument, MATRIX_RULE, view.format)) from None
            value = listed if isinstance(listed, list) else [listed]
    values = numbers(value, argument, MATRIX_RULE)
    if len(values) != 6:
        raise TypeError('%s must be %s; got %d numbers' % (argument, MATRIX_RULE, len(values)))
    return tuple(values)


def float64_block(value: Any, strict: bool = True) -> Optional[bytes]:
    """Return VALUE's bytes if it is a buffer of native float64; None if it is no such buffer.

    STRICT: a buffer of any other format (array('f'), array('i'), bytes, a
    float32 array, ...) raises TypeError naming the buffers accepted (sent on
    as Tcl text, its repr would only give a confusing Tcl error); otherwise
    it gives None too, for callers that hand such values on unchanged.
    """
    if isinstance(value, _NOT_BLOCKS):
        return None
    try:
        view = memoryview(value)
    except TypeError:
        return None
    with view:
        if view.format not in _DOUBLE_FORMATS or view.itemsize != 8:
            if not strict:
                return None
            raise TypeError('coordinates in a buffer must be float64: %s; got %s of format %r'
                            % (ACCEPTED_BUFFERS, type(value).__name__, view.format))
        # C order whatever the strides: a (n, 2) array reads as x y x y ...
        return view.tobytes()
