"""What a sheet can say, and the headers it is written under: a ``Schema`` per kind of sheet
(the centres' is ``CENTRES``, here; the personnel's is in ``people_fields``).

Headers are compared in one form (``header_key``): Arabic normalised as every search is
(alef forms, ta marbuta, tatweel, diacritics), Latin lower-cased, and everything that is not
a letter or a digit dropped, so «رقم المركز:», «Centre-Code» and «centre code» each find their
field. A header the lists below do not know is mapped by hand (``--map COLUMN=FIELD``, or the
dialog's combo per column).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.i18n import translate
from desktop.services.errors import TERM_CONTEXT, Invalid, Term
from desktop.text.arabic import normalise


class Field(StrEnum):
    CODE = "code"
    NAME = "name"
    KIND = "kind"
    GOVERNORATE = "governorate"
    DISTRICT = "district"
    SUBDISTRICT = "subdistrict"
    ADDRESS = "address"
    LATITUDE = "latitude"
    LONGITUDE = "longitude"
    SECTOR = "sector"
    RISK = "risk"
    STATIONS = "stations"
    VOTERS = "voters"
    STATUS = "status"
    NOTES = "notes"


REQUIRED = (Field.CODE, Field.NAME)
AREA_FIELDS = (Field.GOVERNORATE, Field.DISTRICT, Field.SUBDISTRICT)

# The field's name as the user reads it (a Term, so errors that name it translate it too).
LABELS: dict[Field, Term] = {
    Field.CODE: Term("Commission code"),
    Field.NAME: Term("Name"),
    Field.KIND: Term("Centre kind"),
    Field.GOVERNORATE: Term("Governorate"),
    Field.DISTRICT: Term("District"),
    Field.SUBDISTRICT: Term("Sub-district"),
    Field.ADDRESS: Term("Address"),
    Field.LATITUDE: Term("Latitude"),
    Field.LONGITUDE: Term("Longitude"),
    Field.SECTOR: Term("Sector"),
    Field.RISK: Term("Risk level"),
    Field.STATIONS: Term("Stations"),
    Field.VOTERS: Term("Voters"),
    Field.STATUS: Term("Status"),
    Field.NOTES: Term("Notes"),
}

# Headers seen on commission and police sheets (Iraq, Libya) and their English exports.
SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.CODE: ("رقم المركز", "رمز المركز", "كود المركز", "رقم مركز الاقتراع",
                 "رمز مركز الاقتراع", "رقم مركز التسجيل", "رمز مركز التسجيل", "الرمز",
                 "رمز", "الكود", "Centre Code", "Center Code", "Centre No", "Center No",
                 "Centre Number", "Center Number", "Centre ID", "Center ID", "Code"),
    Field.NAME: ("اسم المركز", "اسم مركز الاقتراع", "اسم مركز التسجيل", "المركز", "الاسم",
                 "Centre Name", "Center Name", "Centre", "Center", "Name"),
    Field.KIND: ("نوع المركز", "النوع", "Kind", "Type", "Centre Type", "Center Type",
                 "Centre Kind", "Center Kind"),
    Field.GOVERNORATE: ("المحافظة", "محافظة", "Governorate", "Province"),
    Field.DISTRICT: ("القضاء", "قضاء", "District"),
    Field.SUBDISTRICT: ("الناحية", "ناحية", "Sub-district", "Subdistrict", "Nahiya"),
    Field.ADDRESS: ("العنوان", "عنوان المركز", "الموقع", "Address", "Location"),
    Field.LATITUDE: ("خط العرض", "دائرة العرض", "Latitude", "Lat"),
    Field.LONGITUDE: ("خط الطول", "Longitude", "Lon", "Lng", "Long"),
    Field.SECTOR: ("القاطع", "قاطع المسؤولية", "القاطع الأمني", "Sector"),
    Field.RISK: ("درجة الخطورة", "الخطورة", "مستوى الخطورة", "درجة الخطر", "Risk",
                 "Risk Level"),
    Field.STATIONS: ("عدد المحطات", "المحطات", "Stations", "Number of Stations",
                     "No of Stations", "Stations Count"),
    Field.VOTERS: ("عدد الناخبين", "الناخبين", "الناخبون", "Voters", "Number of Voters",
                   "No of Voters", "Registered Voters"),
    Field.STATUS: ("الحالة", "حالة المركز", "Status"),
    Field.NOTES: ("الملاحظات", "ملاحظات", "Notes", "Remarks"),
}

_NOT_LETTERS = re.compile(r"[\W_]+")


def header_key(text: object) -> str:
    """The form in which a header is compared: normalised, letters and digits only."""
    if text is None:
        return ""
    return _NOT_LETTERS.sub("", normalise(str(text)))


@dataclass(frozen=True)
class Schema:
    """One kind of sheet: its fields (a ``StrEnum``), their names as the user reads them,
    the headers each is known by, the ones a row cannot do without, and the two refusals
    that name the kind (no header row; a mapping to a field it does not have).

    Fields of two schemas may share a value («name»), and a ``StrEnum`` compares as its value:
    so every lookup goes through one schema, never a table keyed by fields of several."""

    fields: type[StrEnum]
    labels: Mapping[StrEnum, Term]
    synonyms: Mapping[StrEnum, tuple[str, ...]]
    required: tuple[StrEnum, ...]
    no_header: Callable[[int, str], Invalid]  # (rows looked at, file name)
    not_a_field: Callable[[str, str], Invalid]  # (the name given, the fields there are)
    _by_key: dict[str, StrEnum] = field(default_factory=dict, init=False, compare=False)

    def __post_init__(self) -> None:
        for item, names in self.synonyms.items():
            for name in (*names, item.value):
                self._by_key.setdefault(header_key(name), item)

    def recognised(self, header: object) -> StrEnum | None:
        """The field a header names, if it is one the lists know."""
        return self._by_key.get(header_key(header))

    def field_named(self, text: str) -> StrEnum | None:
        """The field a user names in a mapping: its code (``code``, ``risk``…), its label in
        either language, or any header it is known by."""
        key = header_key(text)
        if not key:
            return None
        for item, term in self.labels.items():
            if key in (header_key(item.value), header_key(term),
                       header_key(translate(TERM_CONTEXT, term, "ar"))):
                return item
        return self._by_key.get(key)

    def label(self, item: StrEnum, lang: str | None = None) -> str:
        return translate(TERM_CONTEXT, self.labels[item], lang)


CENTRES = Schema(
    Field, LABELS, SYNONYMS, REQUIRED,
    no_header=lambda count, file: Invalid(
        "No header row was found in the first {count} rows of {file}: name the columns as "
        "the commission does (رقم المركز، اسم المركز…) or map them with COLUMN=FIELD.",
        count=count, file=file),
    not_a_field=lambda given, allowed: Invalid(
        "{field} is not a field of a centre; choose one of: {allowed}.", field=given,
        allowed=allowed))


def recognised(header: object) -> Field | None:
    """The centre field a header names, if it is one the lists know."""
    return CENTRES.recognised(header)  # type: ignore[return-value]


def field_named(text: str) -> Field | None:
    """The centre field a user names in a mapping (``Schema.field_named``)."""
    return CENTRES.field_named(text)  # type: ignore[return-value]


def label(field: Field, lang: str | None = None) -> str:
    return CENTRES.label(field, lang)
