"""Point-set geometry: thin wrappers over the Tcl command tkext::geom.

POINTS may have any shape tkext.coords accepts: flat numbers, (x, y) pairs,
nested tuples and lists up to 1000 levels, None dropped; or one float64
buffer (array('d'), a memoryview of format 'd', a NumPy float64 array of any
shape and strides, read in C order), which goes to Tcl as one packed block.
Functions returning points return a flat list of floats, or array('d') when
POINTS was a buffer.  No Tk is needed: each thread gets its own Tcl
interpreter unless one is passed as TK (a widget, a Tcl() or a tkapp).

Every function raises TclError when tkext::geom refuses the values (a
coordinate that is not a finite number, an odd count; the Tcl error code
starts with TKEXT), TypeError for a buffer that is not float64 (array('f'),
array('i'), bytes, ...), and ValueError for nesting deeper than 1000 levels.
"""
from __future__ import annotations

import threading
import tkinter
from array import array
from typing import Any, Callable, List, Optional, Sequence, Tuple, TypeVar, Union

from tkinter import TclError

from ._shapes import flatten, float64_block

__all__ = ['bbox', 'length', 'area', 'centroid', 'contains', 'distance',
           'translate', 'scale', 'rotate', 'transform', 'simplify']

# Nested numbers or a float64 buffer: Any, since Python < 3.12 has no type
# for "supports the buffer protocol" and nesting has no finite type.
Points = Any
PointsResult = Union[List[float], 'array[float]']
Matrix = Tuple[float, float, float, float, float, float]

_local = threading.local()

_SHARED_DOC = """
    POINTS: flat numbers, (x, y) pairs, nested tuples and lists (None
    dropped), or one float64 buffer (array('d'), memoryview of format 'd',
    NumPy float64 of any shape and strides).  TK: the interpreter to use (a
    widget, a Tcl() or a tkapp); default: this thread's own Tcl().
    Raises TclError for a coordinate that is not a finite number or an odd
    count (error code TKEXT ...), TypeError for a buffer that is not float64,
    ValueError for nesting deeper than 1000 levels."""

_EMPTY_DOC = """
    Raises TclError (TKEXT GEOM EMPTY) when there are no points."""

_MAP_DOC = """
    Returns a flat list of floats, or array('d') when POINTS was a buffer."""


_Function = TypeVar('_Function', bound=Callable[..., Any])


def _documented(*extra: str) -> Callable[[_Function], _Function]:
    """Internal function: append the text every geometry function shares to its docstring."""
    def add(function: _Function) -> _Function:
        function.__doc__ = (function.__doc__ or '') + '\n' + ''.join(extra) + _SHARED_DOC
        return function
    return add


def _interp(tk: Optional[Any]) -> Any:
    """Internal function: the tkapp to run geometry in, with tkext loaded."""
    if tk is not None:
        return getattr(tk, 'tk', tk)
    interp = getattr(_local, 'interp', None)
    if interp is None:
        from . import load
        interp = tkinter.Tcl()
        load(interp)
        _local.interp = interp
    return interp


def _geom(tk: Optional[Any], sub: str, points: Points, *args: Any,
          returns_points: bool = False) -> Any:
    """Internal function: tkext::geom SUB POINTS ARGS, a buffer sent and returned as one packed block (-packed)."""
    from . import _as_bytes, _call
    interp = _interp(tk)
    block = float64_block(points)
    if block is None:
        result = _call(interp, 'tkext::geom', sub, flatten((points,)), *args)
    else:
        result = _call(interp, 'tkext::geom', '-packed', sub, block, *args)
    if not returns_points:
        return result
    if block is not None:
        return array('d', _as_bytes(result))  # -packed maps return a packed block
    return [interp.getdouble(x) for x in interp.splitlist(result)]


def _doubles(interp: Any, result: Any, count: int) -> List[float]:
    """Internal function: COUNT floats from the Tcl list RESULT."""
    values = [interp.getdouble(x) for x in interp.splitlist(result)]
    if len(values) != count:
        raise TclError('expected %d numbers from tkext::geom, got %r' % (count, result))
    return values


@_documented(_EMPTY_DOC)
def bbox(points: Points, tk: Optional[Any] = None) -> Tuple[float, float, float, float]:
    """Return the bounding box (xmin, ymin, xmax, ymax) of POINTS."""
    interp = _interp(tk)
    xmin, ymin, xmax, ymax = _doubles(interp, _geom(interp, 'bbox', points), 4)
    return xmin, ymin, xmax, ymax


@_documented()
def length(points: Points, tk: Optional[Any] = None) -> float:
    """Return the length of the polyline through POINTS."""
    interp = _interp(tk)
    return interp.getdouble(_geom(interp, 'length', points))


@_documented()
def area(points: Points, tk: Optional[Any] = None) -> float:
    """Return the area of the polygon POINTS."""
    interp = _interp(tk)
    return interp.getdouble(_geom(interp, 'area', points))


@_documented(_EMPTY_DOC)
def centroid(points: Points, tk: Optional[Any] = None) -> Tuple[float, float]:
    """Return the centroid (x, y) of the polygon POINTS."""
    interp = _interp(tk)
    x, y = _doubles(interp, _geom(interp, 'centroid', points), 2)
    return x, y


@_documented()
def contains(polygon: Points, x: float, y: float, tk: Optional[Any] = None) -> bool:
    """Return whether the point X,Y lies inside POLYGON."""
    interp = _interp(tk)
    return bool(interp.getboolean(_geom(interp, 'contains', polygon, x, y)))


@_documented(_EMPTY_DOC)
def distance(points: Points, x: float, y: float, tk: Optional[Any] = None) -> float:
    """Return the distance from the point X,Y to the polyline POINTS."""
    interp = _interp(tk)
    return interp.getdouble(_geom(interp, 'distance', points, x, y))


@_documented(_MAP_DOC)
def translate(points: Points, dx: float, dy: float, tk: Optional[Any] = None) -> PointsResult:
    """Return POINTS moved by DX,DY."""
    return _geom(tk, 'translate', points, dx, dy, returns_points=True)


@_documented(_MAP_DOC)
def scale(points: Points, sx: float, sy: float, cx: float = 0.0, cy: float = 0.0,
          tk: Optional[Any] = None) -> PointsResult:
    """Return POINTS scaled by SX,SY about CX,CY."""
    return _geom(tk, 'scale', points, sx, sy, cx, cy, returns_points=True)


@_documented(_MAP_DOC)
def rotate(points: Points, angle: float, cx: float = 0.0, cy: float = 0.0,
           tk: Optional[Any] = None) -> PointsResult:
    """Return POINTS rotated by ANGLE degrees about CX,CY, anticlockwise on screen as Tk 9's canvas rotate."""
    return _geom(tk, 'rotate', points, angle, cx, cy, returns_points=True)


@_documented(_MAP_DOC)
def transform(points: Points, matrix: Union[Matrix, Sequence[float]],
              tk: Optional[Any] = None) -> PointsResult:
    """Return POINTS mapped by the affine MATRIX (a, b, c, d, e, f): x' = ax + cy + e, y' = bx + dy + f."""
    return _geom(tk, 'transform', points, flatten(matrix), returns_points=True)


@_documented(_MAP_DOC)
def simplify(points: Points, tolerance: float, tk: Optional[Any] = None) -> PointsResult:
    """Return the polyline POINTS simplified to within TOLERANCE (Douglas-Peucker)."""
    return _geom(tk, 'simplify', points, tolerance, returns_points=True)
