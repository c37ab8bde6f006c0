"""The tkext version: in a source tree, read from CMakeLists.txt's project(), the one place it is set.

The wheel build (setup.py) and `cmake --install` replace this file with a
constant, so an installed tkext never looks for CMakeLists.txt.
"""
import os
import re

_PROJECT_VERSION = re.compile(r'project\s*\(\s*tkext\s+VERSION\s+([0-9][0-9.]*)')


def read_project_version(cmakelists: str) -> str:
    """Return the VERSION of project(tkext ...) in the file CMAKELISTS."""
    with open(cmakelists, encoding='utf-8') as source:
        match = _PROJECT_VERSION.search(source.read())
    if match is None:
        raise RuntimeError('no "project(tkext VERSION ...)" in %s' % cmakelists)
    return match.group(1)


__version__ = read_project_version(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, 'CMakeLists.txt'))
