"""Fixtures of the shell's tests: a demo database, its admin, the program's Arabic installed.

Imported by ``test_shell*.py``, ``test_preview.py``, ``test_reports_area.py`` and
``test_settings*.py``; the translators are removed afterwards so other tests see source text.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop import i18n
from desktop.demo import load_demo
from desktop.services.actor import actor_for
from desktop.storage.database import Database
from ui import translations
from ui.app import apply_language
from ui.context import AppContext


@pytest.fixture
def demo_db(sqlite_db: Database) -> Database:
    load_demo(sqlite_db)
    return sqlite_db


@pytest.fixture
def arabic(qapp) -> Iterator[list]:
    installed = apply_language(qapp, "ar")
    yield installed
    translations.remove(qapp, installed)
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    i18n.set_language("ar")


@pytest.fixture
def ctx(demo_db: Database, arabic) -> AppContext:
    with demo_db.reader() as session:
        actor = actor_for(session, "admin")
    return AppContext(demo_db, actor, "ar", {})
