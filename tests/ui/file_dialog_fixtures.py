"""Qt's file dialog writes its history to the user's Qt settings when it goes: in these tests,
to a folder of the test's own. Used as ``pytestmark = pytest.mark.usefixtures(...)``, so it is
set up before ``qtbot`` and put back only after ``qtbot`` has closed the dialogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QStandardPaths


@pytest.fixture
def qt_settings_aside(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    scope, native = QSettings.Scope.UserScope, QSettings.Format.NativeFormat
    QSettings.setPath(native, scope, str(tmp_path_factory.mktemp("qt-settings")))
    yield
    QSettings.setPath(native, scope, QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation))
