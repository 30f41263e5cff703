"""Domain errors: a message the user can act on, in Arabic or English.

The message is an English source text with ``{named}`` fields; it is translated through the
program's one catalogue (context ``DomainError``) when shown, so the same error reads right in
the command line and in the window whatever language was current when it was raised.
"""

from __future__ import annotations

from typing import Any

from desktop.i18n import translate

CONTEXT = "DomainError"
TERM_CONTEXT = "Term"


class Term(str):
    """A domain word inside a message (a field name, a kind of record): translated with it."""


class DomainError(Exception):
    """A rule of the domain said no; nothing was changed."""

    def __init__(self, text: str, /, **fields: Any) -> None:
        self.text = text
        self.fields = fields
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        template = translate(CONTEXT, self.text, lang)
        fields = {
            key: translate(TERM_CONTEXT, value, lang) if isinstance(value, Term) else value
            for key, value in self.fields.items()
        }
        try:
            return template.format(**fields)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**fields)

    def __str__(self) -> str:
        return self.message()


class NotFound(DomainError):
    """What the action names does not exist (or no longer does)."""


class Invalid(DomainError):
    """The input breaks a rule: a missing field, a date out of order, an unknown value."""


class Conflict(DomainError):
    """The input clashes with what is recorded: a duplicate, a double booking, a stale edit."""


class Forbidden(DomainError):
    """The acting user may not do this, or the record is locked (approved minutes)."""
