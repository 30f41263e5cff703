"""The official letter: addressee, subject, body, signatures and «نسخة منه إلى».

Every document kind builds its story from these parts and prints it through ``page.render``,
so minutes, orders and rosters all share one shape.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from reports import fonts, labels
from reports.pdf.flowables import RtlParagraph, Signatory, SignatureRow, TextStyle

BODY = TextStyle(size=13.0, space_after=8.0)
HEADING = TextStyle(font=fonts.BOLD, size=13.0, space_after=6.0)
SUBJECT = TextStyle(font=fonts.BOLD, size=14.0, align="center", space_before=4.0,
                    space_after=12.0)
SMALL = TextStyle(size=11.5, space_after=2.0)


def styles(lang: str) -> tuple[TextStyle, TextStyle, TextStyle, TextStyle]:
    """Body, heading, subject and small styles aligned for the document's direction."""
    align = "right" if lang != "en" else "left"
    return (BODY.but(align="justify"), HEADING.but(align=align), SUBJECT,
            SMALL.but(align=align, indent=0.0))


@dataclass(frozen=True)
class Letter:
    subject: str
    paragraphs: Sequence[str]
    signatories: Sequence[Signatory] = ()
    copies_to: Sequence[str] = ()
    addressee: str | None = None
    closing: str | None = None  # «مع التقدير» by default
    extra: Sequence[Flowable] = field(default_factory=tuple)  # tables after the body


def paragraph(text: str, style: TextStyle, lang: str) -> RtlParagraph:
    """An Arabic letter's paragraphs are all right to left; an English one's follow their first
    strong letter, so an Arabic paragraph quoted in an English letter still reads right."""
    return RtlParagraph(text, style, rtl=None if lang == "en" else True)


def letter_story(letter: Letter, lang: str = "ar") -> list[Flowable]:
    body, heading, subject, _ = styles(lang)
    story: list[Flowable] = []
    if letter.addressee:
        story.append(paragraph(f"{labels.label('to', lang)} / {letter.addressee}", heading,
                               lang))
    if letter.subject.strip():
        story.append(paragraph(f"{labels.label('subject', lang)} / {letter.subject}", subject,
                               lang))
    story.extend(paragraph(text, body, lang) for text in letter.paragraphs)
    story.extend(letter.extra)
    closing = letter.closing if letter.closing is not None else labels.label("greeting", lang)
    if closing:
        story.append(paragraph(closing, heading.but(align="center", space_before=6.0), lang))
    story.extend(signatures_and_copies(letter.signatories, letter.copies_to, lang))
    return story


def signatures_and_copies(signatories: Sequence[Signatory], copies_to: Sequence[str],
                          lang: str = "ar") -> list[Flowable]:
    """The end of every document: who signs, then who gets a copy."""
    body, heading, _subject, small = styles(lang)
    story: list[Flowable] = [CondPageBreak(110)]
    if signatories:
        story.append(SignatureRow(signatories, body.but(size=12.5), rtl=lang != "en"))
    if copies_to:
        items: list[Flowable] = [Spacer(1, 14),
                                 paragraph(f"{labels.label('copies_to', lang)} /", heading, lang)]
        items.extend(paragraph(f"- {item}", small, lang) for item in copies_to)
        # a short list stays with its heading; a long one may run on to the next page
        story.extend([KeepTogether(items)] if len(items) < 12 else items)
    return story
