#!/usr/bin/env python3
"""Checks that a Qt Linguist .ts file is complete and faithful.

With --lupdate and source directories, the sources are scanned first (into a copy of the
file), so a message added to the code and not yet translated, or removed from the code and
still in the file, is reported too.

Reported, one line each, naming the file, the context and the source text:
- a message without a finished translation;
- a message the sources no longer have (obsolete or vanished);
- a translation that drops or adds a placeholder (%1..%99, %n, %L1) or the & of a shortcut;
- plural forms: a count other than the language's (es: 2, lt: 3), or one left empty.

Exit status: 0 when the file is complete, 1 when a problem was found, 2 on bad usage.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"es": 2, "lt": 3, "en": 2}
PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text or ""))


def accelerators(text):
    # "&&" is a literal ampersand; "&x" marks a shortcut letter.
    return len(re.findall(r"&(?!&)\S", (text or "").replace("&&", "")))


def language_of(root):
    return (root.get("language") or "").split("_")[0]


def check(path, contexts=None):
    root = ET.parse(path).getroot()
    language = language_of(root)
    forms = PLURAL_FORMS.get(language)
    problems = []
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        if contexts is not None and name not in contexts:
            continue
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{path}: [{name}] \"{source[:70]}\""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                problems.append(f"{where}: no longer in the sources ({kind})")
                continue
            if kind in ("unfinished", "missing"):
                problems.append(f"{where}: not translated")
                continue
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.findall("numerusform")]
                if forms is not None and len(texts) != forms:
                    problems.append(f"{where}: {len(texts)} plural forms, {language} has {forms}")
            else:
                texts = [translation.text or ""]
            for text in texts:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                expected = placeholders(source)
                found = placeholders(text)
                if message.get("numerus") == "yes":
                    # A plural form may leave %n out ("one clause"), never add another.
                    expected = [p for p in expected if p != "n"]
                    found = [p for p in found if p != "n"]
                if expected != found:
                    problems.append(f"{where}: placeholders {expected} became {found}")
                if accelerators(source) != accelerators(text):
                    problems.append(f"{where}: the & of a keyboard shortcut is lost or added")
    return count, problems


def scanned_copy(path, lupdate, sources, options, workdir):
    copy = os.path.join(workdir, os.path.basename(path))
    shutil.copyfile(path, copy)
    listing = os.path.join(workdir, "sources.lst")
    with open(listing, "w", encoding="utf-8") as out:
        for top in sources:
            for folder, _, files in os.walk(top):
                for name in sorted(files):
                    if name.endswith((".cpp", ".h", ".ui")):
                        out.write(os.path.join(folder, name) + "\n")
    result = subprocess.run([lupdate, "-silent", *options, f"@{listing}", "-ts", copy],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"lupdate failed: {result.stderr.strip()}")
    return copy


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="+", help="the .ts files to check")
    parser.add_argument("--lupdate", help="lupdate, to compare the files with the sources")
    parser.add_argument("--sources", nargs="*", default=[], help="source folders to scan")
    parser.add_argument("--lupdate-option", action="append", default=[],
                        help="an option passed on to lupdate (repeatable)")
    parser.add_argument("--contexts", help="a file listing the contexts to check, one a line")
    args = parser.parse_args()
    if bool(args.lupdate) != bool(args.sources):
        parser.error("--lupdate and --sources go together")
    contexts = None
    if args.contexts:
        with open(args.contexts, encoding="utf-8") as listed:
            contexts = {line.strip() for line in listed if line.strip()}

    all_problems = []
    with tempfile.TemporaryDirectory() as workdir:
        for path in args.ts:
            checked = path
            if args.lupdate:
                checked = scanned_copy(path, args.lupdate, args.sources, args.lupdate_option,
                                       workdir)
            count, problems = check(checked, contexts)
            all_problems += [p.replace(checked, path) for p in problems]
            print(f"{path}: {count} messages, {len(problems)} problems")
    for problem in all_problems:
        print(problem)
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main())
