"""Domain errors: a message the user can act on, in Arabic or English.

The message is an English source text with ``{named}`` fields; it is translated through the
program's one catalogue (context ``DomainError``) when shown, so the same error reads right in
the command line and in the window whatever language was current when it was raised.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from desktop.i18n import language, translate

CONTEXT = "DomainError"
TERM_CONTEXT = "Term"


class Term(str):
    """A domain word inside a message (a field name, a kind of record): translated with it."""


class Choices:
    """The allowed values of a closed list inside a message: by their labels in Arabic, by
    their codes in English (what the command line and the import files accept)."""

    def __init__(self, enum_cls: type[Enum]) -> None:
        self.members = list(enum_cls)

    def render(self, lang: str | None = None) -> str:
        if (lang or language()) == "en":
            return ", ".join(str(member.value) for member in self.members)
        from desktop.labels import label

        return "، ".join(label(member, lang) for member in self.members)

    def __str__(self) -> str:
        return self.render("en")


class DomainError(Exception):
    """A rule of the domain said no; nothing was changed."""

    def __init__(self, text: str, /, **fields: Any) -> None:
        self.text = text
        self.fields = fields
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        template = translate(CONTEXT, self.text, lang)
        fields = {key: _field(value, lang) for key, value in self.fields.items()}
        try:
            return template.format(**fields)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**fields)

    def __str__(self) -> str:
        return self.message()


def _field(value: Any, lang: str | None) -> Any:
    if isinstance(value, Term):
        return translate(TERM_CONTEXT, value, lang)
    if isinstance(value, Choices):
        return value.render(lang)
    return value


class NotFound(DomainError):
    """What the action names does not exist (or no longer does)."""


class Invalid(DomainError):
    """The input breaks a rule: a missing field, a date out of order, an unknown value."""


class Conflict(DomainError):
    """The input clashes with what is recorded: a duplicate, a double booking, a stale edit."""


class StaleRecord(Conflict):
    """An edit made on a copy of a record that someone else has changed since it was read.

    Nothing was written. The refusal carries the record as it is stored now, read after the
    refusal inside the same unit of work, so the window can set "theirs" beside "mine" field by
    field without asking the database again (by then it may have changed once more):

    - ``record``: the kind of record (its table, as the change notices name it) and
      ``record_id`` its id;
    - ``stored``: the stored values, field → value as the service reads them (enum members,
      dates; secrets such as a password's hash left out), including the lists an edit of the
      record replaces (a detachment's members, a meeting's attendees…);
    - ``stored_version``: the version now stored, to pass back if the user keeps their edit;
    - ``seen_version``: the version the caller said it had read.
    """

    def __init__(self, text: str, /, *, record: str, record_id: int,
                 stored: dict[str, Any], stored_version: int, seen_version: int | None,
                 **fields: Any) -> None:
        self.record = record
        self.record_id = record_id
        self.stored = stored
        self.stored_version = stored_version
        self.seen_version = seen_version
        super().__init__(text, **fields)

    def differences(self, seen: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
        """The fields whose stored value is not the one in ``seen`` (what the user read), as
        field → (seen, stored): what changed under the edit. Fields ``seen`` does not name are
        left out."""
        return {key: (value, self.stored[key]) for key, value in seen.items()
                if key in self.stored and self.stored[key] != value}


class Forbidden(DomainError):
    """The acting user may not do this, or the record is locked (approved minutes)."""


class DatabaseUnavailable(DomainError):
    """The database named cannot be used: a malformed address, an engine Ghurfa does not
    support, or a server that does not answer. ``misuse`` marks an address that can never
    work (the command line exits 2), as against one that may work later (exit 1)."""

    def __init__(self, text: str, /, *, misuse: bool = False, **fields: Any) -> None:
        self.misuse = misuse
        super().__init__(text, **fields)
