"""The files from outside that are not import sheets: an office's logo, a boundary file, a PDF
to verify, the program's own settings and drafts when someone has tampered with them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from desktop.services import offices
from desktop.services.errors import Invalid

DEEP = "[" * 200_000 + "]" * 200_000  # nested past what Python's parser can follow


def _refusal(action, *args) -> str:
    with pytest.raises(Invalid) as caught:
        action(*args)
    return caught.value.message("en")


def test_a_logo_is_a_picture_by_its_content_of_a_sane_size(tmp_path):
    good = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), "navy").save(good)
    assert offices._logo(str(good)) == str(good)

    pdf = tmp_path / "renamed.png"
    pdf.write_bytes(b"%PDF-1.7\n" + b"0" * 100)
    assert "PNG or JPEG" in _refusal(offices._logo, str(pdf))

    gif = tmp_path / "animated.png"
    Image.new("RGB", (8, 8)).save(gif, format="GIF")
    assert "PNG or JPEG" in _refusal(offices._logo, str(gif))

    large = tmp_path / "large.png"  # 5,000 x 5,000 of one colour: some KB on disk
    Image.new("1", (5_000, 5_000)).save(large)
    assert "5000 by 5000 pixels" in _refusal(offices._logo, str(large))
    huge = tmp_path / "bomb.png"  # 20,000 x 20,000: what Pillow itself calls a bomb
    Image.new("1", (20_000, 20_000)).save(huge)
    assert huge.stat().st_size < offices.MAX_LOGO_BYTES
    assert "decompression bomb" in _refusal(offices._logo, str(huge))

    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\0" * (offices.MAX_LOGO_BYTES + 1))
    assert "larger than 5 MB" in _refusal(offices._logo, str(big))


def test_a_boundary_file_nested_too_deep_is_refused_in_words(tmp_path):
    from reports.maps.boundaries import read_file

    deep = tmp_path / "deep.geojson"
    deep.write_text(DEEP)
    assert "is not a GeoJSON file" in _refusal(read_file, deep)


def test_tampered_settings_and_drafts_read_as_none(tmp_path, monkeypatch):
    from desktop import drafts, settings

    monkeypatch.setattr(settings, "config_file", lambda: tmp_path / "settings.json")
    (tmp_path / "settings.json").write_text(DEEP)
    assert settings.load() == {}
    with pytest.raises(settings.SettingsUnreadable):
        settings.load(strict=True)

    monkeypatch.setattr(drafts, "folder", lambda: tmp_path)
    (tmp_path / f"x{drafts.SUFFIX}").write_text(DEEP)
    (tmp_path / f"y{drafts.SUFFIX}").write_text(json.dumps({"key": 1}))
    assert drafts.pending() == []


def test_verify_reads_no_huge_file_and_no_file_that_is_not_a_pdf(tmp_path, capsys,
                                                                 monkeypatch):
    from reports import verify

    fake = tmp_path / "minutes.pdf"
    fake.write_bytes(b"PK\x03\x04 not a pdf")
    monkeypatch.setattr(verify, "MAX_PDF_BYTES", 2**20)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * 2**21)
    assert _verify(verify, fake) == verify.MISUSE and _verify(verify, big) == verify.MISUSE
    said = capsys.readouterr().err
    assert f"{fake} " in said and "PDF" in said  # said in the user's language
    assert str(big) in said and ("2 MB" in said or "2 ميغابايت" in said)  # its size named


def _verify(verify, pdf: Path) -> int:
    import argparse

    class Ctx:
        def error(self, text: str) -> None:
            import sys

            print(text, file=sys.stderr)

        def say(self, *_args, **_kwargs) -> None:
            raise AssertionError("nothing is read from such a file")

    return verify.run(argparse.Namespace(file=pdf, lang="en"), Ctx())


def test_a_logo_changed_after_it_was_saved_is_not_drawn(tmp_path):
    from reports.documents.common import _logo

    logo = tmp_path / "logo.png"
    Image.new("RGB", (32, 32), "navy").save(logo)
    assert _logo(str(logo)) == logo
    Image.new("1", (20_000, 20_000)).save(logo, format="PNG")  # swapped for a bomb
    assert _logo(str(logo)) is None
    logo.unlink()
    assert _logo(str(logo)) is None and _logo(None) is None


def test_a_logo_path_with_bidi_controls_is_refused_not_stripped(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (8, 8)).save(logo)
    assert "direction marks" in _refusal(offices._logo, f"\u202b{logo}\u202c")
