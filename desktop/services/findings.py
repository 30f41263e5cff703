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
