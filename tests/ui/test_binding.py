"""The Qt binding itself keeps Python's books: a call that returns nothing must not take a
reference from None (PySide6 6.12.0 did, and on Python 3.11 the program aborted after some
thousands of calls; pyproject.toml keeps that version off Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, QThread

CALLS = 5_000


def test_calls_that_return_nothing_leave_none_as_they_found_it(qapp):
    """Three void calls a turn: the broken binding takes 15,000 references from None here. Other
    code frees objects meanwhile (events left by earlier tests, the operations' threads), each
    letting a reference to None go, so a long run moves the count by a few hundred either way:
    the bound sits far from both."""
    thing = QObject()
    for _ in range(10):
        QCoreApplication.processEvents()  # what earlier tests left, handled before counting
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        thing.setObjectName("x")
        QThread.usleep(0)
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) - before > -CALLS // 2
