"""The Tcl side of tkext: which interpreter, loading the Tcl package, calling its commands.

Every tkext function reaches Tcl through call() here, which loads the
package on first use and turns a Tcl error into TkextError carrying the
error code of the interpreter that ran the command.  Nothing here knows
about coordinates or canvases.
"""
from __future__ import annotations

import os
import threading
import tkinter
from typing import Any, List, Optional, Tuple, Union

from tkinter import TclError

from ._version import __version__

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))

Widget = Union[tkinter.Misc, Any]   # a widget, a Tk root, a Tcl(), or a tkapp (widget.tk)


class TkextError(TclError):
    """A Tcl error from a tkext call, with that call's Tcl -errorcode as CODE.

    CODE is a tuple of str, e.g. ('TKEXT', 'COORDS', 'COUNT'): TKEXT ... for
    tkext's own checks, Tk's or Tcl's code for errors they raise (for
    instance ('TK', 'LOOKUP', 'CANVAS', ...)), ('NONE',) when the command set
    none.  It is read in the interpreter that ran the command (for
    tkext.geom by default a hidden per-thread one), right after the
    command failed.  A subclass of TclError: `except TclError` still catches it.
    """

    code: Tuple[str, ...]

    def __init__(self, message: str, code: Tuple[str, ...] = ('NONE',)) -> None:
        super().__init__(message)
        self.code = code


def own_tcl_dirs() -> List[str]:
    """Where this Python package's own Tcl package may be, in the order load() tries them."""
    dirs = [os.path.join(PACKAGE_DIR, 'tcl')]   # inside the wheel (setup.py puts it there)
    try:   # after `cmake --install`: relative to the installed Python package
        from ._installed import TCL_PACKAGE_DIR  # type: ignore[import]  # generated
    except ImportError:
        pass
    else:
        dirs.append(os.path.normpath(os.path.join(PACKAGE_DIR, str(TCL_PACKAGE_DIR))))
    return dirs


# The directories load() tries before Tcl's own search (TCLLIBPATH, auto_path);
# tests replace it.
OWN_TCL_DIRS: List[str] = own_tcl_dirs()


def default_root() -> tkinter.Misc:
    """tkinter's default root, as tkinter's own functions find it."""
    getter = getattr(tkinter, '_get_default_root', None)   # 3.10 and later
    if getter is not None:
        default: tkinter.Misc = getter('use tkext')
        return default
    root: Optional[tkinter.Misc] = getattr(tkinter, '_default_root', None)
    if not getattr(tkinter, '_support_default_root', True) or root is None:
        raise RuntimeError('Too early to use tkext: no default root window')
    return root


def tkapp(widget_or_tk: Optional[Widget]) -> Any:
    """The tkapp of WIDGET_OR_TK (a widget, a Tk, a Tcl() or a tkapp); None: the default root's."""
    if widget_or_tk is None:
        return default_root().tk
    return getattr(widget_or_tk, 'tk', widget_or_tk)


_local = threading.local()


def geometry_tkapp(widget_or_tk: Optional[Widget]) -> Any:
    """The tkapp of WIDGET_OR_TK; None: this thread's own hidden Tcl(), tkext loaded (no Tk needed)."""
    if widget_or_tk is not None:
        return tkapp(widget_or_tk)
    interp = getattr(_local, 'interp', None)
    if interp is None:
        interp = tkinter.Tcl()
        load(interp)
        _local.interp = interp
    return interp


def error_code(tk: Any) -> Tuple[str, ...]:
    """The -errorcode words of the last Tcl error in TK; ('NONE',) when TK cannot say (deleted)."""
    try:
        return tuple(str(word) for word in tk.splitlist(tk.globalgetvar('errorCode')))
    except TclError:
        return ('NONE',)


def _is_tkext_lookup(code: Tuple[str, ...]) -> bool:
    """Whether CODE is Tcl's 'invalid command name' for a command of the tkext namespace."""
    return code[:3] == ('TCL', 'LOOKUP', 'COMMAND') and len(code) > 3 and \
        code[3].lstrip(':').startswith('tkext::')


def call(tk: Any, *args: Any) -> Any:
    """tk.call(*ARGS) of a tkext command, loading the package on first use.

    Raises TkextError, with the error code read in TK right after the
    command failed.  A missing tkext command (TCL LOOKUP COMMAND tkext::...,
    also from inside ARGS's script) loads the package and runs ARGS again,
    which is safe because a command that is not there did nothing.
    """
    try:
        return tk.call(*args)
    except TclError as error:
        code = error_code(tk)
        if not _is_tkext_lookup(code):
            raise TkextError(str(error), code) from None
    load(tk)
    try:
        return tk.call(*args)
    except TclError as error:
        raise TkextError(str(error), error_code(tk)) from None


def _require_from(tk: Any, directory: str) -> str:
    """Load tkext __version__ from the package DIRECTORY.

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

    Raises TkextError (code ('TKEXT', 'LOAD')) naming every place tried and
    why each failed, and RuntimeError when WIDGET_OR_TK is None and there is
    no default root.
    """
    tk = tkapp(widget_or_tk)
    loaded = str(tk.call('package', 'provide', 'tkext'))
    if loaded:
        return loaded
    tried = []
    for directory in OWN_TCL_DIRS:
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
    raise TkextError('cannot load the tkext Tcl package; tried %s.  Install the tkext wheel, '
                     'or set TCLLIBPATH to the directory holding its pkgIndex.tcl (a build '
                     'directory, or <prefix>/lib/tcltk/tkext<version> after "cmake --install")'
                     % '; '.join(tried), ('TKEXT', 'LOAD'))


def float_list(tk: Any, result: Any) -> List[float]:
    """The Tcl list RESULT as a list of floats, as tkinter's Canvas.coords reads its result."""
    return [tk.getdouble(x) for x in tk.splitlist(result)]


def as_bytes(result: Any) -> bytes:
    """A Tcl byte array result (a packed block) as bytes, also when wantobjects is off."""
    if isinstance(result, str):
        return result.encode('latin-1')
    return bytes(result)
