"""The import dialog meets the hostile files: each refusal said in the dialog, nothing to check
or import, nothing written."""

from __future__ import annotations

import os

import pytest

from tests.desktop import hostile_files
from tests.ui import test_import_dialog
from tests.ui.test_import_dialog import counts, opened, read

ctx = test_import_dialog.ctx  # the dialog tests' fixture: two elections, English

SHOWN = ["zip bomb", "billion laughs", "external entity", "renamed PDF", "encrypted workbook",
         "CSV with a NUL", "bidi controls in the file's name", "a cell in the last row"]


@pytest.mark.parametrize("name", SHOWN)
def test_the_dialog_says_the_refusal_and_offers_nothing_to_import(qtbot, ctx, tmp_path, name):
    maker, words = hostile_files.CORPUS[name]
    path = maker(tmp_path)
    before = counts(ctx)
    dialog = opened(qtbot, ctx)
    read(qtbot, dialog, path)
    assert words in dialog.problem.text()
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert counts(ctx) == before
    shots = os.environ.get("GHURFA_SHOTS")
    if shots and name == "billion laughs":
        dialog.grab().save(os.path.join(shots, "import_refused_laughs.png"))
