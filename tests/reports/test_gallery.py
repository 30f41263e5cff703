"""The README's documents gallery shows every kind of document the program prints: a kind
added without its picture (as the follow-up of directives once was) fails here."""

from __future__ import annotations

from pathlib import Path

from reports import catalogue

ROOT = Path(__file__).resolve().parents[2]


def test_every_printed_kind_has_its_page_in_the_gallery():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    printed = [kind.key for kind in catalogue.kinds() if "pdf" in kind.formats]
    assert "directives" in printed
    missing = [key for key in printed
               if not (ROOT / "resources" / "gallery" / f"{key}.png").is_file()
               or f"(resources/gallery/{key}.png)" not in readme]
    assert missing == [], f"ghurfa report sample --png, then list them in the README: {missing}"
