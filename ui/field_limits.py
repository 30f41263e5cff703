"""Fields that take no more than their column holds: one call per form, not a number per widget.

``limit_lengths({self.name: Centre.name, self.code: Centre.code})`` sets each line edit's
``maxLength`` from the model column's ``String(n)`` (``desktop.services.validation.
column_length``), so typing or pasting stops where the service and the database would refuse.
A pasted text longer than that is cut by Qt as it is pasted, where the person sees it; the
services still refuse a longer value from anywhere else in words, never cutting it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QLineEdit

from desktop.services.validation import column_length


def limit_lengths(fields: Mapping[QLineEdit, Any]) -> None:
    """Each edit limited to its column's length; a column without one (``Text``) is refused,
    so a form never believes it is limited when it is not."""
    for edit, column in fields.items():
        length = column_length(column)
        if length is None:
            raise ValueError(f"{column} has no length to limit a field to")
        edit.setMaxLength(length)
