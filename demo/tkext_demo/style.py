"""One palette and the titled panel box shared by every panel of demo.py."""
from __future__ import annotations

import tkinter
from tkinter import font, ttk

# tkext's results are blue, plain Tkinter's errors red, measurements orange.
COLOR = {
    'window': '#e9edf2', 'panel': '#ffffff', 'ink': '#1f2933', 'muted': '#616e7c',
    'tkext': '#2563eb', 'tkfill': '#dbe7fd', 'error': '#c62828', 'ok': '#2e7d32',
    'measure': '#ea580c', 'bbox': '#7b8794', 'grid': '#e4e7eb', 'plot': '#f8fafc',
}

_FONTS = []


def set_styles(root: tkinter.Misc) -> None:
    """Create the named fonts and configure the ttk styles the panels use."""
    sans = font.Font(root, name='TkDefaultFont', exists=True).actual('family')
    mono = font.Font(root, name='TkFixedFont', exists=True).actual('family')
    for name, family, size, weight in (
            ('DemoTitle', sans, 15, 'bold'), ('DemoHeading', sans, 12, 'bold'),
            ('DemoBold', sans, 10, 'bold'), ('DemoSmallBold', sans, 9, 'bold'),
            ('DemoSmall', sans, 8, 'normal'), ('DemoCode', mono, 9, 'normal')):
        # Kept: a Font deletes its Tk font when garbage-collected.
        _FONTS.append(font.Font(root, name=name, family=family, size=size, weight=weight))
    style = ttk.Style(root)
    style.configure('TFrame', background=COLOR['window'])
    style.configure('Panel.TFrame', background=COLOR['panel'])
    style.configure('TLabel', background=COLOR['panel'], foreground=COLOR['ink'])
    style.configure('Title.TLabel', background=COLOR['window'], font='DemoTitle')
    style.configure('Subtitle.TLabel', background=COLOR['window'], foreground=COLOR['muted'])
    style.configure('Status.TLabel', background=COLOR['window'], foreground=COLOR['muted'])
    style.configure('TScale', background=COLOR['panel'])


def panel(parent: tkinter.Misc, title: str) -> ttk.Frame:
    """Return the inner frame of a new titled white box in PARENT (the box is its master)."""
    box = ttk.Frame(parent, style='Panel.TFrame', padding=10)
    ttk.Label(box, text=title, font='DemoHeading').pack(anchor='w', pady=(0, 6))
    inner = ttk.Frame(box, style='Panel.TFrame')
    inner.pack(fill='both', expand=True)
    return inner
