#!/usr/bin/env python3
"""python_bench.py — packed coordinates against Python 3.12's Canvas.coords, and Tk's own cost.

Not a test: prints one Markdown table of timings measured in this run, with
ratios against baselines measured in the same run.  For each size (points =
x y pairs) it times, on one line item of an unmapped canvas:

  set  3.12    Canvas.coords(item, list_of_pairs)     (3.12's method; on older
               Pythons the same code, tkext._canvas_coords)
  set  pairs   tkext.coords(canvas, item, list_of_pairs)
  set  packed  tkext.coords(canvas, item, array('d'))
  set  Tk      Tcl: $canvas coords $item $list, $list a prebuilt list of doubles
  get  3.12    Canvas.coords(item)
  get  packed  tkext.coords_array(canvas, item)
  get  Tk      Tcl: $canvas coords $item (its result left alive)
  get  Tk+rel  the same, then the result released: Tk made 2n objects, and
               freeing them is part of what one read costs whoever reads

Each time is the best of several repetitions (a shared machine adds noise,
never removes it).  Usage:
  TCLLIBPATH=build PYTHONPATH=python xvfb-run -a python3.12 bench/python_bench.py [max_exponent]
"""
from __future__ import annotations

import random
import sys
import time
import tkinter
from array import array

import tkext

canvas_coords_312 = (tkinter.Canvas.coords if sys.version_info >= (3, 12)
                     else tkext._canvas_coords)


def best_seconds(action, repeats: int) -> float:
    """The fastest of REPEATS runs of ACTION, in seconds."""
    best = float('inf')
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def best_tcl_seconds(tk, script: str, repeats: int) -> float:
    """The fastest of REPEATS runs of the Tcl SCRIPT, timed inside Tcl, in seconds."""
    micros = tk.eval('set best Inf\n'
                     'for {set r 0} {$r < %d} {incr r} {\n'
                     '    set t [lindex [time {%s} 1] 0]\n'
                     '    if {$t < $best} {set best $t}\n'
                     '}\n'
                     'set best' % (repeats, script))
    return float(micros) / 1e6


def measure(root: tkinter.Tk, canvas: tkinter.Canvas, points: int) -> dict:
    rng = random.Random(points)
    flat = array('d', (rng.uniform(0, 1000) for _ in range(2 * points)))
    pairs = [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]
    item = canvas.create_line(0, 0, 1, 1)
    repeats = max(7, min(300, 20_000_000 // points))
    tk = root.tk
    tk.call('set', '::bench_list', tk.call('tkext::packed', 'decode', flat.tobytes()))
    tk.call('set', '::bench_item', item)
    t = {
        'set 3.12': best_seconds(lambda: canvas_coords_312(canvas, item, pairs), repeats),
        'set pairs': best_seconds(lambda: tkext.coords(canvas, item, pairs), repeats),
        'set packed': best_seconds(lambda: tkext.coords(canvas, item, flat), repeats),
        'set Tk': best_tcl_seconds(tk, '%s coords $::bench_item $::bench_list' % canvas._w,
                                   repeats),
        'get 3.12': best_seconds(lambda: canvas_coords_312(canvas, item), repeats),
        'get packed': best_seconds(lambda: tkext.coords_array(canvas, item), repeats),
        'get Tk': best_tcl_seconds(tk, '%s coords $::bench_item' % canvas._w, repeats),
        # The same, plus releasing the 2n objects Tk made, which every reader pays for.
        'get Tk+release': best_tcl_seconds(
            tk, '%s coords $::bench_item; set ::bench_drop {}' % canvas._w, repeats),
    }
    # The packed round trip must be exact, or the timings mean nothing.
    tkext.coords(canvas, item, flat)
    assert tkext.coords_array(canvas, item).tobytes() == flat.tobytes()
    canvas.delete(item)
    return t


def main() -> None:
    max_exponent = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    root = tkinter.Tk()
    root.withdraw()
    tkext.load(root)
    canvas = tkinter.Canvas(root)
    print('Python %s, Tk %s, tkext %s' % (sys.version.split()[0], root.tk.call('info', 'patchlevel'),
                                          tkext.load(root)))
    print()
    print('| points | set 3.12 ms | set pairs ms | set packed ms | set Tk ms '
          '| 3.12/packed | packed/Tk | pairs/3.12 '
          '| get 3.12 ms | get packed ms | get Tk ms | get Tk+rel ms | 3.12/packed '
          '| packed/Tk | packed/Tk+rel |')
    print('|---:' * 15 + '|')
    for exponent in range(3, max_exponent + 1):
        points = 10 ** exponent
        t = measure(root, canvas, points)
        ms = {key: value * 1e3 for key, value in t.items()}
        print('| 10^%d | %.3f | %.3f | %.3f | %.3f | %.2f× | %.2f× | %.2f× '
              '| %.3f | %.3f | %.3f | %.3f | %.2f× | %.2f× | %.2f× |' % (
                  exponent, ms['set 3.12'], ms['set pairs'], ms['set packed'], ms['set Tk'],
                  t['set 3.12'] / t['set packed'], t['set packed'] / t['set Tk'],
                  t['set pairs'] / t['set 3.12'],
                  ms['get 3.12'], ms['get packed'], ms['get Tk'], ms['get Tk+release'],
                  t['get 3.12'] / t['get packed'], t['get packed'] / t['get Tk'],
                  t['get packed'] / t['get Tk+release']))
        sys.stdout.flush()
    root.destroy()


if __name__ == '__main__':
    main()
