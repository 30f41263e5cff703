"""Lookups that come later: the type-ahead shows the latest keystroke's answer only, Enter
before an answer takes it once it comes, a choice box waits with «…», a report parameter keeps
the value remembered for it, and a form's refusal is said in the form."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from desktop.models import Person
from desktop.services import lookups
from desktop.services.errors import DatabaseUnavailable
from desktop.services.meetings import AttendeeInput, protocol_order
from tests.ui import shell_fixtures
from ui.meetings import lookup
from ui.meetings.attendees_panel import AttendeesPanel
from ui.meetings.common import ChoiceCombo
from ui.meetings.pickers import NewPersonDialog, PersonPicker
from ui.operations import Operation
from ui.reports.area import ReportsArea

arabic, ctx, demo_db = shell_fixtures.arabic, shell_fixtures.ctx, shell_fixtures.demo_db
WAIT_MS = 15_000


def _keys(picker: PersonPicker, text: str) -> None:
    """Arabic typed key by key (QTest's key clicks know only ASCII keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(picker, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


class _Held:
    """``lookup.read_people`` held for one text until released, as a slow server holds it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
        self.text, self.release, self.reached = text, threading.Event(), threading.Event()
        real = lookup.read_people

        def read(session, typed: str, limit: int = 30):
            if typed == self.text:
                self.reached.set()
                self.release.wait(10)
            return real(session, typed, limit)

        monkeypatch.setattr(lookup, "read_people", read)


def _delivered(qtbot, operation: Operation) -> None:
    """The operation's work has ended and its answer has come back to the interface."""
    assert operation.wait()
    qtbot.waitUntil(lambda: operation not in Operation._running, timeout=WAIT_MS)


def _picker(qtbot, ctx) -> PersonPicker:
    picker = PersonPicker(ctx)
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    return picker


def _names(picker: PersonPicker) -> list[str]:
    return [card.name for card in picker.results.cards]


def test_an_older_keystrokes_answer_arriving_late_is_dropped(qtbot, ctx, monkeypatch):
    held = _Held(monkeypatch, "جعفر")
    picker = _picker(qtbot, ctx)
    picker.setText("جعفر")
    older = picker.search_now()
    assert held.reached.wait(10)
    picker.setText("حربيه")
    with qtbot.waitSignal(picker.found, timeout=WAIT_MS):
        picker.search_now()
    shown = _names(picker)
    assert shown and all("حربيه" in name for name in shown) and not picker.searching
    found: list[None] = []
    picker.found.connect(lambda: found.append(None))
    held.release.set()
    _delivered(qtbot, older)
    assert _names(picker) == shown and found == []  # «جعفر»'s answer came last: not shown


def test_enter_before_the_answer_takes_its_first_match_and_keeps_what_came_after(
        qtbot, ctx, monkeypatch):
    held = _Held(monkeypatch, "حربيه")
    picker = _picker(qtbot, ctx)
    picked: list = []
    picker.picked.connect(picked.append)
    _keys(picker, "حربيه")
    qtbot.keyClick(picker, Qt.Key.Key_Return)  # the search starts now, and is held
    assert held.reached.wait(10) and picked == [] and picker.searching
    _keys(picker, "جعفر")  # the clerk types on
    held.release.set()
    qtbot.waitUntil(lambda: bool(picked), timeout=WAIT_MS)
    assert "حربيه" in picked[0].name and picker.text() == "جعفر"
    assert picker.searching  # what came after the Enter is searched for in turn
    qtbot.waitUntil(lambda: not picker.searching, timeout=WAIT_MS)
    assert _names(picker) and all("جعفر" in name for name in _names(picker))
    assert len(picked) == 1


def test_enter_on_a_text_that_matches_nobody_takes_nobody_and_keeps_the_text(qtbot, ctx):
    picker = _picker(qtbot, ctx)
    picked: list = []
    picker.picked.connect(picked.append)
    _keys(picker, "لا أحد بهذا الاسم")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.searching, timeout=WAIT_MS)
    assert picked == [] and picker.text() == "لا أحد بهذا الاسم" and _names(picker) == []


def test_a_failed_search_is_said_once_and_the_picker_goes_on(qtbot, ctx, monkeypatch):
    said: list[BaseException] = []
    monkeypatch.setattr("ui.meetings.pickers.show_error", lambda _parent, error:
                        said.append(error))

    def lost(_session, _text, _limit=30):
        raise DatabaseUnavailable("The database cannot be reached.")

    monkeypatch.setattr(lookup, "read_people", lost)
    picker = _picker(qtbot, ctx)
    picker.setText("حربيه")
    _delivered(qtbot, picker.search_now())
    assert len(said) == 1 and not picker.searching and _names(picker) == []


def test_a_choice_box_waits_with_an_ellipsis_then_takes_its_choices(qtbot, ctx):
    box = ChoiceCombo(empty="(none)")
    qtbot.addWidget(box)
    seen: list = []
    box.value_changed.connect(seen.append)
    filled: list[None] = []
    operation = lookup.fill(box, ctx.db, lookup.read_ranks,
                            lambda: filled.append(None))
    assert not box.isEnabled() and box.count() == 0
    assert box.lineEdit().placeholderText() == "…" and box.currentText() == ""
    _delivered(qtbot, operation)
    assert filled == [None] and box.isEnabled() and box.lineEdit().placeholderText() == ""
    assert box.itemText(0) == "(none)" and box.count() > 5 and box.value() is None
    assert seen == []  # no choice was made by filling


