"""Export SVG: every canvas of the window in one SVG file (tkext.svg).

Each canvas is written by tkext.svg (its visible area) and placed where it
sits in the window, as a nested <svg> element, over a rectangle of the
window's background.  The widgets around the canvases are not drawn.
"""
from __future__ import annotations

import os
import tkinter
from tkinter import filedialog
from typing import Callable, List

import tkext


def canvases(widget: tkinter.Misc) -> List[tkinter.Canvas]:
    """The mapped canvases under WIDGET, in window order."""
    found: List[tkinter.Canvas] = []
    for child in widget.winfo_children():
        if isinstance(child, tkinter.Canvas) and child.winfo_ismapped():
            found.append(child)
        found += canvases(child)
    return found


def window_svg(root: tkinter.Tk) -> str:
    """The SVG document of ROOT's canvases, placed as in the window."""
    width, height = root.winfo_width(), root.winfo_height()
    red, green, blue = (c // 257 for c in root.winfo_rgb(root.cget('background')))
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
             '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
             'version="1.1" width="%d" height="%d" viewBox="0 0 %d %d">\n' % (width, height, width, height),
             '<rect x="0" y="0" width="%d" height="%d" fill="#%02x%02x%02x"/>\n'
             % (width, height, red, green, blue)]
    for canvas in canvases(root):
        x = canvas.winfo_rootx() - root.winfo_rootx()
        y = canvas.winfo_rooty() - root.winfo_rooty()
        part = tkext.svg(canvas)
        # Drop the XML declaration; place the canvas's own <svg> in the window.
        parts.append('<svg x="%d" y="%d" %s' % (x, y, part[part.index('<svg ') + 5:]))
    parts.append('</svg>\n')
    return ''.join(parts)


def save(root: tkinter.Tk, path: str) -> int:
    """Write ROOT's canvases to PATH; return how many canvases."""
    document = window_svg(root)
    with open(path + '.tmp', 'w', encoding='utf-8') as f:
        f.write(document)
    os.replace(path + '.tmp', path)
    return len(canvases(root))


def ask(root: tkinter.Tk, status: Callable[[str], None]) -> None:
    """The Export SVG button: asks where, writes, reports through STATUS."""
    path = filedialog.asksaveasfilename(parent=root, title='Export SVG', defaultextension='.svg',
                                        initialfile='tkext-demo.svg',
                                        filetypes=[('SVG images', '.svg')])
    if not path:
        return
    try:
        count = save(root, path)
    except (OSError, tkinter.TclError) as error:
        status('Export failed: %s' % error)
    else:
        status('Wrote %d canvases to %s with tkext.svg.' % (count, path))
