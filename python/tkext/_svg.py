"""tkext.svg: a canvas as an SVG document (over the Tcl command tkext::svg)."""
from __future__ import annotations

import os
import tkinter
from typing import Optional, Union

from ._shapes import TagOrId
from ._tcl import call

# A screen distance as Tk takes it: pixels, or a string with a unit ('2c', '1i').
ScreenDistance = Union[int, float, str]


def svg(canvas: tkinter.Canvas, *, file: Optional[Union[str, 'os.PathLike[str]']] = None,
        items: Optional[TagOrId] = None, x: Optional[ScreenDistance] = None,
        y: Optional[ScreenDistance] = None, width: Optional[ScreenDistance] = None,
        height: Optional[ScreenDistance] = None) -> str:
    """Return CANVAS drawn as an SVG 1.1 document, or write it to FILE and return ''.

    X, Y, WIDTH, HEIGHT: the region, as Canvas.postscript takes it (default:
    the visible area).  ITEMS: a tag or id, to export only those items.
    FILE is written through a temporary file beside it, renamed over it when
    complete.  Raises TkextError (a TclError) for a bad option value, a window that is not
    a canvas, or a file that cannot be written (nothing is written then).
    """
    args = []
    for option, value in (('-items', items), ('-x', x), ('-y', y), ('-width', width),
                          ('-height', height)):
        if value is not None:
            args += [option, value]
    if file is not None:
        args += ['-file', os.fspath(file)]
    return str(call(canvas.tk, 'tkext::svg', str(canvas), *args))
