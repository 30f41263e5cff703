"""The chair and the capacities of the attendance list agree: one rule, asked by the editor."""

from __future__ import annotations

from desktop.models.enums import AttendanceCapacity, Presence
from desktop.services.meetings import AttendeeInput, chair_after, chaired_by

CHAIR, MEMBER = AttendanceCapacity.CHAIR, AttendanceCapacity.MEMBER
OBSERVER, REPRESENTATIVE = AttendanceCapacity.OBSERVER, AttendanceCapacity.REPRESENTATIVE


def _list() -> list[AttendeeInput]:
    return [AttendeeInput(1, CHAIR), AttendeeInput(2, MEMBER),
            AttendeeInput(3, REPRESENTATIVE, represents_id=9, presence=Presence.EXCUSED),
            AttendeeInput(4, OBSERVER)]


def test_the_chair_attends_as_chair_and_the_former_chair_as_a_member():
    seated = chaired_by(_list(), 2)
    assert [a.capacity for a in seated] == [MEMBER, CHAIR, REPRESENTATIVE, OBSERVER]
    assert (seated[2].represents_id, seated[2].presence) == (9, Presence.EXCUSED)


def test_an_observer_made_chair_chairs_and_nobody_else_changes():
    assert [a.capacity for a in chaired_by(_list(), 4)] == [MEMBER, MEMBER, REPRESENTATIVE,
                                                             CHAIR]


def test_no_chair_leaves_nobody_marked_chair():
    assert [a.capacity for a in chaired_by(_list(), None)] == [MEMBER, MEMBER, REPRESENTATIVE,
                                                                OBSERVER]


def test_a_chair_who_is_not_listed_changes_only_the_former_chair():
    assert [a.capacity for a in chaired_by(_list(), 99)] == [MEMBER, MEMBER, REPRESENTATIVE,
                                                              OBSERVER]


def test_the_list_given_is_not_changed():
    attendees = _list()
    chaired_by(attendees, 2)
    assert attendees == _list()


def test_a_capacity_marked_in_the_list_names_the_chair_or_leaves_none():
    assert chair_after(1, 2, CHAIR) == 2  # marked chair: the chair
    assert chair_after(None, 2, CHAIR) == 2
    assert chair_after(1, 1, MEMBER) is None  # the chair marked a member: no chair named
    assert chair_after(1, 1, OBSERVER) is None
    assert chair_after(1, 2, OBSERVER) == 1  # someone else's capacity: the chair stays
    assert chair_after(None, 2, MEMBER) is None
