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


class Forbidden(DomainError):
    """The acting user may not do this, or the record is locked (approved minutes)."""


class DatabaseUnavailable(DomainError):
    """The database named cannot be used: a malformed address, an engine Ghurfa does not
    support, or a server that does not answer. ``misuse`` marks an address that can never
    work (the command line exits 2), as against one that may work later (exit 1)."""

    def __init__(self, text: str, /, *, misuse: bool = False, **fields: Any) -> None:
        self.misuse = misuse
        super().__init__(text, **fields)
