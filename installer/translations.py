"""Find the translatable texts of the Qt-free code and keep the ``.ts`` catalogues in step.

Qt's ``lupdate`` finds ``self.tr`` in ``ui/``; the core raises ``Invalid("…")``, names fields
with ``Term("…")`` and prints through ``t("…")``, which only this scanner knows. Usage:

    python -m installer.translations desktop reports --ts resources/translations/core_ar.ts

adds every new text to the file as unfinished and lists what still lacks a translation.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

ERRORS = {"DomainError", "Invalid", "Conflict", "NotFound", "Forbidden", "Cancelled",
          "DatabaseUnavailable", "UnusableOutput", "StaleRecord"}
# Helpers whose argument at this position is a field name (a Term).
FIELD_ARGS = {"text": 1, "code": 1, "choice": 2, "identifier": 1, "existing": 3, "editable": 3,
              "held": 3,
              "required": 3, "day": 1, "moment": 1, "clock": 1, "ordered": 2,
              "not_negative": 1, "positive": 1, "flag": 1, "number": 1}
CLI_CALLS = {"t", "say"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _string(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def error_classes(trees: Iterable[ast.AST]) -> set[str]:
    """The domain errors and every class deriving from one in ``trees`` (``BackupRefused``,
    say): their first argument is a message shown to the user, so a new kind of error cannot
    slip its messages past the catalogue."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name(b) for b in node.bases)
    known = set(ERRORS)
    while grown := {name for name, of in bases.items() if name not in known and of & known}:
        known |= grown
    return known


def messages_in(source: str | ast.AST, errors: set[str] = ERRORS
                ) -> Iterator[tuple[str, str]]:
    """(context, text) pairs of one module."""
    tree = ast.parse(source) if isinstance(source, str) else source
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        args = node.args
        if name in errors and args and (text := _string(args[0])):
            yield "DomainError", text
        elif name == "Term" and args and (text := _string(args[0])):
            yield "Term", text
        elif name in CLI_CALLS and args and (text := _string(args[0])):
            yield "cli", text
        elif name == "translate" and len(args) >= 2:
            context, text = _string(args[0]), _string(args[1])
            if context and text:
                yield context, text
        elif (isinstance(node.func, ast.Attribute)
              and isinstance(node.func.value, ast.Name) and node.func.value.id == "validation"
              and name in FIELD_ARGS and len(args) > FIELD_ARGS[name]
              and (text := _string(args[FIELD_ARGS[name]]))):
            yield "Term", text
        for keyword in node.keywords:  # help=t("…") inside argparse calls is caught above
            if keyword.arg in ("what", "field") and isinstance(keyword.value, ast.Call):
                continue


def scan(paths: Iterable[Path]) -> set[tuple[str, str]]:
    trees = []
    for root in paths:
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        trees += [ast.parse(file.read_text(encoding="utf-8")) for file in files
                  if "migrations" not in file.parts]
    errors = error_classes(trees)
    found: set[tuple[str, str]] = set()
    for tree in trees:
        found.update(messages_in(tree, errors))
    return found


def read_ts(file: Path) -> dict[tuple[str, str], str]:
    if not file.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            table[(name, source)] = message.findtext("translation") or ""
    return table


def write_ts(file: Path, table: dict[tuple[str, str], str], language: str) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for context in sorted({c for c, _ in table}):
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for (ctx, source), translation in sorted(table.items()):
            if ctx != context:
                continue
            message = ET.SubElement(node, "message")
            ET.SubElement(message, "source").text = source
            out = ET.SubElement(message, "translation")
            if translation:
                out.text = translation
            else:
                out.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def all_translations(folder: Path, language: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for file in sorted(folder.glob(f"*_{language}.ts")):
        table.update({k: v for k, v in read_ts(file).items() if v})
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--ts", type=Path, required=True)
    parser.add_argument("--language", default="ar")
    args = parser.parse_args(argv)
    found = scan(args.paths)
    known = all_translations(args.ts.parent, args.language)
    table = read_ts(args.ts)
    for key in found:
        if key not in table and key not in known:
            table[key] = ""
    write_ts(args.ts, table, args.language)
    missing = sorted(k for k in found if not known.get(k) and not table.get(k))
    for context, text in missing:
        print(f"untranslated [{context}] {text}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
