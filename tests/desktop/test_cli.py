"""The command line: exit codes, languages, and the core's sub-commands."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.cli import main


def test_help_lists_the_core_commands(capsys):
    assert main(["--lang", "en", "--help"]) == 0
    out = capsys.readouterr().out
    assert "demo" in out and "check" in out


def test_help_speaks_arabic_by_default(capsys):
    assert main(["--help"]) == 0
    assert "غرفة العمليات" in capsys.readouterr().out


def test_misuse_exits_2_with_a_message(capsys):
    assert main(["no-such-command"]) == 2
    assert "استعمال خاطئ" in capsys.readouterr().err
    assert main(["--lang", "xx", "check"]) == 2


def test_check_reports_a_fresh_database_as_sound(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert main(["--lang", "en", "--db", url, "check", "--migrate"]) == 0
    out = capsys.readouterr().out
    assert "No problems found." in out and "  People (people): 0" in out
    assert main(["--lang", "en", "--db", url, "check"]) == 0
    assert "No problems found." in capsys.readouterr().out


@pytest.mark.parametrize("lang, meetings, people", [
    ("ar", "  الاجتماعات (meetings): 0", "  المنتسبون (people): 0"),
    ("en", "  Meetings (meetings): 0", "  People (people): 0"),
])
def test_check_names_the_tables_in_the_users_language(tmp_path, capsys, lang, meetings,
                                                       people):
    url = f"sqlite:///{tmp_path / 'named.sqlite3'}"
    assert main(["--lang", lang, "--db", url, "check", "--migrate"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert meetings in lines and people in lines
    assert "  meetings: 0" not in lines


def test_every_table_of_the_program_has_its_name_in_both_languages():
    import re

    from desktop.labels import table_label
    from desktop.models import Base

    for table in Base.metadata.sorted_tables:
        english, arabic = table_label(table.name, "en"), table_label(table.name, "ar")
        assert english and english[0].isupper(), table.name
        assert arabic and re.search("[\u0600-\u06FF]", arabic), table.name
        assert not re.search("[A-Za-z]", arabic), table.name
    assert table_label("notes_by_hand", "ar") is None  # not the program's: no name to give


def test_a_broken_reference_names_both_tables_in_arabic(tmp_path, capsys):
    import sqlite3

    file = tmp_path / "b.sqlite3"
    assert main(["--db", f"sqlite:///{file}", "check", "--migrate"]) == 0
    raw = sqlite3.connect(file)
    raw.execute("INSERT INTO people (full_name_ar, staff_qualified, active, search_key, "
                "organisation_id, created_at, updated_at, version) "
                "VALUES ('س', 0, 1, '', 4242, '2020-01-01', '2020-01-01', 1)")
    raw.commit()
    raw.close()
    capsys.readouterr()
    assert main(["--db", f"sqlite:///{file}", "check"]) == 1
    out = capsys.readouterr().out
    assert "المنتسبون (people)" in out and "التشكيلات (organisations)" in out


def test_check_does_not_create_a_missing_file(tmp_path, capsys):
    file = tmp_path / "none.sqlite3"
    assert main(["--lang", "en", "--db", f"sqlite:///{file}", "check"]) == 1
    assert "There is no database at" in capsys.readouterr().err
    assert not file.exists()


def test_check_reports_pending_migrations_without_applying_them(tmp_path, capsys):
    from desktop.storage.database import Database
    from desktop.storage.migrations import current_revision, head_revision, upgrade

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    db = Database(url)
    upgrade(db, "0003")
    db.dispose()
    assert main(["--lang", "en", "--db", url, "check"]) == 1
    out = capsys.readouterr().out
    assert "not up to date" in out and "0004" in out
    db = Database(url)
    assert current_revision(db) == "0003" != head_revision(db)
    db.dispose()


def test_check_reports_a_schema_that_differs_from_the_program(tmp_path, capsys):
    import sqlite3

    file = tmp_path / "drift.sqlite3"
    assert main(["--db", f"sqlite:///{file}", "check", "--migrate"]) == 0
    raw = sqlite3.connect(file)
    raw.execute("DROP INDEX uq_assignments_shift_detachment")
    raw.execute("CREATE TABLE notes_by_hand (id INTEGER PRIMARY KEY)")
    raw.execute("ALTER TABLE people ADD COLUMN extra TEXT")
    raw.execute("ALTER TABLE ranks DROP COLUMN name_en")
    raw.commit()
    raw.close()
    capsys.readouterr()
    assert main(["--lang", "en", "--db", f"sqlite:///{file}", "check"]) == 1
    out = capsys.readouterr().out
    said = [line.removeprefix("The schema differs from the program: ")
            for line in out.splitlines() if line.startswith("The schema differs")]
    assert sorted(said) == sorted([
        "the index uq_assignments_shift_detachment of the table Assignments (assignments) is "
        "missing",
        "the table notes_by_hand is not the program's",
        "the column extra of the table People (people) is not the program's",
        "the column name_en of the table Ranks (ranks) is missing",
    ])
    assert "Problems found: 4" in out


def test_differences_read_as_sentences_and_unknown_kinds_as_alembic_says_them(monkeypatch):
    from desktop import i18n
    from desktop.cli.check import in_words
    from desktop.storage.migrations import Difference

    monkeypatch.setattr(i18n, "_current", "en")  # the sentences in English, whatever ran before

    changed = Difference("modify_column", {"table": "ranks", "column": "seniority"}, "raw",
                         (("modify_type", "TEXT", "INTEGER"),
                          ("modify_nullable", "True", "False")))
    assert in_words(changed) == (
        "the column seniority of the table Ranks (ranks) differs (its type is TEXT, the "
        "program's is INTEGER; it may be left empty, the program requires a value)")
    assert in_words(Difference("add_fk", {"table": "areas", "constraint": "fk_x"}, "raw")) == (
        "the reference fk_x of the table Administrative areas (areas) is missing")
    assert in_words(Difference("add_computed", {}, "add_computed areas.x")) == (
        "add_computed areas.x")


def _drop_the_kind_rule_on_sqlite(file) -> None:
    """SQLite cannot drop a CHECK: the table is made again without it, as a tool might."""
    import sqlite3

    raw = sqlite3.connect(file)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.executescript("""
        CREATE TABLE elections_new (
            id INTEGER NOT NULL, name VARCHAR(200) NOT NULL, name_en VARCHAR(200),
            kind VARCHAR(32) NOT NULL, polling_date DATE NOT NULL, special_voting_date DATE,
            notes TEXT, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
            version INTEGER NOT NULL,
            CONSTRAINT pk_elections PRIMARY KEY (id),
            CONSTRAINT ck_elections_special_before_polling CHECK (special_voting_date IS NULL
                OR special_voting_date <= polling_date));
        INSERT INTO elections_new SELECT * FROM elections;
        DROP TABLE elections;
        ALTER TABLE elections_new RENAME TO elections;
    """)
    raw.close()


_UNKNOWN_KIND = ("INSERT INTO elections (name, kind, polling_date, created_at, updated_at, "
                 "version) VALUES ('انتخابات', 'galactic', '2025-11-11', '2025-01-01', "
                 "'2025-01-01', 1)")


def _assert_rule_and_rows_reported(url: str, capsys) -> None:
    capsys.readouterr()
    assert main(["--lang", "en", "--db", url, "check"]) == 1
    out = capsys.readouterr().out
    assert ("The schema differs from the program: the check rule ck_elections_election_kind "
            "of the table Elections (elections) is missing") in out
    assert "1 rows of Elections (elections) have a kind that the program does not know" in out
    assert "Problems found: 2" in out


def test_check_finds_a_dropped_check_rule_and_values_the_program_does_not_know(tmp_path,
                                                                                capsys):
    import sqlite3

    file = tmp_path / "rules.sqlite3"
    assert main(["--db", f"sqlite:///{file}", "check", "--migrate"]) == 0
    _drop_the_kind_rule_on_sqlite(file)
    raw = sqlite3.connect(file)
    raw.execute(_UNKNOWN_KIND)
    raw.commit()
    raw.close()
    _assert_rule_and_rows_reported(f"sqlite:///{file}", capsys)


@pytest.mark.pg
def test_check_finds_a_dropped_check_rule_on_postgresql(own_pg, capsys):
    from sqlalchemy import create_engine, text

    assert main(["--db", own_pg, "check", "--migrate"]) == 0
    engine = create_engine(own_pg)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE elections DROP CONSTRAINT "
                                "ck_elections_election_kind"))
        connection.execute(text(_UNKNOWN_KIND))
    engine.dispose()
    _assert_rule_and_rows_reported(own_pg, capsys)


@pytest.mark.pg
def test_check_words_a_changed_column_on_postgresql(own_pg, capsys):
    from sqlalchemy import create_engine, text

    assert main(["--db", own_pg, "check", "--migrate"]) == 0
    engine = create_engine(own_pg)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE ranks ALTER COLUMN name_en TYPE text"))
        connection.execute(text("ALTER TABLE ranks ALTER COLUMN seniority DROP NOT NULL"))
    engine.dispose()
    capsys.readouterr()
    assert main(["--lang", "en", "--db", own_pg, "check"]) == 1
    out = capsys.readouterr().out
    assert ("the column name_en of the table Ranks (ranks) differs (its type is TEXT, the "
            "program's is VARCHAR(100))") in out
    assert ("the column seniority of the table Ranks (ranks) differs (it may be left empty, "
            "the program requires a value)") in out
    assert "modify_" not in out


def test_bad_database_addresses_get_a_message_not_a_traceback(tmp_path, capsys):
    assert main(["--lang", "en", "--db", "not a url", "check"]) == 2
    assert "is not a database address" in capsys.readouterr().err
    assert main(["--db", "mysql://u@h/db", "check"]) == 2
    err = capsys.readouterr().err
    assert "mysql" in err and "Traceback" not in err
    assert main(["--lang", "en", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none",
                 "check"]) == 1
    err = capsys.readouterr().err
    assert "No database server answers at 127.0.0.1:1" in err and "Traceback" not in err


def test_argparse_speaks_the_chosen_language(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "usage:" not in out and "options:" not in out and "show this help" not in out
    assert main(["demo", "--scale", "planet"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice" not in err and "planet" in err


def test_a_seed_that_is_not_a_number_is_said_in_words(capsys):
    assert main(["--lang", "en", "demo", "--seed", "abc"]) == 2
    err = capsys.readouterr().err
    assert "abc is not a whole number" in err and "int" not in err
    assert main(["demo", "--seed", "abc"]) == 2
    assert "int" not in capsys.readouterr().err


def test_check_finds_broken_references(tmp_path, capsys):
    import sqlite3

    file = tmp_path / "b.sqlite3"
    assert main(["--db", f"sqlite:///{file}", "check", "--migrate"]) == 0
    raw = sqlite3.connect(file)  # foreign keys off: damage the file as a crash or tool might
    raw.execute("INSERT INTO people (full_name_ar, staff_qualified, active, search_key, "
                "organisation_id, created_at, updated_at, version) "
                "VALUES ('س', 0, 1, '', 4242, '2020-01-01', '2020-01-01', 1)")
    raw.commit()
    raw.close()
    capsys.readouterr()
    assert main(["--lang", "en", "--db", f"sqlite:///{file}", "check"]) == 1
    assert "Broken reference" in capsys.readouterr().out


def test_python_dash_m_desktop_runs_the_same_command(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    done = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "--db", url, "check",
                           "--migrate"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Schema revision" in done.stdout


def test_only_options_start_the_program_and_anything_else_parses_fully():
    from desktop.cli import _starts_program

    assert _starts_program([])
    assert _starts_program(["--db", "sqlite:///x.db", "--demo", "--lang", "en"])
    assert not _starts_program(["report", "list"])
    assert not _starts_program(["--lang", "en", "check"])
    assert not _starts_program(["--help"])


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    """``ghurfa check | head -1``: no traceback when the pipe closes under the output."""
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    assert main(["--db", url, "check", "--migrate"]) == 0
    process = subprocess.Popen([sys.executable, "-m", "desktop", "--db", url, "check"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()
    _, err = process.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err
