"""The assignment board: for one election and shift, the centres and posts against the
people, detachments and vehicles, and what is at each site.

Laid out for reading right to left: the sites with their coverage (``ui.assignments.sites``)
above what is at the chosen one (``ui.assignments.assigned``), and the pool to place from
beside them (``ui.assignments.pool``). The head names the election, the shift (its day,
label and hours) and its roster's state: a draft, or published with its revision.

Every list is read by an operation for the shift chosen; the room's change notices read again
only the lists a notice touches (a shift's state, the coverage, what is at the site, the pool),
merged so the user's choices stay chosen. An assignment made anywhere reads only the sites'
counts again (``duty_board.site_counts``), not the sites themselves. The actions that change
the roster are ``ui.assignments.actions``'.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.models import PhaseKind, RosterStatus
from desktop.services import duty_board, room_clock
from desktop.services.duty_board import AssignedRow, ShiftRow, SiteRow
from ui.assignments.actions import BoardActions
from ui.assignments.assigned import AssignedPanel
from ui.assignments.dialogs import shift_text
from ui.assignments.findings_view import FindingsView, year_first
from ui.assignments.pool import PoolPanel
from ui.assignments.sites import SitesPanel
from ui.centres.common import read_election_choices
from ui.changes import Debounce
from ui.context import AppContext
from ui.labels import label
from ui.meetings import lookup
from ui.meetings.common import ChoiceCombo
from ui.operations import Operation, query_op

if TYPE_CHECKING:
    from desktop.storage.changes import ChangeNotice

ELECTION_PREFERENCE = "assignments.election"
SHIFT_PREFERENCE = "assignments.shift"
SPLITTER_PREFERENCE = "assignments.splitter"  # the sites' share of the height, as left
# What each list shows, by the kinds of record whose change it must read again.
SHIFT_KINDS = ("shifts",)
DUTY_KINDS = ("assignments", "people", "detachments", "detachment_members", "vehicles",
              "unavailabilities", "duty_rules")
SITE_KINDS = ("centres", "election_centres", "posts", "sectors", "sector_areas", "areas",
              "risk_minimums", "organisations")
POOL_KINDS = ("assignments", "people", "detachments", "detachment_members", "vehicles",
              "unavailabilities", "organisations", "sectors", "ranks")


class AssignmentsArea(QWidget):
    """``loaded(what)`` after each list has shown a reading: «shifts», «sites», «counts»
    (the sites' coverage alone), «assigned» (the pool says its own with ``pool.loaded``)."""

    loaded = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shifts: dict[int, ShiftRow] = {}
        self.reading: set[str] = set()
        self._generations: dict[str, int] = {}
        self._wanted_assignment: int | None = None

        self.election = ChoiceCombo()
        self.election.setObjectName("boardElection")
        self.election.setMinimumWidth(260)
        self.election.value_changed.connect(self._on_election_value_changed)
        self.shift = ChoiceCombo()
        self.shift.setObjectName("boardShift")
        self.shift.setMinimumWidth(430)
        self.shift.value_changed.connect(self._on_shift_value_changed)
        self.state = QLabel()
        self.state.setObjectName("boardRosterState")
        font = self.state.font()
        font.setBold(True)
        self.state.setFont(font)
        # A published roster's state (revision, who, when) is long: it wraps in the room
        # left of the shift rather than widening the window past a 1366-pixel screen.
        self.state.setWordWrap(True)
        election_label = QLabel(self.tr("&Election"))
        election_label.setBuddy(self.election)
        shift_label = QLabel(self.tr("S&hift"))
        shift_label.setBuddy(self.shift)
        head = QHBoxLayout()
        for widget in (election_label, self.election, shift_label, self.shift):
            head.addWidget(widget)
        head.addWidget(self.state, 1)

        self.sites = SitesPanel()
        self.assigned = AssignedPanel()
        self.pool = PoolPanel(ctx)
        self.sites.current_changed.connect(self._on_site_current_changed)
        self.sites.activated.connect(lambda _site: self.pool.search.setFocus())
        self.pool.loaded.connect(lambda _kind: self.actions.update())

        # The sites across the top, what is at the chosen one and the pool to place from
        # side by side below: a drag goes up from the pool onto a site, or across onto the
        # site's list.
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.assigned)
        below.addWidget(self.pool)
        below.setStretchFactor(0, 1)
        below.setStretchFactor(1, 1)
        below.setSizes([1000, 1000])  # halves, whatever each one's own hint
        below.setChildrenCollapsible(False)
        # The sites get the larger part: the commander reads the election's coverage there
        # (a laptop's 768 pixels showed five of Maysan's thirty-four sites in a half); where
        # the user moves the divide is kept for the next time.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("boardSplitter")
        self.splitter.addWidget(self.sites)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        share = ctx.preferences.get(SPLITTER_PREFERENCE)
        share = share if isinstance(share, float) and 0.1 <= share <= 0.9 else 0.6
        self.splitter.setSizes([round(share * 10_000), round((1 - share) * 10_000)])
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self._remember_splitter)

        # What the rules said of the last change, across the whole width, so a message
        # reads on one line.
        self.findings = FindingsView(self.tr(
            "To place someone: choose a centre or post, then a person or detachment, and "
            "press Enter (or drag them onto the site). Whatever the rules say is said here."))
        self.actions = BoardActions(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(head)
        layout.addWidget(self.actions.toolbar)
        layout.addWidget(self.actions.note)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.findings)
        self.setFocusProxy(self.sites.view)

        self._changes = Debounce(self._on_room_changed, self)
        if ctx.changes is not None:
            ctx.changes.changed.connect(self._on_change_noticed)
        self.fill_elections()

    def _remember_splitter(self, _position: int, _index: int) -> None:
        """The sites' share of the height, kept: a share, not pixels, so it holds on a
        window of another height."""
        sites, below = self.splitter.sizes()
        if sites + below > 0:
            self.ctx.preferences[SPLITTER_PREFERENCE] = round(sites / (sites + below), 3)

    # -- what is chosen ---------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return bool(self.reading) or self.pool.loading

    def current_shift(self) -> ShiftRow | None:
        return self.shifts.get(self.shift.value())

    def current_site(self) -> SiteRow | None:
        return self.sites.current_row()

    def current_assignment(self) -> AssignedRow | None:
        return self.assigned.current_row()

    def status(self) -> RosterStatus | None:
        shift = self.current_shift()
        return shift.status if shift is not None else None

    # -- reading ----------------------------------------------------------------------------------

    def _read(self, what: str, read: Callable[[Any], Any],
              show: Callable[[Any], None]) -> Operation:
        """One list's reading: the answer of an older one of the same list is dropped."""
        generation = self._generations.get(what, 0) + 1
        self._generations[what] = generation
        self.reading.add(what)

        def done(result: Any) -> None:
            if self._generations.get(what) != generation:
                return
            self.reading.discard(what)
            show(result)
            self.actions.update()
            self.loaded.emit(what)

        def failed(error: BaseException) -> None:
            if self._generations.get(what) == generation:
                self.reading.discard(what)
            from ui.errors import show_error

            show_error(self, error)

        return query_op(self, self.ctx.db, read).success(done).failure(failed).run()

    def fill_elections(self) -> None:
        lang = self.ctx.language
        wanted = self.election.value() or self.ctx.preferences.get(ELECTION_PREFERENCE)
        self.reading.add("elections")

        def filled() -> None:
            self.reading.discard("elections")
            choices = self.election.choices
            chosen = wanted if wanted is not None and choices.row_of(wanted) >= 0 \
                else choices.value_at(0)
            self.election.set_value(chosen, quiet=True)
            self._on_election_value_changed(self.election.value())

        lookup.fill(self.election, self.ctx.db,
                    lambda session: read_election_choices(session, lang), then=filled)

    def _on_election_value_changed(self, election_id: int | None) -> None:
        if election_id is not None:
            self.ctx.preferences[ELECTION_PREFERENCE] = election_id
        self.read_shifts(fresh=True)

    def read_shifts(self, *, fresh: bool = False) -> Operation:
        election_id = self.election.value()

        def show(rows: list[ShiftRow]) -> None:
            before = self.current_shift()
            self.shifts = {row.id: row for row in rows}
            wanted = self.shift.value() if not fresh else \
                self.ctx.preferences.get(SHIFT_PREFERENCE)
            if wanted not in self.shifts:
                wanted = next((r.id for r in rows if r.phase is PhaseKind.POLLING_DAY),
                              rows[0].id if rows else None)
            self.shift.blockSignals(True)
            self.shift.set_choices([(r.id, self._shift_choice(r)) for r in rows])
            self.shift.set_value(wanted)
            self.shift.blockSignals(False)
            self._show_state()
            if fresh or before is None or before.id != wanted:
                self._on_shift_value_changed(wanted)

        return self._read("shifts", lambda session: duty_board.shift_rows(session, election_id),
                          show)

    def _shift_choice(self, row: ShiftRow) -> str:
        return f"{shift_text(row)} — {label(row.phase)}"

    def _on_shift_value_changed(self, shift_id: int | None) -> None:
        if shift_id is not None:
            self.ctx.preferences[SHIFT_PREFERENCE] = shift_id
        self._show_state()
        self.sites.clear()
        self.assigned.show_site(None)
        self.pool.set_shift(shift_id)
        self.read_sites()

    def _show_state(self) -> None:
        self.state.setText(self.state_text(self.current_shift()))
        self.actions.update()

    def state_text(self, shift: ShiftRow | None) -> str:
        """The roster's state in words: a draft, or published with its revision."""
        if shift is None:
            return self.tr("No shift in this election.")
        if shift.status is RosterStatus.PUBLISHED:
            when = room_clock.local(shift.published_at).strftime("%Y-%m-%d %H:%M") \
                if shift.published_at else ""
            return year_first(self.tr(
                "Roster published — revision {revision}, by {who}, {when}").format(
                revision=shift.revision, who=shift.published_by or "", when=when))
        if shift.revision:
            return self.tr("Roster: draft (withdrawn after revision {revision})").format(
                revision=shift.revision)
        return self.tr("Roster: draft")

    def read_sites(self) -> Operation | None:
        shift_id = self.shift.value()
        if shift_id is None:
            return None

        def show(rows: list[SiteRow]) -> None:
            if shift_id != self.shift.value():
                return
            self.sites.set_rows(rows)
            self.assigned.show_site(self.current_site())  # its heading's counts

        return self._read("sites", lambda session: duty_board.site_rows(session, shift_id),
                          show)

    def read_counts(self) -> Operation | None:
        """What each site has against its minimum read again, the sites kept as they are
        (``duty_board.site_counts``): after an assignment here or on another workstation, the
        coverage of every centre and the totals follow without the sites being read whole.
        Before the sites are shown, the sites are read."""
        shift_id = self.shift.value()
        if shift_id is None:
            return None
        if not self.sites.model.rowCount() or "sites" in self.reading:
            return self.read_sites()

        def show(counts: dict) -> None:
            if shift_id != self.shift.value() or "sites" in self.reading:
                return  # another shift, or a whole reading on its way
            self.sites.set_rows(duty_board.with_counts(self.sites.model.rows, counts))
            self.assigned.show_site(self.current_site())  # its heading's counts

        return self._read("counts", lambda session: duty_board.site_counts(session, shift_id),
                          show)

    def _on_site_current_changed(self, site: SiteRow | None) -> None:
        before = self.assigned.site
        self.assigned.show_site(site)
        self.pool.set_sector(site.sector_id if site is not None else None)
        if site is not None and (before is None or before.key != site.key):
            self.read_assigned()
        self.actions.update()

    def read_assigned(self, *, then_select: int | None = None) -> Operation | None:
        shift_id, site = self.shift.value(), self.current_site()
        if shift_id is None or site is None:
            return None
        if then_select is not None:
            self._wanted_assignment = then_select

        def show(rows: list[AssignedRow]) -> None:
            if self.current_site() is None or self.current_site().key != site.key:
                return
            self.assigned.set_rows(rows)
            wanted, self._wanted_assignment = self._wanted_assignment, None
            if wanted is not None:
                self.assigned.select(wanted)

        return self._read("assigned", lambda session: duty_board.assigned_at(
            session, shift_id, site.key), show)

    def refresh(self) -> None:
        """Read again every list of the shift shown (the roster changed)."""
        self.read_shifts()
        self.read_sites()
        self.read_assigned()
        self.pool.refresh()

    # -- the room's changes ----------------------------------------------------------------------

    def _on_change_noticed(self, notice: ChangeNotice) -> None:
        if notice.everything or any(notice.touches(kind) for kind in (
                "elections", *SHIFT_KINDS, *DUTY_KINDS, *SITE_KINDS, *POOL_KINDS)):
            self._changes.add(notice)

    def _on_room_changed(self, notices: list[ChangeNotice]) -> None:
        """Only the lists the notices touch are read again."""
        def touched(kinds: tuple[str, ...]) -> bool:
            return any(n.everything or any(n.touches(k) for k in kinds) for n in notices)

        if touched(("elections",)):
            self.fill_elections()
            return
        if touched(SHIFT_KINDS):
            self.read_shifts()
        if touched(SITE_KINDS):
            self.read_sites()
        elif touched(DUTY_KINDS):
            self.read_counts()  # the sites are as they were: only what is at them changed
        if touched(DUTY_KINDS + SITE_KINDS):
            self.read_assigned()
        if touched(POOL_KINDS):
            self.pool.refresh()

    def after_change(self, *, select: int | None = None) -> None:
        """What this workstation changed: with the room's notices the lists read it by
        themselves; without them (a test's context) they are asked to."""
        if select is not None:
            self._wanted_assignment = select
        if self.ctx.changes is None:
            self.refresh()

    def can_close(self) -> bool:
        return True
