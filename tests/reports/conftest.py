"""A small world for documents: an issuing office, signers, and people assigned to a centre."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from desktop.models import Assignment, AssignmentRole, IssuingOffice
from desktop.storage.database import Database
from tests.desktop.factories import basic_world

HEADER = "جمهورية العراق\nوزارة الداخلية\nقيادة شرطة ميسان\nغرفة العمليات"
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# pdftotext does not un-mirror brackets in right-to-left lines (it puts them back in the
# wrong place), and it moves the space beside a number or Latin run to the run's other side.
# Brackets are dropped from both sides of a comparison, and ``letters`` compares without
# spaces; every other character must match, in order.
_BRACKETS = re.compile(r"\s*[()\[\]]\s*")


def normalise(text: str) -> str:
    """What a comparison of extracted text looks at: letters in order, spaces folded."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROLS.sub("", text)
    text = _BRACKETS.sub(" ", text)
    return " ".join(text.split())


def letters(text: str) -> str:
    """The normalised text without any spaces: for text with numbers, Latin or brackets."""
    return "".join(normalise(text).split())


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed (poppler-utils); it reads the PDF back")
    return found


def pdf_text(path: Path, page: int | None = None) -> str:
    command = [need("pdftotext")]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    done = subprocess.run([*command, str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=120)
    return done.stdout


def pdf_pages(path: Path) -> int:
    done = subprocess.run([need("pdfinfo"), str(path)], capture_output=True, text=True,
                          check=True, timeout=60)
    return int(re.search(r"^Pages:\s+(\d+)", done.stdout, re.M).group(1))


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    with db.session() as session:
        ids = basic_world(session)
        office = IssuingOffice(organisation_id=ids["command"], code="ق ش م/ع",
                               name="غرفة عمليات قيادة شرطة ميسان", header_lines=HEADER,
                               header_lines_en="Republic of Iraq\nOperations Room",
                               show_hijri=True, city="ميسان")
        session.add(office)
        for person in ("chief", "officer"):
            session.add(Assignment(shift_id=ids["shift"], centre_id=ids["centre"],
                                   person_id=ids[person], role=AssignmentRole.GUARD))
        session.flush()
        ids["office"] = office.id
    return ids
