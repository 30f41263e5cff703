"""Migrations 0004 and 0005: unique service numbers without a force, a detachment once per
shift, service numbers stored as compared, tracked document numbers, and the letterhead each
number keeps; and every migration ends where the models are."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select

from desktop.models import Person
from desktop.services.errors import DatabaseUnavailable
from desktop.storage.migrations import (
    current_revision,
    downgrade,
    head_revision,
    schema_drift,
    upgrade,
)


def test_the_migrated_schema_is_the_models_schema(db):
    """Indexes, nullability and types as the models declare them, on both engines."""
    assert schema_drift(db) == []


def _people(db, *numbers):
    """People as an older schema holds them: written without the model, whose columns a
    later revision adds."""
    from sqlalchemy import text

    with db.engine.begin() as connection:
        for i, number in enumerate(numbers):
            connection.execute(text(
                "INSERT INTO people (full_name_ar, service_number, search_key, staff_qualified, "
                "active, created_at, updated_at, version) VALUES (:name, :number, '', false, "
                "true, '2010-01-01', '2010-01-01', 1)"), {"name": f"شخص {i}", "number": number})


def test_0004_refuses_duplicates_and_changes_nothing(db):
    try:
        downgrade(db, "0003")
        _people(db, "١٠٠١", "10-01")  # one number, typed two ways, by people of no force
        with pytest.raises(DatabaseUnavailable) as caught:
            upgrade(db)
        message = caught.value.message("ar")
        assert "رقم إحصائي" in message and "١٠٠١" in message and "10-01" in message
        assert current_revision(db) == "0003"
        with db.reader() as s:
            assert sorted(s.scalars(select(Person.service_number))) == ["10-01", "١٠٠١"]
        indexes = {i["name"] for i in inspect(db.engine).get_indexes("people")}
        assert "uq_people_service_number_without_force" not in indexes
    finally:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM people")
        upgrade(db)
    assert current_revision(db) == head_revision(db)


def test_0004_stores_old_service_numbers_as_they_are_compared(db):
    try:
        downgrade(db, "0003")
        _people(db, "٢٠ ٠٢", "A-7", None)
        upgrade(db)
        with db.reader() as s:
            numbers = set(s.scalars(select(Person.service_number)))
        assert numbers == {"2002", "A7", None}
    finally:
        upgrade(db)


def test_0004_goes_down_and_up_again(db):
    downgrade(db, "0003")
    assert "version" not in {c["name"] for c in inspect(db.engine).get_columns("document_numbers")}
    upgrade(db)
    assert "version" in {c["name"] for c in inspect(db.engine).get_columns("document_numbers")}
    assert schema_drift(db) == []


def test_0005_gives_numbers_given_before_the_letterhead_of_their_office(db):
    import json

    from sqlalchemy import text

    from desktop.models import DocumentNumber, IssuingOffice

    with db.session() as s:
        office = IssuingOffice(code="ق ش م/ع", name="غرفة العمليات", header_lines="أ\nب")
        s.add(office)
        s.flush()
        office_id = office.id
    try:
        downgrade(db, "0004")
        with db.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO document_numbers (office_id, year, sequence, kind, status, "
                "issued_at, created_at, updated_at, version) VALUES (:office, 2010, 1, "
                "'minutes', 'issued', '2010-01-01', '2010-01-01', '2010-01-01', 1)"),
                {"office": office_id})
        upgrade(db)
        with db.reader() as s:
            number = s.scalars(select(DocumentNumber)).one()
            assert json.loads(number.letterhead)["header_lines"] == "أ\nب"
    finally:
        upgrade(db)


def _raw(db, sql: str, **values) -> None:
    from sqlalchemy import text

    with db.engine.begin() as connection:
        connection.execute(text(sql), values)


_CENTRE = ("INSERT INTO centres (code, kind, name, stations, voters, risk, status, "
           "created_at, updated_at, version) VALUES (:code, 'polling', 'مدرسة', 1, 1, 'low', "
           "'planned', '2010-01-01', '2010-01-01', 1)")


def test_0006_brings_codes_saved_before_to_their_one_form(db):
    from sqlalchemy import text

    try:
        downgrade(db, "0005")
        _raw(db, _CENTRE, code="ms-١٠١")
        _raw(db, "INSERT INTO users (username, display_name, role, active, created_at, "
                 "updated_at, version) VALUES ('Admin', 'م', 'admin', true, '2010-01-01', "
                 "'2010-01-01', 1)")
        upgrade(db)
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT code FROM centres")).scalar_one() == "MS-101"
            assert connection.execute(text("SELECT username FROM users")).scalar_one() == "admin"
    finally:
        _raw(db, "DELETE FROM centres")
        _raw(db, "DELETE FROM users")
        upgrade(db)


def test_0006_keeps_as_saved_two_codes_that_would_become_one(db):
    from sqlalchemy import text

    try:
        downgrade(db, "0005")
        _raw(db, _CENTRE, code="MS-101")
        _raw(db, _CENTRE, code="ms-١٠١")
        _raw(db, _CENTRE, code="ms-202")
        upgrade(db)
        assert current_revision(db) == head_revision(db)
        with db.engine.connect() as connection:
            codes = set(connection.execute(text("SELECT code FROM centres")).scalars())
        assert codes == {"MS-101", "ms-١٠١", "MS-202"}
    finally:
        _raw(db, "DELETE FROM centres")
        upgrade(db)


def test_numbered_minutes_go_down_to_0003_and_up_again(db):
    """Rebuilding document_numbers on SQLite must not trip over the meetings that name them."""
    from sqlalchemy import func, text

    from desktop.demo import load_demo
    from desktop.models import Meeting

    load_demo(db)
    with db.engine.begin() as connection:
        office = connection.execute(text("SELECT id FROM issuing_offices LIMIT 1")).scalar_one()
        connection.execute(text(
            "INSERT INTO document_numbers (office_id, year, sequence, kind, status, issued_at, "
            "created_at, updated_at, version) VALUES (:office, 2008, 99, 'minutes', 'issued', "
            "'2008-07-14', '2008-07-14', '2008-07-14', 1)"), {"office": office})
        number = connection.execute(text("SELECT max(id) FROM document_numbers")).scalar_one()
        connection.execute(text("UPDATE meetings SET document_number_id = :n"), {"n": number})
    downgrade(db, "0003")
    upgrade(db)
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.document_number_id == number)) == 2
    assert current_revision(db) == head_revision(db)
