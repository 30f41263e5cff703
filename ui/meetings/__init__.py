"""Meetings and their minutes: the list, the editor, approval and the draft journal."""
