"""tkext for Tkinter: every coordinate shape on every Python, and packed coordinates.

Thin wrappers over the tkext Tcl package (see doc/tkext.n):

    load(widget)              package require tkext in that widget's interpreter
    install(root)             every canvas takes every shape; Canvas.coords as in 3.12
    coords(canvas, item, ...) Python 3.12's Canvas.coords, with a packed fast path
    coords_array(canvas, item) the item's coordinates as array('d')
    rotate, transform         whole-item geometry (tkext::rotate, tkext::transform)
    geom                      point-set geometry (tkext::geom), see tkext.geom
    svg(canvas, ...)          the canvas as an SVG document (tkext::svg)

Coordinates may have any shape: flat numbers, (x, y) pairs, nested tuples and
lists (up to 1000 levels), with None dropped; or one float64 buffer
(array('d'), a memoryview of format 'd', a NumPy float64 array of any shape
and strides), which reaches Tcl as one packed block.  TclError propagates as in
tkinter, with the Tcl error code in widget.tk.globalgetvar('errorCode').

The Tcl package comes with this Python package (tkext/tcl/ in the wheel), so
load() works in any Tkinter interpreter without environment variables.
"""
from __future__ import annotations

import os
import sys
import tkinter
from array import array
from typing import Any, List, Optional, Sequence, Tuple, Union

from tkinter import TclError

from ._shapes import flatten, float64_block
from ._version import __version__

__all__ = ['load', 'install', 'coords', 'coords_array', 'rotate', 'transform', 'geom',
           'svg', 'TclError', '__version__']

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _own_tcl_dirs() -> List[str]:
    """Internal function: where this Python package's own Tcl package may be, in order."""
    dirs = [os.path.join(_PACKAGE_DIR, 'tcl')]   # inside the wheel (setup.py puts it there)
    try:   # after `cmake --install`: relative to the installed Python package
        from ._installed import TCL_PACKAGE_DIR  # type: ignore[import]  # generated
    except ImportError:
        pass
    else:
        dirs.append(os.path.normpath(os.path.join(_PACKAGE_DIR, TCL_PACKAGE_DIR)))
    return dirs


# The directories load() tries before Tcl's own search (TCLLIBPATH, auto_path).
_OWN_TCL_DIRS: List[str] = _own_tcl_dirs()

Widget = Union[tkinter.Misc, Any]   # a widget, a Tk root, a Tcl(), or a tkapp (widget.tk)
TagOrId = Union[int, str]
# An affine map x' = a*x + c*y + e, y' = b*x + d*y + f, given as (a, b, c, d, e, f).
Matrix = Tuple[float, float, float, float, float, float]


def _tkapp(widget_or_tk: Optional[Widget]) -> Any:
    """Internal function."""
    if widget_or_tk is None:
        return _default_root().tk
    return getattr(widget_or_tk, 'tk', widget_or_tk)


def _default_root() -> tkinter.Misc:
    """Internal function."""
    getter = getattr(tkinter, '_get_default_root', None)   # 3.10 and later
    if getter is not None:
        default: tkinter.Misc = getter('use tkext')
        return default
    root: Optional[tkinter.Misc] = getattr(tkinter, '_default_root', None)
    if not getattr(tkinter, '_support_default_root', True) or root is None:
        raise RuntimeError('Too early to use tkext: no default root window')
    return root


def _error_code(tk: Any) -> Tuple[str, ...]:
    """Internal function: the -errorcode words of the last Tcl error in TK."""
    return tuple(str(word) for word in tk.splitlist(tk.globalgetvar('errorCode')))


def _require_from(tk: Any, directory: str) -> str:
    """Internal function: load tkext __version__ from the package DIRECTORY.

    Its pkgIndex.tcl is sourced directly, so this copy is chosen even when
    another tkext of the same version is on auto_path; once loaded, the
    directory goes to the front of auto_path, so Tcl code finds the same copy.
    """
    tk.call('apply', ('dir', 'source [file join $dir pkgIndex.tcl]'), directory)
    if not tk.call('package', 'ifneeded', 'tkext', __version__):
        raise TclError('its pkgIndex.tcl offers no tkext %s to Tcl %s' % (
            __version__, tk.call('info', 'patchlevel')))
    version = str(tk.call('package', 'require', '-exact', 'tkext', __version__))
    auto_path = [str(entry) for entry in tk.splitlist(tk.globalgetvar('auto_path'))]
    if directory not in auto_path:
        tk.call('set', '::auto_path', tuple([directory] + auto_path))
    return version


def load(widget_or_tk: Optional[Widget] = None) -> str:
    """Load the tkext Tcl package into the interpreter of WIDGET_OR_TK; return its version.

    WIDGET_OR_TK is a widget, a Tk root, a tkinter.Tcl() or a tkapp; None means
    tkinter's default root.  Idempotent.  The Tcl package that came with this
    Python package is tried first (tkext/tcl/ in the wheel, or where
    `cmake --install` put it), then Tcl's own search (TCLLIBPATH, auto_path).

    Raises TclError naming every place tried and why each failed, and
    RuntimeError when WIDGET_OR_TK is None and there is no default root.
    """
    tk = _tkapp(widget_or_tk)
    loaded = str(tk.call('package', 'provide', 'tkext'))
    if loaded:
        return loaded
    tried = []
    for directory in _OWN_TCL_DIRS:
        if not os.path.isfile(os.path.join(directory, 'pkgIndex.tcl')):
            continue
        try:
            return _require_from(tk, directory)
        except TclError as error:
            tried.append('%s: %s' % (directory, error))
            tk.call('package', 'forget', 'tkext')   # so Tcl's search below starts afresh
    try:
        return str(tk.call('package', 'require', 'tkext'))
    except TclError as error:
        tried.append('auto_path {%s} (TCLLIBPATH %s): %s' % (
            ' '.join(str(entry) for entry in tk.splitlist(tk.globalgetvar('auto_path'))),
            repr(os.environ['TCLLIBPATH']) if 'TCLLIBPATH' in os.environ else 'unset', error))
    raise TclError('cannot load the tkext Tcl package; tried %s.  Install the tkext wheel, '
                   'or set TCLLIBPATH to the directory holding its pkgIndex.tcl (a build '
                   'directory, or <prefix>/lib/tcltk/tkext<version> after "cmake --install")'
                   % '; '.join(tried))


