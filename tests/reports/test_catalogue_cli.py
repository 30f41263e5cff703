"""The catalogue's contract and the ``ghurfa report`` command."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.cli import main
from reports import catalogue


def test_both_sample_kinds_are_registered_with_their_formats():
    keys = {k.key: k for k in catalogue.kinds()}
    assert keys["sample_letter"].formats == ("pdf",)
    assert keys["sample_table"].formats == ("pdf", "xlsx")
    assert catalogue.get("sample_table") is keys["sample_table"]
    with pytest.raises(KeyError):
        catalogue.get("no_such_document")


def test_a_key_cannot_be_registered_twice_and_param_kinds_are_checked():
    kind = catalogue.get("sample_letter")
    with pytest.raises(ValueError):
        catalogue.register(replace(kind, title="Other"))
    with pytest.raises(ValueError):
        catalogue.Param("x", "X", "colour")


def test_report_build_writes_a_pdf_and_rejects_bad_input(sqlite_db, tmp_path, capsys):
    url = str(sqlite_db.url)
    assert main(["--db", url, "report", "build", "nothing", "-o", str(tmp_path / "a.pdf")]) == 2
    assert main(["--db", url, "report", "build", "sample_letter", "-o",
                 str(tmp_path / "a.xlsx")]) == 2
    assert main(["--db", url, "report", "build", "sample_letter", "-o", str(tmp_path / "a.pdf"),
                 "--param", "colour=red"]) == 2
    # an empty database has no issuing office: the domain says no
    assert main(["--db", url, "report", "build", "sample_letter", "-o",
                 str(tmp_path / "a.pdf")]) == 1
    assert not (tmp_path / "a.pdf").exists()
    assert main(["--db", url, "report", "list"]) == 0
    assert "sample_table" in capsys.readouterr().out


def test_report_sample_builds_every_kind_on_demo_data(sqlite_db, tmp_path):
    out = tmp_path / "gallery"
    assert main(["--db", str(sqlite_db.url), "report", "sample", "-o", str(out)]) == 0
    made = sorted(p.name for p in out.iterdir())
    assert made == sorted(f"{k.key}.{fmt}" for k in catalogue.kinds() for fmt in k.formats)
    assert {"sample_letter.pdf", "sample_table.pdf", "sample_table.xlsx", "minutes.pdf",
            "minutes.xlsx"} <= set(made)
    assert all((out / name).stat().st_size > 5000 for name in made)


def test_two_prints_started_together_find_the_whole_catalogue(monkeypatch):
    """The documents register while the first print imports them; the second waits."""
    import threading
    import time

    from reports import catalogue

    saved = dict(catalogue._KINDS)
    monkeypatch.setattr(catalogue, "_loaded", False)
    monkeypatch.setattr(catalogue, "_KINDS", {})

    def slow_import(_name):
        time.sleep(0.05)
        catalogue._KINDS.update(saved)  # as the modules' registration would

    monkeypatch.setattr(catalogue.importlib, "import_module", slow_import)
    found, failed = [], []
    first = threading.Thread(target=catalogue.kinds)
    first.start()
    time.sleep(0.01)

    def second() -> None:
        try:
            found.append(catalogue.get("minutes").key)
        except KeyError as error:
            failed.append(error)

    other = threading.Thread(target=second)
    other.start()
    first.join()
    other.join()
    assert failed == [] and found == ["minutes"]
