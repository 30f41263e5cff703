"""The fonts every document embeds: Amiri, shipped in ``resources/fonts`` with its licence.

Registered with ``shapable=False``: reportlab's own shaping (uharfbuzz) leaves Arabic words in
the wrong order, so ``reports.text`` shapes and orders the text itself and the font only maps
the resulting presentation forms to glyphs.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import path as resource_path

REGULAR = "Amiri"
BOLD = "Amiri-Bold"
_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}


@cache
def register() -> tuple[str, str]:
    """Register both faces once per process; returns (regular, bold) font names."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(
            TTFont(name, str(resource_path("fonts", file)), shapable=False)
        )
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD


def covers(text: str, font: str = REGULAR) -> bool:
    """Whether the font has a glyph for every character (after shaping) of ``text``."""
    register()
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    return all(ord(ch) in glyphs or ch in "\n\t" for ch in text)
