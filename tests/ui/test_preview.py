"""The shared preview: a generated letter opens with its pages, pages turn, printing renders;
a preview draws no number, its print or save makes the official copy, and a print to a PDF
file is that copy itself."""

from __future__ import annotations

import contextlib
import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from desktop.cli import main
from desktop.models import DocumentNumber, NumberStatus, UserRole
from desktop.services.actor import Actor, actor_for
from reports.catalogue import BuildRequest, get
from tests.reports.conftest import letters, pdf_text
from tests.ui import shell_fixtures
from ui.context import AppContext
from ui.preview import PreviewDialog, PrintCancelled, is_file_printer, open_preview, print_pdf
from ui.reports.printing import preview_document

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


# -- the official copy: drawn at print or save, never by the preview ---------------------------

SEED_000 = 1  # the approved Maysan joint meeting of the demo, not yet numbered
OPERATION_MS = 60_000


def _numbers(db) -> list[tuple[int, NumberStatus]]:
    with db.reader() as session:
        return [(n.sequence, n.status) for n in
                session.scalars(select(DocumentNumber).order_by(DocumentNumber.id))]


def _as(db, username: str) -> AppContext:
    with db.reader() as session:
        return AppContext(db, actor_for(session, username), "ar", {})


def _file_printer(output: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(output))
    return printer


def _wait(qtbot, operation) -> None:
    with qtbot.waitSignal(operation.done, timeout=OPERATION_MS):
        pass


@pytest.fixture
def previews(qtbot):
    """Opens the preview of a document as the program does; closes what it opened."""
    opened: list[PreviewDialog] = []

    def open_one(ctx: AppContext, keep: Path, key: str = "minutes",
                 params: dict | None = None) -> PreviewDialog:
        shown: list[PreviewDialog] = []
        preview_document(None, ctx, key, params or {"meeting": SEED_000}, "محضر",
                         lambda: keep, "…", shown.append)
        qtbot.waitUntil(lambda: bool(shown), timeout=OPERATION_MS)
        opened.append(shown[0])
        return shown[0]

    yield open_one
    for dialog in opened:
        with contextlib.suppress(RuntimeError):  # closed by the test: deleted already
            dialog.close()


def test_previewing_approved_minutes_draws_no_number_and_says_so(qtbot, demo_db, arabic,
                                                                previews, tmp_path):
    dialog = previews(_as(demo_db, "clerk"), tmp_path / "minutes.pdf")
    assert _numbers(demo_db) == []
    assert not dialog.is_official and dialog.notice.isVisible()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.folder_button.isEnabled()  # nothing is saved yet
    assert letters("العدد: يعطى عند الطباعة") in letters(pdf_text(dialog.pdf_path))
    scratch = dialog.scratch
    assert scratch is not None and dialog.pdf_path.parent == scratch
    dialog.close()
    qtbot.waitUntil(lambda: not scratch.exists())


def test_printing_draws_the_number_once_and_the_preview_then_shows_it(qtbot, demo_db, arabic,
                                                                      previews, tmp_path):
    keep = tmp_path / "minutes.pdf"
    dialog = previews(_as(demo_db, "clerk"), keep)
    with qtbot.waitSignal(dialog.official_made, timeout=OPERATION_MS) as made:
        dialog.start_printing(_file_printer(tmp_path / "printed.pdf"))
    assert made.args[0] == keep and dialog.pdf_path == keep and dialog.is_official
    assert _numbers(demo_db) == [(1, NumberStatus.ISSUED)]
    assert not dialog.notice.isVisible() and dialog.folder() == tmp_path
    shown = letters(pdf_text(keep))
    assert "يعطىعندالطباعة" not in shown and "معاينة" not in shown
    _wait(qtbot, dialog.start_printing(_file_printer(tmp_path / "again.pdf")))
    _wait(qtbot, dialog.save_to(tmp_path / "saved.pdf"))
    assert _numbers(demo_db) == [(1, NumberStatus.ISSUED)]  # a reprint draws none
    assert (tmp_path / "saved.pdf").read_bytes() == keep.read_bytes()

    later = previews(_as(demo_db, "clerk"), tmp_path / "later.pdf")
    assert later.is_official and not later.notice.isVisible()  # it shows the number it has
    assert pdf_text(later.pdf_path) == pdf_text(keep)