def test_a_choice_box_whose_reading_fails_keeps_its_empty_choice(qtbot, ctx, monkeypatch):
    said: list[BaseException] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _parent, error: said.append(error))
    box = ChoiceCombo(empty="(none)")
    qtbot.addWidget(box)

    def lost(_session):
        raise DatabaseUnavailable("The database cannot be reached.")

    _delivered(qtbot, lookup.fill(box, ctx.db, lost))
    assert len(said) == 1 and box.isEnabled() and box.count() == 1 and box.value() is None


def test_the_new_person_form_says_the_refusal_and_keeps_what_was_typed(qtbot, ctx):
    dialog = NewPersonDialog(ctx, "")
    qtbot.addWidget(dialog)
    dialog.position.setText("مراقب")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with ctx.db.reader() as session:
        before = len(session.scalars(select(Person.id)).all())
    ok.click()
    assert dialog.pending is not None and not dialog.buttons.isEnabled()
    dialog.reject()  # Esc while it runs: the form stays until the core has answered
    qtbot.waitUntil(lambda: dialog.pending is None, timeout=WAIT_MS)
    assert dialog.error.text() and "الاسم" in dialog.error.text()
    assert dialog.position.text() == "مراقب" and dialog.created_id is None
    assert dialog.result() == 0 and dialog.buttons.isEnabled()
    with ctx.db.reader() as session:
        assert len(session.scalars(select(Person.id)).all()) == before
    dialog.name.setText("سامي عبد الرضا")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        ok.click()
    assert dialog.created_card is not None and dialog.created_card.id == dialog.created_id
    assert dialog.created_card.name.endswith("سامي عبد الرضا")


def test_a_report_parameter_keeps_the_value_remembered_while_its_choices_come(qtbot, ctx,
                                                                             tmp_path):
    with ctx.db.reader() as session:
        offices = lookups.offices(session, "ar")
    remembered = offices[-1].id
    ctx.preferences["reports"] = {"kind": "sample_table",
                                  "params": {"sample_table": {"office": remembered}}}
    area = ReportsArea(ctx)
    qtbot.addWidget(area)
    area.folder.setText(str(tmp_path))
    field = area.fields[0]
    assert field.loading and not field.widget.isEnabled() and field.widget.currentText() == "…"
    assert field.value() == remembered  # what will be chosen, already
    assert not area.build_button.isEnabled() and area.build() is None
    with qtbot.waitSignal(area.fields_loaded, timeout=WAIT_MS):
        pass
    assert field.widget.isEnabled() and field.value() == remembered
    assert field.widget.currentText() == offices[-1].text and area.build_button.isEnabled()


def test_the_protocol_order_is_read_by_an_operation_and_is_one_undoable_step(qtbot, ctx):
    undo = QUndoStack()
    panel = AttendeesPanel(ctx, undo, lambda _id: "", lambda: [],
                           lambda person_id: AttendeeInput(person_id))
    qtbot.addWidget(panel)
    with ctx.db.reader() as session:
        cards = [lookup.read_people(session, name)[0]
                 for name in ("سيف صباح", "حازم باقر", "حربيه", "جعفر كاظم")]
        expected = [a.person_id for a in protocol_order(
            session, [AttendeeInput(card.id) for card in cards])]
    for card in cards:
        panel.add_person(card)
    typed = [row.data.person_id for row in panel.model.rows]
    assert typed != expected  # the test would prove nothing otherwise
    steps = undo.count()
    operation = panel.order_by_protocol()
    assert operation is not None and not panel.protocol_button.isEnabled()
    assert panel.order_by_protocol() is None  # one reading at a time
    assert [row.data.person_id for row in panel.model.rows] == typed  # not yet: it comes
    _delivered(qtbot, operation)
    assert [row.data.person_id for row in panel.model.rows] == expected
    assert undo.count() == steps + 1 and panel.protocol_button.isEnabled()
    undo.undo()
    assert [row.data.person_id for row in panel.model.rows] == typed


def test_an_order_read_for_a_list_changed_meanwhile_is_not_applied(qtbot, ctx):
    panel = AttendeesPanel(ctx, QUndoStack(), lambda _id: "", lambda: [],
                           lambda person_id: AttendeeInput(person_id))
    qtbot.addWidget(panel)
    with ctx.db.reader() as session:
        cards = [lookup.read_people(session, name)[0]
                 for name in ("سيف صباح", "حربيه", "جعفر كاظم")]
    for card in cards[:2]:
        panel.add_person(card)
    operation = panel.order_by_protocol()
    panel.add_person(cards[2])  # the clerk adds someone while the order is read
    typed = [row.data.person_id for row in panel.model.rows]
    _delivered(qtbot, operation)
    assert [row.data.person_id for row in panel.model.rows] == typed
