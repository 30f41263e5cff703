"""Labels of the closed lists: one per list and member, even where two lists share a value."""

from __future__ import annotations

from collections import Counter

from desktop import labels
from desktop.models import enums as e


def test_two_lists_with_one_value_keep_their_own_labels():
    """StrEnum members equal their values: keyed by member alone, «checkpoint» the post and
    «checkpoint» the duty were one key, and the post read «واجب سيطرة»."""
    assert labels.label(e.PostKind.CHECKPOINT, "ar") == "نقطة تفتيش"
    assert labels.label(e.AssignmentRole.CHECKPOINT, "ar") == "واجب سيطرة"
    assert labels.source(e.PostKind.RAPID_RESPONSE) == "Rapid-response standby"
    assert labels.source(e.AssignmentRole.RAPID_RESPONSE) != "Rapid-response standby"


def test_no_member_is_labelled_twice():
    pairs = Counter((type(member), member) for member, _ in labels._LABELS)
    assert [key for key, count in pairs.items() if count > 1] == []
