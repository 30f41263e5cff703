"""approved means fixed: PostgreSQL refuses rewriting approved minutes, issued numbers and a
published roster's record, whoever writes

The program refuses these changes itself (``desktop.services.fixed``, on every flush); on
PostgreSQL, where other tools and workstations reach the same database, triggers refuse them
too:

- ``meetings``: approved minutes are neither deleted nor changed, but for the document number
  they are printed under (given once, or again after the one they had was voided) and the
  bookkeeping columns (``updated_at``, ``version``). Every other column is compared, those
  added later too (the row as JSON less the columns that may change).
- ``agenda_items``, ``attendances``, ``directives``: no row of approved minutes is added,
  changed, moved or deleted; an outcome's status alone changes (its follow-up).
- ``document_numbers``: never deleted; an issued number only voided (its status, when and
  why); a voided number unchanged.
- ``roster_events``: never changed or deleted.
- ``shifts``: a roster's revision never goes down, and a published roster's date and
  signature stay as published until it is withdrawn.

Minutes inserted or approved by a transaction may still be completed by it (an approval seals
them over more than one statement; the demo seals what it inserts): the triggers keep those
meetings' ids in a setting local to the transaction (``ghurfa.opened_meetings``). That setting,
like ``ALTER TABLE … DISABLE TRIGGER``, is open to whoever sets it on purpose: the triggers stop
mistakes and ordinary writes, not the database's owner. A refusal is SQLSTATE 23001
(restrict_violation) with a message beginning ``ghurfa:``, which the program reads as a domain
error. SQLite has no second writer outside the program; it relies on the program's check.

Written out here as they stand at this revision, not imported from the program.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 07:00:00
"""

from __future__ import annotations

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_SETTING = "ghurfa.opened_meetings"

