"""tkext for Tkinter: every coordinate shape on every Python, and packed coordinates.

Thin wrappers over the tkext Tcl package (see doc/tkext.n):

    load(widget)              package require tkext in that widget's interpreter
    install(root)             every canvas takes every shape; Canvas.coords as in 3.12;
                              float64 buffers through Canvas.coords and create_*
    coords(canvas, item, ...) Python 3.12's Canvas.coords, with a packed fast path
    coords_array(canvas, item) the item's coordinates as array('d')
    rotate, transform         whole-item geometry (tkext::rotate, tkext::transform)
    geom                      point-set geometry (tkext::geom), see tkext.geom
    TkextError                what every function here raises for a Tcl error
    svg(canvas, ...)          the canvas as an SVG document (tkext::svg)

Canvas coordinates may have any shape: flat numbers, (x, y) pairs, nested
tuples and lists (up to 1000 levels), with None dropped, as 3.12's
Canvas.coords takes them; or one float64 buffer (array('d'), a memoryview of
format 'd', a NumPy float64 array of any shape and strides), which reaches Tcl
as one packed block.  An empty buffer counts as no coordinates, as an empty
list does: coords() then reads the coordinates.

Every Tcl error from a tkext function is a TkextError (a TclError subclass)
whose .code is the Tcl -errorcode as a tuple, e.g. ('TKEXT', 'COORDS',
'COUNT'), read in the interpreter that ran the command.

The Tcl package comes with this Python package (tkext/tcl/ in the wheel), so
load() works in any Tkinter interpreter without environment variables.
"""
from __future__ import annotations

import sys
import tkinter
from array import array
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

from tkinter import TclError

from . import geom
from ._shapes import FloatBuffer, Matrix, NestedCoords, TagOrId, check_tag_or_id, flatten, float64_block, matrix as _matrix
from ._svg import svg
from ._tcl import TkextError, Widget, as_bytes, call as _call, float_list, load, tkapp
from ._version import __version__

__all__ = ['load', 'install', 'coords', 'coords_array', 'rotate', 'transform', 'geom',
           'TkextError', 'svg', 'TclError', '__version__']


def _canvas_coords(self: tkinter.Canvas, *args: Any) -> List[float]:
    """Return a list of coordinates for the item given in ARGS."""
    args = flatten(args)
    return float_list(self.tk, self.tk.call((str(self), 'coords') + args))


# tkinter's own Canvas methods, as they were before install() replaced them.
_TKINTER_COORDS: Callable[..., List[float]] = getattr(tkinter.Canvas, 'coords')
_TKINTER_CREATE: Callable[..., int] = getattr(tkinter.Canvas, '_create')
# 3.12's Canvas.coords: tkinter's own from 3.12 (which flattens its arguments), else the backport.
_COORDS_312: Callable[..., List[float]] = _canvas_coords
if sys.version_info >= (3, 12):
    _COORDS_312 = _TKINTER_COORDS

# One Tcl call for create_* with a buffer: the block becomes one list of double
# objects in Tcl, never a Python number each.
_CREATE_PACKED = ('canvas type block args',
                  '$canvas create $type [::tkext::packed decode $block] {*}$args')


# Classes of values that are never buffers: a quick identity test on the hot path.
_PLAIN = (tuple, list, str, int, float)


def _installed_coords(self: tkinter.Canvas, *args: Any) -> List[float]:
    """Return a list of coordinates for the item given in ARGS (3.12's rule).

    After tkext.install(): a float64 buffer as the one coordinate argument is
    set as one packed block (tkext::packed set), an empty one read as no
    coordinates; everything else goes to 3.12's Canvas.coords unchanged.
    """
    if len(args) == 2 and args[1].__class__ not in _PLAIN:
        block = float64_block(args[1], strict=False)
        if block:
            _call(self.tk, 'tkext::packed', 'set', str(self), args[0], block)
            return []
        if block is not None:
            args = args[:1]
    return _COORDS_312(self, *args)


def _installed_create(self: tkinter.Canvas, itemType: str, args: Tuple[Any, ...],
                      kw: Dict[str, Any]) -> int:
    """Internal function (tkinter's Canvas._create).

    After tkext.install(): a float64 buffer as the one coordinate argument
    (options may follow as a dict or keywords) reaches Tk as one packed block;
    an empty one counts as an empty list; everything else goes to tkinter's
    own method unchanged.
    """
    if args and args[0].__class__ not in _PLAIN and (
            len(args) == 1 or (len(args) == 2 and isinstance(args[1], dict))):
        block = float64_block(args[0], strict=False)
        if block:
            tk: Any = self.tk
            options = self._options(args[1] if len(args) == 2 else {}, kw)  # type: ignore[attr-defined]
            return int(tk.getint(_call(tk, 'apply', _CREATE_PACKED, str(self),
                                       itemType, block, *options)))
        if block is not None:
            args = ([],) + args[1:]
    return _TKINTER_CREATE(self, itemType, args, kw)


