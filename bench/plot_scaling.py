#!/usr/bin/env python3
"""plot_scaling.py CURVES.tsv OUT.png - time against point count, log-log.

Reads the CURVE lines bench/run collected (panel, points, milliseconds,
series) and draws one panel per benchmark: setting a line's coordinates
(Tk, tkext, pure Tcl) and a polygon's area (tkext, tcllib).
"""
import sys

import matplotlib

matplotlib.use('Agg')  # no display needed
import matplotlib.pyplot as plt  # noqa: E402

TITLES = {
    'coords': 'Setting a line item\'s coordinates',
    'area': 'Area of a polygon',
}


def main():
    source, target = sys.argv[1], sys.argv[2]
    panels = {}
    for line in open(source):
        panel, points, ms, series = line.rstrip('\n').split('\t')
        panels.setdefault(panel, {}).setdefault(series, []).append((int(points), float(ms)))
    names = [p for p in TITLES if p in panels]
    figure, axes = plt.subplots(1, len(names), figsize=(6.5 * len(names), 5), squeeze=False)
    for ax, name in zip(axes[0], names):
        for series, values in sorted(panels[name].items()):
            values.sort()
            ax.plot([p for p, _ in values], [t for _, t in values], marker='o', label=series)
        ax.set_xscale('log')
        ax.set_yscale('log')
        ax.set_xlabel('points (x y pairs)')
        ax.set_ylabel('ms per call (best of rounds)')
        ax.set_title(TITLES[name])
        ax.grid(True, which='major', alpha=0.4)
        ax.legend(fontsize='small')
    figure.suptitle('tkext vs Tk and the pure-Tcl / tcllib ways (lower is faster)')
    figure.tight_layout()
    figure.savefig(target, dpi=90)


if __name__ == '__main__':
    main()
