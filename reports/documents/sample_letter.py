"""A sample official letter on the database's data: the gallery's proof of the letter shape.

The body quotes the Maysan and Dhi Qar reports (the project's seed texts) with their dates,
numbers and Latin names, so every rule of mixed-direction text shows on the page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Classification, Organisation
from reports.catalogue import BuildRequest, DocumentKind, Param, register
from reports.documents import common
from reports.numbers import document_number
from reports.pdf.flowables import Signatory
from reports.pdf.letter import Letter, letter_story
from reports.pdf.page import PageSetup, render

KEY = "sample_letter"
SAMPLE_DATE = date(2010, 2, 6)  # the day of the Dhi Qar conference the body quotes
SUBJECT = "خطة حماية مراكز تسجيل الناخبين قبل وأثناء وبعد الاقتراع"
ADDRESSEE = "أقسام شرطة ميسان كافة"
PARAGRAPHS = (
    "عقد في مقر قيادة شرطة ميسان اجتماعاً مشتركاً لقيادة شرطة ميسان ومكتب مفوضية الانتخابات "
    "في المحافظة حضره العميد الركن سعد علي حربيه قائد شرطة ميسان والدكتور جعفر كاظم مدير مكتب "
    "مفوضية الانتخابات في المحافظة ومدراء أقسام الشرطة وشعبها وممثل اللواء ( 38 ) من الجيش "
    "العراقي.",
    "تقرر توفير الأمن المناسب لمراكز تسجيل الناخبين والبالغ عددها ( 22 ) مركزاً عشرة منها في "
    "مركز المحافظة والباقي موزع على الأقضية والنواحي، وتخصيص المفارز والعجلات اللازمة وبيان "
    "حدود المسؤوليات ضمن القواطع التي تقع فيها مراكز تسجيل الناخبين.",
    "أقامت المديرية العامة لشرطة محافظة ذي قار مؤتمراً أمنياً موسعاً لمناقشة خطة حماية مراكز "
    "الاقتراع قبل وأثناء وبعد إجراء الانتخابات البرلمانية التي ستجري في السابع من آذار لعام 2010 "
    "صباح يوم السبت المصادف 6/2/2010 الساعة 07:30 بحضور المقدم كاليفان والوفد المرافق له عن "
    "قوات متعددة الجنسيات وممثل بعثة UNAMI للأمم المتحدة.",
    "يكون الاتصال بغرفة العمليات على الهاتف 07701234567 على مدار الساعة، وترفع الأقسام موقفها "
    "اليومي إلى الغرفة في الساعة 07:30 والساعة 19:00 من كل يوم حتى انتهاء عملية الاقتراع.",
    "يرجى الاطلاع واتخاذ ما يلزم لتنفيذ ما ورد أعلاه بدقة، وإعلامنا بأسماء الضباط المسؤولين عن "
    "كل مركز خلال ( 48 ) ساعة من تاريخ هذا الكتاب.",
)
FALLBACK_SIGNATORIES = (
    Signatory("العميد الركن", "سعد علي حربيه", "قائد شرطة ميسان"),
    Signatory("الدكتور", "جعفر كاظم", "مدير مكتب مفوضية الانتخابات في ميسان"),
)
CLASSIFICATIONS = (
    (Classification.UNCLASSIFIED.value, "Unclassified"),
    (Classification.CONFIDENTIAL.value, "Confidential"),
    (Classification.SECRET_PERSONAL.value, "Secret and personal"),
    (Classification.TOP_SECRET.value, "Top secret"),
)


def _copies(session: Session, own_organisation: int | None) -> list[str]:
    names = session.scalars(
        select(Organisation.name_ar).where(Organisation.id != (own_organisation or -1))
        .order_by(Organisation.id).limit(3)
    ).all()
    return [f"{name} للتفضل بالاطلاع مع التقدير" for name in names] + ["الأضابير"]


def build(request: BuildRequest) -> Path:
    params, lang = request.params, request.lang
    classification = Classification(params.get("classification") or "confidential")
    day = common.param_date(params, "date") or date.today()
    with request.db.reader() as session:
        office = common.office(session, common.param_int(params, "office"))
        head = common.letterhead(office, lang)
        office_id, organisation_id, author = office.id, office.organisation_id, office.name
        people = common.senior_people(session, 2)
        signatories = [common.signatory(p, lang) for p in people] or list(FALLBACK_SIGNATORIES)
        copies = _copies(session, organisation_id)
    request.check()
    request.progress(1, 3)
    letter = Letter(subject=SUBJECT, paragraphs=PARAGRAPHS, signatories=signatories,
                    copies_to=copies, addressee=ADDRESSEE)
    with document_number(request, office_id, KEY, purpose=SUBJECT, on=day) as number:
        setup = PageSetup(head, day, number.text, classification, lang, title=SUBJECT,
                          author=author, subject=SUBJECT, keywords=(KEY, *number.keywords),
                          watermark=number.watermark)
        request.progress(2, 3)
        render(request.output, setup, letter_story(letter, lang), cancelled=request.cancelled)
    request.progress(3, 3)
    return request.output


def sample_params(session: Session) -> dict[str, Any]:
    return {"office": common.first_office_id(session), "date": SAMPLE_DATE.isoformat(),
            "classification": Classification.CONFIDENTIAL.value}


KIND = register(DocumentKind(
    key=KEY,
    title="Sample letter",
    formats=("pdf",),
    params=(
        Param("office", "Issuing office", "office", required=False),
        Param("classification", "Classification", "choice", required=False,
              choices=CLASSIFICATIONS),
        Param("date", "Date", "date", required=False),
    ),
    build=build,
    sample_params=sample_params,
    numbered=True,
))
