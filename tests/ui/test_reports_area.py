"""The Reports area lists the catalogue, builds in the background, previews, remembers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox

from reports.catalogue import kinds
from tests.ui import shell_fixtures
from ui.preview import PreviewDialog
from ui.reports.area import ReportsArea
from ui.settings import store

# The shared fixtures, named here so pytest finds them.
arabic, ctx, demo_db = shell_fixtures.arabic, shell_fixtures.ctx, shell_fixtures.demo_db


def _area(qtbot, ctx, folder: Path) -> ReportsArea:
    area = ReportsArea(ctx)
    qtbot.addWidget(area)
    area.folder.setText(str(folder))
    return area


def test_every_kind_of_the_catalogue_is_listed_with_its_arabic_title(qtbot, ctx, tmp_path):
    area = _area(qtbot, ctx, tmp_path)
    titles = [area.kind_model.item(row).text() for row in range(area.kind_model.rowCount())]
    assert len(titles) == len(kinds())
    assert "جدول نموذجي بأسماء المنسبين" in titles
    area.select("sample_table")
    office = area.fields[0].widget
    assert isinstance(office, QComboBox) and office.count() == 4  # the default and 3 offices
    assert area.params_form.rowCount() == len(area.kind.params)


def test_the_sample_table_is_built_in_the_background_and_previewed(qtbot, ctx, tmp_path):
    area = _area(qtbot, ctx, tmp_path / "out")
    area.select("sample_table")
    area.fields[0].widget.setCurrentIndex(2)
    office_id = area.fields[0].value()
    area.set_format("pdf")
    with qtbot.waitSignal(area.built, timeout=60_000) as built:
        operation = area.build()
        assert operation is not None and not area.build_button.isEnabled()
    path = built.args[0]
    assert path.exists() and path.parent == tmp_path / "out" and path.suffix == ".pdf"
    assert isinstance(area.preview, PreviewDialog) and area.preview.page_count > 1
    assert area.build_button.isEnabled()
    area.preview.close()
    saved = store.load_preferences()["reports"]
    assert saved["kind"] == "sample_table" and saved["folder"] == str(tmp_path / "out")
    assert saved["params"]["sample_table"]["office"] == office_id

    again = _area(qtbot, ctx.__class__(ctx.db, ctx.actor, "ar", {"reports": saved}), tmp_path)
    assert again.kind.key == "sample_table"
    assert again.fields[0].value() == office_id


def test_a_workbook_offers_its_folder(qtbot, ctx, tmp_path):
    area = _area(qtbot, ctx, tmp_path)
    area.select("sample_table")
    area.set_format("xlsx")
    with qtbot.waitSignal(area.built, timeout=60_000) as built:
        area.build()
    assert built.args[0].suffix == ".xlsx" and built.args[0].stat().st_size > 0
    assert area.folder_box.isVisible()
    area.folder_box.close()


def test_a_failed_build_comes_back_as_a_message_and_enables_the_button(qtbot, ctx, tmp_path,
                                                                      monkeypatch):
    area = _area(qtbot, ctx, tmp_path)
    area.select("sample_letter")
    shown = []
    monkeypatch.setattr("ui.errors.show_error", lambda parent, error: shown.append(error))
    area.fields[0].widget.addItem("missing", 999_999)
    area.fields[0].widget.setCurrentIndex(area.fields[0].widget.count() - 1)
    operation = area.build()
    with qtbot.waitSignal(operation.failed, timeout=30_000):
        pass
    assert shown and "999999" in shown[0].message("ar")
    assert area.build_button.isEnabled()