def install(root: Optional[Widget] = None) -> None:
    """Make every canvas of ROOT's interpreter (default: tkinter's default root) take every coordinate shape.

    Runs tkext::enable in that interpreter: every canvas there, present and
    future, takes coordinates of any shape, from Python and from Tcl code.
    Call it once per root when there are several.  Idempotent.

    It also replaces tkinter.Canvas.coords and Canvas._create (which every
    create_* calls), for the whole process and every interpreter: Canvas.coords
    becomes Python 3.12's method (which flattens its arguments, raising
    ValueError for nesting deeper than 1000 levels; on 3.12 and later it is
    tkinter's own), and both send a float64 buffer given as the one coordinate
    argument to Tk as one packed block (tkext::packed), raising TkextError for
    values tkext refuses.  Everything else reaches tkinter's own methods
    unchanged.

    Raises TkextError when the Tcl package cannot be loaded, RuntimeError when
    ROOT is None and there is no default root.
    """
    _call(tkapp(root), 'tkext::enable')
    setattr(tkinter.Canvas, 'coords', _installed_coords)
    setattr(tkinter.Canvas, '_create', _installed_create)


def coords(canvas: tkinter.Canvas, tagOrId: TagOrId,
           *args: Union[NestedCoords, FloatBuffer]) -> List[float]:
    """Return a list of coordinates for the item TAGORID, or set them from ARGS of any shape.

    ARGS: numbers, screen distances, (x, y) pairs, nested tuples and lists
    (None dropped), as Python 3.12's Canvas.coords takes them; or one float64
    buffer (array('d'), a memoryview of format 'd', a NumPy float64 array of
    any shape and strides, read in C order), sent as one packed block.  An
    empty buffer counts as no coordinates, as an empty list does in 3.12:
    the call reads them.  Setting returns [].

    Raises TypeError when TAGORID is not an int or a str, or for a buffer of
    another format (array('f'), array('i'), bytes, ...); ValueError for
    nesting deeper than 1000 levels; TkextError for values Tk or tkext refuse
    (odd count, NaN, infinity, a count the item type does not take, no such
    canvas), its .code the Tcl error code; the item is then left unchanged.
    """
    if tagOrId.__class__ is not int and tagOrId.__class__ is not str:
        check_tag_or_id(tagOrId)   # subclasses pass, the rest raises TypeError
    tk: Any = canvas.tk
    if len(args) == 1:
        block = float64_block(args[0])
        if block:
            _call(tk, 'tkext::packed', 'set', str(canvas), tagOrId, block)
            return []
        if block is not None:
            args = ()
    return float_list(tk, _call(tk, (str(canvas), 'coords') + flatten((tagOrId,) + args)))


def coords_array(canvas: tkinter.Canvas, tagOrId: TagOrId) -> 'array[float]':
    """Return the coordinates of the item TAGORID as array('d'), read as one packed block.

    An unknown tag gives an empty array.  Raises TypeError when TAGORID is
    not an int or a str, TkextError when CANVAS no longer exists or the Tcl
    package cannot be loaded.
    """
    check_tag_or_id(tagOrId)
    result = array('d')
    result.frombytes(as_bytes(_call(canvas.tk, 'tkext::packed', 'get', str(canvas), tagOrId)))
    return result


def rotate(canvas: tkinter.Canvas, tagOrId: TagOrId, x: Union[float, str],
           y: Union[float, str], angle: float) -> None:
    """Rotate the items TAGORID by ANGLE degrees about the point X,Y (tkext::rotate).

    X and Y are screen distances, as the canvas reads a coordinate (a number
    of pixels, or text such as '1c' or '2m').
    Raises TypeError when TAGORID is not an int or a str; TkextError for a
    value that is not a finite number or a result that overflows (the items
    are then left unchanged), or no such canvas.
    """
    check_tag_or_id(tagOrId)
    _call(canvas.tk, 'tkext::rotate', str(canvas), tagOrId, x, y, angle)


def transform(canvas: tkinter.Canvas, tagOrId: TagOrId, matrix: Matrix) -> None:
    """Apply the affine MATRIX (a, b, c, d, e, f) to the items TAGORID (tkext::transform).

    MATRIX is six numbers, flat or nested in lists and tuples, or a buffer of
    six numbers (array, memoryview, NumPy array of any numeric type).  Raises
    TypeError when TAGORID is not an int or a str or MATRIX is anything else
    (None, text, another count); TkextError for a matrix element that is not
    finite (code TKEXT ARG NONFINITE) or a result that overflows (the items
    are then left unchanged), or no such canvas; ValueError for nesting
    deeper than 1000 levels.
    """
    check_tag_or_id(tagOrId)
    _call(canvas.tk, 'tkext::transform', str(canvas), tagOrId, _matrix(matrix))
