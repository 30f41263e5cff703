"""Change notices on both engines: one per committed unit of work, none for a rollback, heard
by another workstation within two seconds, small enough for a NOTIFY, and a PostgreSQL
listener that comes back after its connection is killed."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import create_engine, event, func, select, text, update

from desktop.models import Centre, Meeting, Person, UserRole
from desktop.models.enums import MeetingKind
from desktop.services import meetings
from desktop.services.actor import SYSTEM, Actor
from desktop.services.errors import Invalid
from desktop.services.meetings import MeetingInput, MinutesInput
from desktop.services.people import PersonInput, create_person, update_person
from desktop.services.sites import CentreInput, create_centre
from desktop.storage import changes, recorder
from desktop.storage.changes import ChangeHub, ChangeNotice, from_payload, to_payload
from desktop.storage.database import Database
from desktop.storage.listen import LISTENING, LOST, ChangeListener, start_listening
from desktop.storage.migrations import downgrade, upgrade
from tests.desktop.factories import basic_world

CLERK = Actor(None, "clerk", UserRole.CLERK)


def _heard(db: Database) -> list[ChangeNotice]:
    heard: list[ChangeNotice] = []
    db.changes.subscribe(heard.append)
    return heard


def _wait(heard: list, count: int = 1, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while len(heard) < count and time.monotonic() < end:
        time.sleep(0.01)
    return len(heard) >= count


def _log_rows(db: Database) -> int:
    with db.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(recorder.change_log))


def _address(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


# In this process: the hub hears each committed unit of work once.

def test_a_unit_of_work_is_told_once_after_its_commit(db):
    heard = _heard(db)
    committed: list[bool] = []

    def on_notice(notice: ChangeNotice) -> None:  # the hub speaks after the commit, not before
        with Database(db.url).reader() as other:
            committed.append(other.get(Person, next(iter(notice.kinds["people"]))) is not None)

    db.changes.subscribe(on_notice)
    with db.session() as s:
        person = create_person(s, CLERK, PersonInput("سعد علي حربيه"))
    assert committed == [True]
    (notice,) = heard
    assert dict(notice.kinds) == {"people": {person.id}}  # the audit entry is no record to show
    assert notice.versions["people"][person.id] == 1
    assert notice.user == "clerk" and notice.local and notice.workstation == db.workstation
    assert notice.touches("people", person.id) and not notice.touches("people", person.id + 1)
    assert not notice.touches("centres") and notice.ids("centres") == frozenset()
    assert notice.at.tzinfo is not None and abs(datetime.now(UTC) - notice.at) < timedelta(
        minutes=1)

    with db.session() as s:
        update_person(s, CLERK, person.id, PersonInput("سعد علي حربيه", notes="قائد"))
    assert heard[1].versions["people"][person.id] == 2  # an open editor sees it is stale

    with db.session() as s:
        s.delete(s.get(Person, person.id))
    assert heard[2].was_deleted("people", person.id) and person.id in heard[2].kinds["people"]
    assert len(heard) == 3


def test_a_centre_and_a_meeting_are_told_by_kind_and_id(db):
    with db.session() as s:
        world = basic_world(s)
    heard = _heard(db)
    with db.session() as s:
        centre = create_centre(s, SYSTEM, CentreInput(code="MS-102", name="مدرسة النور",
                                                      kind="registration"))
    with db.session() as s:
        meeting_id = meetings.create_meeting(s, CLERK, MinutesInput(MeetingInput(
            MeetingKind.JOINT_MEETING, "اجتماع أمني مشترك", datetime(2008, 7, 13, 10),
            datetime(2008, 7, 13, 12), "مقر القيادة", world["election"],
            organiser_id=world["command"]), [], []))
    assert [dict(n.kinds).get("centres") for n in heard] == [{centre.id}, None]
    assert heard[1].kinds["meetings"] == {meeting_id} and heard[1].user == "clerk"
    with db.reader() as s:
        assert s.get(Meeting, meeting_id).version == heard[1].versions["meetings"][meeting_id]
        assert s.get(Centre, centre.id) is not None


def test_a_unit_that_rolls_back_is_told_to_no_one(db):
    heard = _heard(db)
    before = _log_rows(db)
    with pytest.raises(RuntimeError), db.session() as s:
        create_person(s, CLERK, PersonInput("شخص لن يحفظ"))
        s.flush()
        raise RuntimeError("the clerk's program failed before the end")
    with pytest.raises(Invalid), db.session() as s:  # a rule said no, after a first write
        create_person(s, CLERK, PersonInput("شخص أول"))
        create_person(s, CLERK, PersonInput(""))
    with db.session() as s:  # a unit that reads only changes nothing to tell
        s.scalars(select(Person)).all()
    assert heard == [] and _log_rows(db) == before


def test_a_commit_that_fails_after_the_notice_is_written_tells_no_one(db):
    """The notice is written in the unit's own transaction: a commit that fails after it (here
    a later before-commit step; in life a lost connection or a full disk) takes it away too,
    on the hub, in the log and in the NOTIFY."""
    heard = _heard(db)
    other = Database(db.url)
    remote = _heard(other)
    failing = [True]
    logged = _log_rows(db)

    def refuse_commit(_session) -> None:
        if failing[0]:
            raise RuntimeError("the disk is full")

    event.listen(db.Session, "before_commit", refuse_commit)  # runs after the recorder's
    with start_listening(other) as listener:
        assert listener.wait_ready(10)
        with pytest.raises(RuntimeError), db.session() as s:
            create_person(s, SYSTEM, PersonInput("لن يحفظ"))
        failing[0] = False
        with db.session() as s:
            saved = create_person(s, SYSTEM, PersonInput("يحفظ"))
        assert _wait(remote, 1, timeout=3)
        time.sleep(0.5)
    other.dispose()
    assert [dict(n.kinds) for n in heard] == [{"people": {saved.id}}]
    assert [dict(n.kinds) for n in remote] == [{"people": {saved.id}}]
    assert _log_rows(db) == logged + 1


def test_a_bulk_statement_is_told_as_its_whole_kind(db):
    with db.session() as s:
        create_person(s, SYSTEM, PersonInput("سعد علي"))
    heard = _heard(db)
    with db.session() as s:
        s.execute(update(Person).values(notes="كلهم"))
    (notice,) = heard
    assert notice.kinds["people"] is None and notice.ids("people") is None
    assert notice.touches("people", 12345)


def test_the_acting_user_may_be_named_where_no_audit_entry_is_written(db):
    heard = _heard(db)
    with db.session() as s:
        s.info[recorder.USER_KEY] = "مدير الغرفة"
        s.add(Person(full_name_ar="شخص", search_key=""))
    assert heard[0].user == "مدير الغرفة"


def test_a_subscriber_that_fails_stops_neither_the_commit_nor_the_others(db):
    heard: list[ChangeNotice] = []

    def broken(_notice: ChangeNotice) -> None:
        raise ValueError("a view's bug")

    db.changes.subscribe(broken)
    stop = db.changes.subscribe(heard.append)
    with db.session() as s:
        create_person(s, SYSTEM, PersonInput("سعد علي"))
    assert len(heard) == 1
    stop()
    with db.session() as s:
        create_person(s, SYSTEM, PersonInput("حسن كاظم"))
    assert len(heard) == 1
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 2


def test_a_database_a_revision_behind_still_saves_and_tells(db):
    """A database being migrated (or taken down a revision) has no log yet: a unit of work
    is not refused for it, and this process still hears of it."""
    from desktop.models import Organisation, OrganisationKind

    try:
        downgrade(db, "0006")
        heard = _heard(db)
        with db.session() as s:  # a record whose table 0006 already had as it is now, and no
            # audit entry: the trail's table has gained its chain since (0012)
            s.add(Organisation(name_ar="قيادة شرطة ميسان", kind=OrganisationKind.COMMAND))
        assert len(heard) == 1 and heard[0].log_id is None
    finally:
        upgrade(db)
    with db.session() as s:
        create_person(s, SYSTEM, PersonInput("حسن كاظم"))
    assert heard[-1].log_id is not None


# Between workstations: another process, another database object, a listener.

def test_a_change_by_another_process_is_heard_within_two_seconds(db):
    heard = _heard(db)
    with start_listening(db) as listener:
        assert listener.wait_ready(10)
        code = (
            "import time\n"
            "from desktop.storage.database import Database\n"
            "from desktop.services.actor import SYSTEM\n"
            "from desktop.services.people import PersonInput, create_person\n"
            f"db = Database({_address(db)!r})\n"
            "with db.session() as s:\n"
            "    person = create_person(s, SYSTEM, PersonInput('سعد علي حربيه'))\n"
            "print(person.id, time.time(), db.workstation, flush=True)\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        person_id, committed_at, workstation = done.stdout.split()
        assert _wait(heard, 1, timeout=2.0)
        arrived = time.time()
    (notice,) = heard
    assert arrived - float(committed_at) < 2.0
    assert dict(notice.kinds) == {"people": {int(person_id)}}
    assert not notice.local and notice.user == "system" and notice.workstation == workstation


def test_a_second_database_object_in_another_thread_is_heard_and_its_own_are_not_twice(db):
    heard = _heard(db)
    other = Database(db.url)
    with start_listening(db) as listener:
        assert listener.wait_ready(10)
        with db.session() as s:  # this object's own: published here, not again by the listener
            mine = create_person(s, SYSTEM, PersonInput("سعد علي"))
        worker = threading.Thread(target=_create_in, args=(other, "حسن كاظم"))
        worker.start()
        worker.join(30)
        assert _wait(heard, 2, timeout=2.0)
        time.sleep(0.6)  # time enough for a duplicate to show, if there were one
    other.dispose()
    assert [n.local for n in heard] == [True, False]
    assert heard[0].kinds["people"] == {mine.id} and heard[1].kinds["people"] == {mine.id + 1}


def _create_in(db: Database, name: str) -> None:
    with db.session() as s:
        create_person(s, SYSTEM, PersonInput(name))


def test_a_listener_starts_from_now_and_stops_within_a_second(db):
    with db.session() as s:
        create_person(s, SYSTEM, PersonInput("قبل الاستماع"))
    heard = _heard(db)
    states: list[str] = []
    listener = ChangeListener(db, on_state=states.append).start()
    assert listener.wait_ready(10)
    time.sleep(0.6)
    assert heard == []  # what was saved before the listener started is already shown
    started = time.monotonic()
    assert listener.stop()
    assert time.monotonic() - started < 1.0
    assert states[0] == LISTENING
    assert listener.stop()  # twice is harmless


def test_a_big_change_is_told_in_under_8000_bytes(db):
    heard = _heard(db)
    raw = None
    if not db.is_sqlite:  # what the server itself delivers to a listening session
        raw = psycopg.connect(db.url.set(drivername="postgresql").render_as_string(
            hide_password=False), autocommit=True)
        raw.execute(f"LISTEN {changes.CHANNEL}")
    other = Database(db.url)
    with start_listening(other) as listener:
        assert listener.wait_ready(10)
        remote = _heard(other)
        with db.session() as s:
            s.add_all(Person(full_name_ar=f"منتسب {i}", search_key="") for i in range(2000))
        assert _wait(remote, 1, timeout=5)
    other.dispose()
    (local,) = heard
    assert len(local.kinds["people"]) == 2000  # this process hears every id
    assert remote[0].touches("people", 1) and remote[0].touches("people", 2000)
    if raw is not None:
        (notify,) = list(raw.notifies(timeout=2, stop_after=1))
        raw.close()
        assert len(notify.payload.encode("utf-8")) < 8000
        told = from_payload(notify.payload)
        assert told.kinds["people"] is None  # "refresh all people": ids omitted to fit
    else:  # the SQLite log keeps more than a NOTIFY could
        assert remote[0].kinds["people"] == local.kinds["people"]


def test_a_notice_this_version_cannot_read_says_refresh_everything(db):
    heard = _heard(db)
    with start_listening(db) as listener:
        assert listener.wait_ready(10)
        with db.engine.begin() as connection:  # another program, or a newer Ghurfa
            if db.is_sqlite:
                connection.execute(recorder.change_log.insert().values(
                    at=datetime(2026, 1, 1), workstation="?", payload="{not json"))
            else:
                connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                                   {"channel": changes.CHANNEL, "payload": '{"v": 99}'})
        assert _wait(heard, 1, timeout=3)
    assert heard[0].everything and heard[0].reason == changes.UNREADABLE
    assert heard[0].touches("people", 1)


@pytest.mark.pg
def test_the_postgresql_listener_comes_back_after_its_connection_is_killed(pg_url):
    db = Database(pg_url)
    heard = _heard(db)
    states: list[str] = []
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with start_listening(db, on_state=states.append) as listener:
            assert listener.wait_ready(10)
            killed = listener.backend_pid
            with admin.connect() as connection:
                assert connection.scalar(text("SELECT pg_terminate_backend(:pid)"),
                                         {"pid": killed})
            assert _wait(heard, 1, timeout=10)
            assert heard[0].everything and heard[0].reason == changes.RECONNECTED
            assert listener.backend_pid not in (None, killed)
            assert states[:3] == [LISTENING, LOST, LISTENING]
            other = Database(pg_url)  # and it hears again what is saved after
            _create_in(other, "بعد عودة الاتصال")
            other.dispose()
            assert _wait(heard, 2, timeout=2)
            assert heard[1].kinds["people"] and not heard[1].everything
    finally:
        admin.dispose()
        db.dispose()


def test_a_listener_on_a_server_that_does_not_answer_never_raises():
    db = Database("postgresql+psycopg://nobody@127.0.0.1:1/ghurfa")
    states: list[str] = []
    listener = ChangeListener(db, on_state=states.append).start()
    assert not listener.wait_ready(1.0)
    started = time.monotonic()
    assert listener.stop()
    assert time.monotonic() - started < 1.0
    assert LOST in states
    db.dispose()


def test_a_listener_never_creates_a_missing_sqlite_file(tmp_path):
    file = tmp_path / "gone.sqlite3"
    db = Database(f"sqlite:///{file}")
    listener = start_listening(db)
    assert not listener.wait_ready(0.6)
    assert listener.stop()
    assert not file.exists()
    db.dispose()


def test_an_sqlite_listener_that_missed_rows_says_refresh_everything(sqlite_db):
    _create_in(sqlite_db, "الأول")
    heard = _heard(sqlite_db)
    with start_listening(sqlite_db) as listener:
        assert listener.wait_ready(10)
        # The rows after the last one it read were pruned before it could read them.
        told = changes.notice({"people": [1]}, workstation="w2", user="u", origin="elsewhere")
        with sqlite_db.engine.begin() as connection:
            connection.execute(recorder.change_log.insert().values(
                id=4, at=datetime(2026, 1, 1), workstation="w2", payload=to_payload(told)))
        assert _wait(heard, 2, timeout=3)
    assert [n.everything for n in heard] == [True, False]
    assert heard[0].reason == changes.MISSED and heard[1].kinds["people"] == {1}


# The log keeps what a listener needs, and no more.

def test_the_log_keeps_the_newest_rows_and_none_older_than_a_week(db, monkeypatch):
    monkeypatch.setattr(recorder, "KEEP_ROWS", 5)
    monkeypatch.setattr(recorder, "PRUNE_EVERY", 10)
    with db.engine.begin() as connection:
        old_id = connection.scalar(recorder.change_log.insert().values(
            at=datetime.now(UTC).replace(tzinfo=None) - timedelta(days=8), workstation="old",
            payload="{}").returning(recorder.change_log.c.id))
    for i in range(20):  # one of these ids is a tenth, and prunes
        _create_in(db, f"منتسب {i}")
    with db.engine.connect() as connection:
        ids = connection.scalars(select(recorder.change_log.c.id)
                                 .where(recorder.change_log.c.id >= old_id)
                                 .order_by(recorder.change_log.c.id)).all()
    assert old_id not in ids  # older than a week
    pruned_at = max(i for i in range(old_id + 1, old_id + 21) if i % 10 == 0)
    assert ids == list(range(pruned_at - 4, old_id + 21))  # the newest five kept, and after


# The payload: shortened to fit, read back whole, bad text refused.

def _big(count: int, kinds: int = 1) -> ChangeNotice:
    return changes.notice(
        {f"kind_{k}": range(1, count + 1) for k in range(kinds)} | {"centres": [7]},
        workstation="محطة العمليات الأولى", user="clerk",
        versions={f"kind_{k}": {i: 3 for i in range(1, count + 1)} for k in range(kinds)}
        | {"centres": {7: 2}},
        deleted={"centres": [7]}, origin="host:1:ab")


def test_a_payload_that_fits_is_read_back_whole():
    notice = _big(10)
    again = from_payload(to_payload(notice))
    assert again.kinds == notice.kinds and again.versions == notice.versions
    assert again.deleted == notice.deleted and again.user == "clerk"
    assert again.workstation == "محطة العمليات الأولى" and again.at == notice.at
    assert to_payload(notice).isascii()  # any server encoding takes it
    pair = changes.notice({"sector_areas": [(1, 2)]}, workstation="w", user=None)
    assert from_payload(to_payload(pair)).kinds["sector_areas"] == {(1, 2)}


def test_a_payload_too_big_drops_versions_then_the_largest_kinds_ids():
    payload = to_payload(_big(2000, kinds=3))
    assert len(payload.encode("utf-8")) <= changes.NOTIFY_LIMIT
    told = from_payload(payload)
    assert not told.everything and told.versions == {}
    assert all(told.kinds[f"kind_{k}"] is None for k in range(3))
    assert told.kinds["centres"] == {7} and told.deleted["centres"] == {7}  # small ones kept
    small = from_payload(to_payload(_big(800)))  # versions alone were too many
    assert small.kinds["kind_0"] == frozenset(range(1, 801)) and small.versions == {}
    many = changes.notice({f"a_table_with_a_long_name_{k:04}": None for k in range(400)},
                          workstation="w", user="u")
    assert from_payload(to_payload(many)).everything  # not even the kinds fit


@pytest.mark.parametrize("payload", [
    "", "not json", "[]", '{"v": 2, "at": "2026-01-01T00:00:00"}',
    '{"v": 1, "at": "yesterday", "kinds": {}}', '{"v": 1, "at": "2026-01-01T00:00:00"}',
    '{"v": 1, "at": "2026-01-01T00:00:00", "kinds": {"people": ["3"]}}',
    '{"v": 1, "at": "2026-01-01T00:00:00", "kinds": {"people": [true]}}',
    '{"v": 1, "at": "2026-01-01T00:00:00", "kinds": {"people": [1]}, '
    '"versions": {"people": [[1]]}}',
])
def test_a_payload_this_version_cannot_read_is_refused(payload):
    with pytest.raises(ValueError):
        from_payload(payload)


def test_a_hub_is_safe_to_use_from_many_threads():
    hub = ChangeHub()
    heard: list[int] = []
    lock = threading.Lock()

    def count(_notice: ChangeNotice) -> None:
        with lock:
            heard.append(1)

    notice = changes.notice({"people": [1]}, workstation="w", user=None)

    def churn() -> None:
        for _ in range(200):
            stop = hub.subscribe(lambda _n: None)
            hub.publish(notice)
            stop()

    hub.subscribe(count)
    threads = [threading.Thread(target=churn) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(heard) == 800


def test_the_workstation_name_comes_from_the_settings_when_the_room_names_it():
    from desktop import settings

    settings.save({"workstation_name": "  مكتب الضابط المناوب  "})
    assert changes.workstation_name() == "مكتب الضابط المناوب"
    settings.save({"workstation_name": 42})
    assert changes.workstation_name()  # the computer's name, not a number
    assert changes.new_origin() != changes.new_origin()


def test_a_notice_is_frozen():
    notice = changes.notice({"people": [1]}, workstation="w", user=None,
                            at=datetime(2026, 12, 5, tzinfo=UTC))
    with pytest.raises(AttributeError):
        notice.user = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        notice.kinds["people"] = None  # type: ignore[index]
    assert date(2026, 12, 5) == notice.at.date()
