#!/usr/bin/env python3
"""Checks that what only one database engine speaks stays in its dialect: no SQLite-only
construct (a pragma, sqlite_schema, BEGIN IMMEDIATE, VACUUM, FTS5, RAISE, WITHOUT ROWID,
the sqlite3 API, result codes, the null-safe IS) appears in src/ outside the dialect files
and the per-engine migrations. Comments may name them; code may not.

usage: checkdialect.py SRC_DIR"""

import os
import re
import sys

# Files that are a dialect, or a folder of one engine's schema steps.
DIALECT_FILES = {
    "storage/dialect.h", "storage/dialect.cpp",
    "storage/sqlitedialect.h", "storage/sqlitedialect.cpp", "storage/sqlitereader.cpp",
    "storage/postgresdialect.h", "storage/postgresdialect.cpp",
    "storage/sqlitechainrows.h", "storage/sqlitechainrows.cpp",
}
DIALECT_FOLDERS = ("storage/migrations/",)

# Still calling SQLite's dialect by name, each for a reason that a server backend removes:
# the file checks before a byte is written (header, hot journal) and the raw bulk reader.
NAMED_SQLITE_ALLOWED = {
    "storage/database.cpp": "the SQLite file checks before a byte is written",
    "storage/migrator.cpp": "builtIn() without a dialect means SQLite's steps",
}

# Files outside the dialect that may use one construct, and why.
CONSTRUCT_ALLOWED = {
    ("app/help/aboutdialog.cpp", "the sqlite3 API"): "names the SQLite library's version",
}

CONSTRUCTS = [
    ("a pragma", re.compile(r"\bPRAGMA\b")),
    ("SQLite's catalogue", re.compile(r"\bsqlite_(schema|master|sequence|stat\d)\b")),
    ("an SQLite lock mode", re.compile(r"\bBEGIN\s+(IMMEDIATE|DEFERRED|EXCLUSIVE)\b")),
    ("VACUUM", re.compile(r"\bVACUUM\b")),
    ("FTS5", re.compile(r"\bMATCH\b|\bfts5\b|\bbm25\s*\(|\bsnippet\s*\(|\bhighlight\s*\(")),
    ("RAISE() in a trigger", re.compile(r"\bRAISE\s*\(")),
    ("WITHOUT ROWID", re.compile(r"\bWITHOUT\s+ROWID\b")),
    ("rowid", re.compile(r"\b(_?rowid_?|oid|last_insert_rowid)\b")),
    ("AUTOINCREMENT", re.compile(r"\bAUTOINCREMENT\b")),
    ("INSERT OR ...", re.compile(r"\bINSERT\s+OR\s+(REPLACE|IGNORE|ABORT|FAIL|ROLLBACK)\b")),
    ("GLOB", re.compile(r"\bGLOB\b")),
    ("SQLite's date functions", re.compile(r"\b(strftime|julianday|unixepoch)\s*\(")),
    ("the null-safe IS (write IS [NOT] DISTINCT FROM)",
     re.compile(r"\bIS\s+(NOT\s+)?(?!NULL\b|NOT\b|DISTINCT\b|TRUE\b|FALSE\b)[\w:(]")),
    ("the sqlite3 API", re.compile(r"\bsqlite3\w*\b|<sqlite3\.h>")),
    ("a driver's native error code", re.compile(r"\bnativeErrorCode\b")),
    ("the QSQLITE driver", re.compile(r"\bQSQLITE\w*")),
]
NAMED_SQLITE = re.compile(r"\bSqliteDialect\b")

# A // comment starts at the line's start or after a space, so "postgresql://" is code.
LINE_COMMENT = re.compile(r"(^|\s)//.*$")
BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def code_lines(text):
    """The file's lines with comments blanked, numbered as in the file."""
    text = BLOCK_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    return [LINE_COMMENT.sub("", line) for line in text.split("\n")]


def check(src):
    findings = []
    for folder, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, src).replace(os.sep, "/")
            if relative in DIALECT_FILES or relative.startswith(DIALECT_FOLDERS):
                continue
            with open(path, encoding="utf-8") as file:
                lines = code_lines(file.read())
            for number, line in enumerate(lines, start=1):
                for what, pattern in CONSTRUCTS:
                    if pattern.search(line) and (relative, what) not in CONSTRUCT_ALLOWED:
                        findings.append(f"{relative}:{number}: {what} outside the dialect")
                if NAMED_SQLITE.search(line) and relative not in NAMED_SQLITE_ALLOWED:
                    findings.append(f"{relative}:{number}: names SqliteDialect; ask "
                                    "Dialect::of(connection) instead")
    return sorted(findings)


def main(argv):
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    findings = check(argv[0])
    for finding in findings:
        print(finding)
    if findings:
        print(f"{len(findings)} dialect construct(s) outside the dialect files", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
