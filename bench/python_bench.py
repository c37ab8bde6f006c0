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

Then the maps of tkext.geom on a float64 buffer at 10^3..10^5 points
(translate, scale, rotate, transform, simplify on array('d'), which come back
as array('d') from the packed block tkext::geom -packed returns) against the
same map on a packed block in Tcl, timed inside Tcl.

Each time is the best of several rounds, the variants taking turns within each
round so that drift on a shared machine hits them alike (noise adds time, never
removes it).  Usage:
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


def timed(tk, action):
    """A callable that runs ACTION once and returns the seconds it took.

    Tk's result stays in the interpreter until the next command, and freeing
    2n objects costs more than making them: the timed span ends by resetting
    the result, so each call pays for what it leaves behind and not for what
    the previous one left."""
    def run() -> float:
        start = time.perf_counter()
        action()
        tk.call('list')
        return time.perf_counter() - start
    return run


def tcl_timed(tk, script: str):
    """A callable that runs the Tcl SCRIPT once, timed inside Tcl, and returns seconds."""
    command = 'lindex [time {%s} 1] 0' % script  # the result of `time` replaces Tk's
    return lambda: float(tk.eval(command)) / 1e6


def best_interleaved(runs: dict, rounds: int) -> dict:
    """The fastest of ROUNDS runs of each of RUNS, taken in turn so drift hits all alike."""
    best = {name: float('inf') for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            best[name] = min(best[name], run())
    return best


def measure(root: tkinter.Tk, canvas: tkinter.Canvas, points: int) -> dict:
    rng = random.Random(points)
    flat = array('d', (rng.uniform(0, 1000) for _ in range(2 * points)))
    pairs = [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]
    item = canvas.create_line(0, 0, 1, 1)
    repeats = max(7, min(300, 20_000_000 // points))
    tk = root.tk
    tk.call('set', '::bench_list', tk.call('tkext::packed', 'decode', flat.tobytes()))
    tk.call('set', '::bench_item', item)
    # Sets take turns with sets, gets with gets (a get after a set of 2n new
    # numbers would also pay for the set's garbage).
    t = best_interleaved({
        'set 3.12': timed(tk, lambda: canvas_coords_312(canvas, item, pairs)),
        'set pairs': timed(tk, lambda: tkext.coords(canvas, item, pairs)),
        'set packed': timed(tk, lambda: tkext.coords(canvas, item, flat)),
        'set Tk': tcl_timed(tk, '%s coords $::bench_item $::bench_list' % canvas._w),
    }, repeats)
    t.update(best_interleaved({
        'get 3.12': timed(tk, lambda: canvas_coords_312(canvas, item)),
        'get packed': timed(tk, lambda: tkext.coords_array(canvas, item)),
        'get Tk': tcl_timed(tk, '%s coords $::bench_item' % canvas._w),
        # The same, plus releasing the 2n objects Tk made, which every reader pays for.
        'get Tk+release': tcl_timed(tk, '%s coords $::bench_item; set ::bench_drop {}' % canvas._w),
    }, repeats))
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
    at_target = {}
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
        if exponent <= 5:
            at_target = dict(t, exponent=exponent)
    if at_target:
        size = '10^%d points' % at_target['exponent']
        print('RESULT py.packedSet %.3f <= 1.35 packed set vs Tk\'s own set, %s (Python %d.%d)' % (
            at_target['set packed'] / at_target['set Tk'], size, *sys.version_info[:2]))
        print('RESULT py.packedGet %.3f <= 1.00 packed get vs Tk\'s own read and release, %s' % (
            at_target['get packed'] / at_target['get Tk+release'], size))
    geom_maps(root, min(max_exponent, 5))
    small_calls(root)
    root.destroy()


def geom_maps(root: tkinter.Tk, max_exponent: int) -> None:
    """tkext.geom maps on array('d') against tkext::geom -packed in Tcl (prints RESULT lines at the largest size)."""
    from tkext import geom
    tk = root.tk
    maps = [('translate', (1.5, -2.0)), ('scale', (2.0, 3.0, 1.0, -1.0)), ('rotate', (37.5, 3.0, -4.0)),
            ('transform', ((1, 2, 3, 4, 5, 6),)), ('simplify', (0.5,))]
    print()
    print('tkext.geom maps on array(\'d\') vs tkext::geom -packed on a packed block in Tcl (ms per call)')
    print('| points | map | Python ms | Tcl ms | Python/Tcl |')
    print('|---:|---|---:|---:|---:|')
    for exponent in range(3, max_exponent + 1):
        points = 10 ** exponent
        rng = random.Random(points)
        values = array('d', (rng.uniform(0, 1000) for _ in range(2 * points)))
        tk.call('set', '::bench_block', values.tobytes())
        repeats = max(7, min(300, 20_000_000 // points))
        # Best of many rounds: a call whose 6 MB of fresh buffers (the
        # buffer's bytes, Tcl's copy, the result's bytes and array) glibc had
        # just given back to the system pays ~1,500 page faults more
        # (bench/RESULTS.md); the best round is a call that found them mapped.
        for name, args in maps:
            function = getattr(geom, name)
            words = ' '.join('{%s}' % ' '.join(map(str, a)) if isinstance(a, tuple) else str(a) for a in args)
            t = best_interleaved({
                'python': timed(tk, lambda: function(values, *args, tk=tk)),
                'tcl': tcl_timed(tk, 'tkext::geom -packed %s $::bench_block %s' % (name, words)),
            }, repeats)
            # Both must compute the same points, or the timings mean nothing.
            assert function(values, *args, tk=tk).tobytes() == tk.call(
                'tkext::geom', '-packed', name, values.tobytes(), *args)
            ratio = t['python'] / t['tcl']
            print('| 10^%d | %s | %.3f | %.3f | %.2f× |' % (exponent, name, t['python'] * 1e3, t['tcl'] * 1e3, ratio))
            if exponent == max_exponent:
                print('RESULT py.geom.%s %.3f <= 1.20 tkext.geom.%s(array(\'d\')) vs tkext::geom -packed %s in Tcl, 10^%d points'
                      % (name, ratio, name, name, exponent))
        sys.stdout.flush()


def small_calls(root: tkinter.Tk, calls: int = 2000, rounds: int = 41) -> None:
    """Everyday Canvas methods on a canvas after tkext.install() and on one it
    was turned off for again, side by side (prints RESULT lines).  Many short
    rounds: on a loaded machine the best of them is the undisturbed cost."""
    tkext.install(root)
    plain, enabled = tkinter.Canvas(root), tkinter.Canvas(root)
    root.tk.call('tkext::disable', plain._w)
    ids = {c: c.create_line(0, 0, 10, 10) for c in (plain, enabled)}
    x1, y1, x2, y2 = 1, 2.5, 30, 40.5
    rows = [
        ('move', 1.05, 'Canvas.move(item, 1, 1)', lambda c, i: c.move(i, 1, 1)),
        ('query', 1.05, 'Canvas.coords(item)', lambda c, i: c.coords(i)),
        ('coords4', 1.30, 'Canvas.coords(item, x1, y1, x2, y2)', lambda c, i: c.coords(i, x1, y1, x2, y2)),
        ('itemconfig', 1.05, 'Canvas.itemconfigure(item, width=2)', lambda c, i: c.itemconfigure(i, width=2)),
    ]
    print()
    print('Python small calls: %d calls a round, best of %d (us per call)' % (calls, rounds))
    for key, target, description, call in rows:
        best = {}
        for r in range(rounds):
            order = (plain, enabled) if r % 2 == 0 else (enabled, plain)
            for canvas in order:
                item = ids[canvas]
                start = time.perf_counter()
                for _ in range(calls):
                    call(canvas, item)
                elapsed = time.perf_counter() - start
                best[canvas] = min(best.get(canvas, elapsed), elapsed)
        ratio = best[enabled] / best[plain]
        print('%-10s %-40s plain %.2f  installed %.2f  ratio %.3f' % (
            key, description, 1e6 * best[plain] / calls, 1e6 * best[enabled] / calls, ratio))
        print('RESULT py.small.%s %.3f <= %.2f %s after tkext.install() vs plain' % (
            key, ratio, target, description))


if __name__ == '__main__':
    main()
