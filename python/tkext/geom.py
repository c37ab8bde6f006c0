"""Point-set geometry: thin wrappers over the Tcl command tkext::geom.

POINTS may have any shape tkext.coords accepts (flat, pairs, nested, None
dropped) or be a buffer of float64 (array('d'), memoryview, NumPy); a buffer
goes to Tcl as one packed block.  Functions returning points return a list of
floats, or array('d') when POINTS was a buffer.  No Tk is needed: each thread
gets its own Tcl interpreter unless one is passed as TK (a widget or tkapp).
TclError propagates as in tkinter.
"""
from __future__ import annotations

import threading
import tkinter
from array import array
from typing import Any, List, Optional, Sequence, Tuple, Union

from ._shapes import flatten, float64_block

__all__ = ['bbox', 'length', 'area', 'centroid', 'contains', 'distance',
           'translate', 'scale', 'rotate', 'transform', 'simplify']

Points = Any          # nested numbers, or a float64 buffer
PointsResult = Union[List[float], 'array[float]']

# Runs `tkext::geom SUB COORDS ...` with COORDS decoded from a packed block on
# the Tcl side; with PACK, the flat list result is packed again for Python.
_GEOM_ON_PACKED = ('{sub bytes pack args} {'
                   'set result [::tkext::geom $sub [::tkext::packed decode $bytes] {*}$args]; '
                   'if {$pack} {return [::tkext::packed encode $result]}; '
                   'return $result}')

_local = threading.local()


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
    """Internal function: tkext::geom SUB POINTS ARGS, points given as they came."""
    from . import _call
    interp = _interp(tk)
    block = float64_block(points)
    if block is None:
        result = _call(interp, 'tkext::geom', sub, flatten((points,)), *args)
        if returns_points:
            return [interp.getdouble(x) for x in interp.splitlist(result)]
        return result
    result = _call(interp, 'apply', _GEOM_ON_PACKED, sub, block, int(returns_points), *args)
    if returns_points:
        from . import _as_bytes
        values = array('d')
        values.frombytes(_as_bytes(result))
        return values
    return result


def bbox(points: Points, tk: Optional[Any] = None) -> Tuple[float, float, float, float]:
    """Return the bounding box (xmin, ymin, xmax, ymax) of POINTS."""
    interp = _interp(tk)
    return tuple(interp.getdouble(x) for x in interp.splitlist(_geom(interp, 'bbox', points)))


def length(points: Points, tk: Optional[Any] = None) -> float:
    """Return the length of the polyline through POINTS."""
    interp = _interp(tk)
    return interp.getdouble(_geom(interp, 'length', points))


def area(points: Points, tk: Optional[Any] = None) -> float:
    """Return the area of the polygon POINTS."""
    interp = _interp(tk)
    return interp.getdouble(_geom(interp, 'area', points))


def centroid(points: Points, tk: Optional[Any] = None) -> Tuple[float, float]:
    """Return the centroid (x, y) of the polygon POINTS."""
    interp = _interp(tk)
    return tuple(interp.getdouble(x) for x in interp.splitlist(_geom(interp, 'centroid', points)))


def contains(polygon: Points, x: float, y: float, tk: Optional[Any] = None) -> bool:
    """Return whether the point X,Y lies inside POLYGON."""
    interp = _interp(tk)
    return interp.getboolean(_geom(interp, 'contains', polygon, x, y))


def distance(points: Points, x: float, y: float, tk: Optional[Any] = None) -> float:
    """Return the distance from the point X,Y to the polyline POINTS."""
    interp = _interp(tk)
    return interp.getdouble(_geom(interp, 'distance', points, x, y))


def translate(points: Points, dx: float, dy: float, tk: Optional[Any] = None) -> PointsResult:
    """Return POINTS moved by DX,DY."""
    return _geom(tk, 'translate', points, dx, dy, returns_points=True)


def scale(points: Points, sx: float, sy: float, cx: float = 0.0, cy: float = 0.0,
          tk: Optional[Any] = None) -> PointsResult:
    """Return POINTS scaled by SX,SY about CX,CY."""
    return _geom(tk, 'scale', points, sx, sy, cx, cy, returns_points=True)


def rotate(points: Points, angle: float, cx: float = 0.0, cy: float = 0.0,
           tk: Optional[Any] = None) -> PointsResult:
    """Return POINTS rotated by ANGLE degrees about CX,CY."""
    return _geom(tk, 'rotate', points, angle, cx, cy, returns_points=True)


def transform(points: Points, matrix: Sequence[float], tk: Optional[Any] = None) -> PointsResult:
    """Return POINTS mapped by the affine MATRIX (a, b, c, d, e, f)."""
    return _geom(tk, 'transform', points, flatten(matrix), returns_points=True)


def simplify(points: Points, tolerance: float, tk: Optional[Any] = None) -> PointsResult:
    """Return the polyline POINTS simplified to within TOLERANCE."""
    return _geom(tk, 'simplify', points, tolerance, returns_points=True)
