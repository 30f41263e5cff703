"""What an area shows until its issue lands: plainly, what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Placeholder(QWidget):
    def __init__(self, coming: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("This area is not built yet."))
        title.setObjectName("placeholderTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(self.tr("It will hold: {what}").format(what=coming) if coming else "")
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (title, body):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)
        self.coming = coming
