"""One palette and the titled panel box shared by every panel of demo.py."""
from __future__ import annotations

import tkinter
from tkinter import ttk

# tkext's results are blue, plain Tkinter's errors red, measurements orange.
COLOR = {
    'window': '#e9edf2', 'panel': '#ffffff', 'ink': '#1f2933', 'muted': '#616e7c',
    'tkext': '#2563eb', 'tkfill': '#dbe7fd', 'error': '#c62828', 'ok': '#2e7d32',
    'measure': '#ea580c', 'bbox': '#7b8794', 'grid': '#e4e7eb', 'plot': '#f8fafc',
}


def set_styles(root: tkinter.Misc) -> None:
    """Configure the ttk styles the panels use."""
    style = ttk.Style(root)
    style.configure('TFrame', background=COLOR['window'])
    style.configure('Panel.TFrame', background=COLOR['panel'])
    style.configure('TLabel', background=COLOR['panel'], foreground=COLOR['ink'])
    style.configure('Title.TLabel', background=COLOR['window'], font=('TkHeadingFont', 15, 'bold'))
    style.configure('Subtitle.TLabel', background=COLOR['window'], foreground=COLOR['muted'])
    style.configure('Status.TLabel', background=COLOR['window'], foreground=COLOR['muted'])
    style.configure('TScale', background=COLOR['panel'])


def panel(parent: tkinter.Misc, title: str) -> ttk.Frame:
    """Return the inner frame of a new titled white box in PARENT (the box is its master)."""
    box = ttk.Frame(parent, style='Panel.TFrame', padding=10)
    ttk.Label(box, text=title, font=('TkHeadingFont', 12, 'bold')).pack(anchor='w', pady=(0, 6))
    inner = ttk.Frame(box, style='Panel.TFrame')
    inner.pack(fill='both', expand=True)
    return inner
