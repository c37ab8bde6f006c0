"""Shared by the tkext unittest files: one Tk root per test class, as tkinter's own tests do."""
from __future__ import annotations

import os
import subprocess
import sys
import tkinter
import unittest

import tkext


def new_root() -> tkinter.Tk:
    """Return a withdrawn Tk root, or skip the test when there is no display."""
    try:
        root = tkinter.Tk()
    except tkinter.TclError as error:
        raise unittest.SkipTest('Tk cannot start (no display?): %s' % error)
    root.withdraw()
    return root


class TkTestCase(unittest.TestCase):
    """Base class: cls.root, a fresh self.canvas per test; tkext loaded."""

    install = False   # subclasses set True to run with tkext.install(root)

    @classmethod
    def setUpClass(cls) -> None:
        cls.root = new_root()
        tkext.load(cls.root)
        if cls.install:
            tkext.install(cls.root)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.root.update_idletasks()
        cls.root.destroy()
        del cls.root

    def setUp(self) -> None:
        self.canvas = tkinter.Canvas(self.root)

    def tearDown(self) -> None:
        self.canvas.destroy()

    def error_code(self) -> list:
        """The -errorcode words of the last Tcl error in this root's interpreter."""
        return [str(word) for word in self.root.tk.splitlist(self.root.tk.globalgetvar('errorCode'))]


def run_python(code: str) -> subprocess.CompletedProcess:
    """Run CODE in a child Python with this environment; a crash shows as its exit status."""
    return subprocess.run([sys.executable, '-c', code], env=dict(os.environ),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, timeout=120)
