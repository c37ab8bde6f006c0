"""Shapes panel of demo.py: one polyline written in every coordinate shape.

Each row makes the same call twice: on a canvas with tkext enabled, and on a
plain canvas (plain Tkinter: what it does depends on the Python version, e.g.
Canvas.coords flattens nested lists only from 3.12).  The call is shown word
for word; plain Tkinter's error (if any) is shown where its drawing would be.
"""
from __future__ import annotations

import tkinter
from array import array
from tkinter import ttk

import tkext

from .style import COLOR

PAIRS = [(10, 40), (40, 12), (70, 40), (100, 12), (130, 40)]
FLAT = [v for pair in PAIRS for v in pair]


def _coords_row(*args):
    """A row that sets a new line's coordinates with c.coords(line, *ARGS)."""
    def draw(canvas, with_tkext):
        line = canvas.create_line(0, 0, 0, 0)
        canvas.coords(line, *args)
        return line
    return draw


def _array_row(canvas, with_tkext):
    """The packed row: tkext.coords on the tkext side, plain c.coords on the other."""
    line = canvas.create_line(0, 0, 0, 0)
    if with_tkext:
        tkext.coords(canvas, line, array('d', FLAT))
    else:
        canvas.coords(line, array('d', FLAT))
    return line


# (name, the call as shown, how to make it on a canvas).
ROWS = [
    ('flat arguments', 'c.create_line(10, 40, 40, 12, 70, 40, 100, 12, 130, 40)',
     lambda c, t: c.create_line(*FLAT)),
    ('list of pairs', 'c.create_line([(10, 40), (40, 12), (70, 40), (100, 12), (130, 40)])',
     lambda c, t: c.create_line(PAIRS)),
    ('pairs, through coords', 'c.coords(line, [(10, 40), (40, 12), (70, 40), (100, 12), (130, 40)])',
     _coords_row(PAIRS)),
    ('a Tcl list of pairs', "c.create_line('{10 40} {40 12} {70 40} {100 12} {130 40}')",
     lambda c, t: c.create_line('{10 40} {40 12} {70 40} {100 12} {130 40}')),
    ('nested, mixed', 'c.coords(line, [[(10, 40)]], (40, 12), 70, 40, [(100, 12), (130, 40)])',
     _coords_row([[(10, 40)]], (40, 12), 70, 40, [(100, 12), (130, 40)])),
    ('with units', "c.coords(line, [('2.5m', '1c'), ('1c', '3m'), ('1.8c', '1c'), "
                   "('2.6c', '3m'), ('3.4c', '1c')])",
     _coords_row([('2.5m', '1c'), ('1c', '3m'), ('1.8c', '1c'), ('2.6c', '3m'), ('3.4c', '1c')])),
    ("array('d'), packed", "a = array('d', [10, 40, 40, 12, ...])\n"
                           "tkext.coords(c, line, a)\nplain: c.coords(line, a)",
     _array_row),
]

# A typo (letter O for zero): both refuse it; compare what each says.
TYPO = '{10 40} {40 12} {70 4O} {100 12}'


class ShapesPanel:
    """Builds the rows into FRAME and keeps what each side did."""

    def __init__(self, frame: ttk.Frame):
        self.frame = frame
        self.results = []
        header = dict(font='DemoSmallBold', foreground=COLOR['muted'])
        for column, text in enumerate(('the call', 'tkext enabled', 'plain Tkinter')):
            ttk.Label(frame, text=text, **header).grid(row=0, column=column, sticky='w', padx=6)
        row = 1
        for name, call, draw in ROWS:
            with_tkext, plain = self._canvas(), self._canvas()
            with_tkext.tk.call('tkext::enable', with_tkext._w)
            line = draw(with_tkext, True)
            with_tkext.itemconfigure(line, width=2, fill=COLOR['tkext'])
            try:
                plain.itemconfigure(draw(plain, False), width=2, fill=COLOR['tkext'])
                tk_said = 'ok'
            except (tkinter.TclError, TypeError) as error:
                tk_said = str(error)
                plain.create_text(6, 26, anchor='w', width=150, text='error: ' + tk_said,
                                  fill=COLOR['error'], font='DemoSmall')
            self.results.append(dict(name=name, call=call, tk=tk_said,
                                     coords=with_tkext.coords(line)))
            ttk.Label(frame, text=name, font='DemoBold').grid(
                row=row, column=0, sticky='w', padx=6, pady=(6, 0))
            ttk.Label(frame, text=call, font='DemoCode', foreground=COLOR['muted'],
                      wraplength=300, justify='left').grid(row=row + 1, column=0, sticky='w',
                                                           padx=6, pady=(0, 4))
            with_tkext.grid(row=row, column=1, rowspan=2, sticky='nw', padx=6, pady=(6, 0))
            plain.grid(row=row, column=2, rowspan=2, sticky='nw', padx=6, pady=(6, 0))
            row += 2
        self._typo(row, with_tkext, plain)
        self._how(row + 4)
        frame.columnconfigure(0, weight=1)

    def _canvas(self) -> tkinter.Canvas:
        return tkinter.Canvas(self.frame, width=160, height=52, background=COLOR['plot'],
                              highlightthickness=1, highlightbackground=COLOR['grid'])

    def _typo(self, row: int, with_tkext: tkinter.Canvas, plain: tkinter.Canvas) -> None:
        """Below the rows: the same typo given to both canvases, both messages."""
        self.typo = {}
        for side, canvas in (('tkext', with_tkext), ('tk', plain)):
            try:
                canvas.create_line(TYPO)
                self.typo[side] = 'ok'
            except tkinter.TclError as error:
                self.typo[side] = str(error)
        ttk.Label(self.frame, text='…and a typo (letter O for zero)',
                  font='DemoBold').grid(
            row=row, column=0, columnspan=3, sticky='w', padx=6, pady=(18, 0))
        lines = ["c.create_line('%s')" % TYPO, 'tkext:    ' + self.typo['tkext'],
                 'plain Tk: ' + self.typo['tk']]
        for offset, text in enumerate(lines, 1):
            options = dict(font='DemoCode', wraplength=640, justify='left',
                           foreground=COLOR['muted'] if offset == 1 else COLOR['error'])
            ttk.Label(self.frame, text=text, **options).grid(
                row=row + offset, column=0, columnspan=3, sticky='w', padx=6, pady=(2, 0))

    def _how(self, row: int) -> None:
        """At the foot of the panel: how to get the left column in your own code."""
        ttk.Label(self.frame, text='In your own code', font='DemoBold').grid(
            row=row, column=0, columnspan=3, sticky='w', padx=6, pady=(18, 0))
        ttk.Label(self.frame, font='DemoCode', justify='left', text=(
            'import tkext\n'
            'tkext.install(root)          # every canvas takes every shape\n'
            'c.coords(line, [(10, 40), (40, 12)])\n'
            'tkext.coords(c, line, array(\'d\', xy))   # packed float64 fast path')).grid(
            row=row + 1, column=0, columnspan=3, sticky='w', padx=6, pady=(2, 0))

    def summary(self) -> list:
        """(key, value) pairs for the screenshot summary."""
        out = [('rows', len(self.results))]
        for i, result in enumerate(self.results, 1):
            out += [('row%d.name' % i, result['name']), ('row%d.coords' % i, result['coords']),
                    ('row%d.tk' % i, result['tk'])]
        out += [('tk_errors', sum(r['tk'] != 'ok' for r in self.results)),
                ('typo.tkext', self.typo['tkext']), ('typo.tk', self.typo['tk'])]
        return out
