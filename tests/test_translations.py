"""Every message the core can show has its Arabic; the catalogues are well-formed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from installer.translations import all_translations, scan

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def test_catalogues_are_valid_ts_files():
    files = sorted(FOLDER.glob("*_ar.ts"))
    assert files
    for file in files:
        root = ET.parse(file).getroot()
        assert root.tag == "TS" and root.get("language") == "ar", file.name


def test_every_core_message_has_an_arabic_translation():
    found = scan([ROOT / "desktop", ROOT / "reports"])
    known = all_translations(FOLDER, "ar")
    missing = sorted(key for key in found if not known.get(key))
    assert not missing, "untranslated: " + "; ".join(f"[{c}] {t}" for c, t in missing)


def test_placeholders_survive_translation():
    import re

    field = re.compile(r"\{(\w+)\}")
    for (context, source), translation in all_translations(FOLDER, "ar").items():
        assert set(field.findall(source)) == set(field.findall(translation)), (context, source)


def test_no_catalogue_keeps_an_unfinished_entry():
    """lupdate marks every new interface text unfinished: each needs its Arabic first."""
    for file in sorted(FOLDER.glob("*_ar.ts")):
        for message in ET.parse(file).getroot().iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                raise AssertionError(f"{file.name}: {message.findtext('source')}")


def _interface_texts() -> set[tuple[str, str]]:
    """What the interface asks Qt to translate: ``self.tr("…")`` in a class (its context is
    the class's name, as lupdate takes it), ``translate("ctx", "…")`` and
    ``QT_TRANSLATE_NOOP("ctx", "…")``, where the texts are written out."""
    import ast

    found: set[tuple[str, str]] = set()

    def text(node: ast.expr) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
            else None

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = child.args
                if (name == "tr" and cls and args and isinstance(func, ast.Attribute)
                        and isinstance(func.value, ast.Name) and func.value.id == "self"):
                    source = text(args[0])
                    if source:
                        found.add((cls, source))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                    context, source = text(args[0]), text(args[1])
                    if context and source:
                        found.add((context, source))
            visit(child, cls)

    for file in sorted((ROOT / "ui").rglob("*.py")):
        visit(ast.parse(file.read_text(encoding="utf-8")), None)
    return found


def test_every_interface_text_is_in_a_catalogue_with_its_arabic():
    """A text no catalogue holds shows in English to an Arabic user, silently: lupdate must
    have been run over every package of ``ui/``."""
    known = all_translations(FOLDER, "ar")
    missing = sorted(key for key in _interface_texts() if not known.get(key))
    assert not missing, "not in any catalogue: " + "; ".join(f"[{c}] {t}" for c, t in missing)
