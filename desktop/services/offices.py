"""Issuing offices: the letterhead each official letter carries, edited in the settings.

Only an administrator changes a letterhead: it is what makes a printed page official.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import IssuingOffice, Organisation
from desktop.services import audit, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Forbidden, Invalid, Term

MAX_HEADER_LINES = 8
MAX_HEADER_LINE = 90  # what the letterhead's block holds at its smallest type
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


@dataclass
class OfficeInput:
    code: str
    name: str
    header_lines: str  # one body per line, the state first
    header_lines_en: str | None = None
    city: str | None = None
    show_hijri: bool = True
    logo_path: str | None = None
    organisation_id: int | None = None


@dataclass(frozen=True)
class OfficeRow:
    id: int
    version: int
    code: str
    name: str
    city: str | None
    data: OfficeInput


def _lines(value: str | None, field: str, *, required: bool) -> str | None:
    text = validation.text(value, field, max_length=2000, required=required)
    if text is None:
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > MAX_HEADER_LINES:
        raise Invalid("{field} may have at most {limit} lines.", field=Term(field),
                      limit=MAX_HEADER_LINES)
    for line in lines:
        validation.text(line, field, max_length=MAX_HEADER_LINE)
    return "\n".join(lines)


def _logo(value: str | None) -> str | None:
    path = validation.name(value, "Logo file", max_length=500, required=False)
    if path is None:
        return None
    if Path(path).suffix.lower() not in LOGO_SUFFIXES:
        raise Invalid("The logo must be a PNG or JPEG image: {path}", path=path)
    if not Path(path).is_file():
        raise Invalid("The logo file {path} does not exist.", path=path)
    check_logo_image(path)
    return path


MAX_LOGO_BYTES = 5 * 2**20
MAX_LOGO_PIXELS = 4096 * 4096  # printed 2.5 cm wide: far more than any letterhead needs


def check_logo_image(path: str) -> None:
    """The logo is a file from outside, drawn on every letter: a PNG or JPEG by its content
    (not its name), of a sane size, never a picture that inflates to gigabytes (a
    decompression bomb) when the letter is drawn. Only the header is read here."""
    from PIL import Image, UnidentifiedImageError

    if Path(path).stat().st_size > MAX_LOGO_BYTES:
        raise Invalid("The logo file {path} is larger than {limit} MB; a logo is far smaller.",
                      path=path, limit=MAX_LOGO_BYTES // 2**20)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # refused below
            with Image.open(path) as image:
                kind, (width, height) = image.format, image.size
    except Image.DecompressionBombError:
        raise Invalid("The logo {path} would open to far more pixels than a logo has (a "
                      "decompression bomb); it is refused.", path=path) from None
    except (OSError, UnidentifiedImageError, ValueError):
        kind, width, height = None, 0, 0
    if kind not in ("PNG", "JPEG"):
        raise Invalid("The logo must be a PNG or JPEG image: {path}", path=path)
    if width * height > MAX_LOGO_PIXELS:
        raise Invalid("The logo {path} is {width} by {height} pixels; a logo of at most "
                      "{limit} by {limit} is enough.", path=path, width=width, height=height,
                      limit=4096)


def _apply(session: Session, office: IssuingOffice, data: OfficeInput) -> None:
    code = validation.name(data.code, "Code", max_length=20)
    taken = select(IssuingOffice.id).where(IssuingOffice.code == code)
    if office.id is not None:
        taken = taken.where(IssuingOffice.id != office.id)
    if session.scalar(taken) is not None:
        raise Conflict("The code {code} is already used by another issuing office.", code=code)
    office.code = code
    office.name = validation.name(data.name, "Name", max_length=300)
    office.header_lines = _lines(data.header_lines, Term("Letterhead lines"), required=True)
    office.header_lines_en = _lines(data.header_lines_en, Term("English letterhead lines"),
                                    required=False)
    office.city = validation.text(data.city, "City", max_length=100, required=False)
    office.show_hijri = bool(data.show_hijri)
    office.logo_path = _logo(data.logo_path)
    validation.existing(session, Organisation, data.organisation_id, "Organisation")
    office.organisation_id = data.organisation_id


def _may_edit(actor: Actor) -> None:
    if not actor.can():
        raise permissions.refused(actor, Forbidden("Only an administrator may change the "
                                                   "letterheads."))


def create_office(session: Session, actor: Actor, data: OfficeInput) -> IssuingOffice:
    _may_edit(actor)
    office = IssuingOffice()
    _apply(session, office, data)
    session.add(office)
    audit.record(session, actor, "create", office)
    return office


def update_office(session: Session, actor: Actor, office_id: int, data: OfficeInput,
                  expected_version: int | None = None) -> IssuingOffice:
    _may_edit(actor)
    office = validation.editable(session, IssuingOffice, office_id, "Issuing office",
                                 expected_version)
    _apply(session, office, data)
    audit.record(session, actor, "update", office)
    return office


def _row(office: IssuingOffice) -> OfficeRow:
    return OfficeRow(office.id, office.version, office.code, office.name, office.city,
                     OfficeInput(code=office.code, name=office.name,
                                 header_lines=office.header_lines,
                                 header_lines_en=office.header_lines_en, city=office.city,
                                 show_hijri=bool(office.show_hijri), logo_path=office.logo_path,
                                 organisation_id=office.organisation_id))


def list_offices(session: Session) -> list[OfficeRow]:
    """Every office, in the order they were added (a handful per installation)."""
    return [_row(o) for o in session.scalars(select(IssuingOffice).order_by(IssuingOffice.id))]


def get_office(session: Session, office_id: int) -> OfficeRow:
    return _row(validation.required(session, IssuingOffice, office_id, "Issuing office"))
