"""A number is given once: sequential, kept when voided, voided when a build is cancelled."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from desktop.models import DocumentNumber, NumberStatus
from desktop.services.actor import SYSTEM
from reports import catalogue
from reports.numbers import numbered


def _numbers(db) -> list[tuple[int, NumberStatus, str | None]]:
    with db.reader() as session:
        rows = session.scalars(select(DocumentNumber).order_by(DocumentNumber.id)).all()
        return [(r.sequence, r.status, r.void_reason) for r in rows]


def test_numbers_run_in_sequence_and_failures_void_without_reuse(db, world):
    with numbered(db, SYSTEM, world["office"], "sample_letter") as first:
        pass
    with pytest.raises(RuntimeError), numbered(db, SYSTEM, world["office"], "x") as second:
        raise RuntimeError("disk full")
    with numbered(db, SYSTEM, world["office"], "sample_letter") as third:
        pass
    assert (first.sequence, second.sequence, third.sequence) == (1, 2, 3)
    assert first.text == "ق ش م/ع/1"
    rows = _numbers(db)
    assert [r[1] for r in rows] == [NumberStatus.ISSUED, NumberStatus.VOIDED, NumberStatus.ISSUED]
    assert "RuntimeError" in rows[1][2]


def test_a_cancelled_build_voids_its_number_and_leaves_no_file(db, world, tmp_path):
    folder = tmp_path / "out"
    output = folder / "letter.pdf"
    kind = catalogue.get("sample_letter")
    asked = itertools.count()
    # the first question comes before the number is drawn; the user cancels while it prints
    with pytest.raises(catalogue.Cancelled):
        kind.build(catalogue.BuildRequest(db=db, params={"office": world["office"]},
                                          output=output, cancelled=lambda: next(asked) >= 1))
    assert next(asked) >= 2
    assert not output.exists()
    assert not folder.exists() or list(folder.iterdir()) == []  # nor a temporary one
    kind.build(catalogue.BuildRequest(db=db, params={"office": world["office"]}, output=output))
    assert output.exists()
    rows = _numbers(db)
    assert [(r[0], r[1]) for r in rows] == [(1, NumberStatus.VOIDED), (2, NumberStatus.ISSUED)]
    assert rows[0][2] == "أُلغيت الطباعة."
