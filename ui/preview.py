"""The one preview of every document: pages on screen, zoom, page by page, print, save, folder.

A preview of a document that still needs its number is not the official copy: its number field
says the number is given at print and every page says it is a preview (``reports.numbers``).
Print and Save make the official copy first, through the ``OfficialCopy`` the caller gives,
which draws the number and voids it if the print fails or is cancelled; the preview then shows
that copy, so a second print or save reuses its number. A role that may not issue numbers finds
Print and Save disabled, with the reason, rather than refused halfway.

Printing to a printer renders each page with QtPdf at the printer's resolution and paints it
into the ``QPrinter``; it runs off the interface thread (painting on a printer is allowed
there, with a ``QPdfDocument`` of its own), with progress and cancel, so a 300-page roster
never freezes. The print dialog's "print to file (PDF)" gets the document's own PDF, with its
text and fingerprint, exactly as Save as writes it, not pictures of its pages.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRect, QSize, Qt, QUrl, Signal
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

from reports.errors import Cancelled
from reports.files import copy_document
from ui.operations import Operation, Progress, run_in_background

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0
# Pages are rendered at the printer's resolution up to this: 300 dpi is sharp for text, and a
# file printer's 1200 dpi would take seconds a page for nothing the eye can see.
MAX_RENDER_DPI = 300
NOTICE_COLOR = "#9b0000"  # the documents' own red for marks that say "not official"

Deliver = Callable[[Path], None]


class PrintCancelled(Cancelled):
    """The person stopped printing; the pages already sent stay sent, and a number drawn for
    this print is voided as for any cancelled print."""


@dataclass(frozen=True)
class OfficialCopy:
    """How a preview becomes the official copy, drawing the document's number: ``make(output,
    progress, deliver)`` writes it to ``output`` and hands it to ``deliver`` (the print) while
    the number can still be voided."""

    make: Callable[[Path, Progress, Deliver | None], Path]
    may_issue: bool = True  # False: the acting role may not draw numbers


def _page_count(pdf_path: Path) -> int:
    document = QPdfDocument(None)
    try:
        if document.load(str(pdf_path)) != QPdfDocument.Error.None_:
            raise OSError(f"cannot read {pdf_path}")
        return document.pageCount()
    finally:
        document.close()


def is_file_printer(printer: QPrinter) -> bool:
    """Whether the print dialog chose "print to file (PDF)" rather than a printer."""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and \
        bool(printer.outputFileName())


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


def send_to_printer(pdf_path: Path, printer: QPrinter,
                    progress: Callable[[int, int], None] = lambda done, total: None,
                    cancelled: Callable[[], bool] = lambda: False) -> int:
    """Print ``pdf_path`` as the print dialog chose: a file printer gets the PDF itself, the
    whole document (a PDF is not cut by page range), a printer gets the painted pages."""
    if not is_file_printer(printer):
        return print_pdf(pdf_path, printer, progress, cancelled)
    if cancelled():
        raise PrintCancelled()
    copy_document(pdf_path, Path(printer.outputFileName()))
    pages = _page_count(pdf_path)
    progress(pages, pages)
    return pages


class PreviewDialog(QDialog):
    official_made = Signal(object)  # the Path of the official copy, once printed or saved

    def __init__(self, pdf_path: Path, title: str, parent: QWidget | None = None,
                 official: OfficialCopy | None = None, scratch: Path | None = None,
                 keep_at: Callable[[], Path] | None = None) -> None:
        """``official``: how to make the official copy, when ``pdf_path`` is a preview that
        is not; ``scratch``: a folder of the preview's own, removed when the dialog closes;
        ``keep_at()``: where a print keeps the official copy it makes, and where Save as
        starts (by default beside ``pdf_path``)."""
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.official = official
        self.scratch = Path(scratch) if scratch is not None else None
        self._keep_at = keep_at
        self.closed = False
        if self.scratch is not None:  # also when the program ends with the preview open
            self.destroyed.connect(partial(shutil.rmtree, self.scratch, ignore_errors=True))
        self.kept: Path | None = None  # the last official copy written to a folder of the user
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
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {NOTICE_COLOR};")

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
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        self.resize(980, 860)
        self._show_state()

    def _tool(self, icon, tip: str, slot: Callable[[], None], text: str = "") -> QToolButton:
        button = QToolButton()
        if icon is not None:
            button.setIcon(icon)
        if text:
            button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- what may be done ----------------------------------------------------------------------

    @property
    def is_official(self) -> bool:
        """Whether the pages shown are the document itself rather than a preview of it."""
        return self.official is None

    def _show_state(self) -> None:
        """The notice and the buttons as the copy shown and the acting role allow."""
        busy = self.operation is not None
        refused = self.official is not None and not self.official.may_issue
        if self.official is None:
            self.notice.setText("")
        elif refused:
            self.notice.setText(self.tr(
                "Preview: this is not the official copy. The official copy takes a document "
                "number, which your role may not issue; a colleague whose role issues them "
                "prints it."))
        else:
            self.notice.setText(self.tr(
                "Preview: this is not the official copy. The document number is given when "
                "you print it or save it."))
        self.notice.setVisible(bool(self.notice.text()))
        tip = self.tr("Your role may not issue document numbers, so it cannot print or save "
                      "the official copy.") if refused else ""
        for button in (self.print_button, self.save_button):
            button.setEnabled(not busy and not refused)
            button.setToolTip(tip)
        self.folder_button.setEnabled(self.folder() is not None)

    def keep_at(self) -> Path:
        """Where a print keeps the official copy it makes, and where Save as starts."""
        return self._keep_at() if self._keep_at is not None else self.pdf_path

    def folder(self) -> Path | None:
        """The folder the last copy was written to; None while only a preview exists."""
        if self.kept is not None:
            return self.kept.parent
        if self.scratch is None:
            return self.pdf_path.parent
        return None

    # -- pages ---------------------------------------------------------------------------------

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

    # -- print and save ------------------------------------------------------------------------

    def print_document(self) -> Operation | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.start_printing(printer)

    def start_printing(self, printer: QPrinter) -> Operation:
        """Print in the background; a preview first becomes the official copy, kept where its
        ``OfficialCopy`` says, and its number is voided if the print does not finish."""
        source, official = self.pdf_path, self.official
        keep_at = self.keep_at() if official is not None else source  # read on this thread

        def work(progress: Progress) -> Path:
            def deliver(path: Path) -> None:
                send_to_printer(path, printer, lambda d, t: progress.report(d, t, ""),
                                progress.is_cancelled)

            if official is None:
                deliver(source)
                return source
            return official.make(keep_at, progress, deliver)

        return self._run(self.tr("Printing"), work, official is not None)

    def save_as(self) -> Operation | None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document as"),
                                                str(self.keep_at()), self.tr("PDF (*.pdf)"))
        if not target:
            return None
        return self.save_to(Path(target))

    def save_to(self, target: Path) -> Operation:
        """Write the document to ``target`` in the background: a preview as its official copy
        (its number drawn now), the official copy as it is."""
        source, official = self.pdf_path, self.official
        if target.suffix.lower() != ".pdf":
            target = target.with_name(f"{target.name}.pdf")

        def work(progress: Progress) -> Path:
            if official is None:
                return copy_document(source, target)
            return official.make(target, progress, None)

        return self._run(self.tr("Saving the document"), work, True)

    def _run(self, title: str, work: Callable[[Progress], Path], keeps: bool) -> Operation:
        self.operation = run_in_background(
            self, title, work, lambda path: self._on_written(path, keeps),
            self._on_write_failed)
        self._show_state()
        return self.operation

    def _on_written(self, path: Path, keeps: bool) -> None:
        """The print or the save is done: an official copy made now is shown from here on."""
        self.operation = None
        if self.closed:
            return
        path = Path(path)
        if keeps:
            self.kept = path
        if self.official is not None:
            self.official = None
            self.pdf_path = path
            self.document.load(str(path))
            self.official_made.emit(path)
        self._show_state()

    def _on_write_failed(self, error: BaseException) -> None:
        self.operation = None
        if self.closed:
            return
        self._show_state()
        from ui.errors import show_error

        show_error(self, error)

    def open_folder(self) -> bool:
        folder = self.folder()
        return folder is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def done(self, result: int) -> None:
        # The document stays set on the view: setting None makes QPdfView connect its link
        # model to a null document, which Qt logs as a warning on every close.
        self.closed = True
        scratch = self.scratch
        if scratch is not None:
            # not a slot of this dialog, which is deleted before a running print ends
            def remove(*_result: Any) -> None:
                shutil.rmtree(scratch, ignore_errors=True)

            if self.operation is not None:
                self.operation.failed.connect(remove)
                self.operation.done.connect(remove)
            else:
                remove()
        if self.operation is not None:
            self.operation.cancel()
        self.document.close()
        super().done(result)


def open_preview(parent: QWidget | None, pdf_path: Path | str, title: str,
                 official: OfficialCopy | None = None, scratch: Path | None = None,
                 keep_at: Callable[[], Path] | None = None) -> PreviewDialog:
    """Show ``pdf_path`` in a modeless preview and return the dialog (it deletes itself)."""
    dialog = PreviewDialog(Path(pdf_path), title, parent, official, scratch, keep_at)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
