"""tkext for Tkinter: every coordinate shape on every Python, and packed coordinates.

Thin wrappers over the tkext Tcl package (see doc/tkext.n):

    load(widget)              package require tkext in that widget's interpreter
    install(root)             every canvas takes every shape; Canvas.coords as in 3.12
    coords(canvas, item, ...) Python 3.12's Canvas.coords, with a packed fast path
    coords_array(canvas, item) the item's coordinates as array('d')
    rotate, transform         whole-item geometry (tkext::rotate, tkext::transform)
    geom                      point-set geometry (tkext::geom), see tkext.geom

TclError propagates as in tkinter.
"""
from __future__ import annotations

import os
import sys
import tkinter
from array import array
from typing import Any, List, Optional, Sequence, Union

from tkinter import TclError

from ._shapes import flatten, float64_block

__all__ = ['load', 'install', 'coords', 'coords_array', 'rotate', 'transform', 'geom',
           'TclError']

# Where `cmake --install` put the Tcl package, written into _installed.py at
# install time; None when running from the source tree.
try:
    from ._installed import TCL_PACKAGE_DIR as _INSTALLED_TCL_DIR
except ImportError:
    _INSTALLED_TCL_DIR = None

Widget = Union[tkinter.Misc, Any]   # a widget, a Tk root, or a tkapp (widget.tk)


def _tkapp(widget_or_tk: Optional[Widget]) -> Any:
    """Internal function."""
    if widget_or_tk is None:
        return _default_root().tk
    return getattr(widget_or_tk, 'tk', widget_or_tk)


def _default_root() -> tkinter.Misc:
    """Internal function."""
    getter = getattr(tkinter, '_get_default_root', None)   # 3.10 and later
    if getter is not None:
        return getter('use tkext')
    if not tkinter._support_default_root or tkinter._default_root is None:
        raise RuntimeError('Too early to use tkext: no default root window')
    return tkinter._default_root


def load(widget_or_tk: Optional[Widget] = None) -> str:
    """Load the tkext Tcl package into the interpreter of WIDGET_OR_TK; return its version."""
    tk = _tkapp(widget_or_tk)
    try:
        return tk.call('package', 'require', 'tkext')
    except TclError as error:
        failure = str(error)
    # Tkinter's Tcl may not search where `cmake --install` put the package.
    if _INSTALLED_TCL_DIR and os.path.isdir(_INSTALLED_TCL_DIR):
        tk.call('lappend', 'auto_path', _INSTALLED_TCL_DIR)
        try:
            return tk.call('package', 'require', 'tkext')
        except TclError as error:
            failure = str(error)
    raise TclError('cannot load the tkext Tcl package (%s): set TCLLIBPATH to the '
                   'directory holding its pkgIndex.tcl (the build directory), or run '
                   '"cmake --install <build dir>"' % failure)


def _call(tk: Any, *args: Any) -> Any:
    """Internal function: tk.call of a tkext command, loading the package on first use."""
    try:
        return tk.call(*args)
    except TclError as error:
        if not str(error).startswith('invalid command name "tkext::'):
            raise
    load(tk)
    return tk.call(*args)


def _canvas_coords(self: tkinter.Canvas, *args: Any) -> List[float]:
    """Return a list of coordinates for the item given in ARGS."""
    args = flatten(args)
    return [self.tk.getdouble(x) for x in
            self.tk.splitlist(self.tk.call((self._w, 'coords') + args))]


# Python 3.12 flattens Canvas.coords arguments; older ones pass nesting to Tk.
_CANVAS_COORDS_NEEDS_PATCH = sys.version_info < (3, 12)


def install(root: Optional[Widget] = None) -> None:
    """Make every canvas of ROOT's interpreter (default: tkinter's default root) take every coordinate shape."""
    _call(_tkapp(root), 'tkext::enable')
    if _CANVAS_COORDS_NEEDS_PATCH and tkinter.Canvas.coords is not _canvas_coords:
        tkinter.Canvas.coords = _canvas_coords


def coords(canvas: tkinter.Canvas, tagOrId: Union[int, str], *args: Any) -> List[float]:
    """Return a list of coordinates for the item TAGORID, or set them from ARGS of any shape."""
    if len(args) == 1:
        block = float64_block(args[0])
        if block is not None:
            _call(canvas.tk, 'tkext::packed', 'set', canvas._w, tagOrId, block)
            return []
    args = flatten((tagOrId,) + args)
    return [canvas.tk.getdouble(x) for x in
            canvas.tk.splitlist(canvas.tk.call((canvas._w, 'coords') + args))]


def _as_bytes(result: Any) -> bytes:
    """Internal function: a Tcl byte array result as bytes (also when wantobjects is off)."""
    if isinstance(result, str):
        return result.encode('latin-1')
    return bytes(result)


def coords_array(canvas: tkinter.Canvas, tagOrId: Union[int, str]) -> 'array[float]':
    """Return the coordinates of the item TAGORID as array('d')."""
    result = array('d')
    result.frombytes(_as_bytes(_call(canvas.tk, 'tkext::packed', 'get', canvas._w, tagOrId)))
    return result


def rotate(canvas: tkinter.Canvas, tagOrId: Union[int, str], x: float, y: float,
           angle: float) -> None:
    """Rotate the items TAGORID by ANGLE degrees about the point X,Y."""
    _call(canvas.tk, 'tkext::rotate', canvas._w, tagOrId, x, y, angle)


def transform(canvas: tkinter.Canvas, tagOrId: Union[int, str], matrix: Sequence[float]) -> None:
    """Apply the affine MATRIX (a, b, c, d, e, f) to the items TAGORID."""
    _call(canvas.tk, 'tkext::transform', canvas._w, tagOrId, flatten(matrix))


from . import geom  # noqa: E402  (geom uses the helpers above)
