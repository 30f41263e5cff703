"""The Qt binding itself keeps Python's books: a call that returns nothing must not take a
reference from None (PySide6 6.12.0 did, and on Python 3.11 the program aborted after some
thousands of calls; pyproject.toml keeps that version off Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, QThread


def test_calls_that_return_nothing_leave_none_as_they_found_it(qapp):
    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        thing.setObjectName("x")
        QThread.usleep(0)
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) - before > -100
