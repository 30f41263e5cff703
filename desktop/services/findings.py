"""What a rule says about an assignment before it is saved: a finding, an error or a warning.

The assignment board asks ``check_assignment`` while the user drags someone onto a centre, and
shows every finding at once; ``assign`` asks the same question and refuses on the first error.
So the rules are written once, and a finding is a refusal that has not been raised: its
message is a source text of the catalogue with named fields, exactly as a ``DomainError``
carries one, shown in the user's language when asked.

A finding is made from the error it would raise (``error(Conflict("…", …), Rule.OVERLAP)``):
the translations scanner finds its text where it finds every refusal's, and raising it later
gives the refusal the service has always given (``Conflict`` for a clash with what is recorded,
``Invalid`` for what may not be put on duty at all, ``Forbidden`` for a frozen roster).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import Any, Literal

from desktop.services.errors import Choices, DomainError

ERROR: Literal["error"] = "error"  # the assignment is refused
WARNING: Literal["warning"] = "warning"  # it may be saved; the board says why it is doubtful

Severity = Literal["error", "warning"]


class Rule(StrEnum):
    """Which rule a finding is about, for a caller that sorts or filters them (the proposal
    skips whatever breaks a hard rule; the board marks each kind its own way)."""

    PUBLISHED = "published"  # the shift's roster is published: a change is an amendment
    PINNED = "pinned"  # the assignment is pinned where it is
    COMMANDER = "commander"  # a centre's one commander: a named person, at a centre
    OVERLAP = "overlap"  # in two places at once
    REST = "rest"  # too little rest between two shifts
    UNAVAILABLE = "unavailable"  # on leave, sick, or on another duty
    INACTIVE = "inactive"  # no longer in the force
    OUT_OF_SERVICE = "out_of_service"  # a vehicle in maintenance or out of service
    OUTSIDE_ORGANISATION = "outside_organisation"  # not of the sector's responsible unit


@dataclass(frozen=True)
class Finding:
    """One rule's word on an assignment. ``text`` is the message's source text (its key in
    the catalogue) and ``params`` its fields; ``subject`` names the record it is about as
    (kind of record, id): ("people", 7), ("vehicles", 3), ("detachments", 2), ("shifts", 5)."""

    severity: Severity
    rule: Rule
    text: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    subject: tuple[str, int] | None = None
    refusal: type[DomainError] = DomainError

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def as_error(self) -> DomainError:
        """The refusal this finding stands for, raised by a service that saves nothing."""
        return self.refusal(self.text, **self.params)

    def message(self, lang: str | None = None) -> str:
        return self.as_error().message(lang)


def error(refusal: DomainError, rule: Rule, subject: tuple[str, int] | None = None) -> Finding:
    return Finding(ERROR, rule, refusal.text, MappingProxyType(dict(refusal.fields)), subject,
                   type(refusal))


def warning(notice: DomainError, rule: Rule, subject: tuple[str, int] | None = None) -> Finding:
    """A finding that does not refuse: ``notice`` is written as a ``DomainError`` only so that
    its text is found and translated like every other message of the core."""
    return Finding(WARNING, rule, notice.text, MappingProxyType(dict(notice.fields)), subject,
                   type(notice))


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]


def refuse(findings: Iterable[Finding]) -> None:
    """Raise the first error among ``findings``; warnings never refuse."""
    for finding in findings:
        if finding.is_error:
            raise finding.as_error()


class Label(Choices):
    """One member of a closed list inside a message, named by its label in the language
    shown («إجازة», «Leave»), where ``Choices`` would list them all."""

    def __init__(self, member: Enum) -> None:
        self.members = [member]

    def render(self, lang: str | None = None) -> str:
        from desktop.labels import label

        return label(self.members[0], lang)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Label) and other.members == self.members

    def __hash__(self) -> int:
        return hash(self.members[0])


class Hours(Choices):
    """A length of time in hours inside a message, with its unit as each language counts it:
    «4 hours», «1 hour», «5:30 hours»; «4 ساعات»، «ساعة واحدة»، «ساعتان»، «11 ساعة»
    (Arabic counts 3 to 10 with the plural, 11 and more, and fractions, with the singular)."""

    def __init__(self, length: timedelta) -> None:
        self.members = []
        self.minutes = max(0, int(length.total_seconds() // 60))

    def render(self, lang: str | None = None) -> str:
        from desktop.i18n import language

        whole, rest = divmod(self.minutes, 60)
        number = f"{whole}:{rest:02d}" if rest else str(whole)
        if (lang or language()) == "en":
            return f"{number} hour" if number == "1" else f"{number} hours"
        if rest:
            return f"{number} ساعة"
        if whole == 1:
            return "ساعة واحدة"
        if whole == 2:
            return "ساعتان"
        return f"{whole} ساعات" if 3 <= whole <= 10 else f"{whole} ساعة"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Hours) and other.minutes == self.minutes

    def __hash__(self) -> int:
        return hash(self.minutes)
