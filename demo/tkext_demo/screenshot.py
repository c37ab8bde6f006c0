"""--screenshot FILE for demo.py: waits until every panel has drawn (the Big
data panel has measured its frame rate), writes the window to FILE as PNG and
prints what each panel drew as "summary KEY VALUE" lines.

Tk 8.6 cannot write a window to an image file itself, so ImageMagick's
`import` reads the window from the X server (xwd + convert if not).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import tkinter

from . import export

exit_status = 0


def take_when_ready(root: tkinter.Tk, panels: dict, path: str) -> None:
    deadline = time.monotonic() + 20

    def poll() -> None:
        big = panels['bigdata']
        if not (big.frames >= 12 and big.fps > 0) and time.monotonic() < deadline:
            root.after(100, poll)
            return
        big.stop()
        root.update()
        global exit_status
        try:
            write_png(root, path)
            # The same moment as SVG, as the Export SVG button writes it.
            svg = os.path.splitext(path)[0] + '.svg'
            count = export.save(root, svg)
            print_summary(root, panels, path)
            print('summary svg', os.path.abspath(svg), count)
            sys.stdout.flush()
        except (OSError, subprocess.CalledProcessError, tkinter.TclError) as error:
            print('screenshot failed: %s' % error, file=sys.stderr)
            exit_status = 1
        root.destroy()

    root.after(200, poll)


def write_png(root: tkinter.Tk, path: str) -> None:
    root.lift()
    root.update()
    window = str(root.winfo_id())
    if shutil.which('import'):
        subprocess.run(['import', '-window', window, path], check=True)
    else:
        xwd = subprocess.run(['xwd', '-silent', '-id', window], check=True, stdout=subprocess.PIPE)
        subprocess.run(['convert', 'xwd:-', 'png:' + path], input=xwd.stdout, check=True)


def _words(value) -> str:
    if isinstance(value, (list, tuple)):
        return ' '.join(_words(v) for v in value)
    return str(value)


def _canvases(widget: tkinter.Misc) -> list:
    found = []
    for child in widget.winfo_children():
        if isinstance(child, tkinter.Canvas):
            found.append(child)
        found += _canvases(child)
    return found


def print_summary(root: tkinter.Tk, panels: dict, path: str) -> None:
    features = [name for name in ('geom', 'rotate', 'packed')
                if root.tk.call('info', 'commands', '::tkext::' + name)]
    lines = [('demo', 'python'), ('screenshot', os.path.abspath(path)),
             ('window', [root.winfo_width(), root.winfo_height()]), ('features', features)]
    for name, panel in panels.items():
        lines += [(name + '.' + key, value) for key, value in panel.summary()]
        counts = {}
        for canvas in _canvases(panel.frame):
            for item in canvas.find_all():
                kind = canvas.type(item)
                counts[kind] = counts.get(kind, 0) + 1
        lines += [(name + '.items.' + kind, count) for kind, count in sorted(counts.items())]
    for key, value in lines:
        print('summary', key, _words(value))
    sys.stdout.flush()
