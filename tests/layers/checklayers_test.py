#!/usr/bin/env python3
"""Tests of checklayers.py on small made-up src/ trees: it must fail where a layer points
the wrong way, and say where."""

import contextlib
import io
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checklayers  # noqa: E402


class CheckLayersTest(unittest.TestCase):
    def setUp(self):
        self.temp = tempfile.TemporaryDirectory()
        self.src = os.path.join(self.temp.name, "src")
        self.qt = os.path.join(self.temp.name, "qt6")
        for module, header in [("QtCore", "QString"), ("QtGui", "QImage"),
                               ("QtSql", "QSqlQuery"), ("QtWidgets", "QWidget"),
                               ("QtWidgets", "qwidget.h")]:
            self.write(os.path.join(self.qt, module, header), "")
        self.write(os.path.join(self.src, "domain", "clause.h"), "#include <QString>\n")
        self.write(os.path.join(self.src, "storage", "store.h"),
                   '#pragma once\n#include "domain/clause.h"\n#include <QSqlQuery>\n')
        self.write(os.path.join(self.src, "app", "editor", "view.h"),
                   '#include "storage/store.h"\n#include <QWidget>\n')

    def tearDown(self):
        self.temp.cleanup()

    def write(self, path, text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)

    def findings(self):
        return checklayers.check(self.src, checklayers.qt_header_index(self.qt))

    def run_main(self):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            code = checklayers.main([self.src, "--qt-include-root", self.qt])
        return code, out.getvalue()

    def test_a_tree_whose_includes_point_down_passes(self):
        self.assertEqual(self.findings(), [])
        self.assertEqual(self.run_main()[0], 0)

    def test_a_lower_layer_including_a_higher_one_fails_naming_file_line_and_include(self):
        self.write(os.path.join(self.src, "storage", "store.cpp"),
                   '#include "storage/store.h"\n\n#include "app/editor/view.h"\n')
        code, out = self.run_main()
        self.assertEqual(code, 1)
        self.assertIn('src/storage/store.cpp:3: storage includes "app/editor/view.h" from app',
                      out)

    def test_the_domain_including_any_other_layer_fails(self):
        self.write(os.path.join(self.src, "domain", "rule.cpp"), '#include "storage/store.h"\n')
        self.assertEqual(len(self.findings()), 1)

    def test_the_two_programs_may_not_include_each_other(self):
        self.write(os.path.join(self.src, "cli", "main.cpp"), '#include "app/editor/view.h"\n')
        self.assertIn("cli includes", self.findings()[0])

    def test_an_include_beside_the_file_counts_for_the_layer_it_lands_in(self):
        # From src/storage/, "../app/editor/view.h" still reaches app.
        self.write(os.path.join(self.src, "storage", "sneaky.cpp"),
                   '#include "../app/editor/view.h"\n')
        self.assertEqual(len(self.findings()), 1)
        # And inside app, "editor/view.h" beside the file is app's own.
        self.write(os.path.join(self.src, "app", "main.cpp"), '#include "editor/view.h"\n')
        self.assertEqual(len(self.findings()), 1)

    def test_a_widgets_header_below_the_desktop_program_fails(self):
        self.write(os.path.join(self.src, "storage", "dialog.cpp"),
                   "#include <QWidget>\n#include <QtWidgets/QWidget>\n#include <qwidget.h>\n")
        self.assertEqual(len(self.findings()), 3)
        self.assertIn("storage includes <QWidget> from QtWidgets", self.findings()[0])

    def test_the_domain_may_use_qtcore_only(self):
        self.write(os.path.join(self.src, "domain", "picture.h"), "#include <QImage>\n")
        self.assertEqual(len(self.findings()), 1)

    def test_an_unknown_folder_under_src_fails_until_it_is_given_a_place(self):
        self.write(os.path.join(self.src, "plugins", "plugin.cpp"), "")
        self.assertIn("unknown layer 'plugins'", self.findings()[0])

    def test_generated_and_system_headers_are_not_layers(self):
        self.write(os.path.join(self.src, "storage", "more.cpp"),
                   '#include "ui_form.h"\n#include <nlohmann/json.hpp>\n#include <vector>\n')
        self.assertEqual(self.findings(), [])


if __name__ == "__main__":
    unittest.main()
