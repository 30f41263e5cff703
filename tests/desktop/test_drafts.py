"""The draft journal gives back exactly what was typed, and only for its own database."""

from __future__ import annotations

from desktop import drafts


def test_a_saved_draft_is_offered_back_until_discarded():
    state = {"subject": "اجتماع مشترك", "discussion": "ن" * 50_000, "attendees": [3, 1, 2]}
    drafts.save("meeting-7", "meeting", "اجتماع مشترك", "SQLite: /a", state)
    found = drafts.pending("SQLite: /a")
    assert [d.key for d in found] == ["meeting-7"]
    assert found[0].state == state
    assert drafts.pending("SQLite: /b") == []
    drafts.discard("meeting-7")
    assert drafts.pending() == []


def test_a_damaged_journal_file_is_skipped_not_lost():
    drafts.save("meeting-1", "meeting", "أ", "db", {"x": 1})
    broken = drafts.folder() / "meeting-2.draft.json"
    broken.write_text("{ half a file", encoding="utf-8")
    assert [d.key for d in drafts.pending()] == ["meeting-1"]
    assert broken.exists()


def test_keys_cannot_escape_the_drafts_folder():
    path = drafts.save("../../etc/passwd", "meeting", "x", "db", {})
    assert path.parent == drafts.folder()
