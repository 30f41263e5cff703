"""What every window of the program is given: the database, who is acting, the language.

Views never open their own database or guess the user; the shell builds one ``AppContext`` at
start and hands it down, so a test can build the same thing around a temporary database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the window shows before the database layer is even imported
    from desktop.services.actor import Actor
    from desktop.storage.database import Database


@dataclass
class AppContext:
    db: Database | None  # None only while the program opens it, behind the first window
    actor: Actor | None
    language: str = "ar"
    # Remembered choices (last folder, last parameters…): a plain dict persisted by the shell.
    preferences: dict[str, Any] = field(default_factory=dict)
    # The room's change notices on the interface thread (``ui.changes.RoomChanges``): None
    # until the database is open, and in tests that build a context without one.
    changes: Any = None

    @property
    def rtl(self) -> bool:
        return self.language == "ar"