_FUNCTIONS = [
    f"""
CREATE OR REPLACE FUNCTION ghurfa_opened_meeting(meeting integer) RETURNS boolean AS $$
    SELECT position(',' || meeting || ','
                    IN coalesce(current_setting('{_SETTING}', true), '')) > 0
$$ LANGUAGE sql STABLE
""",
    f"""
CREATE OR REPLACE FUNCTION ghurfa_open_meeting(meeting integer) RETURNS void AS $$
BEGIN
    PERFORM set_config('{_SETTING}', coalesce(nullif(current_setting('{_SETTING}', true), ''),
                       ',') || meeting || ',', true);
END;
$$ LANGUAGE plpgsql
""",
    """
CREATE OR REPLACE FUNCTION ghurfa_meeting_fixed(meeting integer) RETURNS boolean AS $$
BEGIN
    -- approved first (a look-up by key), the transaction's own list only for those
    IF meeting IS NULL OR NOT EXISTS (SELECT 1 FROM meetings
                                      WHERE id = meeting AND status = 'approved') THEN
        RETURN false;
    END IF;
    RETURN NOT ghurfa_opened_meeting(meeting);
END;
$$ LANGUAGE plpgsql STABLE
""",
    """
CREATE OR REPLACE FUNCTION ghurfa_meetings_fixed() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM ghurfa_open_meeting(NEW.id);
        RETURN NEW;
    END IF;
    IF OLD.status <> 'approved' OR ghurfa_opened_meeting(OLD.id) THEN
        IF TG_OP = 'UPDATE' AND NEW.status = 'approved' AND OLD.status <> 'approved' THEN
            PERFORM ghurfa_open_meeting(NEW.id);
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'ghurfa: approved minutes are kept: DELETE refused on meetings %',
            OLD.id USING ERRCODE = 'restrict_violation';
    END IF;
    IF (to_jsonb(NEW) - 'document_number_id' - 'updated_at' - 'version')
            IS DISTINCT FROM (to_jsonb(OLD) - 'document_number_id' - 'updated_at' - 'version')
    THEN
        RAISE EXCEPTION 'ghurfa: approved minutes are fixed: UPDATE refused on meetings %',
            OLD.id USING ERRCODE = 'restrict_violation';
    END IF;
    IF NEW.document_number_id IS DISTINCT FROM OLD.document_number_id
            AND OLD.document_number_id IS NOT NULL
            AND EXISTS (SELECT 1 FROM document_numbers
                        WHERE id = OLD.document_number_id AND status = 'issued') THEN
        RAISE EXCEPTION 'ghurfa: approved minutes % keep their issued number', OLD.id
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql
""",
    """
CREATE OR REPLACE FUNCTION ghurfa_minutes_rows_fixed() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND ghurfa_meeting_fixed(OLD.meeting_id) THEN
        IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'directives'
                AND (to_jsonb(NEW) - 'status' - 'updated_at' - 'version')
                    = (to_jsonb(OLD) - 'status' - 'updated_at' - 'version') THEN
            RETURN NEW;  -- a follow-up: the outcome's status, not the minutes' words
        END IF;
        RAISE EXCEPTION 'ghurfa: approved minutes are fixed: % refused on %', TG_OP,
            TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND ghurfa_meeting_fixed(NEW.meeting_id) THEN
        RAISE EXCEPTION 'ghurfa: approved minutes are fixed: % refused on %', TG_OP,
            TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql
""",
    """
CREATE OR REPLACE FUNCTION ghurfa_numbers_fixed() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'ghurfa: issued document numbers are kept: DELETE refused on '
            'document_numbers %', OLD.id USING ERRCODE = 'restrict_violation';
    END IF;
    IF (OLD.status = 'voided' AND (to_jsonb(NEW) - 'updated_at' - 'version')
            IS DISTINCT FROM (to_jsonb(OLD) - 'updated_at' - 'version'))
        OR (to_jsonb(NEW) - 'status' - 'voided_at' - 'void_reason' - 'updated_at' - 'version')
            IS DISTINCT FROM (to_jsonb(OLD) - 'status' - 'voided_at' - 'void_reason'
                              - 'updated_at' - 'version')
        OR (NEW.status <> OLD.status AND NEW.status <> 'voided') THEN
        RAISE EXCEPTION 'ghurfa: an issued document number is only voided: UPDATE refused '
            'on document_numbers %', OLD.id USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql
""",
    """
CREATE OR REPLACE FUNCTION ghurfa_roster_events_fixed() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ghurfa: a roster''s history is kept as written: % refused on '
        'roster_events', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql
""",
    """
CREATE OR REPLACE FUNCTION ghurfa_shifts_fixed() RETURNS trigger AS $$
BEGIN
    IF NEW.roster_revision < OLD.roster_revision
        OR (OLD.roster_status = 'published' AND NEW.roster_status = 'published'
            AND (NEW.published_at IS DISTINCT FROM OLD.published_at
                 OR NEW.published_by IS DISTINCT FROM OLD.published_by)) THEN
        RAISE EXCEPTION 'ghurfa: a published roster''s revision is not rewritten: UPDATE '
            'refused on shifts %', OLD.id USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql
""",
]

# (trigger, table, events, function)
_TRIGGERS = [
    ("meetings_fixed", "meetings", "INSERT OR UPDATE OR DELETE", "ghurfa_meetings_fixed"),
    ("agenda_items_fixed", "agenda_items", "INSERT OR UPDATE OR DELETE",
     "ghurfa_minutes_rows_fixed"),
    ("attendances_fixed", "attendances", "INSERT OR UPDATE OR DELETE",
     "ghurfa_minutes_rows_fixed"),
    ("directives_fixed", "directives", "INSERT OR UPDATE OR DELETE",
     "ghurfa_minutes_rows_fixed"),
    ("document_numbers_fixed", "document_numbers", "UPDATE OR DELETE", "ghurfa_numbers_fixed"),
    ("roster_events_fixed", "roster_events", "UPDATE OR DELETE", "ghurfa_roster_events_fixed"),
    ("shifts_fixed", "shifts", "UPDATE", "ghurfa_shifts_fixed"),
]
_DROPPED_FUNCTIONS = [
    "ghurfa_shifts_fixed()", "ghurfa_roster_events_fixed()", "ghurfa_numbers_fixed()",
    "ghurfa_minutes_rows_fixed()", "ghurfa_meetings_fixed()", "ghurfa_meeting_fixed(integer)",
    "ghurfa_open_meeting(integer)", "ghurfa_opened_meeting(integer)",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for function in _FUNCTIONS:
        op.execute(function)
    for name, table, events, function in _TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} BEFORE {events} ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {function}()")


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for name, table, _events, _function in reversed(_TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for function in _DROPPED_FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
