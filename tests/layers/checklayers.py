#!/usr/bin/env python3
"""Checks that the layers of src/ point one way.

Every library exports the whole src/ folder as its include path, so the linker only
notices a wrong-way include once a symbol of the higher layer is used. This check reads
the #include lines of every source and header instead, and fails on any that reaches a
layer the including layer may not use, or a Qt module it may not use (no Widgets header
below the programs). It prints file:line and the offending include for each.

Usage: checklayers.py SRC_DIR [--qt-include-root DIR]
"""

import argparse
import os
import re
import sys

# Which layers each layer may include, as in docs/architecture.md: app and cli sit on top
# (and neither on the other), usecases joins storage and render, storage uses exchange's
# codec, render reads the domain and the file format's wording; platform is low-level.
ALLOWED_LAYERS = {
    "domain": set(),
    "platform": set(),
    "exchange": {"domain"},
    "storage": {"domain", "exchange", "platform"},
    "render": {"domain", "exchange"},
    "usecases": {"domain", "exchange", "storage", "render"},
    "app": {"domain", "exchange", "storage", "usecases", "render", "platform"},
    "cli": {"domain", "exchange", "storage", "usecases", "render", "platform"},
}

# Which Qt modules each layer may include: the domain is QtCore only, storage adds QtSql,
# render adds QtGui (no Widgets), and only the desktop program uses Widgets and the rest.
ALLOWED_QT_MODULES = {
    "domain": {"QtCore"},
    "platform": {"QtCore"},
    "exchange": {"QtCore"},
    "storage": {"QtCore", "QtSql"},
    "render": {"QtCore", "QtGui"},
    "usecases": {"QtCore", "QtSql", "QtGui"},
    "cli": {"QtCore", "QtSql", "QtGui"},
    "app": None,  # any module
}

SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def qt_header_index(root):
    """Maps a Qt header's name (QWidget, qwidget.h) to its module folder (QtWidgets)."""
    index = {}
    if not root or not os.path.isdir(root):
        return index
    for module in sorted(os.listdir(root)):
        folder = os.path.join(root, module)
        if not module.startswith("Qt") or not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            index.setdefault(name, module)
    return index


def layer_of_quoted(src_dir, including_file, target):
    """The layer a quoted include reaches, or None when it is not one of src/'s layers."""
    # The compiler looks beside the including file first, then on the include path (src/).
    beside = os.path.normpath(os.path.join(os.path.dirname(including_file), target))
    if os.path.isfile(beside):
        relative = os.path.relpath(beside, src_dir)
        first = relative.split(os.sep)[0]
        return first if first in ALLOWED_LAYERS and not relative.startswith("..") else None
    first = target.split("/")[0]
    return first if first in ALLOWED_LAYERS and "/" in target else None


def qt_module_of(target, qt_index):
    if target.startswith("Qt") and "/" in target:
        return target.split("/")[0]
    return qt_index.get(target)


def check(src_dir, qt_index):
    """Returns the list of findings, each 'file:line: message'."""
    src_dir = os.path.abspath(src_dir)
    findings = []
    for layer in sorted(os.listdir(src_dir)):
        layer_dir = os.path.join(src_dir, layer)
        if not os.path.isdir(layer_dir):
            continue
        if layer not in ALLOWED_LAYERS:
            findings.append(f"{layer_dir}: unknown layer '{layer}': add it to the table "
                            f"in {os.path.basename(__file__)}")
            continue
        for folder, _, files in os.walk(layer_dir):
            for name in sorted(files):
                if name.endswith(SOURCE_SUFFIXES):
                    findings += check_file(src_dir, layer, os.path.join(folder, name), qt_index)
    return findings


def check_file(src_dir, layer, path, qt_index):
    findings = []
    shown = os.path.relpath(path, os.path.dirname(src_dir))
    with open(path, encoding="utf-8", errors="replace") as file:
        for number, line in enumerate(file, start=1):
            match = INCLUDE.match(line)
            if not match:
                continue
            bracket, target = match.groups()
            if bracket == '"':
                reached = layer_of_quoted(src_dir, path, target)
                if reached and reached != layer and reached not in ALLOWED_LAYERS[layer]:
                    allowed = ", ".join(sorted(ALLOWED_LAYERS[layer])) or "no other layer"
                    findings.append(f'{shown}:{number}: {layer} includes "{target}" from '
                                    f"{reached}; {layer} may include {allowed}")
            else:
                module = qt_module_of(target, qt_index)
                modules = ALLOWED_QT_MODULES[layer]
                if module and modules is not None and module not in modules:
                    findings.append(f"{shown}:{number}: {layer} includes <{target}> from "
                                    f"{module}; {layer} may use {', '.join(sorted(modules))}")
    return findings


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src_dir")
    parser.add_argument("--qt-include-root", help="the folder that holds QtCore/, QtGui/, ...")
    args = parser.parse_args(argv)
    if not os.path.isdir(args.src_dir):
        print(f"checklayers: no such folder: {args.src_dir}", file=sys.stderr)
        return 2
    if args.qt_include_root and not os.path.isdir(os.path.join(args.qt_include_root, "QtCore")):
        print(f"checklayers: no QtCore/ in {args.qt_include_root}", file=sys.stderr)
        return 2
    findings = check(args.src_dir, qt_header_index(args.qt_include_root))
    for finding in findings:
        print(finding)
    if findings:
        print(f"checklayers: {len(findings)} include(s) point the wrong way", file=sys.stderr)
        return 1
    print("checklayers: every include points down")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
