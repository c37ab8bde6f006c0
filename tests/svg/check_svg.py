#!/usr/bin/env python3
"""check_svg.py FILE... — every file is an SVG 1.1 document as tkext::svg writes it.

Parses each file as XML (xml.etree) and checks its structure: an <svg> root
in the SVG namespace with version 1.1, width, height and a four-number
viewBox; only the elements tkext writes (rect, path, text/tspan, image, g, defs/pattern),
each with the attributes it needs; path data made of M L C A Z commands and
finite numbers; colours as #rrggbb, none, or a stipple pattern that exists;
images as base64 PNG data.
Prints one line per problem and exits 1 if there was any.
"""
import base64
import math
import re
import sys
import xml.etree.ElementTree as ET

SVG = '{http://www.w3.org/2000/svg}'
XLINK = '{http://www.w3.org/1999/xlink}'
NUMBER = r'-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?'
COLOUR = re.compile(r'#[0-9a-f]{6}$|none$|url\(#stipple[0-9]+\)$')
PATH = re.compile(r'^(?:[MLCAZ]|' + NUMBER + r'|\s)+$')


def numbers(text):
    return [float(t) for t in re.findall(NUMBER, text)]


def check(path):
    problems = []
    def bad(message):
        problems.append(f'{path}: {message}')
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        return [f'{path}: not XML: {error}']
    if root.tag != SVG + 'svg':
        bad(f'root is {root.tag}, not svg')
    if root.get('version') != '1.1':
        bad('version is not 1.1')
    box = numbers(root.get('viewBox', ''))
    if len(box) != 4 or box[2] <= 0 or box[3] <= 0:
        bad(f'bad viewBox {root.get("viewBox")!r}')
    for name in ('width', 'height'):
        if len(numbers(root.get(name, ''))) != 1:
            bad(f'bad {name}')
    ids = {element.get('id') for element in root.iter(SVG + 'pattern')}
    for element in root.iter():
        for name in ('fill', 'stroke'):
            reference = re.match(r'url\(#(.*)\)$', element.get(name, ''))
            if reference and reference.group(1) not in ids:
                bad(f'{name} refers to no pattern {reference.group(1)!r}')
        tag = element.tag.replace(SVG, '')
        for name in ('fill', 'stroke'):
            value = element.get(name)
            if value is not None and not COLOUR.match(value):
                bad(f'{tag}: bad {name} {value!r}')
        for name, value in element.attrib.items():
            if name in ('x', 'y', 'width', 'height', 'stroke-width', 'font-size'):
                values = numbers(value)
                if len(values) != 1 or not all(math.isfinite(v) for v in values):
                    bad(f'{tag}: bad {name} {value!r}')
        if tag == 'svg':
            continue
        if tag == 'rect':
            for name in ('x', 'y', 'width', 'height', 'fill'):
                if element.get(name) is None:
                    bad(f'rect without {name}')
        elif tag == 'path':
            d = element.get('d', '')
            if not d or not PATH.match(d) or not d.lstrip().startswith('M'):
                bad(f'bad path data {d[:60]!r}')
            if element.get('fill') is None:
                bad('path without fill')
        elif tag == 'text':
            if element.get('font-family') is None or element.get('font-size') is None:
                bad('text without font')
            if len(element) == 0 or any(child.tag != SVG + 'tspan' for child in element):
                bad('text without tspan lines')
            for line in element:
                if line.get('x') is None or line.get('y') is None:
                    bad('tspan line without x y')
                for part in line:   # the one character of -underline
                    if part.tag != SVG + 'tspan' or part.get('text-decoration') != 'underline' or len(part):
                        bad('a line holds something other than an underlined character')
        elif tag == 'tspan':
            pass   # checked with its text
        elif tag == 'image':
            href = element.get(XLINK + 'href', '')
            prefix = 'data:image/png;base64,'
            if not href.startswith(prefix):
                bad('image without PNG data')
            elif not base64.b64decode(href[len(prefix):], validate=True).startswith(b'\x89PNG'):
                bad('image data is not a PNG')
        elif tag == 'g':
            if element.get('id') is None:
                bad('group without id')
        elif tag in ('defs', 'pattern'):
            if tag == 'pattern' and (element.get('id') is None or len(element) != 1):
                bad('pattern without id or without its one image')
        else:
            bad(f'unexpected element {tag}')
    return problems


if __name__ == '__main__':
    found = [problem for path in sys.argv[1:] for problem in check(path)]
    print('\n'.join(found) if found else f'{len(sys.argv) - 1} documents well formed')
    sys.exit(1 if found else 0)
