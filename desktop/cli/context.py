"""What every sub-command gets: the database, opened on first use, and a voice."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from desktop.i18n import translate

if TYPE_CHECKING:  # the program's window shows before SQLAlchemy is imported
    from desktop.storage.database import Database


def t(text: str, **fields: Any) -> str:
    """A command-line message in the current language."""
    message = translate("cli", text)
    return message.format(**fields) if fields else message


class CliContext:
    def __init__(self, db_url: str | None, lang: str) -> None:
        self.db_url = db_url
        self.lang = lang
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """The database, its schema brought up to date on first use."""
        return self._open()

    def lasting_db(self) -> Database:
        """The database as ``db`` gives it, refused if it lives in memory: for commands whose
        work or report means nothing once they end (demo, check --migrate)."""
        return self._open(lasting=True)

    def db_as_found(self) -> Database:
        """The database as it is, not migrated nor created: for commands that report on it."""
        return self._open(migrate=False, must_exist=True)

    def _open(self, **options: bool) -> Database:
        if self._db is None:
            from desktop.storage.database import Database

            self._db = Database.open(self.db_url, **options)
        elif options.get("lasting") and self._db.in_memory:
            from desktop.storage.database import in_memory_refusal

            raise in_memory_refusal(self._db.url)
        return self._db

    def say(self, text: str, **fields: Any) -> None:
        print(t(text, **fields), flush=True)

    def error(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
