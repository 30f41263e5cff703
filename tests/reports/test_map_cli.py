"""``ghurfa map``: the page written whole for sharing; misuse said in the user's language with
exit 2, a refused input with exit 1, never a traceback and never half a file."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.storage.database import Database
from reports.maps import settings
from reports.maps.tiles import TileKind, TileSource
from tests.reports import map_browser, map_world


@pytest.fixture
def ground(sqlite_db):
    return map_world.build(sqlite_db)


def _run(db: Database, capsys, *args: str, lang: str = "en") -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--lang", lang, "--db", db.url.render_as_string(hide_password=False), "map",
                 *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.out.strip(), captured.err.strip()


def test_the_map_of_a_shift_is_written_coloured_by_coverage(sqlite_db, ground, tmp_path,
                                                            capsys):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "map.html"
    code, said, _ = _run(sqlite_db, capsys, "--shift", str(ground["shift"]), "-o", str(out))
    assert code == 0
    assert said.splitlines() == [f"Written: {out}",
                                 "4 centres, 1 posts, 3 incidents on the map.",
                                 "1 centres have no coordinates and are not on the map."]
    html = out.read_text(encoding="utf-8")
    assert "Centres by coverage" in html and '<html lang="en" dir="ltr">' in html
    assert map_browser.remote(map_browser.addresses(html)) == []
    assert [p.name for p in out.parent.iterdir()] == ["map.html"]  # no partial file left
    code, _, _ = _run(sqlite_db, capsys, "--shift", str(ground["shift"]), "--colour", "risk",
                      "-o", str(out), lang="ar")
    html = out.read_text(encoding="utf-8")  # in the language of the command
    assert code == 0 and '<html lang="ar" dir="rtl">' in html and "حرج" in html


@pytest.mark.parametrize("args, code, message", [
    (["-o", "map.pdf"], 2, "-o must name a file ending in .html, not map.pdf."),
    (["--colour", "coverage", "-o", "map.html"], 2,
     "--colour coverage needs --shift ID: coverage is measured for one shift."),
    (["--shift", "999", "-o", "map.html"], 1, "Shift"),
    (["--election", "999", "-o", "map.html"], 1, "Election"),
    (["-o", "missing-folder/map.html"], 1, "does not exist"),
])
def test_misuse_and_refusals_write_nothing(sqlite_db, ground, tmp_path, capsys, monkeypatch,
                                           args, code, message):
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path / "out")
    got, _, err = _run(sqlite_db, capsys, *args)
    assert got == code and message in err
    assert list((tmp_path / "out").iterdir()) == []


def test_a_tile_setting_the_file_cannot_use_is_said_and_the_map_still_written(
        sqlite_db, ground, tmp_path, capsys):
    tiles = tmp_path / "tiles"
    (tiles / "6" / "39").mkdir(parents=True)
    (tiles / "6" / "39" / "25.png").write_bytes(b"png")
    settings.save_tiles(TileSource(TileKind.FOLDER, str(tiles)))
    (tiles / "6" / "39" / "25.png").unlink()  # the stick was taken out since
    out = tmp_path / "map.html"
    code, _, err = _run(sqlite_db, capsys, "-o", str(out))
    assert code == 0 and "The map tiles were not used" in err and out.is_file()
