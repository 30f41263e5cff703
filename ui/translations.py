"""Qt translators for the program: our ``.ts`` catalogues compiled to ``.qm``, and Qt's own.

The ``.ts`` files are the one source (the core reads them too, see ``desktop.i18n``); the
window needs them compiled. ``lrelease`` from PySide6 writes the ``.qm`` into the user's cache,
again whenever a ``.ts`` is newer. Where ``lrelease`` is missing or fails, a translator that
reads the ``.ts`` directly takes its place, so the program still speaks Arabic.

Qt's own dialogs (the file dialog, message box and button box buttons, the progress dialog's
Cancel, the edit menus of text fields) speak through Qt's ``qtbase`` catalogue shipped with
PySide6. That catalogue lags Qt itself: Qt 6 gave the file dialog's "Look in:" and "Files of
type:" their shortcut letter and moved the file types ("Folder", "Drive") to
``QAbstractFileIconProvider``, while the Arabic catalogue still holds the texts as they were,
so exactly those labels stayed English. ``RenamedQtTexts`` asks Qt's catalogue for the text
under its former name.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from html import escape
from pathlib import Path

import PySide6
from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop import i18n, settings
from resources import path as resource_path

log = logging.getLogger(__name__)


class CatalogueTranslator(QTranslator):
    """Reads the ``.ts`` catalogues through ``desktop.i18n``: the fallback when none compiles.

    A text it does not know is answered with the text itself. Neither of the other answers is
    safe from Python: "" is taken for the translation (the text shows blank), and None is
    released once too often by the binding (after enough look-ups the program aborts). The
    source text is what an untranslated text shows anyway; Qt's own catalogue, installed
    after this one, is asked before it."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._lang = lang

    def translate(self, context: str, source: str, disambiguation=None, n: int = -1) -> str:
        return i18n.translate(context, source, self._lang)

    def isEmpty(self) -> bool:
        return False


# Qt's text as the widgets ask for it now -> as Qt's catalogues still hold it (Qt 6.12).
QT_RENAMED: dict[tuple[str, str], tuple[str, str]] = {
    ("QFileDialog", "&Look in:"): ("QFileDialog", "Look in:"),
    ("QFileDialog", "Files of &type:"): ("QFileDialog", "Files of type:"),
    ("QAbstractFileIconProvider", "Folder"): ("QFileDialog", "Folder"),
    ("QAbstractFileIconProvider", "File Folder"): ("QFileDialog", "File Folder"),
    ("QAbstractFileIconProvider", "Drive"): ("QFileDialog", "Drive"),
    ("QAbstractFileIconProvider", "File"): ("QFileDialog", "File"),
    ("QAbstractFileIconProvider", "%1 File"): ("QFileDialog", "%1 File"),
}


def renamed_qt_texts(app: QCoreApplication, qt: QTranslator, lang: str,
                     folder: Path | None = None) -> QTranslator | None:
    """Qt's translations of the texts Qt renamed after its catalogue was last brought up to
    date, under their new names: a small catalogue written from Qt's own and compiled like
    ours (a translator written in Python cannot say "I have none" safely, see above).

    Installed before Qt's own translator, so it is asked only when that one has nothing: a
    later catalogue that knows the new text wins by itself. A shortcut letter the new text
    marks and the old translation lacks goes on the translation's first letter."""
    contexts: dict[str, list[tuple[str, str]]] = {}
    for (context, source), (old_context, old_source) in QT_RENAMED.items():
        text = qt.translate(old_context, old_source, None, -1)
        if not text:
            continue
        if "&" in source and "&" not in text:
            text = "&" + text
        contexts.setdefault(context, []).append((source, text))
    if not contexts:
        return None
    body = "".join(
        f"<context><name>{escape(context)}</name>" + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(text)}</translation></message>"
            for source, text in messages) + "</context>"
        for context, messages in sorted(contexts.items()))
    document = (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}">{body}</TS>\n')
    ts = (folder or cache_dir()) / f"qt_renamed_{lang}.ts"
    if not ts.exists() or ts.read_text(encoding="utf-8") != document:
        ts.write_text(document, encoding="utf-8")
    qm = compiled(ts, folder)
    translator = QTranslator(app)
    if qm is not None and translator.load(str(qm)):
        return translator
    return None


def qt_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Qt's own ``qtbase`` catalogue for ``lang``, or None (said in the log) if not shipped."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", folder):
        return qt
    log.warning("Qt's own texts stay English: no qtbase_%s.qm in %s", lang, folder)
    return None


def cache_dir() -> Path:
    home = os.environ.get(settings.HOME_ENV)
    folder = Path(home) / "cache" if home else user_cache_path(settings.APP, appauthor=False)
    folder = folder / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def lrelease() -> str | None:
    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled(ts: Path, folder: Path | None = None) -> Path | None:
    """The ``.qm`` of ``ts``, compiled again when the source is newer; None if it can't be."""
    qm = (folder or cache_dir()) / (ts.stem + ".qm")
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = lrelease()
    if tool is None:
        return None
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("could not compile %s: %s", ts.name, error)
        return None
    return qm if qm.exists() else None


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install our translators and Qt's for ``lang``; English needs none (it is the source)."""
    translators: list[QTranslator] = []
    if lang == "en":
        return translators
    sources = sorted(resource_path("translations").glob(f"*_{lang}.ts"))
    fallback = False
    for ts in sources:
        qm = compiled(ts)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            translators.append(translator)
        else:
            fallback = True
    if fallback:
        translators.append(CatalogueTranslator(lang, app))
    qt = qt_translator(app, lang)
    if qt is not None:  # the last installed is asked first: Qt's catalogue, then the renamed
        renamed = renamed_qt_texts(app, qt, lang)
        translators += [renamed, qt] if renamed is not None else [qt]
    for translator in translators:
        app.installTranslator(translator)
    return translators


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
