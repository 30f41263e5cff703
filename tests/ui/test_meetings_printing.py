"""Print from the meetings list: the approved minutes are previewed without drawing a number,
the preview's print makes the official copy in the documents folder, and an archive folder
that cannot be used is said plainly."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desktop import settings
from desktop.models import DocumentNumber, Meeting, NumberStatus
from tests.ui import shell_fixtures
from tests.ui.test_meetings_editor import _area, _ctx
from ui.meetings.archive_dialog import ArchiveDialog
from ui.preview import PreviewDialog

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
SEED_000 = 1  # the approved Maysan joint meeting of the demo, not yet numbered
OPERATION_MS = 60_000


def _numbers(db) -> list[NumberStatus]:
    with db.reader() as session:
        return list(session.scalars(select(DocumentNumber.status).order_by(DocumentNumber.id)))


def _previews(area) -> list[PreviewDialog]:
    return [d for d in area.findChildren(PreviewDialog) if d.isVisible()]


def test_print_from_the_list_previews_then_numbers_at_the_print(qtbot, demo_db, arabic,
                                                                tmp_path):
    clerk = _ctx(demo_db, "clerk")
    area = _area(qtbot, clerk)
    assert area.list.select_meeting(SEED_000)
    area._on_print()
    qtbot.waitUntil(lambda: bool(_previews(area)), timeout=OPERATION_MS)
    preview = _previews(area)[0]
    assert not preview.is_official and _numbers(demo_db) == []
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.official_made, timeout=OPERATION_MS) as made:
        preview.start_printing(printer)
    assert made.args[0] == settings.data_dir() / "documents" / f"minutes-{SEED_000}.pdf"
    assert _numbers(demo_db) == [NumberStatus.ISSUED]
    with demo_db.reader() as session:
        assert session.get(Meeting, SEED_000).document_number_id is not None
    preview.close()


def test_an_archive_folder_inside_a_file_is_said_without_details(qtbot, demo_db, arabic,
                                                                 tmp_path):
    clerk = _ctx(demo_db, "clerk")
    area = _area(qtbot, clerk)
    (tmp_path / "notes").write_text("x")
    dialog = ArchiveDialog(clerk, area)
    with qtbot.waitSignal(dialog.elections_read, timeout=OPERATION_MS):
        pass  # the elections are read in the background
    dialog.election.set_value(1)
    dialog.folder.setText(str(tmp_path / "notes" / "archive"))
    with qtbot.waitSignal(dialog.start().failed, timeout=OPERATION_MS):
        pass
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and str(tmp_path / "notes") in boxes[0].text()
    assert boxes[0].detailedText() == "" and _numbers(demo_db) == []
    boxes[0].close()


def test_the_archive_dialog_opens_without_holding_the_caller(qtbot, demo_db, arabic):
    """Shown with open(), not exec(): the call returns at once and the dialog stays up."""
    area = _area(qtbot, _ctx(demo_db, "clerk"))
    area.export_archive()
    dialog = area.archive_dialog
    assert isinstance(dialog, ArchiveDialog) and dialog.isVisible() and dialog.isModal()
    dialog.reject()
    qtbot.waitUntil(lambda: not any(isinstance(w, ArchiveDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=5000)
