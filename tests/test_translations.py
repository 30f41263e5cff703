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
