"""Big data panel of demo.py: a 100 000-point trace redrawn every frame.

The signal is computed once into an array('d') (two periods, x = sample
number, y in -1..1); each frame hands a window of N points to the canvas with
tkext.coords, which sends an array('d') to Tk as one block of float64 bytes
(tkext::packed) instead of 200 000 separate numbers, and lets the canvas shift
and scale it to the panel.  Below, the same trace after tkext.geom.simplify at
the slider's tolerance, with both point counts.
"""
from __future__ import annotations

import math
import random
import time
import tkinter
from array import array
from tkinter import ttk

import tkext

from .style import COLOR

N = 100_000
STEP = 350          # samples scrolled per frame


def make_signal() -> 'array[float]':
    """A periodic signal with some structure and some noise (fixed seed), 2N x y pairs."""
    rng = random.Random(7)
    ys = []
    for i in range(N):
        t = 2 * math.pi * i / N
        ys.append(0.45 * math.sin(3 * t) + 0.25 * math.sin(23 * t + 1.0) * math.sin(t)
                  + 0.05 * math.sin(180 * t) + 0.10 * (rng.random() - 0.5))
    signal = array('d', bytes(8 * 4 * N))
    signal[0::2] = array('d', range(2 * N))
    signal[1::2] = array('d', ys + ys)
    return signal


def thousands(n: int) -> str:
    return '{:,}'.format(n).replace(',', ' ')


class BigDataPanel:
    """The live trace, its simplified twin and the tolerance slider."""

    def __init__(self, frame: ttk.Frame):
        self.frame = frame
        self.offset = 0
        self.frames = 0
        self.fps = 0.0
        self.simplified = 0
        self.tolerance = tkinter.DoubleVar(frame, 3.0)
        self.window_start = time.perf_counter()
        self.window_frames = 0
        self.window_work = 0.0
        c = self.canvas = tkinter.Canvas(frame, width=500, height=210, background=COLOR['plot'],
                                         highlightthickness=0)
        controls = ttk.Frame(frame, style='Panel.TFrame')
        ttk.Label(controls, text='simplify tolerance (px)').pack(side='left')
        ttk.Scale(controls, from_=0, to=6, variable=self.tolerance).pack(
            side='left', fill='x', expand=True, padx=8)
        self.value = ttk.Label(controls, font='DemoCode', width=4)
        self.value.pack(side='left')
        c.pack(fill='both', expand=True)
        controls.pack(fill='x', pady=(6, 0))

        c.create_line(0, 0, 0, 0, tags='midline', fill=COLOR['grid'])
        c.create_line(0, 0, 0, 0, tags='raw', fill=COLOR['tkext'])
        c.create_line(0, 0, 0, 0, tags='simple', fill=COLOR['measure'], width=1.5)
        bold = 'DemoSmallBold'
        c.create_text(8, 6, tags='raw_label', anchor='nw', fill=COLOR['tkext'], font=bold)
        c.create_text(8, 0, tags='simple_label', anchor='nw', fill=COLOR['measure'], font=bold)
        c.create_text(0, 6, tags='fps', anchor='ne', fill=COLOR['ink'], font='DemoCode')
        self.signal = make_signal()
        self.after_id = c.after_idle(self.tick)

    def tick(self) -> None:
        self.draw_frame()
        self.after_id = self.canvas.after(5, self.tick)

    def stop(self) -> None:
        self.canvas.after_cancel(self.after_id)

    def simplify(self, tolerance: float):
        """The raw trace as drawn, simplified."""
        return tkext.geom.simplify(tkext.coords_array(self.canvas, 'raw'), tolerance,
                                   tk=self.canvas)

    def draw_frame(self) -> None:
        """One frame: new window of the signal, drawn, simplified, counted."""
        started = time.perf_counter()
        c = self.canvas
        width = max(100, c.winfo_width())
        band = max(80, c.winfo_height()) / 2.0
        o = self.offset
        tkext.coords(c, 'raw', self.signal[2 * o:2 * (o + N)])
        c.move('raw', -o, 0)
        c.scale('raw', 0, 0, (width - 16.0) / (N - 1), -0.36 * band)
        c.move('raw', 8, band * 0.55)
        c.coords('midline', 0, band, width, band)
        c.coords('fps', width - 8, 6)
        c.itemconfigure('raw_label', text='raw: %s points' % thousands(N))

        tolerance = self.tolerance.get()
        points = self.simplify(tolerance)
        tkext.coords(c, 'simple', points)
        c.move('simple', 0, band)
        self.simplified = len(points) // 2
        c.itemconfigure('simple_label', text='tkext.geom.simplify, tolerance %.1f px: %s points'
                        % (tolerance, thousands(self.simplified)))
        c.coords('simple_label', 8, band + 6)
        self.value.configure(text='%.1f' % tolerance)

        self.offset = (o + STEP) % N
        self.frames += 1
        self.count_rate(time.perf_counter() - started)

    def count_rate(self, work: float) -> None:
        """Frames per second over windows of at least half a second."""
        self.window_frames += 1
        self.window_work += work
        now = time.perf_counter()
        if now - self.window_start < 0.5:
            return
        self.fps = self.window_frames / (now - self.window_start)
        self.canvas.itemconfigure('fps', text='%.1f frames/s, %.1f ms of work each'
                                  % (self.fps, 1000 * self.window_work / self.window_frames))
        self.window_start, self.window_frames, self.window_work = now, 0, 0.0

    def summary(self) -> list:
        """(key, value) pairs for the screenshot summary."""
        return [('points', N), ('drawn', len(tkext.coords_array(self.canvas, 'raw')) // 2),
                ('simplified', self.simplified), ('tolerance', self.tolerance.get()),
                ('frames', self.frames), ('fps', self.fps), ('path', 'packed')]
