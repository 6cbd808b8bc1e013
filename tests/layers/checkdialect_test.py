#!/usr/bin/env python3
"""Tests of checkdialect.py on small made-up src/ trees: it must fail where an SQLite-only
construct leaves the dialect, and say where."""

import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checkdialect  # noqa: E402


class CheckDialectTest(unittest.TestCase):
    def setUp(self):
        self.temp = tempfile.TemporaryDirectory()
        self.src = self.temp.name
        self.write("storage/sqlitedialect.cpp",
                   'QString a() { return "PRAGMA user_version"; }\n'
                   'QString b() { return "BEGIN IMMEDIATE"; }\n')
        self.write("storage/migrations/sqlite/0001_initial.sql",
                   "CREATE TABLE t (id INTEGER PRIMARY KEY) WITHOUT ROWID;\n")
        self.write("storage/store.cpp",
                   '// PRAGMA and RAISE( may be named in a comment\n'
                   'auto q = "SELECT a FROM t WHERE b IS NULL AND c IS NOT NULL '
                   'AND d IS DISTINCT FROM e";\n'
                   'auto url = "postgresql://db/centre";\n')

    def tearDown(self):
        self.temp.cleanup()

    def write(self, relative, text):
        path = os.path.join(self.src, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)

    def test_constructs_inside_the_dialect_and_its_migrations_pass(self):
        self.assertEqual(checkdialect.check(self.src), [])

    def test_a_construct_in_a_store_is_named_with_its_line(self):
        self.write("storage/other.cpp", 'int x;\nauto q = "VACUUM INTO :target";\n')
        self.assertEqual(checkdialect.check(self.src),
                         ["storage/other.cpp:2: VACUUM outside the dialect"])

    def test_the_null_safe_is_is_found_but_is_null_is_not(self):
        self.write("storage/other.cpp", 'auto q = "WHERE a IS NOT b.c OR d IS :value";\n')
        findings = checkdialect.check(self.src)
        self.assertEqual(len(findings), 1)
        self.assertIn("storage/other.cpp:1: the null-safe IS", findings[0])

    def test_each_kind_of_construct_is_found(self):
        samples = ["PRAGMA foreign_keys", "FROM sqlite_schema", "BEGIN EXCLUSIVE",
                   "clause_fts MATCH :m", "SELECT RAISE(ABORT, 'no')", ") WITHOUT ROWID",
                   "INSERT OR REPLACE INTO t", "#include <sqlite3.h>",
                   "error.nativeErrorCode()", "QSQLITE_BUSY_TIMEOUT", "strftime('%s')"]
        for sample in samples:
            with self.subTest(sample=sample):
                self.write("storage/other.cpp", sample + "\n")
                self.assertEqual(len(checkdialect.check(self.src)), 1)

    def test_naming_sqlitedialect_in_a_store_is_found(self):
        self.write("app/view.cpp", "auto &d = SqliteDialect::instance();\n")
        self.assertEqual(checkdialect.check(self.src),
                         ["app/view.cpp:1: names SqliteDialect; ask Dialect::of(connection) "
                          "instead"])

    def test_main_fails_and_prints_the_findings(self):
        self.write("storage/other.cpp", 'auto q = "PRAGMA quick_check";\n')
        self.assertEqual(checkdialect.main([self.src]), 1)


if __name__ == "__main__":
    unittest.main()
