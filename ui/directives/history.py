"""A directive's history beside the board: its words, who answers for it, and what happened.

The history is the core's (``directive_history``): the meetings it stood in (recorded, carried
over) and every follow-up note with its author and the status it set, in the order they
came, whatever revision of the minutes or sitting each was written against. Read by an
operation when the directive in focus changes or is changed elsewhere; only the answer to
the latest question is shown.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.services import room_clock
from desktop.services.directive_board import DirectiveHistory, directive_history
from ui.context import AppContext
from ui.directives.board import ltr
from ui.labels import label
from ui.operations import query_op

LATE_STYLE = "color: #a4000f; font-weight: 600;"


class HistoryPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number: int | None = None
        self.history: DirectiveHistory | None = None
        self._asked = 0
        self.heading = QLabel(self.tr("Choose a directive to see its history."))
        self.heading.setObjectName("historyHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.view = QTextBrowser()
        self.view.setObjectName("historyView")
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)

    def show_directive(self, number: int | None, today) -> None:
        """Read and show directive ``number``'s history (None: none in focus)."""
        self.number = number
        self._asked += 1
        if number is None:
            self.history = None
            self.heading.setText(self.tr("Choose a directive to see its history."))
            self.view.clear()
            return
        asked, lang = self._asked, self.ctx.language
        self.heading.setText(self.tr("Reading the history…"))
        query_op(self, self.ctx.db, lambda session: directive_history(
            session, number, today, lang)) \
            .success(lambda history: self._on_read(asked, history)) \
            .failure(lambda error: self._on_failed(asked, error)).run()

    def _on_failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self.history = None
        self.heading.setText(self.tr("This directive is no longer on the board."))
        self.view.clear()
        from desktop.services.errors import NotFound

        if not isinstance(error, NotFound):
            from ui.errors import show_error

            show_error(self, error)

    def _on_read(self, asked: int, history: DirectiveHistory) -> None:
        if asked != self._asked:
            return  # the user moved on meanwhile
        self.history = history
        row = history.row
        state = html.escape(label(row.status))
        if row.late:
            state += " · " + f'<span style="{LATE_STYLE}">' + html.escape(
                self.tr("Days late: {days}").format(days=row.days_late)) + "</span>"
        self.heading.setText(f"<b>{row.id}</b> — {html.escape(row.text)}<br>{state}")
        self.view.setHtml(self._body(history))

    def _body(self, history: DirectiveHistory) -> str:
        row = history.row
        facts = [
            (self.tr("Responsible"), row.responsible or self.tr("No one named")),
            (self.tr("Due"), ltr(row.due_date.isoformat()) if row.due_date
             else self.tr("Not set")),
            (self.tr("Priority"), label(row.priority)),
            (self.tr("Kind"), label(row.kind)),
        ]
        parts = ["<p>" + " · ".join(f"<b>{html.escape(name)}:</b> {html.escape(value)}"
                                    for name, value in facts) + "</p>"]
        events: list[tuple[datetime, str]] = []
        for sitting in history.sittings:
            what = self.tr("Carried over to the minutes of «{subject}» ({status})") \
                if sitting.carried else self.tr("Recorded in the minutes of «{subject}» "
                                                "({status})")
            text = what.format(subject=sitting.subject, status=label(sitting.status))
            if sitting.revision > 1:
                text += " · " + self.tr("revision {n}").format(n=sitting.revision)
            text = html.escape(text)
            if sitting.text != row.text:  # words a later revision changed, as they stood
                text += "<br>" + html.escape(self.tr("Worded: «{text}»").format(
                    text=sitting.text))
            events.append((sitting.meeting_date, text))
        for update in history.updates:
            status = f"<b>{html.escape(label(update.new_status))}</b> — " \
                if update.new_status else ""
            author = f" <i>({html.escape(update.author)})</i>" if update.author else ""
            local = room_clock.local(update.at)
            events.append((local, status + html.escape(update.text or "")
                           .replace("\n", "<br>") + author))
        title = self.tr("History")
        parts.append(f"<h4>{html.escape(title)}</h4><ul>")
        for moment, text in sorted(events, key=lambda e: e[0]):
            when = ltr(moment.strftime("%Y-%m-%d %H:%M"))
            parts.append(f"<li><b>{when}</b> — {text}</li>")
        parts.append("</ul>")
        if not history.updates:
            none_yet = self.tr("No follow-up is recorded yet.")
            parts.append(f"<p>{html.escape(none_yet)}</p>")
        return "".join(parts)
