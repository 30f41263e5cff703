"""The one preview of every document: pages on screen, zoom, page by page, print, save, folder.

Printing renders each page with QtPdf at the printer's resolution and paints it into the
``QPrinter``; it runs off the interface thread (painting on a printer is allowed there, with a
``QPdfDocument`` of its own), with progress and cancel, so a 300-page roster never freezes.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.operations import Operation, run_in_background

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0
# Pages are rendered at the printer's resolution up to this: 300 dpi is sharp for text, and a
# file printer's 1200 dpi would take seconds a page for nothing the eye can see.
MAX_RENDER_DPI = 300


class PrintCancelled(Exception):
    """The person stopped printing; the pages already sent stay sent."""


def print_pdf(pdf_path: Path, printer: QPrinter,
              progress: Callable[[int, int], None] = lambda done, total: None,
              cancelled: Callable[[], bool] = lambda: False) -> int:
    """Paint the pages of ``pdf_path`` (the printer's page range, if set) into ``printer``.

    Each page is rendered at the printer's own resolution (at most ``MAX_RENDER_DPI``) and
    fitted to its paintable area, keeping the page's proportions. Returns the pages printed.
    """
    document = QPdfDocument(None)
    if document.load(str(pdf_path)) != QPdfDocument.Error.None_:
        raise OSError(f"cannot read {pdf_path}")
    count = document.pageCount()
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    pages = list(range(first - 1, last))
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not start")
    try:
        for done, page in enumerate(pages):
            if cancelled():
                printer.abort()
                raise PrintCancelled()
            if done:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            area = painter.viewport()
            page_w, page_h = points.width() / 72, points.height() / 72  # inches
            scale = min(area.width() / page_w, area.height() / page_h)
            target = QRect(0, 0, round(page_w * scale), round(page_h * scale))
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            progress(done + 1, len(pages))
    finally:
        painter.end()
        document.close()
    return len(pages)


class PreviewDialog(QDialog):
    def __init__(self, pdf_path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.operation: Operation | None = None
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self.load_error = self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Pages are paper: they keep their own direction whatever the window's is.
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.navigator = self.view.pageNavigator()

        style = self.style()
        self.previous_button = self._tool(style.standardIcon(
            QStyle.StandardPixmap.SP_ArrowBack), self.tr("Previous page"), self.previous_page)
        self.page = QSpinBox()
        self.page.setRange(1, max(self.page_count, 1))
        self.page.valueChanged.connect(self._on_page_value_changed)
        self.page_count_label = QLabel(self.tr("of {count}").format(count=self.page_count))
        self.next_button = self._tool(style.standardIcon(
            QStyle.StandardPixmap.SP_ArrowForward), self.tr("Next page"), self.next_page)
        self.zoom_out_button = self._tool(None, self.tr("Zoom out"), self.zoom_out, "−")
        self.zoom_in_button = self._tool(None, self.tr("Zoom in"), self.zoom_in, "+")
        self.fit_button = self._tool(None, self.tr("Fit the width"), self.fit_width,
                                     self.tr("Fit"))
        self.print_button = QPushButton(style.standardIcon(
            QStyle.StandardPixmap.SP_DialogSaveButton), self.tr("Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.clicked.connect(self.save_as)
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.clicked.connect(self.open_folder)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.navigator.currentPageChanged.connect(self._on_navigator_page_changed)

        bar = QHBoxLayout()
        for widget in (self.previous_button, QLabel(self.tr("Page")), self.page,
                       self.page_count_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.folder_button, close):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.resize(980, 860)

    def _tool(self, icon, tip: str, slot: Callable[[], None], text: str = "") -> QToolButton:
        button = QToolButton()
        if icon is not None:
            button.setIcon(icon)
        if text:
            button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """Zero-based, as QtPdf counts."""
        return self.navigator.currentPage()

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count - 1))
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))

    def zoom_in(self) -> None:
        self._set_zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.view.zoomFactor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _on_page_value_changed(self, value: int) -> None:
        if value - 1 != self.current_page():
            self.go_to(value - 1)

    def _on_navigator_page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start_printing(printer)

    def start_printing(self, printer: QPrinter) -> Operation:
        path = self.pdf_path

        def work(progress) -> int:
            return print_pdf(path, printer, lambda d, t: progress.report(d, t, ""),
                             progress.is_cancelled)

        self.print_button.setEnabled(False)
        self.operation = run_in_background(self, self.tr("Printing"), work, self._on_printed,
                                           self._on_print_failed)
        return self.operation

    def _on_printed(self, pages: int) -> None:
        self.print_button.setEnabled(True)
        self.operation = None

    def _on_print_failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.operation = None
        if not isinstance(error, PrintCancelled):
            from ui.errors import show_error

            show_error(self, error)

    def save_as(self) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document as"),
                                                str(self.pdf_path), self.tr("PDF (*.pdf)"))
        if not target:
            return None
        if Path(target).resolve() != self.pdf_path.resolve():
            shutil.copyfile(self.pdf_path, target)
        return Path(target)

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path.parent)))

    def done(self, result: int) -> None:
        if self.operation is not None:
            self.operation.cancel()
        self.view.setDocument(None)
        self.document.close()
        super().done(result)


def open_preview(parent: QWidget | None, pdf_path: Path | str, title: str) -> PreviewDialog:
    """Show ``pdf_path`` in a modeless preview and return the dialog (it deletes itself)."""
    dialog = PreviewDialog(Path(pdf_path), title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
