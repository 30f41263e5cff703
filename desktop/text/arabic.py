"""Arabic as people type it: one normalisation for every search and comparison.

A clerk types «احمد» for «أحمد», «علي» for «على», «مدرسه» for «مدرسة», with or without
diacritics and tatweel; all of these must find the same record. Input text is also cleaned of
invisible bidirectional controls, which pasted names often carry and which would reorder a
printed line, and of control characters, which no database column should hold.

Codes (a centre's commission code, an area code, a vehicle plate) are stored in one canonical
form, so «ms-101», «MS-١٠١» and «MS-101» are one code and the database's unique constraints
see them as one.
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
# C0 controls but tab and line feed, DEL, and C1 controls: pasted from other programs, never
# meant; a NUL is refused outright by PostgreSQL.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n?")
# Half of a UTF-16 pair with no other half: no encoding can write it, so no database can store it.
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def normalise(text: str | None) -> str:
    """The search form of ``text``: folded letters, no marks, single spaces, lower-case Latin.

    Control characters and broken characters (lone surrogates) are dropped: a search typed or
    pasted with them finds what it would without them.
    """
    if not text:
        return ""
    text = drop_broken_characters(_CONTROLS.sub("", text))
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


def has_bidi_controls(text: str) -> bool:
    """Whether ``text`` holds a bidirectional control (a mark or an embedding, override or
    isolate): invisible, they make a name or a code read otherwise than it is."""
    return _BIDI_CONTROLS.search(text) is not None


def strip_tatweel(text: str) -> str:
    """``text`` without the tatweel that stretches a word: «عميـد» is «عميد»."""
    return text.replace(_TATWEEL, "")


def _join_surrogate_pairs(text: str) -> str:
    """Characters given as both halves of a UTF-16 pair (some clipboards do) made whole."""
    if not _LONE_SURROGATES.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def has_broken_characters(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate, which cannot be written to any database."""
    return _LONE_SURROGATES.search(_join_surrogate_pairs(text)) is not None


def drop_broken_characters(text: str) -> str:
    """``text`` without lone surrogates (pairs are first made whole characters)."""
    return _LONE_SURROGATES.sub("", _join_surrogate_pairs(text))


def clean_input(text: str | None) -> str | None:
    """What a text field stores: no bidi or other control characters, no stray spaces at the
    ends; ``None`` if empty.

    Line breaks and tabs inside the text are kept (discussion, descriptions), a Windows or old
    Mac line break becoming a plain one. A lone surrogate is left for the caller to refuse
    (``has_broken_characters``): dropping it silently could change a name.
    """
    if text is None:
        return None
    text = _LINE_BREAKS.sub("\n", _join_surrogate_pairs(text))
    text = _CONTROLS.sub("", strip_bidi_controls(text)).strip()
    return text or None


# Dashes people type or paste between the parts of a code, written as the one ASCII dash.
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def code_form(text: str | None) -> str | None:
    """A code as it is stored and compared: NFKC, ASCII digits, no tatweel, one kind of dash,
    single spaces, trimmed, upper-case Latin; ``None`` if nothing is left. Dashes and slashes
    are kept: «ms-١٠١» is «MS-101», «MS 101» stays «MS 101»."""
    cleaned = clean_input(text)
    if cleaned is None:
        return None
    folded = fold_digits(strip_tatweel(unicodedata.normalize("NFKC", cleaned)))
    return _SPACES.sub(" ", _DASHES.sub("-", folded)).strip().upper() or None


# The letter of a plate typed with or without its hamza, or as alef maqsura: one letter.
_PLATE_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def plate_form(text: str | None) -> str | None:
    """A vehicle plate as stored and compared: «ميسان ١٢٣٤» and «ميسان  1234» are «ميسان 1234»,
    and «بغداد 12345 أ» is «بغداد 12345 ا»."""
    form = code_form(text)
    return form.translate(_PLATE_LETTERS) if form else form


def username_form(text: str | None) -> str | None:
    """A username as stored and looked up: NFKC, ASCII digits, trimmed, lower-case, so «Admin»
    and «admin» are one user."""
    cleaned = clean_input(text)
    if cleaned is None:
        return None
    return fold_digits(unicodedata.normalize("NFKC", cleaned)).lower() or None


def matches(query: str, *fields: str | None) -> bool:
    """Every word of ``query`` appears in one of ``fields``, after normalisation."""
    haystack = " ".join(normalise(f) for f in fields if f)
    return all(word in haystack for word in normalise(query).split())


LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate and its end


def left_to_right(text: str) -> str:
    """``text`` kept left to right inside a right-to-left line: a date «2010-03-07» in an
    Arabic label would otherwise be laid out «07-03-2010». For display only (the services
    strip these marks from what is typed)."""
    return f"{LRI}{text}{PDI}"
