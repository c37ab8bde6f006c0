"""Point-set geometry: thin wrappers over the Tcl command tkext::geom.

POINTS are numbers: flat, as (x, y) pairs, or nested in lists and tuples up
to 1000 levels; or one float64 buffer (array('d'), a memoryview of format
'd', a NumPy float64 array of any shape and strides, read in C order).  Every
leaf must be a real number (int, float, NumPy's number types): unlike canvas
coordinates, None is not dropped and text is not read, both raise TypeError.
The points go to Tcl as one packed block (tkext::geom -packed).  Maps
(translate, scale, rotate, transform, simplify) return a flat list of floats
for a list or tuple, array('d') for a buffer.  No Tk is needed: each thread
gets its own hidden Tcl interpreter unless one is passed as TK (a widget, a
Tcl() or a tkapp).

Every function raises TkextError (a TclError) when tkext::geom refuses the
values (a coordinate that is not finite, an odd count), with .code the Tcl
error code (('TKEXT', 'COORDS', 'NONFINITE'), ...) read in the interpreter
that ran it; TypeError for POINTS or a scalar argument that is not numbers
as above, or a buffer that is not float64 (array('f'), array('i'), bytes,
...); ValueError for nesting deeper than 1000 levels.
"""
from __future__ import annotations

from array import array
from typing import Any, Callable, List, Optional, Tuple, TypeVar, Union, overload

from ._shapes import (POINTS_RULE, FloatBuffer, Matrix, PointSequence, Points, float64_block,
                      matrix as _matrix, numbers, scalar)
from ._tcl import Widget, as_bytes, call, float_list, geometry_tkapp

__all__ = ['bbox', 'length', 'area', 'centroid', 'contains', 'distance',
           'translate', 'scale', 'rotate', 'transform', 'simplify']

PointsResult = Union[List[float], 'array[float]']

_SHARED_DOC = """
    POINTS: numbers, flat, as pairs or nested in lists and tuples (None and
    text refused), or one float64 buffer (array('d'), memoryview of format
    'd', NumPy float64 of any shape and strides).  TK: the interpreter to use
    (a widget, a Tcl() or a tkapp); default: this thread's own Tcl().
    Raises TkextError for a coordinate that is not finite or an odd count
    (.code ('TKEXT', 'COORDS', ...)), TypeError for points or arguments that
    are not numbers or a buffer that is not float64, ValueError for nesting
    deeper than 1000 levels."""

_EMPTY_DOC = """
    Raises TkextError (.code ('TKEXT', 'GEOM', 'EMPTY')) when there are no points."""

_MAP_DOC = """
    Returns a flat list of floats for a list or tuple, array('d') for a buffer."""


_Function = TypeVar('_Function', bound=Callable[..., Any])


def _documented(*extra: str) -> Callable[[_Function], _Function]:
    """Internal function: append the text every geometry function shares to its docstring."""
    def add(function: _Function) -> _Function:
        function.__doc__ = (function.__doc__ or '') + '\n' + ''.join(extra) + _SHARED_DOC
        return function
    return add


def _block(points: Points) -> Tuple[bytes, bool]:
    """Internal function: POINTS as one packed block, and whether they came as a buffer."""
    block = float64_block(points)
    if block is not None:
        return block, True
    return numbers(points, 'points', POINTS_RULE).tobytes(), False


def _measure(tk: Optional[Widget], sub: str, points: Points, *args: Any) -> Tuple[Any, Any]:
    """Internal function: (tkapp, result) of tkext::geom -packed SUB POINTS ARGS."""
    interp = geometry_tkapp(tk)
    block, _ = _block(points)
    return interp, call(interp, 'tkext::geom', '-packed', sub, block, *args)


def _map(tk: Optional[Widget], sub: str, points: Points, *args: Any) -> PointsResult:
    """Internal function: tkext::geom -packed SUB POINTS ARGS, a list for a list, array('d') for a buffer."""
    interp = geometry_tkapp(tk)
    block, is_buffer = _block(points)
    # -packed maps answer with a packed block.
    values = array('d')
    values.frombytes(as_bytes(call(interp, 'tkext::geom', '-packed', sub, block, *args)))
    return values if is_buffer else values.tolist()


@_documented(_EMPTY_DOC)
def bbox(points: Points, tk: Optional[Widget] = None) -> Tuple[float, float, float, float]:
    """Return the bounding box (xmin, ymin, xmax, ymax) of POINTS."""
    interp, result = _measure(tk, 'bbox', points)
    xmin, ymin, xmax, ymax = float_list(interp, result)
    return xmin, ymin, xmax, ymax


@_documented()
def length(points: Points, tk: Optional[Widget] = None) -> float:
    """Return the length of the polyline through POINTS."""
    interp, result = _measure(tk, 'length', points)
    return float(interp.getdouble(result))


@_documented()
def area(points: Points, tk: Optional[Widget] = None) -> float:
    """Return the area of the polygon POINTS."""
    interp, result = _measure(tk, 'area', points)
    return float(interp.getdouble(result))


