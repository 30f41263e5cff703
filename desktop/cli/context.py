"""What every sub-command gets: the database, opened on first use, and a voice."""

from __future__ import annotations

import sys
from typing import Any

from desktop.i18n import translate
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
        if self._db is None:
            self._db = Database.open(self.db_url)
        return self._db

    def say(self, text: str, **fields: Any) -> None:
        print(t(text, **fields), flush=True)

    def error(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
