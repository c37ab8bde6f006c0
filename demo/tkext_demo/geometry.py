"""Geometry panel of demo.py: a polygon measured live with tkext.geom.

The vertices are handles to drag; area, perimeter, centroid (marked) and
bounding box (drawn) follow every change, the probe under the mouse says
whether it is inside and how far from the outline, and the slider turns the
polygon about its centroid with tkext.rotate.
"""
from __future__ import annotations

import re
import tkinter
from tkinter import ttk

import tkext

from .style import COLOR

START = [130, 70, 260, 40, 390, 85, 360, 205, 265, 150, 210, 250, 120, 190]
# The polygon starts a little turned, so the picture shows rotate at work.
INITIAL_ANGLE = 12.0


def geom(canvas: tkinter.Misc, op: str, *args):
    """tkext.geom.OP(*ARGS), computed in CANVAS's interpreter."""
    return getattr(tkext.geom, op)(*args, tk=canvas)


class GeometryPanel:
    """A polygon with draggable vertices, its measures, a probe and a rotate slider."""

    def __init__(self, frame: ttk.Frame):
        self.frame = frame
        self.probe = (160.0, 110.0)
        self.applied = 0.0
        self.dragging = None
        self.angle = tkinter.DoubleVar(frame, 0.0)
        # The canvas size the drawing is centred for; see recentre.
        self.size = (500, 280)
        c = self.canvas = tkinter.Canvas(frame, width=self.size[0], height=self.size[1],
                                         background=COLOR['plot'], highlightthickness=0)
        facts = ttk.Frame(frame, style='Panel.TFrame')
        # Fixed widths: labels that grew with their text would resize the
        # canvas (and recentre the drawing) under the mouse.
        widths = {'area': 15, 'perimeter': 18, 'centroid': 23, 'bbox': 23, 'probe': 25}
        self.labels = {name: ttk.Label(facts, font='DemoCode', width=width)
                       for name, width in widths.items()}
        for row, names in enumerate((('area', 'perimeter', 'centroid'), ('bbox', None, 'probe'))):
            for column, name in enumerate(names):
                if name:
                    self.labels[name].grid(row=row, column=column, sticky='w', padx=(0, 10),
                                           columnspan=2 if name == 'bbox' else 1)
        turn = ttk.Frame(frame, style='Panel.TFrame')
        ttk.Label(turn, text='rotate (tkext.rotate)').pack(side='left')
        self.angle_label = ttk.Label(turn, font='DemoCode', width=6, anchor='e')
        self.angle_label.pack(side='right')
        ttk.Scale(turn, from_=-180, to=180, variable=self.angle,
                  command=self.rotate_to).pack(side='left', fill='x', expand=True, padx=8)
        c.pack(fill='both', expand=True)
        facts.pack(fill='x', pady=(6, 0))
        turn.pack(fill='x', pady=(4, 0))

        # Drawing order is stacking order: box under shape under marks.
        c.create_rectangle(0, 0, 0, 0, tags='bbox', outline=COLOR['bbox'], dash=(4, 3))
        c.create_polygon(START, tags='shape', fill=COLOR['tkfill'], outline=COLOR['tkext'], width=2)
        self.cross = [c.create_line(0, 0, 0, 0, fill=COLOR['measure'], width=2) for _ in range(2)]
        c.create_text(0, 0, tags='centroid_label', anchor='w', fill=COLOR['measure'],
                      text='centroid', font='DemoSmall')
        for i in range(len(START) // 2):
            c.create_oval(0, 0, 0, 0, tags=('handle', 'h%d' % i), fill='white',
                          outline=COLOR['tkext'], width=2)
        c.create_oval(0, 0, 0, 0, tags='probe', width=2)
        c.create_text(0, 0, tags='probe_label', anchor='w', font='DemoSmall')

        c.tag_bind('handle', '<Enter>', lambda e: c.configure(cursor='fleur'))
        c.tag_bind('handle', '<Leave>', lambda e: c.configure(cursor=''))
        c.tag_bind('handle', '<ButtonPress-1>', self.grab)
        c.bind('<B1-Motion>', self.drag)
        c.bind('<ButtonRelease-1>', lambda e: setattr(self, 'dragging', None))
        c.bind('<Motion>', self.move_probe)
        c.bind('<Configure>', self.recentre)
        self.angle.set(INITIAL_ANGLE)
        self.rotate_to(INITIAL_ANGLE)

    def grab(self, event) -> None:
        """The handle under the pointer becomes the vertex being dragged."""
        for tag in self.canvas.gettags('current'):
            match = re.fullmatch(r'h(\d+)', tag)
            if match:
                self.dragging = int(match.group(1))

    def drag(self, event) -> None:
        if self.dragging is None:
            return
        coords = self.canvas.coords('shape')
        coords[2 * self.dragging:2 * self.dragging + 2] = [self.canvas.canvasx(event.x),
                                                           self.canvas.canvasy(event.y)]
        self.canvas.coords('shape', coords)
        self.move_probe(event)

    def move_probe(self, event) -> None:
        self.probe = (self.canvas.canvasx(event.x), self.canvas.canvasy(event.y))
        self.refresh()

    def recentre(self, event) -> None:
        """Keep the drawing centred when the canvas changes size."""
        dx, dy = (event.width - self.size[0]) / 2.0, (event.height - self.size[1]) / 2.0
        self.size = (event.width, event.height)
        self.canvas.move('all', dx, dy)
        self.probe = (self.probe[0] + dx, self.probe[1] + dy)
        self.refresh()

    def rotate_to(self, value) -> None:
        """Rotation is absolute on the slider, relative for tkext.rotate: turn by the difference."""
        value = float(value)
        cx, cy = geom(self.canvas, 'centroid', self.canvas.coords('shape'))
        tkext.rotate(self.canvas, 'shape', cx, cy, value - self.applied)
        self.applied = value
        self.refresh()

    def refresh(self) -> None:
        """Redraw the measurements from the polygon as it now is."""
        c = self.canvas
        coords = c.coords('shape')
        ring = coords + coords[:2]
        area = abs(geom(c, 'area', coords))
        perimeter = geom(c, 'length', ring)
        cx, cy = geom(c, 'centroid', coords)
        bbox = list(geom(c, 'bbox', coords))
        px, py = self.probe
        inside = geom(c, 'contains', coords, px, py)
        distance = geom(c, 'distance', ring, px, py)

        c.coords('bbox', bbox)
        c.coords(self.cross[0], cx - 7, cy, cx + 7, cy)
        c.coords(self.cross[1], cx, cy - 7, cx, cy + 7)
        c.coords('centroid_label', cx + 9, cy + 9)
        for i in range(len(coords) // 2):
            x, y = coords[2 * i:2 * i + 2]
            c.coords('h%d' % i, x - 5, y - 5, x + 5, y + 5)
        mark = COLOR['ok'] if inside else COLOR['error']
        verdict = 'inside' if inside else 'outside'
        c.coords('probe', px - 5, py - 5, px + 5, py + 5)
        c.itemconfigure('probe', outline=mark)
        c.coords('probe_label', px + 9, py)
        c.itemconfigure('probe_label', fill=mark,
                        text='%s, %.1f px from the edge' % (verdict, distance))
        self.labels['area'].configure(text='area %.0f px²' % area)
        self.labels['perimeter'].configure(text='perimeter %.1f px' % perimeter)
        self.labels['centroid'].configure(text='centroid (%.1f, %.1f)' % (cx, cy))
        self.labels['bbox'].configure(text='bbox %.0f %.0f %.0f %.0f' % tuple(bbox))
        self.labels['probe'].configure(foreground=mark,
                                       text='probe (%.0f, %.0f) %s' % (px, py, verdict))
        self.angle_label.configure(text='%.0f°' % self.angle.get())
        self.facts = dict(polygon=coords, area=area, perimeter=perimeter, centroid=[cx, cy],
                          bbox=bbox, probe=list(self.probe), inside=int(inside),
                          distance=distance)

    def summary(self) -> list:
        """(key, value) pairs for the screenshot summary."""
        return list(self.facts.items()) + [
            ('handles', len(self.canvas.find_withtag('handle'))), ('start', START),
            ('angle', self.angle.get())]
