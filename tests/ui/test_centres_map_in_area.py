"""The real map in the Centres area: the commander sees the chosen election's centres by risk,
with no network, and a click on a marker opens that centre's form."""

from __future__ import annotations

import pytest

from tests.ui import centres_fixtures, shell_fixtures
from tests.ui.centres_fixtures import WAIT_MS, open_area, settled, wait_for
from ui.centres.centre_editor import CentreEditor

pytest.importorskip("PySide6.QtWebEngineWidgets", reason="the map needs QtWebEngine")

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
MAYSAN = centres_fixtures.MAYSAN_ELECTION


def test_the_map_tab_shows_the_elections_centres_and_a_marker_opens_one(qtbot, demo_db, arabic):
    area = settled(qtbot, open_area(qtbot, demo_db))
    area.tabs.setCurrentIndex(area.map_index)
    view = area.map_view
    qtbot.waitUntil(lambda: view.built is not None, timeout=30_000)  # the latest election's
    with qtbot.waitSignal(view.map_ready, timeout=30_000) as ready:
        area.election.set_value(MAYSAN)  # as the user picks it in the chooser
    assert ready.args == [22]  # Maysan's 22 registration centres, every one on the map
    assert view.built.data.election_id == MAYSAN
    assert view.guard.refused == []  # the page asked nothing of any server
    centre = view.built.data.centres[0].id
    view.page.runJavaScript(f"ghurfaMap.markers[{centre}].fire('click');")
    dialog = wait_for(qtbot, lambda: area.dialogs.get(("centres", centre)))
    assert isinstance(dialog, CentreEditor)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    view.release()
