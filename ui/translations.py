"""Qt translators for the program: our ``.ts`` catalogues compiled to ``.qm``, and Qt's own.

The ``.ts`` files are the one source (the core reads them too, see ``desktop.i18n``); the
window needs them compiled. ``lrelease`` from PySide6 writes the ``.qm`` into the user's cache,
again whenever a ``.ts`` is newer. Where ``lrelease`` is missing or fails, a translator that
reads the ``.ts`` directly takes its place, so the program still speaks Arabic.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

import PySide6
from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop import i18n, settings
from resources import path as resource_path

log = logging.getLogger(__name__)


class CatalogueTranslator(QTranslator):
    """Reads the ``.ts`` catalogues through ``desktop.i18n``: the fallback when none compiles."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._lang = lang

    def translate(self, context: str, source: str, disambiguation=None, n: int = -1) -> str:
        text = i18n.translate(context, source, self._lang)
        return "" if text == source else text

    def isEmpty(self) -> bool:
        return False


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
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_folder):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
