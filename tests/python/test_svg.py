"""tkext.svg (over tkext::svg): the document, its options, files and errors."""
from __future__ import annotations

import os
import tempfile
import unittest
import xml.etree.ElementTree as ET
from tkinter import TclError

import tkext
from support import TkTestCase, require_commands

SVG = '{http://www.w3.org/2000/svg}'


class SvgTest(TkTestCase):

    @classmethod
    def setUpClass(cls) -> None:
        require_commands('svg')
        super().setUpClass()

    def test_document_of_the_region(self):
        self.canvas.configure(background='white')
        self.canvas.create_rectangle(10, 10, 50, 40, fill='red')
        self.canvas.create_text(20, 20, text='a < b')
        root = ET.fromstring(tkext.svg(self.canvas, x=0, y=0, width=120, height='1i'))
        self.assertEqual(root.tag, SVG + 'svg')
        self.assertEqual(root.get('viewBox'), '0 0 120 %d' % self.canvas.winfo_pixels('1i'))
        self.assertEqual([child.tag.replace(SVG, '') for child in root], ['rect', 'path', 'text'])
        self.assertEqual(root.find(SVG + 'text/' + SVG + 'tspan').text, 'a < b')

    def test_items_selects_a_tag(self):
        self.canvas.create_line(0, 0, 10, 10, tags='keep')
        self.canvas.create_oval(0, 0, 10, 10)
        root = ET.fromstring(tkext.svg(self.canvas, items='keep', width=50, height=50))
        self.assertEqual(len(root.findall(SVG + 'path')), 1)

    def test_file_is_written_whole(self):
        self.canvas.create_oval(0, 0, 10, 10, fill='blue')
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, 'out.svg')
            self.assertEqual(tkext.svg(self.canvas, file=path, width=20, height=20), '')
            with open(path, encoding='utf-8') as f:
                self.assertEqual(f.read(), tkext.svg(self.canvas, width=20, height=20))
            self.assertEqual(os.listdir(directory), ['out.svg'])

    def test_errors(self):
        with self.assertRaises(TclError) as caught:
            tkext.svg(self.canvas, width='ten')
        self.assertIn('bad -width value "ten"', str(caught.exception))
        with tempfile.TemporaryDirectory() as directory:
            with self.assertRaises(TclError):
                tkext.svg(self.canvas, file=os.path.join(directory, 'no', 'out.svg'), width=5, height=5)


if __name__ == '__main__':
    unittest.main()
