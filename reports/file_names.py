"""The names of the files the program makes: built from a template, and never leaving the folder.

A document's name is made of what people typed (a meeting's subject, a unit's name, an import
file's own name), so it may hold anything: a slash or ``..`` that would climb out of the chosen
folder, a drive or an absolute path, characters Windows refuses (``<>:"/\\|?*``, controls), the
names Windows keeps for devices (``CON``, ``PRN``, ``AUX``, ``NUL``, ``COM1``…``COM9``,
``LPT1``…``LPT9``, with any ending: ``con.pdf`` is the console too), a trailing dot or space
that Windows drops (so two names would become one), bidirectional controls that make
``fdp.exe`` read as ``exe.pdf``, or so many letters that the name passes 255 bytes.

``file_name`` fills a template with such values, each made safe on its own, and gives one plain
name; ``inside`` joins it to a folder and proves the result is still in that folder. Every name
the program suggests or writes by itself is made here (the archive, the orders per unit, the
names offered by the save dialogs).
"""

from __future__ import annotations

import re
import string
from pathlib import Path

from desktop.services.errors import Invalid
from desktop.text.arabic import has_bidi_controls, strip_bidi_controls

# Windows refuses these in a name; the controls too. A separator of either system is one.
_ILLEGAL = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
# Invisible characters that change how a name reads without showing themselves: bidi controls
# (stripped by ``strip_bidi_controls``), zero-width spaces and joiners, the byte-order mark.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                       *(f"COM{n}" for n in "123456789¹²³"),
                       *(f"LPT{n}" for n in "123456789¹²³")})
MAX_NAME_BYTES = 200  # under the 255 bytes of every file system, with room for " (2)" and temp
_ENDING = re.compile(r"\.[A-Za-z0-9]{1,8}")
_FIELDS = string.Formatter()


def safe_part(value: object, limit: int | None = None) -> str:
    """One value of a name made safe: no separators, illegal or invisible characters (each run
    of them a space), single spaces, no dots or spaces at its ends, at most ``limit`` letters;
    "-" if nothing is left."""
    text = _INVISIBLE.sub("", strip_bidi_controls(str(value)))
    text = " ".join(_ILLEGAL.sub(" ", text).split())
    if limit is not None:
        text = text[:limit]
    return text.strip(" .") or "-"


def file_name(template: str, suffix: str = "", **fields: object) -> str:
    """``template`` (``str.format`` fields, e.g. ``"{number:03d} - {subject}"``) filled with
    ``fields``, each made safe, then ``suffix`` (".pdf"): one name for a file in a folder,
    never a path. A reserved device name gets a "_" after it (``NUL_.tar.pdf``); a name too
    long for the disk is cut on a letter, keeping its ending."""
    safe: dict[str, object] = {}
    for _text, field, _spec, _conversion in _FIELDS.parse(template):
        if field is None or field in safe:
            continue
        value = fields[field]
        safe[field] = value if isinstance(value, int | float) and not isinstance(value, bool) \
            else safe_part(value)
    stem = safe_part(template.format(**safe))
    if suffix and not _ENDING.fullmatch(suffix):
        raise ValueError(f"not a file ending: {suffix!r}")
    if _is_reserved(stem):
        first, dot, rest = stem.partition(".")
        stem = f"{first.rstrip(' ')}_{dot}{rest}"
    room = MAX_NAME_BYTES - len(suffix.encode())
    while len(stem.encode("utf-8")) > room:
        stem = stem[:-1]
    return (stem.rstrip(" .") or "-") + suffix


def _is_reserved(stem: str) -> bool:
    """Windows takes ``CON``, ``con.txt`` and ``CON .tar.gz`` alike as the device."""
    return stem.split(".", 1)[0].rstrip(" ").upper() in _RESERVED


def inside(folder: Path | str, name: str) -> Path:
    """``folder / name``, refused unless ``name`` is one plain name that stays in ``folder``
    (what ``file_name`` gives always is)."""
    folder = Path(folder)
    if (name != safe_part(name) or _is_reserved(name)
            or len(name.encode("utf-8", "surrogatepass")) > 255):
        raise unsafe_name(name)
    target = folder / name
    if target.parent != folder or target.resolve().parent != folder.resolve():
        raise unsafe_name(name)  # a link of that name that points elsewhere
    return target


def unsafe_name(name: str) -> Invalid:
    return Invalid("{name} cannot be a file's name: it holds a folder, characters or a name "
                   "the system reserves. Choose another name.", name=safe_part(name))


def refuse_bidi(name: str) -> None:
    """Refuse a file's name that holds bidirectional controls (a name that reads otherwise
    than it is, such as ``exe.pdf`` written ``fdp.exe``)."""
    if has_bidi_controls(name):
        raise Invalid("The file name {name} holds invisible direction marks that make it read "
                      "otherwise than it is; rename the file without them.",
                      name=strip_bidi_controls(name))


def suggested(folder: Path | str, template: str, suffix: str, **fields: object) -> Path:
    """The path a save dialog offers or a build writes by itself: ``file_name`` in ``folder``."""
    return inside(folder, file_name(template, suffix, **fields))