def _call(tk: Any, *args: Any) -> Any:
    """Internal function: tk.call of a tkext command, loading the package on first use."""
    try:
        return tk.call(*args)
    except TclError:
        # Tcl's code for an unknown command is TCL LOOKUP COMMAND <name>.
        code = _error_code(tk)
        if code[:3] != ('TCL', 'LOOKUP', 'COMMAND') or code[3:4] not in (
                (args[0],), ('::' + args[0],)):
            raise
    load(tk)
    return tk.call(*args)


def _canvas_coords(self: tkinter.Canvas, *args: Any) -> List[float]:
    """Return a list of coordinates for the item given in ARGS."""
    args = flatten(args)
    return [self.tk.getdouble(x) for x in
            self.tk.splitlist(self.tk.call((str(self), 'coords') + args))]


# Python 3.12 flattens Canvas.coords arguments; older ones pass nesting to Tk.
_CANVAS_COORDS_NEEDS_PATCH = sys.version_info < (3, 12)


def install(root: Optional[Widget] = None) -> None:
    """Make every canvas of ROOT's interpreter (default: tkinter's default root) take every coordinate shape.

    Runs tkext::enable in that interpreter: every canvas there, present and
    future, takes coordinates of any shape, from Python and from Tcl code.
    Call it once per root when there are several.  Idempotent.

    On Python < 3.12 it also replaces tkinter.Canvas.coords, for the whole
    process and every interpreter, with Python 3.12's method (which flattens
    its arguments, raising ValueError for nesting deeper than 1000 levels).
    On 3.12 and later tkinter is left untouched.

    Raises TclError when the Tcl package cannot be loaded, RuntimeError when
    ROOT is None and there is no default root.
    """
    _call(_tkapp(root), 'tkext::enable')
    if _CANVAS_COORDS_NEEDS_PATCH and tkinter.Canvas.coords is not _canvas_coords:
        setattr(tkinter.Canvas, 'coords', _canvas_coords)


def coords(canvas: tkinter.Canvas, tagOrId: TagOrId, *args: Any) -> List[float]:
    """Return a list of coordinates for the item TAGORID, or set them from ARGS of any shape.

    ARGS: numbers, (x, y) pairs, nested tuples and lists (None dropped), as
    Python 3.12's Canvas.coords takes them; or one float64 buffer
    (array('d'), a memoryview of format 'd', a NumPy float64 array of any
    shape and strides, read in C order), sent as one packed block.  Setting
    returns [].

    Raises TypeError for a buffer of another format (array('f'), array('i'),
    bytes, ...), ValueError for nesting deeper than 1000 levels, and TclError
    for values Tk or tkext refuse (odd count, NaN, infinity, a count the item
    type does not take, no such canvas); the item is then left unchanged.
    """
    if len(args) == 1:
        block = float64_block(args[0])
        if block is not None:
            _call(canvas.tk, 'tkext::packed', 'set', str(canvas), tagOrId, block)
            return []
    args = flatten((tagOrId,) + args)
    return [canvas.tk.getdouble(x) for x in
            canvas.tk.splitlist(canvas.tk.call((str(canvas), 'coords') + args))]


def _as_bytes(result: Any) -> bytes:
    """Internal function: a Tcl byte array result as bytes (also when wantobjects is off)."""
    if isinstance(result, str):
        return result.encode('latin-1')
    return bytes(result)


def coords_array(canvas: tkinter.Canvas, tagOrId: TagOrId) -> 'array[float]':
    """Return the coordinates of the item TAGORID as array('d'), read as one packed block.

    An unknown tag gives an empty array.  Raises TclError when CANVAS no
    longer exists or the Tcl package cannot be loaded.
    """
    result = array('d')
    result.frombytes(_as_bytes(_call(canvas.tk, 'tkext::packed', 'get', str(canvas), tagOrId)))
    return result


def rotate(canvas: tkinter.Canvas, tagOrId: TagOrId, x: float, y: float,
           angle: float) -> None:
    """Rotate the items TAGORID by ANGLE degrees about the point X,Y (tkext::rotate).

    Raises TclError for a value that is not a finite number or a result that
    overflows (the items are then left unchanged), or no such canvas.
    """
    _call(canvas.tk, 'tkext::rotate', str(canvas), tagOrId, x, y, angle)


def transform(canvas: tkinter.Canvas, tagOrId: TagOrId,
              matrix: Union[Matrix, Sequence[float]]) -> None:
    """Apply the affine MATRIX (a, b, c, d, e, f) to the items TAGORID (tkext::transform).

    MATRIX is six numbers, flat or nested.  Raises TclError for a matrix that
    is not six finite numbers or a result that overflows (the items are then
    left unchanged), or no such canvas; ValueError for nesting deeper than
    1000 levels.
    """
    _call(canvas.tk, 'tkext::transform', str(canvas), tagOrId, flatten(matrix))


from . import geom  # noqa: E402  (geom uses the helpers above)
from ._svg import svg  # noqa: E402  (so does svg)
