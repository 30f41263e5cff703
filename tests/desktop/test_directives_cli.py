"""``ghurfa directives``: the list as the board shows it (and its JSON), and a follow-up
recorded from the command line, refused in words where a rule says no."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.cli import main
from desktop.models import DirectiveStatus
from desktop.services import room_clock
from desktop.services.directive_board import directive_rows
from desktop.storage.database import Database
from tests.desktop.directive_world import TEXTS, build

KEYS = {"id", "text", "responsible", "due", "status", "days_late"}


@pytest.fixture
def cli(sqlite_db: Database, monkeypatch, capsys):
    world = build(sqlite_db)
    url = sqlite_db.url.render_as_string(hide_password=False)
    # the room's day is the 26th of July 2008: the 20th's directive 6 days late
    monkeypatch.setattr(room_clock, "today", lambda *args, **kwargs: date(2008, 7, 26))

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.world, run.db = world, sqlite_db
    return run


def test_the_list_as_json(cli):
    code, out, _err = cli("directives", "--json")
    assert code == 0
    items = json.loads(out)
    assert [item["text"] for item in items] == [TEXTS["protect"], TEXTS["posting"],
                                                TEXTS["plan"], TEXTS["patrols"], TEXTS["timing"]]
    assert all(set(item) == KEYS for item in items)
    first = items[0]
    assert first == {"id": cli.world["protect"], "text": TEXTS["protect"],
                     "responsible": "قيادة شرطة ميسان", "due": "2008-07-20", "status": "open",
                     "days_late": 6}
    assert items[2]["responsible"] == "قيادة شرطة ميسان / النقيب حسن كاظم جبار"
    assert items[-1]["due"] is None and items[-1]["days_late"] == 0


def test_the_filters(cli):
    def texts(*args: str) -> list[str]:
        code, out, err = cli("directives", *args, "--json")
        assert code == 0, err
        return [item["text"] for item in json.loads(out)]

    assert texts("--late") == [TEXTS["protect"], TEXTS["posting"]]
    assert texts("list", "--late") == [TEXTS["protect"], TEXTS["posting"]]
    assert texts("--body", str(cli.world["section"])) == [TEXTS["posting"], TEXTS["patrols"]]
    assert texts("--election", "انتخابات مجالس المحافظات") != []
    assert texts("--status", "done") == []
    code, _out, err = cli("directives", "--election", "لا توجد")
    assert code == 1 and "لا توجد" in err


def test_a_follow_up_by_phone(cli):
    number = cli.world["protect"]
    code, out, err = cli("directives", "update", str(number), "--status", "in-progress",
                         "--note", "وصلت المفارز", "--user", "staff")
    assert code == 0, err
    assert str(number) in out
    code, out, err = cli("directives", "update", str(number), "--status", "منجز")
    assert code == 1 and TEXTS["protect"][:20] in err  # done needs a closing note
    code, out, err = cli("directives", "update", str(number), "--status", "done", "--note",
                         "أنجز", "--user", "viewer")
    assert code == 1  # a viewer records nothing
    code, out, err = cli("directives", "update", str(number), "--status", "done", "--note",
                         "اكتملت الحماية")
    assert code == 0
    with cli.db.reader() as s:
        row = directive_rows(s, [number], room_clock.today())[0]
        assert row.status is DirectiveStatus.DONE and row.last_update == "اكتملت الحماية"
    code, out, err = cli("directives", "--json", "--status", "done")
    assert [item["status"] for item in json.loads(out)] == ["done"]


def test_misuse_and_bad_input(cli):
    assert cli("directives", "update", "x", "--note", "n")[0] == 2  # no number
    code, _out, err = cli("directives", "update", "999999", "--note", "n")
    assert code == 1 and "999999" in err
    code, _out, err = cli("directives", "update", str(cli.world["plan"]), "--status", "later")
    assert code == 1 and "later" in err
    code, _out, err = cli("directives", "--status", "finished")
    assert code == 1 and "finished" in err


def test_the_human_list_names_today_and_the_lateness(cli):
    code, out, _err = cli("--lang", "en", "directives", "--late")
    assert code == 0
    assert "days late: 6" in out and "2008-07-26" in out and "2 directives" in out


def test_a_refused_update_says_why_in_the_user_s_language_and_writes_nothing(cli):
    from tests.desktop.factories import row_counts

    number = cli.world["posting"]
    code, _out, err = cli("directives", "update", str(number), "--status", "ملغى", "--note",
                          "دمج مع توجيه آخر", "--user", "staff")
    assert code == 0, err
    with cli.db.reader() as s:
        before = row_counts(s)
    refusals = [  # (arguments, words of the Arabic refusal, of the English one)
        (("update", str(number), "--note", "اتصل القسم"), "ملغى", "is cancelled"),
        (("update", str(number), "--status", "done", "--note", "أنجز"), "أعد فتحه", "reopen"),
        (("update", str(number), "--status", "open"), "سبب", "reason"),
        (("update", str(cli.world["plan"]), "--status", "done"), "ملاحظة ختامية",
         "closing note"),
        (("update", str(cli.world["plan"]), "--status", "cancelled"), "سبب إلغاء",
         "reason for cancelling"),
        (("update", "999999", "--status", "done", "--note", "أنجز"), "999999", "999999"),
        (("update", str(cli.world["plan"]), "--status", "finished", "--note", "x"), "finished",
         "not a valid"),
    ]
    for args, arabic, english in refusals:
        for lang, words in (("ar", arabic), ("en", english)):
            code, out, err = cli("--lang", lang, "directives", *args)
            assert code == 1 and out == "", (args, lang, out)
            assert words in err and "Traceback" not in err, (args, lang, err)
    with cli.db.reader() as s:
        assert row_counts(s) == before  # nothing written by any refusal
        assert directive_rows(s, [number], room_clock.today())[0].status \
            is DirectiveStatus.CANCELLED
    code, _out, err = cli("directives", "update", str(number), "--status", "مفتوح", "--note",
                          "أعيد فتحه بتوجيه القائد")
    assert code == 0, err  # reopened with its reason, it takes notes again
    assert cli("directives", "update", str(number), "--note", "باشر القسم")[0] == 0
