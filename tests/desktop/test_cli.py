"""The command line: exit codes, languages, and the core's sub-commands."""

from __future__ import annotations

import subprocess
import sys

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
    assert main(["--lang", "en", "--db", url, "check"]) == 0
    out = capsys.readouterr().out
    assert "No problems found." in out and "people: 0" in out


def test_check_finds_broken_references(tmp_path, capsys):
    import sqlite3

    file = tmp_path / "b.sqlite3"
    assert main(["--db", f"sqlite:///{file}", "check"]) == 0
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
    done = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "--db", url, "check"],
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
