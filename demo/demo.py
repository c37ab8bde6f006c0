"""demo.py — tkext in one Tkinter window: every coordinate shape, live geometry, big data.

    python3 demo/demo.py
    python3 demo/demo.py --screenshot demo.png

Needs the tkext Python module (PYTHONPATH=<source>/python) and the Tcl package
(TCLLIBPATH=<build dir>).  The same three panels as demo.tcl, one module each
under demo/tkext_demo/; --screenshot FILE draws everything, writes the window
to FILE as PNG (and its canvases to FILE's name with .svg, as the Export SVG
button writes them), prints "summary KEY VALUE" lines (which the tests read)
and exits.
"""
from __future__ import annotations

import argparse
import os
import sys
import tkinter
from tkinter import ttk

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import tkext
except ImportError as error:
    sys.exit('%s: set PYTHONPATH to the source tree\'s python/ directory '
             '(bash scripts/demo.sh --python does)' % error)
from tkext_demo import bigdata, export, geometry, screenshot, shapes  # noqa: E402
from tkext_demo.style import COLOR, panel, set_styles  # noqa: E402


def build_window(root: tkinter.Tk) -> dict:
    """Lay out the title, the three panels and the status line; return the panels."""
    version = tkext.load(root)
    root.title('tkext %s demo (Tkinter)' % version)
    set_styles(root)

    head = ttk.Frame(root, padding=(12, 8, 12, 2))
    ttk.Label(head, style='Title.TLabel',
              text='tkext — every coordinate shape, and fast geometry, for Tkinter').pack(anchor='w')
    ttk.Label(head, style='Subtitle.TLabel', text=(
        'tkext %s on Tcl/Tk %s, Python %s.  Blue: drawn through tkext.  '
        'Red: what plain Tkinter says to the same call.'
        % (version, root.tk.call('info', 'patchlevel'), sys.version.split()[0]))).pack(anchor='w')

    body = ttk.Frame(root, padding=(8, 4))
    panels = {'shapes': shapes.ShapesPanel(panel(body, 'Shapes — one polyline, every coordinate shape'))}
    # From here on every canvas takes every shape (the Shapes panel's plain
    # column, made above, stays plain Tkinter).
    tkext.install(root)
    panels.update({
        'geometry': geometry.GeometryPanel(panel(body, 'Geometry — drag the vertices, move the mouse')),
        'bigdata': bigdata.BigDataPanel(panel(body, 'Big data — 100 000 points, live')),
    })
    panels['shapes'].frame.master.grid(row=0, column=0, rowspan=2, sticky='nsew', padx=4, pady=4)
    panels['geometry'].frame.master.grid(row=0, column=1, sticky='nsew', padx=4, pady=4)
    panels['bigdata'].frame.master.grid(row=1, column=1, sticky='nsew', padx=4, pady=4)
    body.columnconfigure(1, weight=1)
    body.rowconfigure(0, weight=3)
    body.rowconfigure(1, weight=2)

    status = ttk.Frame(root, padding=(12, 2, 12, 6))
    status_line = ttk.Label(status, style='Status.TLabel', anchor='w', text=(
        "Drag the polygon's vertices; the slider rotates it with tkext.rotate.   "
        'Big data: array(\'d\') through tkext.coords (packed float64).'))
    ttk.Button(status, text='Export SVG…', command=lambda: export.ask(
        root, lambda message: status_line.configure(text=message))).pack(side='right')
    status_line.pack(fill='x')
    head.pack(fill='x')
    status.pack(side='bottom', fill='x')
    body.pack(fill='both', expand=True)
    return panels


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(description='The tkext demo, in Tkinter.')
    parser.add_argument('--screenshot', metavar='FILE',
                        help='write the window to FILE as PNG, print a summary and exit')
    args = parser.parse_args(argv)
    root = tkinter.Tk()
    root.configure(background=COLOR['window'])
    panels = build_window(root)
    if args.screenshot:
        screenshot.take_when_ready(root, panels, args.screenshot)
    root.mainloop()
    return screenshot.exit_status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
