"""A registry record saved on another workstation first: theirs beside mine, field by field.

The core refused the save (``StaleRecord``, carrying the record as stored now) and wrote
nothing. The form that was saving stays open with what was typed; this dialog sets the stored
value of each field that differs beside the typed one, and lets the user take theirs (the
typed values go to the clipboard first, and stay in this dialog until it closes) or keep
theirs own (the next save replaces the stored record, knowingly). Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

DIALOG_SIZE = (760, 420)


@dataclass(frozen=True)
class FieldDifference:
    """One field whose stored value is not the one typed, both as the user reads them."""

    label: str
    theirs: str
    mine: str


def mine_as_text(differences: Sequence[FieldDifference]) -> str:
    """The typed values, a line a field: what goes to the clipboard before theirs is taken."""
    return "\n".join(f"{d.label}: {d.mine}" for d in differences)


class RecordConflict(QDialog):
    """``take_theirs`` or ``keep_mine`` as the user answers; Cancel leaves the form as it is
    (its next save is refused again, the stored record being still newer)."""

    take_theirs = Signal()
    keep_mine = Signal()

    def __init__(self, heading: str, differences: Sequence[FieldDifference],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordConflict")
        self.setWindowTitle(self.tr("Saved elsewhere first"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.differences = list(differences)
        self.heading = QLabel(heading + " " + self.tr(
            "Nothing of yours was saved. Compare the values, then take theirs or keep "
            "yours."))
        self.heading.setWordWrap(True)
        self.table = QTableWidget(len(self.differences), 3)
        self.table.setObjectName("conflictFields")
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Theirs (stored now)"), self.tr("Mine (typed here)")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, difference in enumerate(self.differences):
            for column, text in enumerate((difference.label, difference.theirs,
                                           difference.mine)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        if not self.differences:
            self.table.hide()
        self.note = QLabel()
        self.note.setObjectName("conflictNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.theirs_button = QPushButton(self.tr("Take theirs"))
        self.theirs_button.setObjectName("conflictTheirs")
        self.theirs_button.clicked.connect(self._on_theirs_clicked)
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.mine_button.setObjectName("conflictMine")
        self.mine_button.setToolTip(self.tr("Your values stay in the form; saving again "
                                            "replaces theirs."))
        self.mine_button.clicked.connect(self._on_mine_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.theirs_button, self.mine_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(*DIALOG_SIZE)

    def _on_theirs_clicked(self) -> None:
        QApplication.clipboard().setText(mine_as_text(self.differences))
        self.take_theirs.emit()
        self.theirs_button.setEnabled(False)
        self.mine_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.note.setText(self.tr("The stored values are now in the form. Yours are on the "
                                  "clipboard, and above until you close this window."))
        self.note.show()

    def _on_mine_clicked(self) -> None:
        self.keep_mine.emit()
        self.accept()
