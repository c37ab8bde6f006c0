#!/usr/bin/env python3
"""small_calls_callgrind.py - instructions per call for bench/small_calls.tcl's rows.

Wall-clock time on a shared machine drifts; instruction counts do not.  This
runs small_calls.tcl once under callgrind with a profile dump before every
Tcl_GetTime (each timing loop starts and ends with `clock microseconds`), so
the dump that ends a loop holds exactly that loop's instructions.  Per row it
prints instructions per call for the plain and the enabled variant and their
ratio, then RESULT lines for bench/run (keys small.<row>.ir).

    TCLLIBPATH=build xvfb-run -a python3 bench/small_calls_callgrind.py ?calls?
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# Each row of small_calls.tcl makes eight dumps with one round: before the
# warm-up of the baseline, its loop, between, the enabled variant's warm-up
# loop, between, then the timed round: baseline loop, between, enabled loop.
DUMPS_PER_ROW = 8


def totals(path):
    for line in open(path):
        if line.startswith(('totals:', 'summary:')):
            return int(line.split()[1])
    raise ValueError('no totals in ' + path)


def main():
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run(
            ['valgrind', '--tool=callgrind', '--dump-before=Tcl_GetTime',
             '--callgrind-out-file=' + os.path.join(out, 'cg.%p'),
             'tclsh8.6', os.path.join(HERE, 'small_calls.tcl'), str(calls), '1'],
            capture_output=True, text=True, check=True)
        rows = [line.split(None, 4) for line in run.stdout.splitlines() if line.startswith('RESULT ')]
        dumps = [p for p in glob.glob(os.path.join(out, 'cg.*')) if re.search(r'\.\d+\.\d+$', p)]
        dumps.sort(key=lambda p: int(p.rsplit('.', 1)[1]))
        counts = [totals(p) for p in dumps]
    counts = counts[len(counts) - DUMPS_PER_ROW * len(rows):]
    print('Instructions per call (callgrind, %d calls a variant)' % calls)
    print('%-12s %10s %10s %7s %7s' % ('row', 'plain', 'enabled', 'ratio', 'target'))
    results = []
    for i, (_, key, _, _, rest) in enumerate(rows):
        target, description = rest.split(None, 1)
        base = counts[DUMPS_PER_ROW * i + 5] / calls
        ours = counts[DUMPS_PER_ROW * i + 7] / calls
        print('%-12s %10.0f %10.0f %7.2f %7s' % (key.split('.', 1)[1], base, ours, ours / base, target))
        results.append('RESULT %s.ir %.3f <= %s %s (instructions)' % (key, ours / base, target, description))
    print('\n'.join(results))


if __name__ == '__main__':
    main()