def test_print_to_a_pdf_file_writes_the_document_itself_which_verify_accepts(
        qtbot, demo_db, arabic, previews, tmp_path, capsys):
    keep, printed = tmp_path / "minutes.pdf", tmp_path / "printed.pdf"
    dialog = previews(_as(demo_db, "clerk"), keep)
    assert is_file_printer(_file_printer(printed))
    _wait(qtbot, dialog.start_printing(_file_printer(printed)))
    assert printed.read_bytes() == keep.read_bytes()  # the same PDF as Save as, not pictures
    text = letters(pdf_text(printed))
    assert letters("اجتماع مشترك لقيادة شرطة ميسان") in text
    assert printed.stat().st_size < 400_000
    capsys.readouterr()
    url = demo_db.url.render_as_string(hide_password=False)
    assert main(["--lang", "en", "--db", url, "verify", str(printed)]) == 0
    assert capsys.readouterr().out.startswith("MATCH: this copy is the approved minutes")


def test_saving_the_preview_makes_the_official_copy(qtbot, demo_db, arabic, previews,
                                                    tmp_path):
    dialog = previews(_as(demo_db, "clerk"), tmp_path / "minutes.pdf")
    _wait(qtbot, dialog.save_to(tmp_path / "saved"))  # the .pdf ending is added
    assert dialog.pdf_path == tmp_path / "saved.pdf" and dialog.is_official
    assert _numbers(demo_db) == [(1, NumberStatus.ISSUED)]
    assert not (tmp_path / "minutes.pdf").exists()  # a save keeps its copy where it says


def test_a_cancelled_print_voids_its_number_and_keeps_no_copy(qtbot, demo_db, arabic,
                                                              previews, tmp_path, monkeypatch):
    import ui.preview as preview_module

    def cancel(*_args, **_kw):
        raise PrintCancelled()

    monkeypatch.setattr(preview_module, "print_pdf", cancel)
    keep = tmp_path / "minutes.pdf"
    dialog = previews(_as(demo_db, "clerk"), keep)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # a printer, not a file
    with qtbot.waitSignal(dialog.start_printing(printer).failed, timeout=OPERATION_MS):
        pass
    assert _numbers(demo_db) == [(1, NumberStatus.VOIDED)] and not keep.exists()
    assert not dialog.is_official and dialog.print_button.isEnabled()


def test_a_viewer_may_preview_but_is_told_before_that_it_may_not_print(qtbot, demo_db, arabic,
                                                                       previews, tmp_path):
    viewer = AppContext(demo_db, Actor(None, "viewer", UserRole.VIEWER), "ar", {})
    dialog = previews(viewer, tmp_path / "minutes.pdf")
    assert _numbers(demo_db) == []
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.print_button.toolTip() and dialog.notice.isVisible()
    clerk = _as(demo_db, "clerk").actor  # a clerk prints; the viewer may then reprint
    get("minutes").build(BuildRequest(db=demo_db, params={"meeting": SEED_000},
                                      output=tmp_path / "by-clerk.pdf", actor=clerk))
    again = previews(viewer, tmp_path / "reprint.pdf")
    assert again.is_official and again.print_button.isEnabled()


def test_opening_and_closing_a_preview_logs_no_qt_warning(qtbot, letter, qtlog):
    dialog = open_preview(None, letter, "كتاب")
    qtbot.waitExposed(dialog)
    dialog.next_page()
    dialog.close()
    qtbot.wait(50)
    assert [r.message for r in qtlog.records if "QPdf" in r.message] == []


def test_a_preview_left_open_when_its_window_goes_leaves_no_scratch(qtbot, letter, tmp_path):
    from PySide6.QtWidgets import QWidget

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    copy = scratch / "letter.pdf"
    copy.write_bytes(letter.read_bytes())
    window = QWidget()
    PreviewDialog(copy, "letter", window, scratch=scratch).show()
    window.deleteLater()
    qtbot.waitUntil(lambda: not scratch.exists())
