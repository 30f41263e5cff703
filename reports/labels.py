"""The fixed words printed on documents, in one place, in Arabic and English.

Documents are Arabic; ``lang="en"`` gives the English equivalents. These are printed, not
interface messages, so they live here rather than in the Qt catalogues.
"""

from __future__ import annotations

from datetime import date

from hijridate import Gregorian

from desktop.models import Classification

_LABELS: dict[str, tuple[str, str]] = {
    "number": ("العدد", "No."),
    "date": ("التاريخ", "Date"),
    "hijri_date": ("الموافق", "Hijri"),
    "subject": ("الموضوع", "Subject"),
    "to": ("إلى", "To"),
    "copies_to": ("نسخة منه إلى", "Copies to"),
    "page_of": ("الصفحة {page} من {pages}", "Page {page} of {pages}"),
    "continued": ("تابع العدد", "Continued, No."),
    "hijri_suffix": ("هـ", "AH"),
    "gregorian_suffix": ("م", ""),
    "greeting": ("مع التقدير", "With regards"),
    "roster_title": ("قائمة بأسماء المنتسبين المنسبين إلى المراكز",
                     "Officers assigned to centres"),
    "seq": ("ت", "#"),
    "rank": ("الرتبة", "Rank"),
    "name": ("الاسم", "Name"),
    "organisation": ("الجهة", "Organisation"),
    "centre": ("المركز", "Centre"),
    "service_number": ("الرقم الإحصائي", "Service no."),
    "phone": ("الهاتف", "Phone"),
    "shift_date": ("تاريخ الواجب", "Duty date"),
    "office": ("الجهة المصدرة", "Issued by"),
}

_CLASSIFICATIONS: dict[Classification, tuple[str, str]] = {
    Classification.UNCLASSIFIED: ("", ""),
    Classification.CONFIDENTIAL: ("سري", "CONFIDENTIAL"),
    Classification.SECRET_PERSONAL: ("سري وشخصي", "SECRET AND PERSONAL"),
    Classification.TOP_SECRET: ("سري للغاية", "TOP SECRET"),
}


def label(key: str, lang: str = "ar", **fields: object) -> str:
    arabic, english = _LABELS[key]
    text = english if lang == "en" else arabic
    return text.format(**fields) if fields else text


def classification(value: Classification | str, lang: str = "ar") -> str:
    """The marking printed at the top and bottom of every page; empty when unclassified."""
    arabic, english = _CLASSIFICATIONS[Classification(value)]
    return english if lang == "en" else arabic


def gregorian(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def hijri(day: date, lang: str = "ar") -> str:
    """The Umm al-Qura date, as letters print it beside the Gregorian one."""
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return f"{h.day}/{h.month}/{h.year} {label('hijri_suffix', lang)}"
