"""Translated labels for every closed list of the domain, through Qt: ``label(member)``.

The table of English texts is the core's (``desktop/labels.py``, read by ``pyside6-lupdate``
into ``ui_ar.ts``); ``label`` translates at call time, so a language switch needs no restart.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from desktop.labels import CONTEXT, source

__all__ = ["label", "members", "source"]


def label(member: Enum) -> str:
    """The label of an enum member in the installed language."""
    return QCoreApplication.translate(CONTEXT, source(member))


def members(enum_cls: type[Enum]) -> list[tuple[Enum, str]]:
    """(member, label) pairs in declaration order, for combo boxes."""
    return [(member, label(member)) for member in enum_cls]
