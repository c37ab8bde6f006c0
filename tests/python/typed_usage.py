"""Checked by mypy (ctest python.typecheck), never run: the hints say what the docs say.

Lines marked `type: ignore[...]` must be errors: mypy runs with
--warn-unused-ignores, so a hint that became too loose fails the check.
"""
from __future__ import annotations

import tkinter
from array import array
from typing import List, Tuple

import numpy

import tkext
from tkext import geom

root = tkinter.Tk()
canvas = tkinter.Canvas(root)
version: str = tkext.load(root)
version = tkext.__version__
tkext.install(root)
tkext.install()
flat: List[float] = tkext.coords(canvas, 1, (1, 2), (3, 4))
flat = tkext.coords(canvas, 'tag', array('d', [1, 2, 3, 4]))
flat = tkext.coords(canvas, 1, numpy.zeros((2, 2))) + tkext.coords(canvas, 1, '1c', None, [(2, 3)])
packed: array[float] = tkext.coords_array(canvas, 1)
tkext.rotate(canvas, 'all', 0, 0, 90)
tkext.transform(canvas, 1, (1, 0, 0, 1, 5, 6))

box: Tuple[float, float, float, float] = geom.bbox([(0, 0), (1, 1)])
x, y = geom.centroid([(0, 0), (1, 0), (1, 1)])
inside: bool = geom.contains([(0, 0), (1, 0), (1, 1)], 0.5, 0.2)
measure: float = geom.area(array('d', [0, 0, 1, 0, 1, 1])) + geom.length([0, 0, 1, 1])
moved: List[float] = geom.translate([(0, 0)], 1, 1)
pairs: List[Tuple[float, float]] = [(0.0, 0.0), (1.0, 1.0)]
moved = geom.scale(pairs, 2, 2) + geom.rotate(pairs, 90) + geom.simplify(pairs, 0.5)
moved = geom.transform([[0, 1], [2, 3]], (1, 0, 0, 1, 0, 0))
block: array[float] = geom.translate(array('d', [0, 0]), 1, 1)
block = geom.transform(numpy.zeros((4, 2)), numpy.array([1, 0, 0, 1, 0, 0]))
block = geom.simplify(memoryview(block), 0.5)
tkext.transform(canvas, 'all', array('d', [1, 0, 0, 1, 0, 0]))
try:
    geom.area([1, 2, 3])
except tkext.TkextError as error:
    code: Tuple[str, ...] = error.code
    tcl_error: tkinter.TclError = error

# Wrong on purpose: each must be a type error.
short_box: Tuple[float, float] = geom.bbox([(0, 0)])  # type: ignore[assignment]
x, y, z = geom.centroid([(0, 0)])  # type: ignore[misc]
number: float = tkext.coords(canvas, 1)  # type: ignore[assignment]
name: int = tkext.__version__  # type: ignore[assignment]
tkext.coords(canvas, 1.5)  # type: ignore[arg-type]
tkext.coords(canvas, 1, {'x': 1})  # type: ignore[arg-type]
listed: array[float] = geom.translate([(0, 0)], 1, 1)  # type: ignore[assignment]
packed_list: List[float] = geom.simplify(array('d'), 1)  # type: ignore[assignment]
geom.area([(0, None)])  # type: ignore[list-item]
geom.area(None)  # type: ignore[arg-type]
geom.translate(None, 1, 1)  # type: ignore[call-overload]
geom.length(5)  # type: ignore[arg-type]
tkext.transform(canvas, 1, None)  # type: ignore[arg-type]
document: str = tkext.svg(canvas, x=0, y=0, width='4i', height=300, items='all')
tkext.svg(canvas, file='out.svg')
tkext.svg(canvas, 'out.svg')  # type: ignore[misc]
tkext.svg(canvas, items=1.5)  # type: ignore[arg-type]
