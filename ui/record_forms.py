"""One form per record, and the list showing the record once saved: what an area with
registry forms does when the user asks for New or Edit (the Personnel area; the Centres
area does the same in its own lines, and may come here).

A form asked again for a record already open comes forward rather than opening twice; a
new record's form may open more than once. Once saved, the page shows the record chosen: the
room's change notice reads the page again (or the page is asked to, where there is no room),
and the record is chosen as soon as it is there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

Key = tuple[str, int | None]


class RecordForms:
    def __init__(self, has_room: bool) -> None:
        self.has_room = has_room
        self.dialogs: dict[Key, QDialog] = {}

    def open(self, key: Key, make: Callable[[], Any], page: Any) -> Any:
        """The form of ``key`` (kind, id or None for a new one), made by ``make``; ``page``
        has ``refresh()``, ``select(id) -> bool`` and a ``loaded`` signal."""
        found = self.dialogs.get(key)
        if found is not None and key[1] is not None:
            found.raise_()
            found.activateWindow()
            return found
        dialog = make()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs[key] = dialog
        dialog.finished.connect(lambda _result: self.dialogs.pop(key, None))
        dialog.saved.connect(lambda record_id: self.show_saved(page, record_id))
        dialog.open()
        return dialog

    def show_saved(self, page: Any, record_id: int) -> None:
        if not self.has_room:
            page.refresh()
        if page.select(record_id):
            return

        def once() -> None:
            page.loaded.disconnect(once)
            page.select(record_id)

        page.loaded.connect(once)
