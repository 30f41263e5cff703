"""The Reports area lists the catalogue, builds in the background, previews, remembers; a
preview draws no number, and a folder that cannot be used is named, without a traceback."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from sqlalchemy import select

from desktop.models import DocumentNumber, NumberStatus
from reports import files
from reports.catalogue import kinds
from reports.documents import sample_table
from tests.ui import shell_fixtures
from ui.preview import PreviewDialog
from ui.reports.area import ReportsArea
from ui.settings import store

# The shared fixtures, named here so pytest finds them.
arabic, ctx, demo_db = shell_fixtures.arabic, shell_fixtures.ctx, shell_fixtures.demo_db


def _numbers(db) -> list[NumberStatus]:
    with db.reader() as session:
        return list(session.scalars(select(DocumentNumber.status).order_by(DocumentNumber.id)))


def _file_printer(output: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(output))
    return printer


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def _area(qtbot, ctx, folder: Path) -> ReportsArea:
    area = ReportsArea(ctx)
    qtbot.addWidget(area)
    area.folder.setText(str(folder))
    qtbot.waitUntil(lambda: not area.loading, timeout=10_000)  # the choices come by operations
    return area


def _select(qtbot, area: ReportsArea, key: str) -> None:
    area.select(key)
    qtbot.waitUntil(lambda: not area.loading, timeout=10_000)


def test_every_kind_of_the_catalogue_is_listed_with_its_arabic_title(qtbot, ctx, tmp_path):
    area = _area(qtbot, ctx, tmp_path)
    titles = [area.kind_model.item(row).text() for row in range(area.kind_model.rowCount())]
    assert len(titles) == len(kinds())
    assert "جدول نموذجي بأسماء المنسبين" in titles
    _select(qtbot, area, "sample_table")
    office = area.fields[0].widget
    assert isinstance(office, QComboBox) and office.count() == 4  # the default and 3 offices
    assert area.params_form.rowCount() == len(area.kind.params)


def test_the_sample_table_is_previewed_without_a_number_and_printed_with_one(qtbot, ctx,
                                                                           tmp_path):
    area = _area(qtbot, ctx, tmp_path / "out")
    _select(qtbot, area, "sample_table")
    area.fields[0].widget.setCurrentIndex(2)
    office_id = area.fields[0].value()
    area.set_format("pdf")
    with qtbot.waitSignal(area.previewed, timeout=60_000) as previewed:
        operation = area.build()
        assert operation is not None and not area.build_button.isEnabled()
    dialog = previewed.args[0]
    assert area.preview is dialog and isinstance(dialog, PreviewDialog)
    assert dialog.page_count > 1 and not dialog.is_official
    assert area.build_button.isEnabled()
    assert _numbers(ctx.db) == [] and list((tmp_path / "out").iterdir()) == []
    with qtbot.waitSignal(area.built, timeout=60_000) as built:
        dialog.start_printing(_file_printer(tmp_path / "printed.pdf"))
    path = built.args[0]
    assert path.exists() and path.parent == tmp_path / "out" and path.suffix == ".pdf"
    assert path.read_bytes() == (tmp_path / "printed.pdf").read_bytes()
    assert _numbers(ctx.db) == [NumberStatus.ISSUED]
    dialog.close()
    saved = store.load_preferences()["reports"]
    assert saved["kind"] == "sample_table" and saved["folder"] == str(tmp_path / "out")
    assert saved["params"]["sample_table"]["office"] == office_id

    again = _area(qtbot, ctx.__class__(ctx.db, ctx.actor, "ar", {"reports": saved}), tmp_path)
    assert again.kind.key == "sample_table"
    assert again.fields[0].value() == office_id


def test_a_workbook_offers_its_folder(qtbot, ctx, tmp_path):
    area = _area(qtbot, ctx, tmp_path)
    _select(qtbot, area, "sample_table")
    area.set_format("xlsx")
    with qtbot.waitSignal(area.built, timeout=60_000) as built:
        area.build()
    assert built.args[0].suffix == ".xlsx" and built.args[0].stat().st_size > 0
    assert area.folder_box.isVisible()
    area.folder_box.close()


def test_a_failed_build_comes_back_as_a_message_and_enables_the_button(qtbot, ctx, tmp_path,
                                                                      monkeypatch):
    area = _area(qtbot, ctx, tmp_path)
    _select(qtbot, area, "sample_letter")
    shown = []
    monkeypatch.setattr("ui.errors.show_error", lambda parent, error: shown.append(error))
    area.fields[0].widget.addItem("missing", 999_999)
    area.fields[0].widget.setCurrentIndex(area.fields[0].widget.count() - 1)
    operation = area.build()
    with qtbot.waitSignal(operation.failed, timeout=30_000):
        pass
    assert shown and "999999" in shown[0].message("ar")
    assert area.build_button.isEnabled()


def test_a_folder_that_cannot_be_used_is_named_in_the_status_line(qtbot, ctx, tmp_path):
    (tmp_path / "notes").write_text("x")
    area = _area(qtbot, ctx, tmp_path / "notes" / "out")
    _select(qtbot, area, "sample_letter")
    assert area.build() is None
    assert str(tmp_path / "notes") in area.status.text() and "Traceback" not in \
        area.status.text()
    area.folder.setText(str(tmp_path / "missing" / "out"))
    assert area.build() is None
    assert str(tmp_path / "missing") in area.status.text()
    assert not (tmp_path / "missing").exists() and _numbers(ctx.db) == []
    area.folder.setText(str(tmp_path / "new"))  # one new last folder is made
    with qtbot.waitSignal(area.previewed, timeout=60_000) as previewed:
        area.build()
    assert (tmp_path / "new").is_dir()
    previewed.args[0].close()


def test_a_refused_write_is_said_without_details_and_a_bug_with_them(qtbot, ctx, tmp_path,
                                                                   monkeypatch):
    area = _area(qtbot, ctx, tmp_path)
    _select(qtbot, area, "sample_table")
    area.set_format("xlsx")

    real = files.os.replace

    def refuse(source, target):
        if Path(target).parent != tmp_path:  # the settings file is written as it always is
            return real(source, target)
        raise PermissionError(errno.EACCES, "Permission denied", str(source), None, str(target))

    monkeypatch.setattr(files.os, "replace", refuse)
    with qtbot.waitSignal(area.build().failed, timeout=30_000):
        pass
    [box] = _boxes()
    assert str(tmp_path) in box.text() and box.detailedText() == ""
    box.close()
    assert area.build_button.isEnabled()

    def bug(*_args, **_kw):
        raise RuntimeError("a real bug")

    monkeypatch.setattr(sample_table, "write_table", bug)
    with qtbot.waitSignal(area.build().failed, timeout=30_000):
        pass
    [box] = _boxes()
    assert "RuntimeError: a real bug" in box.detailedText()
    box.close()
