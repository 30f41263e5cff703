"""The shared preview: a generated letter opens with its pages, pages turn, printing renders."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from reports.catalogue import BuildRequest, get
from tests.ui import shell_fixtures
from ui.preview import PreviewDialog, open_preview, print_pdf

# The shared fixtures, named here so pytest finds them.
arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(found.group(1)) if found else 0


def _sample(db, folder: Path, key: str) -> Path:
    """The gallery's sample of a document kind, built on the demo data."""
    kind = get(key)
    with db.reader() as session:
        params = kind.sample_params(session)
    return kind.build(BuildRequest(db=db, params=params, output=folder / f"{key}.pdf"))


@pytest.fixture
def letter(demo_db, tmp_path) -> Path:
    return _sample(demo_db, tmp_path, "sample_letter")


@pytest.fixture
def table(demo_db, tmp_path) -> Path:
    return _sample(demo_db, tmp_path, "sample_table")


def test_the_preview_shows_every_page_of_a_letter(qtbot, letter, arabic):
    dialog = open_preview(None, letter, "كتاب")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PreviewDialog)
    assert dialog.load_error == QPdfDocument.Error.None_
    assert dialog.page_count == _pages(letter) >= 1
    assert dialog.page_count_label.text() == f"من {dialog.page_count}"
    assert dialog.windowTitle() == "كتاب"
    dialog.close()


def test_pages_turn_and_zoom_stays_within_bounds(qtbot, table):
    dialog = PreviewDialog(table, "table")
    qtbot.addWidget(dialog)
    assert dialog.page_count > 1
    dialog.next_page()
    assert dialog.current_page() == 1 and dialog.page.value() == 2
    dialog.page.setValue(dialog.page_count)
    assert dialog.current_page() == dialog.page_count - 1
    dialog.next_page()
    assert dialog.current_page() == dialog.page_count - 1
    for _ in range(20):
        dialog.zoom_in()
    assert dialog.view.zoomFactor() == pytest.approx(6.0)
    dialog.fit_width()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth


def test_printing_paints_each_page_at_the_printer_resolution(qtbot, table, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)  # keeps the test short; real printers are rendered at 300
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    seen: list[tuple[int, int]] = []
    printed = print_pdf(table, printer, lambda done, total: seen.append((done, total)))
    assert printed == _pages(table) == _pages(out)
    assert seen[-1] == (printed, printed)


def test_a_page_range_and_a_cancel_are_respected(qtbot, table, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setFromTo(2, 3)
    assert print_pdf(table, printer) == 2
    assert _pages(tmp_path / "two.pdf") == 2
    from ui.preview import PrintCancelled

    other = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    other.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    other.setOutputFileName(str(tmp_path / "stopped.pdf"))
    with pytest.raises(PrintCancelled):
        print_pdf(table, other, cancelled=lambda: True)


def test_printing_from_the_preview_runs_in_the_background(qtbot, letter, tmp_path):
    dialog = PreviewDialog(letter, "letter")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "bg.pdf"))
    operation = dialog.start_printing(printer)
    assert not dialog.print_button.isEnabled()
    with qtbot.waitSignal(operation.done, timeout=30_000):
        pass
    assert dialog.print_button.isEnabled()
    assert _pages(tmp_path / "bg.pdf") == dialog.page_count
