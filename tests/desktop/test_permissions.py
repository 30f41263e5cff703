"""One table says who may take each step of the minutes; the interface only asks it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models import MeetingStatus, UserRole
from desktop.services.actor import Actor
from desktop.services.permissions import meeting_steps

ROOT = Path(__file__).resolve().parents[2]


def _actor(role: UserRole) -> Actor:
    return Actor(1, role.value, role)


def test_a_clerk_records_and_submits_but_never_approves():
    steps = meeting_steps(_actor(UserRole.CLERK), MeetingStatus.AWAITING_APPROVAL)
    assert not steps["approve"] and not steps["return"] and steps["open"]
    draft = meeting_steps(_actor(UserRole.CLERK), MeetingStatus.DRAFT)
    assert draft["submit"] and draft["delete"] and draft["new"]


def test_the_commander_approves_and_returns_what_awaits_approval_only():
    commander = _actor(UserRole.COMMANDER)
    assert meeting_steps(commander, MeetingStatus.AWAITING_APPROVAL)["approve"]
    assert meeting_steps(commander, MeetingStatus.AWAITING_APPROVAL)["return"]
    assert not meeting_steps(commander, MeetingStatus.DRAFT)["approve"]
    assert meeting_steps(commander, MeetingStatus.APPROVED)["amend"]


@pytest.mark.parametrize("status", [None, *MeetingStatus])
def test_a_viewer_changes_nothing_and_nobody_signed_in_does_nothing(status):
    changing = ("new", "recurring", "submit", "approve", "return", "amend", "delete")
    viewer = meeting_steps(_actor(UserRole.VIEWER), status)
    assert not any(viewer[step] for step in changing)
    assert not any(meeting_steps(None, status).values())


def test_no_role_list_is_written_in_the_interface():
    """The role tuples once lived in four places; the interface now asks the core."""
    for file in (ROOT / "ui").rglob("*.py"):
        text = file.read_text(encoding="utf-8")
        assert "UserRole.CLERK" not in text and "UserRole.COMMANDER" not in text, file