@_documented(_EMPTY_DOC)
def centroid(points: Points, tk: Optional[Widget] = None) -> Tuple[float, float]:
    """Return the centroid (x, y) of the polygon POINTS."""
    interp, result = _measure(tk, 'centroid', points)
    x, y = float_list(interp, result)
    return x, y


@_documented()
def contains(polygon: Points, x: float, y: float, tk: Optional[Widget] = None) -> bool:
    """Return whether the point X,Y lies inside POLYGON."""
    interp, result = _measure(tk, 'contains', polygon, scalar(x, 'x'), scalar(y, 'y'))
    return bool(interp.getboolean(result))


@_documented(_EMPTY_DOC)
def distance(points: Points, x: float, y: float, tk: Optional[Widget] = None) -> float:
    """Return the distance from the point X,Y to the polyline POINTS."""
    interp, result = _measure(tk, 'distance', points, scalar(x, 'x'), scalar(y, 'y'))
    return float(interp.getdouble(result))


# The buffer variant comes first: array('d') and memoryview are also
# Sequences, so mypy reports the overlap; it is a real one only for a value
# typed as a Sequence that is a buffer at run time, which returns array('d').
@overload
def translate(points: FloatBuffer, dx: float, dy: float,  # type: ignore[misc]
              tk: Optional[Widget] = None) -> 'array[float]': ...
@overload
def translate(points: PointSequence, dx: float, dy: float,
              tk: Optional[Widget] = None) -> List[float]: ...
@_documented(_MAP_DOC)
def translate(points: Points, dx: float, dy: float, tk: Optional[Widget] = None) -> PointsResult:
    """Return POINTS moved by DX,DY."""
    return _map(tk, 'translate', points, scalar(dx, 'dx'), scalar(dy, 'dy'))


@overload
def scale(points: FloatBuffer, sx: float, sy: float, cx: float = 0.0, cy: float = 0.0,  # type: ignore[misc]
          tk: Optional[Widget] = None) -> 'array[float]': ...
@overload
def scale(points: PointSequence, sx: float, sy: float, cx: float = 0.0, cy: float = 0.0,
          tk: Optional[Widget] = None) -> List[float]: ...
@_documented(_MAP_DOC)
def scale(points: Points, sx: float, sy: float, cx: float = 0.0, cy: float = 0.0,
          tk: Optional[Widget] = None) -> PointsResult:
    """Return POINTS scaled by SX,SY about CX,CY."""
    return _map(tk, 'scale', points, scalar(sx, 'sx'), scalar(sy, 'sy'),
                scalar(cx, 'cx'), scalar(cy, 'cy'))


@overload
def rotate(points: FloatBuffer, angle: float, cx: float = 0.0, cy: float = 0.0,  # type: ignore[misc]
           tk: Optional[Widget] = None) -> 'array[float]': ...
@overload
def rotate(points: PointSequence, angle: float, cx: float = 0.0, cy: float = 0.0,
           tk: Optional[Widget] = None) -> List[float]: ...
@_documented(_MAP_DOC)
def rotate(points: Points, angle: float, cx: float = 0.0, cy: float = 0.0,
           tk: Optional[Widget] = None) -> PointsResult:
    """Return POINTS rotated by ANGLE degrees about CX,CY, anticlockwise on screen as Tk 9's canvas rotate."""
    return _map(tk, 'rotate', points, scalar(angle, 'angle'), scalar(cx, 'cx'), scalar(cy, 'cy'))


@overload
def transform(points: FloatBuffer, matrix: Matrix,  # type: ignore[misc]
              tk: Optional[Widget] = None) -> 'array[float]': ...
@overload
def transform(points: PointSequence, matrix: Matrix,
              tk: Optional[Widget] = None) -> List[float]: ...
@_documented(_MAP_DOC)
def transform(points: Points, matrix: Matrix, tk: Optional[Widget] = None) -> PointsResult:
    """Return POINTS mapped by the affine MATRIX (a, b, c, d, e, f): x' = ax + cy + e, y' = bx + dy + f.

    MATRIX is six numbers, flat or nested in lists and tuples, or a buffer of
    six numbers of any numeric type (array, memoryview, NumPy array); anything
    else (None, text, another count) raises TypeError, and an element that
    is not finite TkextError (.code ('TKEXT', 'ARG', 'NONFINITE'))."""
    return _map(tk, 'transform', points, _matrix(matrix))


@overload
def simplify(points: FloatBuffer, tolerance: float,  # type: ignore[misc]
             tk: Optional[Widget] = None) -> 'array[float]': ...
@overload
def simplify(points: PointSequence, tolerance: float,
             tk: Optional[Widget] = None) -> List[float]: ...
@_documented(_MAP_DOC)
def simplify(points: Points, tolerance: float, tk: Optional[Widget] = None) -> PointsResult:
    """Return the polyline POINTS simplified to within TOLERANCE (Douglas-Peucker)."""
    return _map(tk, 'simplify', points, scalar(tolerance, 'tolerance'))
