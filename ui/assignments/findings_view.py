"""Where the board says what the rules found: each finding in the user's language, at once.

The core's findings (``desktop.services.findings``) carry their message's source text and
fields; this list shows each as a line, an error (refused) or a warning (may be confirmed),
under a heading that says what became of the placing. It holds what the last placing found
until the next one, so the user can read why something was refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.services.findings import Finding
from desktop.text.arabic import left_to_right
from ui.direction import isolate_paths

ERROR_COLOUR, WARNING_COLOUR, DONE_COLOUR = "#b00020", "#8a5a00", "#1b5e20"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?")


def year_first(text: str) -> str:
    """The days (and moments) inside a message read year first in a right-to-left line:
    mirrored with the Arabic around them, «2009-01-31» read «31-01-2009»."""
    return _DAY.sub(lambda match: left_to_right(match.group(0)), text)


class FindingsView(QWidget):
    """A heading and two lines of findings (more scroll), of a height that does not change
    as they come and go, so the lists above do not jump; ``hint`` says what to do while
    there is nothing to say."""

    LINES = 2

    def __init__(self, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = hint
        self.heading = QLabel()
        self.heading.setObjectName("boardFindingsHeading")
        self.list = QListWidget()
        self.list.setObjectName("boardFindings")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setFrameShape(QFrame.Shape.NoFrame)  # lines under the heading, not a box
        self.list.setStyleSheet("QListWidget { background: transparent; }")
        line = self.list.fontMetrics().height() + 6
        self.list.setFixedHeight(line * self.LINES + 2 * self.list.frameWidth())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.clear()

    def clear(self) -> None:
        self.outcome = ""  # what became of the last change: done, refused, confirm, left
        self.list.clear()
        self.say(self.hint, "palette(dark)")

    def show_findings(self, heading: str, findings: Sequence[Finding], *,
                      colour: str | None = None, outcome: str = "") -> None:
        """``heading`` above every finding, errors first as the core orders them."""
        self.outcome = outcome
        lang = i18n.language()
        self.list.clear()
        style = self.style()
        for finding in findings:
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical if finding.is_error \
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            item = QListWidgetItem(style.standardIcon(icon),
                                   year_first(isolate_paths(finding.message(lang))))
            item.setForeground(QBrush(QColor(ERROR_COLOUR if finding.is_error
                                             else WARNING_COLOUR)))
            item.setToolTip(item.text())  # a long one elided in the line reads whole here
            self.list.addItem(item)
        self.say(heading, colour or (ERROR_COLOUR if any(f.is_error for f in findings)
                                     else WARNING_COLOUR if findings else DONE_COLOUR))

    def say(self, text: str, colour: str = DONE_COLOUR, *, outcome: str | None = None) -> None:
        if outcome is not None:
            self.outcome = outcome
        self.heading.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.heading.setText(text)

    def messages(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]
