"""``ghurfa assign fill`` and ``ghurfa coverage``: the JSON the brief fixes, the words in the
user's language, nothing saved without ``--apply``, bad input refused in words."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models import Assignment, Shift
from desktop.storage.database import Database
from tests.desktop.fill_world import fill_world

FILL_KEYS = ["uncovered_before", "uncovered_after", "proposed", "hard_violations",
             "hours_spread"]
COVERAGE_KEYS = ["shift", "label", "date", "full", "partial", "none"]


@pytest.fixture
def cli(sqlite_db: Database, capsys):
    with sqlite_db.session() as s:
        world = fill_world(s)
    url = sqlite_db.url.render_as_string(hide_password=False)

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.world, run.db = world, sqlite_db
    return run


def _assignments(db: Database, shift: int) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(Assignment)
                        .where(Assignment.shift_id == shift))


def test_fill_prints_exactly_the_summary_and_saves_nothing(cli):
    w = cli.world
    code, out, err = cli("assign", "fill", "--election", str(w["election"]),
                         "--shift", str(w["day"]), "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert list(summary) == FILL_KEYS
    assert summary["uncovered_before"] == 4 and summary["uncovered_after"] == 0
    assert summary["proposed"] > 10 and summary["hard_violations"] == 0
    assert isinstance(summary["hours_spread"], float)
    assert _assignments(cli.db, w["day"]) == 0


def test_fill_apply_saves_and_measures_again(cli):
    w = cli.world
    code, out, err = cli("assign", "fill", "--election", "انتخابات مجالس المحافظات",
                         "--shift", str(w["day"]), "--apply", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["uncovered_after"] == 0
    assert _assignments(cli.db, w["day"]) == summary["proposed"]
    code, out, _ = cli("assign", "fill", "--election", str(w["election"]),
                       "--shift", str(w["day"]), "--json")
    assert json.loads(out)["uncovered_before"] == 0 and json.loads(out)["proposed"] == 0


def test_fill_speaks_arabic_by_default_and_english_when_asked(cli):
    w = cli.world
    args = ("assign", "fill", "--election", str(w["election"]), "--shift", str(w["day"]))
    code, arabic, _ = cli(*args)
    assert code == 0
    code, english, _ = cli("--lang", "en", *args)
    assert code == 0 and "Nothing was saved; --apply saves the proposal." in english
    assert "centres not fully covered: 4 of 4;" in english
    assert arabic.count("\n") == english.count("\n")


def test_a_shift_of_another_election_or_none_is_refused_in_words(cli):
    w = cli.world
    code, out, err = cli("--lang", "en", "assign", "fill", "--election", str(w["election"]),
                         "--shift", "4242", "--json")
    assert code == 1 and out == "" and "has no shift 4242" in err
    assert "Traceback" not in err
    code, _, err = cli("assign", "fill", "--election", "لا توجد", "--shift", str(w["day"]))
    assert code == 1 and err.strip()
    code, _, err = cli("assign", "fill", "--shift", str(w["day"]))
    assert code == 2  # --election is required


def test_coverage_lists_every_shift_in_the_order_of_its_hours(cli):
    w = cli.world
    cli("assign", "fill", "--election", str(w["election"]), "--shift", str(w["day"]),
        "--apply")
    code, out, err = cli("coverage", "--election", str(w["election"]), "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert all(list(row) == COVERAGE_KEYS for row in rows)
    with cli.db.reader() as s:
        order = s.scalars(select(Shift.id).order_by(Shift.on_date, Shift.starts_at)).all()
    assert [row["shift"] for row in rows] == list(order)
    day = next(row for row in rows if row["shift"] == w["day"])
    assert day == {"shift": w["day"], "label": "الوجبة الأولى", "date": "2009-01-31",
                   "full": 4, "partial": 0, "none": 0}
    before = next(row for row in rows if row["shift"] == w["before"])
    assert (before["full"], before["partial"], before["none"]) == (0, 1, 3)
    code, out, _ = cli("coverage", "--election", str(w["election"]), "--shift",
                       str(w["before"]), "--json")
    assert [row["shift"] for row in json.loads(out)] == [w["before"]]
    code, out, _ = cli("--lang", "en", "coverage", "--election", str(w["election"]))
    assert code == 0 and "fully covered: 4, partly: 0, not covered: 0." in out
    code, _, err = cli("coverage", "--election", str(w["election"]), "--shift", "0")
    assert code == 1 and err.strip()
