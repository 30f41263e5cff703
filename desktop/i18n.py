"""Translation for the core, without Qt.

The program has one translation source: the Qt ``.ts`` files in ``resources/translations``
(one file per area and language: ``core_ar.ts``, ``ui_ar.ts``, ``reports_ar.ts``).
The user interface loads them as compiled ``.qm`` through ``QTranslator``; the core (command
line, domain errors, document labels) reads the same ``.ts`` XML here, so a message is
translated once for both. Source texts are English; Arabic is the default language.
"""

from __future__ import annotations

from functools import cache

# The catalogues ship with the program, but they are XML all the same: parsed with entity
# expansion and external entities refused, as every XML the program reads is.
from defusedxml import ElementTree as ET

from resources import path as resource_path

LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "ar"

_current = DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _current = lang


def language() -> str:
    return _current


def is_rtl(lang: str | None = None) -> bool:
    return (lang or _current) == "ar"


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for file in sorted(resource_path("translations").glob(f"*_{lang}.ts")):
        _read_ts(file, table)
    return table


def _read_ts(file, table: dict[tuple[str, str], str]) -> None:
    for context in ET.parse(file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished") and not node.text:
                continue
            if node.text:
                table[(name, source)] = node.text


def translate(context: str, text: str, lang: str | None = None) -> str:
    """The translation of ``text`` in ``context``, or ``text`` itself where none exists."""
    lang = lang or _current
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)


def reload() -> None:
    """Forget cached catalogues (after the ``.ts`` files change, in tests)."""
    _catalogue.cache_clear()
