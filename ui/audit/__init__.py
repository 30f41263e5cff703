"""The audit view: who changed what, when; and "who changed this" from a record."""
