"""The Directives area on the demo data, in Arabic: the board and its filters, late rows that
stand out, a follow-up of several directives at once with the rules said and nothing typed
lost, a copy changed elsewhere, carry-over, the workbook of the filtered board, the home
view's counts a click away from the board, and what became late since the last visit.

The room's day is pinned to 2 March 2010, polling week of the Dhi Qar conference's election:
two of its directives are late, the rest fall due within the week.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desktop.models import DirectiveStatus, Meeting, MeetingStatus, Organisation, UserVisit
from desktop.services import meetings, minutes, room_clock
from desktop.services.actor import actor_for
from desktop.services.directive_board import DirectiveFilter, directive_ids, directive_rows
from desktop.services.directives import FollowUpInput, Seen, record_follow_up
from tests.ui import shell_fixtures
from tests.ui.lists import rows, settle
from ui.changes import RoomChanges
from ui.context import AppContext
from ui.directives.area import DirectivesArea
from ui.directives.board import COLUMNS
from ui.directives.notice import tell_what_became_late
from ui.home import HomeView
from ui.main_window import MainWindow

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
DAY = date(2010, 3, 2)
DHI_QAR = 2  # the demo's parliamentary election of 2010
WAIT_MS = 15_000
S = DirectiveStatus


@pytest.fixture(autouse=True)
def polling_week(monkeypatch):
    monkeypatch.setattr(room_clock, "today", lambda *args, **kwargs: DAY)


def _ctx(db, username: str = "staff") -> AppContext:
    with db.reader() as session:
        return AppContext(db, actor_for(session, username), "ar", {})


@pytest.fixture
def board(qtbot, demo_db, arabic) -> DirectivesArea:
    return _board(qtbot, _ctx(demo_db))


def _board(qtbot, ctx: AppContext) -> DirectivesArea:
    area = DirectivesArea(ctx)
    qtbot.addWidget(area)
    area.resize(1300, 700)
    area.show()
    settle(qtbot, area.model)
    return area


def _filtered(qtbot, area: DirectivesArea, f: DirectiveFilter) -> list:
    area.show_filter(f)
    return rows(qtbot, area.model)


def _choose(area: DirectivesArea, numbers: list[int]) -> None:
    selection = area.view.selectionModel()
    selection.clearSelection()
    for number in numbers:
        index = area.model.index(area.model.row_of(number), 1)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


def _column(key: str) -> int:
    return next(n for n, c in enumerate(COLUMNS) if c.key == key)


def _error_box(qtbot) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[0]


def test_the_board_shows_every_directive_once_with_the_late_ones_standing_out(qtbot, board,
                                                                             demo_db):
    with demo_db.reader() as session:
        expected = directive_ids(session, DirectiveFilter(), DAY)
    shown = rows(qtbot, board.model)
    assert [row.id for row in shown] == expected
    late = [row for row in shown if row.late]
    assert late and all(row.still_open for row in late)
    first_late = board.model.row_of(late[0].id)
    days = board.model.index(first_late, _column("days_late"))
    assert days.data() == str(late[0].days_late)
    assert days.data(Qt.ItemDataRole.BackgroundRole) is not None  # tinted
    assert days.data(Qt.ItemDataRole.FontRole).bold()
    calm = next(row for row in shown if not row.late)
    assert board.model.index(board.model.row_of(calm.id), 1).data(
        Qt.ItemDataRole.BackgroundRole) is None
    assert "2010-03-02" in board.count_label.text()


def test_the_filters_are_the_database_s(qtbot, board, demo_db):
    dhi_qar = _filtered(qtbot, board, DirectiveFilter(election_id=DHI_QAR))
    assert len(dhi_qar) == 8
    late = _filtered(qtbot, board, DirectiveFilter(election_id=DHI_QAR, late_only=True))
    assert [row.due_date for row in late] == [date(2010, 2, 20), date(2010, 2, 25),
                                              date(2010, 2, 28)]
    assert board.filters.late.isChecked()
    week = _filtered(qtbot, board, DirectiveFilter(election_id=DHI_QAR, due_this_week=True))
    assert all(DAY <= row.due_date < DAY + timedelta(days=7) for row in week) and week
    board.filters.show_filter(DirectiveFilter())
    board.filters.search.setText("تفعيل الدور الاستخباري")  # typed: searched after a pause
    qtbot.waitUntil(lambda: board.filters.current().text != "", timeout=WAIT_MS)
    found = rows(qtbot, board.model)
    assert [row.text for row in found] == ["تفعيل الدور الاستخباري"]
    # a body and everything under it: the Dhi Qar police's directorate holds its sections
    with demo_db.reader() as session:
        police = session.scalar(select(Organisation.id).where(
            Organisation.name_ar == "المديرية العامة لشرطة محافظة ذي قار"))
        under = directive_rows(session, directive_ids(
            session, DirectiveFilter(organisation_id=police), DAY), DAY)
    by_body = _filtered(qtbot, board, DirectiveFilter(organisation_id=police))
    assert [row.id for row in by_body] == [row.id for row in under]
    assert {row.organisation_id for row in under} > {police}  # bodies beneath it too


def test_several_directives_followed_up_at_once_with_the_rules_said(qtbot, board, demo_db):
    late = _filtered(qtbot, board, DirectiveFilter(election_id=DHI_QAR, late_only=True))
    _choose(board, [row.id for row in late])
    assert board.actions_["follow_up"].isEnabled()
    dialog = board.follow_up()
    assert dialog is not None and dialog.chosen.count() == 3
    assert dialog.choose(S.DONE) and dialog.chosen_status() is S.DONE
    assert dialog.hint.text() == dialog.tr("Say how it was done: a closing note is needed.")
    assert not dialog.choose(S.OPEN)  # an open directive is not reopened
    dialog.note.setPlainText("   ")
    dialog.record()  # done without a closing note: refused, the dialog stays
    box = _error_box(qtbot)
    assert "closing note" in box.text() or "ختامية" in box.text()
    box.close()
    assert dialog.isVisible()
    dialog.note.setPlainText("اتصل مدير شرطة ذي قار: أنجزت المهمتان")
    with qtbot.waitSignal(board.follow_up_recorded, timeout=WAIT_MS):
        dialog.record()
    with demo_db.reader() as session:
        after = directive_rows(session, [row.id for row in late], DAY)
    assert {row.status for row in after} == {S.DONE}
    assert {row.last_update for row in after} == {"اتصل مدير شرطة ذي قار: أنجزت المهمتان"}
    # done, they are late no more: they leave the board filtered to the late ones
    qtbot.waitUntil(lambda: not board.model.loading and board.model.rowCount() == 0,
                    timeout=WAIT_MS)
    board.show_filter(DirectiveFilter(election_id=DHI_QAR))
    settle(qtbot, board.model)
    _choose(board, [late[0].id])
    qtbot.waitUntil(lambda: board.history.history is not None
                    and bool(board.history.history.updates), timeout=WAIT_MS)
    assert "أنجزت المهمتان" in board.history.view.toPlainText()


def test_a_copy_changed_elsewhere_keeps_the_note_and_records_once_read_again(qtbot, board,
                                                                            demo_db):
    shown = _filtered(qtbot, board, DirectiveFilter(election_id=DHI_QAR, late_only=True))
    number = shown[0].id
    _choose(board, [number])
    dialog = board.follow_up()
    dialog.note.setPlainText("باشرت الأقسام التوزيع")
    with demo_db.session() as session:  # another workstation notes the same directive
        record_follow_up(session, actor_for(session, "commander"), [Seen(number)],
                         FollowUpInput(None, "سأتابع الأمر شخصياً"))
    dialog.record()
    box = _error_box(qtbot)
    box.close()
    assert dialog.isVisible() and dialog.note.toPlainText() == "باشرت الأقسام التوزيع"
    qtbot.waitUntil(lambda: dialog.rows[0].version != shown[0].version, timeout=WAIT_MS)
    with qtbot.waitSignal(board.follow_up_recorded, timeout=WAIT_MS):
        dialog.record()
    with demo_db.reader() as session:
        assert directive_rows(session, [number], DAY)[0].last_update == "باشرت الأقسام التوزيع"


def test_what_each_role_may_do_is_the_core_s(qtbot, demo_db, arabic):
    for username, follows, carries in (("viewer", False, False), ("clerk", False, True),
                                       ("staff", True, True)):
        if username == "viewer":
            from desktop.services.accounts import create_user, find_user
            from desktop.services.actor import SYSTEM

            with demo_db.session() as session:
                if find_user(session, "viewer") is None:
                    create_user(session, SYSTEM, "viewer", "مطالع", "viewer")
        area = _board(qtbot, _ctx(demo_db, username))
        _choose(area, [rows(qtbot, area.model)[0].id])
        assert area.actions_["follow_up"].isEnabled() is follows, username
        assert area.actions_["carry"].isEnabled() is carries, username
        assert (area.follow_up() is not None) is follows


def test_carried_over_to_the_next_sitting(qtbot, board, demo_db):
    from desktop.services import meetings

    with demo_db.session() as session:
        clerk = actor_for(session, "clerk")
        later = meetings.create_meeting(session, clerk, meetings.MinutesInput(
            meetings.MeetingInput("periodic_meeting", "الاجتماع الدوري لمتابعة خطة الحماية",
                                  datetime(2010, 3, 3, 9), election_id=DHI_QAR), [], []))
    shown = _filtered(qtbot, board, DirectiveFilter(election_id=DHI_QAR, late_only=True))
    _choose(board, [shown[1].id])
    dialog = board.carry_over()
    qtbot.waitUntil(lambda: dialog.meeting.isEnabled(), timeout=WAIT_MS)
    assert dialog.targets[0].id == later
    with qtbot.waitSignal(dialog.carried, timeout=WAIT_MS):
        dialog.carry()
    with demo_db.reader() as session:
        row = directive_rows(session, [shown[1].id], DAY)[0]
    assert row.meeting_id == later and row.sittings == 2 and row.id == shown[1].id


def test_the_workbook_is_the_board_as_filtered(qtbot, board, tmp_path):
    shown = _filtered(qtbot, board, DirectiveFilter(election_id=DHI_QAR, due_this_week=True))
    out = tmp_path / "board.xlsx"
    operation = board.export_excel(out)
    qtbot.waitUntil(lambda: getattr(board, "exported", None) == out, timeout=WAIT_MS * 2)
    assert operation is not None
    written = list(load_workbook(out).active.iter_rows(min_row=6, values_only=True))
    assert [r[0] for r in written] == [row.id for row in shown]


def test_a_change_made_elsewhere_reaches_the_board(qtbot, demo_db, arabic):
    ctx = _ctx(demo_db)
    ctx.changes = RoomChanges(demo_db, listen=False)
    try:
        area = _board(qtbot, ctx)
        first = rows(qtbot, area.model)[0]
        with demo_db.session() as session:
            record_follow_up(session, actor_for(session, "commander"), [Seen(first.id)],
                             FollowUpInput("in-progress", "بدأ التنفيذ"))

        def moved() -> bool:
            row = area.model.row(area.model.row_of(first.id))
            return row is not None and row.status is S.IN_PROGRESS

        qtbot.waitUntil(moved, timeout=WAIT_MS)
    finally:
        ctx.changes.close()


def test_home_counts_for_the_election_and_a_click_opens_the_filtered_board(qtbot, demo_db,
                                                                          arabic):
    ctx = _ctx(demo_db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    home = window.open_area("home")
    assert isinstance(home, HomeView) and home.directives is not None
    qtbot.waitUntil(lambda: home.directives.counts is not None, timeout=WAIT_MS)
    assert home.directives.election_id() == DHI_QAR  # the current one: latest polling day
    home.directives.election.set_value(None)  # all elections
    qtbot.waitUntil(lambda: home.directives.counts.open > 8, timeout=WAIT_MS)
    assert ctx.preferences["home_directives_election"] == "any"
    home.directives.election.set_value(DHI_QAR)
    qtbot.waitUntil(lambda: home.directives.counts is not None
                    and home.directives.counts.open == 8, timeout=WAIT_MS)
    counts = home.directives.counts
    assert (counts.late, counts.due_this_week, counts.done) == (3, 5, 0)
    assert home.directives.tiles["late"].value.text() == "3"
    assert ctx.preferences["home_directives_election"] == DHI_QAR  # remembered
    tile = home.directives.tiles["late"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert window.current_area() == "directives"
    area = window.areas["directives"]
    assert area.filters.current() == DirectiveFilter(election_id=DHI_QAR, late_only=True)
    shown = rows(qtbot, area.model)
    assert len(shown) == 3 and all(row.late for row in shown)
    window.open_area("home")
    qtbot.mouseClick(home.directives.tiles["week"], Qt.MouseButton.LeftButton,
                     pos=QPoint(20, 20))
    assert len(rows(qtbot, area.model)) == 5


def test_at_start_the_user_is_told_what_became_late_since_the_last_visit(qtbot, demo_db,
                                                                        arabic):
    ctx = _ctx(demo_db)
    with demo_db.session() as session:  # the staff officer's last visit: 24 February
        session.add(UserVisit(user_id=ctx.actor.user_id, topic="directives",
                              seen_at=datetime(2010, 2, 24, 9, 0)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    tell_what_became_late(window, ctx)
    qtbot.waitUntil(lambda: getattr(window, "late_notice", None) is not None, timeout=WAIT_MS)
    box = window.late_notice
    assert box.isVisible() and not box.isModal()  # the window does not wait on it
    assert "تفعيل الدور الاستخباري" in box.informativeText()  # due the 25th: late since
    assert "التنسيق المسبق" in box.informativeText()  # due the 28th: late since
    assert "توزيع المهام" not in box.informativeText()  # due the 20th: late before the visit
    show = next(b for b in box.buttons()
                if b.text() != box.button(QMessageBox.StandardButton.Close).text())
    show.click()
    assert window.current_area() == "directives"
    shown = rows(qtbot, window.areas["directives"].model)
    assert [row.due_date for row in shown] == [date(2010, 2, 25), date(2010, 2, 28)]
    # told once: the next start the same day says nothing
    window.late_notice = None
    operation = tell_what_became_late(window, ctx)
    qtbot.waitUntil(lambda: operation.finished, timeout=WAIT_MS)
    qtbot.wait(200)
    assert window.late_notice is None


def test_no_statement_of_the_area_runs_on_the_interface_thread(qtbot, demo_db, arabic,
                                                               monkeypatch):
    from tests.ui.test_no_queries_on_the_interface_thread import Statements

    statements = Statements(demo_db, monkeypatch)
    ctx = _ctx(demo_db)  # the test's own reading, before the recording
    try:
        with statements.recorded():
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            window.show()
            home = window.open_area("home")
            qtbot.waitUntil(lambda: home.directives.counts is not None, timeout=WAIT_MS)
            area = window.open_area("directives")
            shown = rows(qtbot, area.model)
            _choose(area, [shown[0].id])
            qtbot.waitUntil(lambda: area.history.history is not None, timeout=WAIT_MS)
            dialog = area.follow_up()
            dialog.note.setPlainText("ملاحظة")
            with qtbot.waitSignal(area.follow_up_recorded, timeout=WAIT_MS):
                dialog.record()
            carry = area.carry_over()
            qtbot.waitUntil(lambda: (carry.meeting.count() > 0
                            and carry.meeting.itemText(0) != "…")
                            or bool(carry.empty.text()), timeout=WAIT_MS)
            tell_what_became_late(window, ctx)
            qtbot.wait(300)
        statements.check("ui/directives/area.py", "ui/directives/home_tiles.py",
                         "ui/directives/history.py", "ui/directives/follow_up.py",
                         "ui/directives/carry.py", "ui/directives/filters.py",
                         "ui/directives/notice.py")
    finally:
        statements.close()


def test_the_follow_up_report_is_previewed_then_numbered_at_the_print(qtbot, board, demo_db,
                                                                     tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.models import DocumentNumber
    from ui.preview import PreviewDialog

    _filtered(qtbot, board, DirectiveFilter(election_id=DHI_QAR, late_only=True))
    board.print_report()

    def previews() -> list[PreviewDialog]:
        return [d for d in board.findChildren(PreviewDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(previews()), timeout=WAIT_MS * 4)
    preview = previews()[0]
    with demo_db.reader() as session:
        numbered = len(session.scalars(select(DocumentNumber)).all())
    assert not preview.is_official  # a preview draws no number
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.official_made, timeout=WAIT_MS * 4) as made:
        preview.start_printing(printer)
    from tests.reports.conftest import letters, pdf_text

    text = letters(pdf_text(made.args[0]))
    assert letters("تفعيل الدور الاستخباري") in text
    assert letters("استنفار كل الجهود") not in text  # not late: not on the board printed
    with demo_db.reader() as session:
        assert len(session.scalars(select(DocumentNumber)).all()) == numbered + 1
    preview.close()


def test_directives_that_share_no_step_are_said_so_and_nothing_is_recorded(qtbot, demo_db,
                                                                           arabic):
    from PySide6.QtWidgets import QDialogButtonBox

    with demo_db.session() as session:
        cancelled, in_progress = directive_ids(
            session, DirectiveFilter(election_id=DHI_QAR, late_only=True), DAY)[:2]
        staff = actor_for(session, "staff")
        record_follow_up(session, staff, [Seen(cancelled)], FollowUpInput("cancelled", "دمج"))
        record_follow_up(session, staff, [Seen(in_progress)], FollowUpInput("in-progress"))
    board = _board(qtbot, _ctx(demo_db))
    _choose(board, [cancelled, in_progress])
    dialog = board.follow_up()
    assert dialog is not None and dialog.choices == [] and dialog.status.count() == 0
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert dialog.hint.text() == dialog.tr(
        "These directives take no follow-up in common: a cancelled one is only reopened, and "
        "one in progress never is. Choose them apart.")
    dialog.note.setPlainText("ملاحظة")
    dialog.record()  # pressed anyway (Enter): nothing goes to the core
    assert not dialog.saving
    with demo_db.reader() as session:
        after = directive_rows(session, [cancelled, in_progress], DAY)
    assert [row.last_update for row in after] == ["دمج", ""]
    dialog.reject()
    _choose(board, [cancelled])  # alone, the cancelled one offers its reopening
    alone = board.follow_up()
    assert alone.choices == [S.OPEN, S.IN_PROGRESS]
    assert alone.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_a_later_sitting_of_another_election_is_not_offered_for_carry_over(qtbot, board,
                                                                          demo_db):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.services import meetings

    maysan = next(e for e in (1, 2) if e != DHI_QAR)
    with demo_db.session() as session:
        meetings.create_meeting(session, actor_for(session, "clerk"), meetings.MinutesInput(
            meetings.MeetingInput("periodic_meeting", "الاجتماع الدوري لقيادة شرطة ميسان",
                                  datetime(2010, 3, 3, 9), election_id=maysan), [], []))
    shown = _filtered(qtbot, board, DirectiveFilter(election_id=DHI_QAR, late_only=True))
    _choose(board, [shown[0].id])
    dialog = board.carry_over()
    qtbot.waitUntil(lambda: bool(dialog.empty.text()), timeout=WAIT_MS)
    assert dialog.targets == [] and not dialog.meeting.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.empty.text() == dialog.tr(
        "No later meeting of their election has its minutes still in draft. Start the next "
        "sitting in the Meetings area first.")


def test_each_home_count_opens_the_board_showing_as_many(qtbot, demo_db, arabic):
    with demo_db.session() as session:  # one done, so that no count is empty
        first = directive_ids(session, DirectiveFilter(election_id=DHI_QAR), DAY)[0]
        record_follow_up(session, actor_for(session, "staff"), [Seen(first)],
                         FollowUpInput("done", "أنجز"))
    ctx = _ctx(demo_db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    home = window.open_area("home")
    home.directives.election.set_value(DHI_QAR)
    qtbot.waitUntil(lambda: home.directives.counts is not None
                    and home.directives.counts.done == 1, timeout=WAIT_MS)
    counts = home.directives.counts
    for key, expected in (("open", counts.open), ("week", counts.due_this_week),
                          ("late", counts.late), ("done", counts.done)):
        window.open_area("home")
        tile = home.directives.tiles[key]
        assert tile.value.text() == str(expected), key
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        assert window.current_area() == "directives", key
        area = window.areas["directives"]
        assert area.filters.current() == home.directives.filter(key)
        assert len(rows(qtbot, area.model)) == expected, key
    assert (counts.open, counts.done) == (7, 1)


def test_the_history_keeps_the_approved_wording_a_revision_changed(qtbot, board, demo_db):
    board.show_filter(DirectiveFilter())
    shown = rows(qtbot, board.model)
    with demo_db.reader() as session:
        approved = set(session.scalars(select(Meeting.id).where(
            Meeting.status == MeetingStatus.APPROVED)))
    row = next(r for r in shown if r.meeting_id in approved)
    with demo_db.session() as session:
        revision = minutes.amend(session, actor_for(session, "clerk"), row.meeting_id)
    with demo_db.reader() as session:
        state = meetings.load_meeting(session, revision)
    for item in state.minutes.agenda:
        for outcome in item.outcomes:
            if outcome.text == row.text:
                outcome.text += " على مدار الساعة"
    with demo_db.session() as session:
        meetings.save_meeting(session, actor_for(session, "clerk"), revision, state.minutes,
                              state.version)
    board.show_filter(DirectiveFilter())
    settle(qtbot, board.model)
    _choose(board, [row.id])
    qtbot.waitUntil(lambda: board.history.history is not None
                    and len(board.history.history.sittings) == 2, timeout=WAIT_MS)
    shown_text = board.history.view.toPlainText()
    assert row.text + " على مدار الساعة" in board.history.heading.text()  # the latest words
    assert f"«{row.text}»" in shown_text and "بنصّه" in shown_text  # the approved words kept
    assert shown_text.count("بنصّه") == 1  # said once, where the words were other
