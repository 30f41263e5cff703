"""A long document of many sections (a roster's thousands of centres), laid out and drawn page
by page on the canvas, without platypus' frames and page templates.

Platypus handles each flowable through its frame, page template and page-end machinery, and a
document whose page count is not known while it is drawn says «الصفحة N من M» in a second
stream per page, written at the end. For a roster of fifteen thousand pages both cost more
than drawing the rows. Here the pages are laid out first, from the flowables' heights alone
(a table's rows are laid out once and kept, ``RtlTable``), so the count is known before the
first page is drawn; then each page is drawn once: the later pages' running head from one
form drawn on every page, the flowables placed where the layout put them, the page number
with the rest of the page. The flowables are the ones every letter is made of (paragraphs,
tables, signatures); spaces between them follow platypus' rules (a space before is not
added at the top of a page, and overlaps the space after the flowable above).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from reports import fonts
from reports.errors import Cancelled
from reports.files import atomic_output
from reports.pdf.page import BOTTOM, MARGIN, PageSetup, _numbered_canvas, _Paint, _Painter
from reports.pdf.table import RtlTable

_FUZZ = 1e-6
LATER_HEAD = "ghurfaLaterHead"  # the form of the later pages' running head


@dataclass
class Section:
    """A part that starts on a page of its own: its heading, one table, what closes it."""

    head: Sequence[Flowable]  # the heading's paragraphs, drawn above the table's first rows
    table: RtlTable
    foot: Sequence[Flowable] = ()  # under the table: a space, the signatures

# A page: the flowables drawn on it, each with its bottom edge (its left edge is the margin's).
_Page = list[tuple[Flowable, float]]


class _Layout:
    """Places flowables down the pages as platypus' frames do, without drawing them."""

    def __init__(self, painter: _Painter, cancelled: Callable[[], bool]) -> None:
        self.width = painter.width - 2 * MARGIN
        self._tops = (painter.first_frame_top, painter.later_frame_top)
        self._cancelled = cancelled
        self.pages: list[_Page] = []
        self.wanted = 0.0  # the room a page break asked for the next flowable
        self._new_page()

    def _new_page(self) -> None:
        if len(self.pages) % 64 == 0 and self._cancelled():
            raise Cancelled()
        self.pages.append([])
        self.y = self._tops[0 if len(self.pages) == 1 else 1]
        self.space_after = 0.0  # of the flowable above, which the next one's space overlaps

    @property
    def at_top(self) -> bool:
        return not self.pages[-1]

    @property
    def room(self) -> float:
        return self.y - BOTTOM

    def break_page(self) -> None:
        """A new page, unless nothing is drawn on this one yet."""
        if not self.at_top:
            self._new_page()
        self.wanted = 0.0

    def need(self, height: float) -> None:
        """A new page if less than ``height`` is left on this one (``CondPageBreak``)."""
        if self.room < height and not self.at_top:
            self._new_page()
        self.wanted = 0.0

    def skip(self, height: float) -> None:
        """Leave ``height`` empty (a ``Spacer``), never past the foot of the page."""
        if not self.at_top:
            self.y = max(BOTTOM, self.y - height)
            self.space_after = 0.0

    def add(self, flowable: Flowable) -> None:
        """Place ``flowable``, split over as many pages as it needs. A ``CondPageBreak``
        asks for its room when the next flowable comes (none: no page is begun for it), a
        ``Spacer`` leaves its height empty."""
        if isinstance(flowable, CondPageBreak):
            self.wanted = max(self.wanted, flowable.height)
            return
        if isinstance(flowable, Spacer):
            self.skip(flowable.height)
            return
        if self.wanted:
            self.need(self.wanted)
        pending = [flowable]
        while pending:
            current = pending.pop(0)
            space = 0.0 if self.at_top else max(current.getSpaceBefore() - self.space_after,
                                                0.0)
            available = self.room - space
            _width, height = current.wrap(self.width, available)
            if height <= available + _FUZZ:
                self._place(current, space, height)
                continue
            parts = current.split(self.width, available) if available > 0 else []
            if len(parts) > 1 or (parts and parts[0] is not current):
                head = parts[0]
                _width, height = head.wrap(self.width, available)
                self._place(head, space, height)
                self._new_page()
                pending[:0] = parts[1:]
            elif self.at_top:  # taller than an empty page and unsplittable: drawn as it is
                self._place(current, 0.0, height)
            else:
                self._new_page()
                pending.insert(0, current)

    def _place(self, flowable: Flowable, space: float, height: float) -> None:
        self.y -= space + height
        self.pages[-1].append((flowable, self.y))
        self.space_after = flowable.getSpaceAfter()
        self.y -= self.space_after


def render_sections(output: Path, setup: PageSetup, opening: Sequence[Flowable],
                    sections: Iterable[Section], *, first_room: float = 140.0,
                    cancelled: Callable[[], bool] = lambda: False) -> Path:
    """The ``opening`` (the letter's subject and paragraphs), then each section from a new
    page; the first one under the opening if ``first_room`` is left. Nothing is left on
    cancel."""
    fonts.register()
    painter = _Painter(setup)
    laid = _Layout(painter, cancelled)
    for flowable in opening:
        laid.add(flowable)
    for number, section in enumerate(sections):
        if number:
            laid.break_page()
        else:
            laid.need(first_room)
        for flowable in section.head:
            laid.add(flowable)
        laid.add(section.table)
        for flowable in section.foot:
            laid.add(flowable)
    pages, total = laid.pages, len(laid.pages)
    paint = _Paint(painter.every_page, painter.page_number, setup.size)
    with atomic_output(output) as temporary:
        canvas = _numbered_canvas([paint], inline=True)(
            str(temporary), pagesize=setup.size, pageCompression=1, lang=setup.lang,
            initialFontName=fonts.REGULAR)
        canvas.setTitle(setup.title)
        canvas.setAuthor(setup.author)
        canvas.setSubject(setup.subject)
        canvas.setCreator("Ghurfa")
        canvas.setKeywords(list(setup.keywords))
        if total > 1:
            canvas.beginForm(LATER_HEAD)
            painter.later_page(canvas, None)
            canvas.endForm()
        for index in range(total):
            if cancelled():
                raise Cancelled()
            if index:
                canvas.doForm(LATER_HEAD)
            else:
                painter.first_page(canvas, None)
            for flowable, bottom in pages[index]:
                flowable.drawOn(canvas, MARGIN, bottom)
            pages[index] = []  # drawn: its flowables (a table's rows) let go
            canvas.saveState()
            painter.page_number(canvas, index + 1, total)
            canvas.restoreState()
            canvas.showPage()
        canvas.save()
    return output
