"""Arabic as people type it: one normalisation for every search and comparison.

A clerk types «احمد» for «أحمد», «علي» for «على», «مدرسه» for «مدرسة», with or without
diacritics and tatweel; all of these must find the same record. Input text is also cleaned of
invisible bidirectional controls, which pasted names often carry and which would reorder a
printed line.
"""

from __future__ import annotations

import re
import unicodedata

_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
_TATWEEL = "\u0640"
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",  # Persian kaf and yeh, common in pasted text
        "ی": "ي",
    }
)
# Arabic-Indic and Eastern Arabic-Indic digits search like ASCII ones.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_BIDI_CONTROLS = re.compile(r"[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def normalise(text: str | None) -> str:
    """The search form of ``text``: folded letters, no marks, single spaces, lower-case Latin."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _BIDI_CONTROLS.sub("", text)
    text = _DIACRITICS.sub("", text).replace(_TATWEEL, "")
    text = text.translate(_FOLD).translate(_DIGITS)
    return _SPACES.sub(" ", text).strip().casefold()


# Spaces and dashes people type inside a number to group its digits: «10 01», «10-01».
_NUMBER_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\u0640]+")


def fold_digits(text: str) -> str:
    """Arabic-Indic and Extended Arabic-Indic digits as ASCII ones: «١٠٠١» → «1001»."""
    return text.translate(_DIGITS)


def identifier_form(text: str | None) -> str | None:
    """A service number as stored and compared: ASCII digits, no spaces or dashes, upper-case
    Latin letters; ``None`` if nothing is left. «١٠ ٠١» and «10-01» are both «1001»."""
    if text is None:
        return None
    folded = fold_digits(unicodedata.normalize("NFKC", strip_bidi_controls(text)))
    return _NUMBER_SEPARATORS.sub("", folded).upper() or None


def strip_bidi_controls(text: str) -> str:
    return _BIDI_CONTROLS.sub("", text)


def clean_input(text: str | None) -> str | None:
    """What a text field stores: no bidi controls, no stray spaces at the ends; ``None`` if empty.

    Line breaks inside the text are kept (discussion, descriptions); a NUL, which no database
    column should hold, is removed.
    """
    if text is None:
        return None
    text = strip_bidi_controls(text).replace("\x00", "").strip()
    return text or None


def matches(query: str, *fields: str | None) -> bool:
    """Every word of ``query`` appears in one of ``fields``, after normalisation."""
    haystack = " ".join(normalise(f) for f in fields if f)
    return all(word in haystack for word in normalise(query).split())
