"""``ghurfa watch``: the room's change notices printed as they arrive, on both engines; a
count, a time limit, Ctrl+C and a closed pipe end it quietly; bad limits are misuse."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest

from desktop import i18n
from desktop.cli import main
from desktop.cli.watch import as_json, in_words
from desktop.labels import table_label
from desktop.models import Person
from desktop.services.actor import SYSTEM
from desktop.services.people import PersonInput, create_person
from desktop.storage import changes
from desktop.storage.database import Database


def _address(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _watch(db: Database, *options: str) -> subprocess.Popen:
    """``ghurfa watch`` started, and waited for until it says it listens."""
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", _address(db), "watch", *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    said = process.stderr.readline()  # the command's first word: it listens from now on
    assert said.strip(), process.communicate(timeout=30)
    return process


def _person(db: Database, name: str) -> int:
    with db.session() as s:
        return create_person(s, SYSTEM, PersonInput(name)).id


def test_watch_json_prints_the_change_made_elsewhere(db):
    process = _watch(db, "--lang", "en", "--json", "--count", "1")
    person_id = _person(db, "سعد علي حربيه")
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    (line,) = out.splitlines()
    told = json.loads(line)
    assert told["kinds"] == {"people": [person_id]}
    assert told["versions"] == {"people": {str(person_id): 1}}
    assert told["user"] == "system" and told["workstation"] == db.workstation
    assert told["everything"] is False and told["deleted"] == {}
    assert abs(datetime.fromisoformat(told["at"]) - datetime.now(UTC)).total_seconds() < 60
    assert "Traceback" not in err


def test_watch_speaks_the_users_language(db):
    process = _watch(db, "--count", "2")  # Arabic, as every command by default
    first = _person(db, "سعد علي")
    with db.session() as s:
        s.delete(s.get(Person, first))
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    made, gone = out.splitlines()
    people = table_label("people", "ar")  # the kinds are named as ghurfa check names tables
    assert f"{people}: {first}" in made and "system" in made and db.workstation in made
    deleted = i18n.translate("cli", "{kind} deleted: {ids}", "ar")
    assert deleted.format(kind=people, ids=first) in gone


def test_watch_stops_after_its_seconds_with_nothing_to_say(sqlite_db):
    started = time.monotonic()
    process = _watch(sqlite_db, "--seconds", "0.5")
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0 and out == "", err
    assert time.monotonic() - started < 30


def test_ctrl_c_ends_the_watch_quietly(sqlite_db):
    process = _watch(sqlite_db, "--lang", "en")
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "Traceback" not in err and "Interrupted" not in err and out == ""


def test_a_reader_that_goes_away_ends_the_watch_quietly(sqlite_db):
    """``ghurfa watch | head -1``."""
    process = _watch(sqlite_db, "--lang", "en")
    _person(sqlite_db, "الأول")
    assert process.stdout.readline()
    process.stdout.close()
    _person(sqlite_db, "الثاني")  # the next line meets the closed pipe
    _person(sqlite_db, "الثالث")
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    assert "Traceback" not in err and "BrokenPipe" not in err


@pytest.mark.parametrize("limit", [["--count", "0"], ["--count", "x"], ["--count", "-3"],
                                   ["--seconds", "0"], ["--seconds", "-1"],
                                   ["--seconds", "nan"], ["--seconds", "inf"],
                                   ["--seconds", "soon"]])
def test_a_limit_that_is_no_limit_is_misuse(tmp_path, capsys, limit):
    url = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    assert main(["--lang", "en", "--db", url, "watch", *limit]) == 2
    err = capsys.readouterr().err
    assert "Misuse" in err and limit[1] in err
    assert not (tmp_path / "w.sqlite3").exists()  # refused before the database is opened


def test_a_database_in_memory_cannot_be_watched(capsys):
    assert main(["--lang", "en", "--db", "sqlite://", "watch", "--seconds", "1"]) == 2
    assert "in memory" in capsys.readouterr().err


def test_watch_is_listed_in_the_help(capsys):
    assert main(["--lang", "en", "--help"]) == 0
    assert "watch" in capsys.readouterr().out


# The two forms of a line, without a database.

def _notice(**fields) -> changes.ChangeNotice:
    made = changes.notice(
        {"people": range(1, 61), "sector_areas": [(2, 3)], "centres": None,
         "meetings": [4, 5]},
        workstation="محطة 1", user="clerk", at=datetime(2026, 12, 5, 9, 30, tzinfo=UTC),
        versions={"people": {1: 2}}, deleted={"meetings": [5]})
    return changes.ChangeNotice(**{**{f: getattr(made, f) for f in made.__slots__}, **fields})


def test_a_line_in_words_names_each_kind_and_counts_what_it_does_not_show():
    i18n.set_language("en")
    line = in_words(_notice())
    assert line.startswith(datetime(2026, 12, 5, 9, 30, tzinfo=UTC).astimezone().strftime(
        "%Y-%m-%d %H:%M:%S"))
    assert "محطة 1  clerk  " in line
    assert "People: 1, 2, 3" in line and "50 and 10 more" in line and "51" not in line
    assert "Centres: all" in line and "Sector areas: 2-3" in line
    assert "Meetings: 4" in line and "Meetings deleted: 5" in line
    unknown = in_words(_notice(user=None, workstation="", kinds={"a_new_table": None}))
    assert "(user unknown)" in unknown and "(workstation unknown)" in unknown
    assert "a_new_table: all" in unknown
    everything = in_words(changes.refresh_everything(changes.RECONNECTED))
    assert "the connection came back" in everything


def test_a_json_line_keeps_pairs_as_lists_and_all_as_null():
    told = json.loads(as_json(_notice()))
    assert told["kinds"]["sector_areas"] == [[2, 3]] and told["kinds"]["centres"] is None
    assert told["kinds"]["people"] == list(range(1, 61))
    assert told["versions"] == {"people": {"1": 2}} and told["deleted"] == {"meetings": [5]}
    assert told["workstation"] == "محطة 1"  # readable, not escaped
    everything = json.loads(as_json(changes.refresh_everything(changes.MISSED)))
    assert everything["everything"] is True and everything["reason"] == "missed"
