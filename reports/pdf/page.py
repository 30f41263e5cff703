"""The page every document is printed on: letterhead, classification and page numbers.

The first page carries the full letterhead (the chain of bodies on one side, number and date
on the other, the logo between); later pages a short running head. The classification is
marked at the top and bottom of every page, and "الصفحة N من M" is drawn once the number of
pages is known, by a canvas that holds its pages back until the end.

One PDF may hold several letters (``render_letters``: the assignment orders of every unit), each
with its own letterhead, number and page count. A flowable may also leave a note on the page it
is drawn on (``PageNote``, e.g. «مسودة» where a draft roster's rows are), printed in the page's
corner with the furniture.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFName,
    PDFPage,
    PDFResourceDictionary,
    PDFStream,
    PDFZCompress,
)
from reportlab.pdfbase.pdfdoc import format as pdf_format
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from desktop.models import Classification
from reports import fonts, labels
from reports.errors import Cancelled
from reports.files import atomic_output
from reports.pdf.flowables import draw_line
from reports.pdf.glyphs import draw_string
from reports.text import Line, single_line
from resources import path as resource_path

MARGIN = 42.0
HEAD_SIZE = 12.0
HEAD_LEADING = 19.0
MIN_HEAD_SIZE = 7.0  # the smallest a letterhead line is set, to fit its block
MARK_COLOR = colors.HexColor("#9b0000")
WATERMARK_ALPHA = 38  # of 255: faint enough to read the text through it
SEAL_SIZE = 7.5
SEAL_SPACING = 0.6  # points between the letters of a sealed code
SEAL_Y = 46.0  # between the frame's foot and the page number
BOTTOM = 56.0  # the frame's foot
PAGE_DEFLATE = 1  # zlib's level for the pages' content


@dataclass(frozen=True)
class Letterhead:
    """What an issuing office prints at the top of its letters."""

    lines: tuple[str, ...]  # the chain of bodies: state, ministry, command, office
    office_name: str = ""
    logo: Path | None = None
    show_hijri: bool = True


@dataclass(frozen=True)
class PageSetup:
    letterhead: Letterhead
    issued_on: date
    number: str | None = None  # formatted, as printed after «العدد»
    classification: Classification = Classification.UNCLASSIFIED
    lang: str = "ar"
    title: str = ""
    author: str = ""
    subject: str = ""
    wide: bool = False  # landscape, for wide tables
    keywords: tuple[str, ...] = field(default_factory=tuple)
    watermark: str = ""  # across every page, e.g. «مسودة — غير معتمد» on unapproved minutes
    seal: tuple[str, str] | None = None  # (label, code): a code printed at every page's foot

    @property
    def rtl(self) -> bool:
        return self.lang != "en"

    @property
    def size(self) -> tuple[float, float]:
        return landscape(A4) if self.wide else A4


class _Painter:
    """Draws the furniture of one setup; positions mirror for left-to-right documents."""

    def __init__(self, setup: PageSetup, index: int = 0) -> None:
        self.setup = setup
        self.index = index  # which letter of the PDF
        self.width, self.height = setup.size
        self.mark = labels.classification(setup.classification, setup.lang)

    def _text(self, canvas: Canvas, text: str, x_left: float, x_right: float, y: float,
              align: str, font: str = fonts.REGULAR, size: float = HEAD_SIZE) -> None:
        line = single_line(text, font, size, self.setup.rtl or None)
        if line.width > x_right - x_left:  # a long body's name is set smaller, never cut
            size = max(MIN_HEAD_SIZE, size * (x_right - x_left) / line.width)
            line = single_line(text, font, size, self.setup.rtl or None)
        canvas.setFont(font, size)
        draw_line(canvas, line, x_left, x_right, y, align)

    @property
    def _date_lines(self) -> list[str]:
        setup, lang = self.setup, self.setup.lang
        lines = [f"{labels.label('number', lang)}: {setup.number or '—'}",
                 f"{labels.label('date', lang)}: {labels.gregorian(setup.issued_on)}"]
        if setup.letterhead.show_hijri:
            lines.append(f"{labels.label('hijri_date', lang)}: "
                         f"{labels.hijri(setup.issued_on, lang)}")
        return lines

    def letterhead_height(self) -> float:
        rows = max(len(self.setup.letterhead.lines), len(self._date_lines), 3)
        return rows * HEAD_LEADING + 14

    def first_page(self, canvas: Canvas, _doc: Any) -> None:
        canvas._ghurfa_letter = self.index  # type: ignore[attr-defined]
        canvas.saveState()
        w, h, rtl = self.width, self.height, self.setup.rtl
        top = h - 46
        side = w * 0.38  # the width of the bodies' block and of the number block
        start_left, start_right = (w - MARGIN - side, w - MARGIN) if rtl else (MARGIN,
                                                                              MARGIN + side)
        end_left, end_right = (MARGIN, MARGIN + side * 0.75) if rtl else (
            w - MARGIN - side * 0.75, w - MARGIN)
        canvas.setFillColor(colors.black)
        for index, line in enumerate(self.setup.letterhead.lines):
            self._text(canvas, line, start_left, start_right, top - index * HEAD_LEADING,
                       "center", fonts.BOLD)
        for index, line in enumerate(self._date_lines):
            self._text(canvas, line, end_left, end_right, top - index * HEAD_LEADING,
                       "right" if rtl else "left")
        logo = self.setup.letterhead.logo
        if logo is not None and Path(logo).is_file():
            box = min(self.letterhead_height() - 10, 72.0)
            canvas.drawImage(str(logo), (w - box) / 2, top + HEAD_SIZE - box, box, box,
                             preserveAspectRatio=True, mask="auto")
        rule = h - 30 - self.letterhead_height()
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, rule, w - MARGIN, rule)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, rule - 2.5, w - MARGIN, rule - 2.5)
        canvas.restoreState()

    def later_page(self, canvas: Canvas, _doc: Any) -> None:
        canvas._ghurfa_letter = self.index  # type: ignore[attr-defined]
        canvas.saveState()
        w, h, rtl = self.width, self.height, self.setup.rtl
        top = h - 46
        name = self.setup.letterhead.office_name or (self.setup.letterhead.lines or ("",))[-1]
        continued = f"{labels.label('continued', self.setup.lang)}: {self.setup.number or '—'}"
        self._text(canvas, name, MARGIN, w - MARGIN, top, "right" if rtl else "left",
                   fonts.BOLD, 10)
        self._text(canvas, continued, MARGIN, w - MARGIN, top, "left" if rtl else "right",
                   fonts.REGULAR, 10)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 8, w - MARGIN, top - 8)
        canvas.restoreState()

    def every_page(self, canvas: Canvas) -> None:
        """Drawn as the page ends: the classification marks, the watermark and the notes (the
        page number comes once the count is known: ``page_number``)."""
        canvas.saveState()
        w, h = self.width, self.height
        if self.setup.seal is not None:
            self._seal(canvas, *self.setup.seal)
        if self.setup.watermark:
            self._watermark(canvas, self.setup.watermark)
        notes = getattr(canvas, "_ghurfa_notes", ())
        if notes:
            self._notes(canvas, notes)
        if self.mark:
            canvas.setFillColor(MARK_COLOR)
            canvas.setStrokeColor(MARK_COLOR)
            for y in (h - 22, 14):
                line = single_line(self.mark, fonts.BOLD, 13, self.setup.rtl or None)
                canvas.setFont(fonts.BOLD, 13)
                x = (w - line.width) / 2
                draw_string(canvas, x, y, line.visual)
                canvas.rect(x - 8, y - 5, line.width + 16, 20, stroke=1, fill=0)
        canvas.restoreState()

    def page_number(self, canvas: Canvas, page: int, pages: int) -> None:
        """«الصفحة N من M», drawn when the count is known (into a stream of its own)."""
        canvas.setFillColor(colors.black)
        line = page_number_line(self.setup.lang, self.setup.rtl, page, pages)
        if line is None:
            text = labels.label("page_of", self.setup.lang, page=page, pages=pages)
            self._text(canvas, text, MARGIN, self.width - MARGIN, 36, "center",
                       fonts.REGULAR, 10)
            return
        canvas.setFont(fonts.REGULAR, PAGE_NUMBER_SIZE)
        draw_line(canvas, line, MARGIN, self.width - MARGIN, 36, "center")

    def _seal(self, canvas: Canvas, label: str, code: str) -> None:
        """The label, then the code left to right, letter-spaced so it reads like type.

        The code is drawn apart from the label: inside a right-to-left line the bidi
        algorithm would reorder groups that begin with a digit.
        """
        size = SEAL_SIZE
        head = single_line(label, fonts.REGULAR, size, self.setup.rtl or None)
        code_width = stringWidth(code, fonts.REGULAR, size) + SEAL_SPACING * len(code)
        total = head.width + 5 + code_width
        left = (self.width - total) / 2
        code_left = left if self.setup.rtl else left + head.width + 5
        label_left = left + code_width + 5 if self.setup.rtl else left
        canvas.setFillColor(colors.black)
        canvas.setFont(fonts.REGULAR, size)
        draw_string(canvas, label_left, SEAL_Y, head.visual)
        text = canvas.beginText(code_left, SEAL_Y)
        text.setFont(fonts.REGULAR, size)
        text.setCharSpace(SEAL_SPACING)
        text.textOut(code)
        canvas.drawText(text)

    def _notes(self, canvas: Canvas, notes: Sequence[str]) -> None:
        """What the page's flowables asked to say on it, in the corner facing the watermark's,
        each once, in the order first asked."""
        text = " — ".join(dict.fromkeys(notes))
        line = single_line(text, fonts.BOLD, 11, self.setup.rtl or None)
        canvas.setFillColor(MARK_COLOR)
        canvas.setFont(fonts.BOLD, 11)
        x = self.width - MARGIN - line.width if self.setup.rtl else MARGIN
        draw_string(canvas, x, self.height - 22, line.visual)

    def _watermark(self, canvas: Canvas, text: str) -> None:
        """Large and faint across the page, and small and plain in its top corner.

        The large one is a picture, so that text extraction (search, copy, the tests that
        read documents back) meets the words once, from the small one, in reading order.
        """
        line = single_line(text, fonts.BOLD, 11, self.setup.rtl or None)
        canvas.setFillColor(MARK_COLOR)
        canvas.setFont(fonts.BOLD, 11)
        x = MARGIN if self.setup.rtl else self.width - MARGIN - line.width
        draw_string(canvas, x, self.height - 22, line.visual)
        # the picture goes in once, as a form every page draws: put on each page, reportlab
        # would take its digest again (some 2 ms a page)
        form = f"ghurfaWatermark{zlib.crc32(line.visual.encode()):08x}x{self.width:.0f}"
        if form not in canvas._ghurfa_forms:  # type: ignore[attr-defined]
            canvas._ghurfa_forms[form] = (  # type: ignore[attr-defined]
                self.setup.size, partial(self._watermark_form, line.visual))
        canvas.doForm(form)

    def _watermark_form(self, visual: str, canvas: Canvas) -> None:
        image, width, height = _watermark_image(visual)
        canvas.translate(self.width / 2, self.height / 2)
        canvas.rotate(35)
        canvas.drawImage(image, -width / 2, -height / 2, width, height, mask="auto")

    @property
    def first_frame_top(self) -> float:
        return self.height - 30 - self.letterhead_height() - 12

    @property
    def later_frame_top(self) -> float:
        return self.height - 64


PAGE_NUMBER_SIZE = 10.0
# two numbers no page count reaches, standing for the page and the count in the line's pattern
_PAGE_MARK, _PAGES_MARK = "908172635", "546372819"


@lru_cache(maxsize=8)
def _page_number_pattern(lang: str, rtl: bool) -> tuple[str, float] | None:
    """The page number's line laid out once, with marks for its two numbers: its drawing
    order and its width without them. None if the marks do not come through it whole."""
    text = labels.label("page_of", lang, page=_PAGE_MARK, pages=_PAGES_MARK)
    line = single_line(text, fonts.REGULAR, PAGE_NUMBER_SIZE, rtl or None)
    if line.visual.count(_PAGE_MARK) != 1 or line.visual.count(_PAGES_MARK) != 1:
        return None
    marks = stringWidth(_PAGE_MARK + _PAGES_MARK, fonts.REGULAR, PAGE_NUMBER_SIZE)
    return line.visual, line.width - marks


def page_number_line(lang: str, rtl: bool, page: int, pages: int) -> Line | None:
    """«الصفحة N من M» as ``single_line`` lays it out, made from its pattern: a number is one
    left-to-right run wherever the words around it stand, so only the digits change from page
    to page (laying fifteen thousand lines out anew took a twentieth of a roster's time).
    None where the pattern cannot serve."""
    pattern = _page_number_pattern(lang, rtl)
    if pattern is None or page < 0 or pages < 0:
        return None
    visual, rest = pattern
    number, count = str(page), str(pages)
    width = rest + stringWidth(number + count, fonts.REGULAR, PAGE_NUMBER_SIZE)
    return Line(visual.replace(_PAGE_MARK, number).replace(_PAGES_MARK, count), width,
                rtl=rtl)


@lru_cache(maxsize=8)
def _watermark_image(visual: str) -> tuple[ImageReader, float, float]:
    """The visual-order text drawn once into a translucent picture, 64 points high."""
    size, scale = 64, 3
    # the basic engine draws the glyphs as given: they are already shaped and in visual order
    font = ImageFont.truetype(str(resource_path("fonts", "Amiri-Bold.ttf")), size * scale,
                              layout_engine=ImageFont.Layout.BASIC)
    left, top, right, bottom = font.getbbox(visual)
    picture = Image.new("RGBA", (right - left + 8, bottom - top + 8), (0, 0, 0, 0))
    red = tuple(int(c * 255) for c in MARK_COLOR.rgb())
    ImageDraw.Draw(picture).text((4 - left, 4 - top), visual, font=font,
                                 fill=(*red, WATERMARK_ALPHA))
    return ImageReader(picture), picture.width / scale, picture.height / scale


@dataclass(frozen=True)
class _Paint:
    """What a letter's pages are finished with (``_Painter``'s)."""

    every_page: Callable[[Canvas], None]
    page_number: Callable[[Canvas, int, int], None]
    size: tuple[float, float]


def _numbered_canvas(paint: Sequence[_Paint], *, inline: bool = False) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Finishes each page as it ends and lets it go, so a document of ten thousand pages
        holds none of them: each says «الصفحة N من M» in a second content stream of its own,
        written once the count of its letter's pages is known (where one PDF holds several
        letters). ``inline``: the pages were counted before they were drawn, and each says
        its number itself (``reports.pdf.sections``)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._ghurfa_notes: list[str] = []
            self._ghurfa_letter = 0
            self._ghurfa_pages: Counter[int] = Counter()
            self._ghurfa_numbers: list[tuple[Any, int, int]] = []  # (its PDFPage, letter, page)
            # the forms pages share (a watermark's picture), each drawn once at save
            self._ghurfa_forms: dict[str, tuple[tuple[float, float], Callable[..., None]]] = {}

        def showPage(self) -> None:
            letter = self._ghurfa_letter
            self._ghurfa_pages[letter] += 1
            paint[letter].every_page(self)
            Canvas.showPage(self)
            page = self._doc.Pages.pages[-1]
            _compress_page(page)
            if _plain(page):
                page.__class__ = _PlainPage
            if not inline:
                self._ghurfa_numbers.append((page, letter, self._ghurfa_pages[letter]))
            self._ghurfa_notes = []

        def save(self) -> None:
            for page, letter, number in self._ghurfa_numbers:
                held, self._code = self._code, []
                self.saveState()
                paint[letter].page_number(self, number, self._ghurfa_pages[letter])
                self.restoreState()
                drawn, self._code = self._code, held
                _add_stream(self._doc, page, "\n".join(drawn) + "\n")
            for form, (size, draw) in self._ghurfa_forms.items():
                self.setPageSize(size)
                self.beginForm(form)
                draw(canvas=self)
                self.endForm()
            Canvas.save(self)

    return NumberedCanvas


def _compress_page(page: Any) -> None:
    """The page just ended, its stream compressed now rather than at the end: held as text
    until the file is written, ten thousand pages would take some hundreds of megabytes.
    Deflated only: reportlab's ASCII85 on top makes every page a quarter larger."""
    if page.stream is None or page.Contents:
        return
    stream = PDFStream(content=page.stream)
    stream.__Comment__ = "page stream"
    if page.compression:
        # level 1, not zlib's 6: a page of table text deflates some three times quicker and
        # comes out a third larger (at 6 it took a fifth of a fifteen-thousand-page roster's
        # drawing; level 3 a tenth more than 1, for 3 % less)
        stream.content = zlib.compress(page.stream.encode("utf8"), PAGE_DEFLATE)
        stream.dictionary["Filter"] = PDFName(PDFZCompress.pdfname)
    page.Contents = stream
    page.stream = None


def _plain(page: PDFPage) -> bool:
    """A page of text, lines, fills and forms only: no annotation, transparency state,
    colour space, shading, transition or box of its own (what our documents' pages are)."""
    return not (not page.Contents or page.Annots or page.ExtGState or page._colorsUsed
                or page._shadingUsed or (page.Trans and page.Trans.dict) or page.Dur is not None
                or page.CropBox or page.ArtBox or page.BleedBox or page.TrimBox
                or page.Override_default_compilation)


class _PlainPage(PDFPage):
    """A plain page (``_plain``) written as its few keys straight away, its resources one
    dictionary shared by every page that uses the same forms.

    Reportlab builds every page's dictionary and resources from generic objects at the end,
    a sixth of a fifteen-thousand-page roster's time; the page dictionary says the same.
    """

    def format(self, document: Any) -> bytes:
        shared = document.__dict__.setdefault("_ghurfa_resources", {})
        forms = tuple(sorted(self.XObjects.dict)) if self.XObjects else ()
        key = (forms, bool(self.hasImages))
        resources = shared.get(key)
        if resources is None:
            dictionary = PDFResourceDictionary()
            dictionary.basicFonts()
            if self.hasImages:
                dictionary.allProcs()
            if self.XObjects:
                dictionary.XObject = self.XObjects
            resources = shared[key] = document.Reference(dictionary)
        width, height = self.pagewidth, self.pageheight
        if self.Rotate in (90, 270):
            width, height = height, width
        contents = pdf_format(self.Contents, document)
        parent = document.Reference(document.Pages).format(document)
        rotate = f" /Rotate {self.Rotate}" if self.Rotate else ""
        return (b"<<\n/Contents " + contents
                + f" /MediaBox [ 0 0 {fp_str(width)} {fp_str(height)} ] /Parent ".encode()
                + parent + b" /Resources " + resources.format(document)
                + f"{rotate} /Type /Page\n>>".encode())


def _add_stream(doc: Any, page: Any, code: str) -> None:
    """A second content stream after the page's own (PDF reads them as one); left
    uncompressed, a page number being shorter than its compression's overhead."""
    stream = PDFStream(content=code)
    stream.__Comment__ = "page number"
    page.Contents = PDFArray([doc.Reference(page.Contents), doc.Reference(stream)])


class PageNote(Flowable):
    """Takes no room; says ``text`` in the corner of the page it falls on (see ``_notes``).

    A table's rows may run on over pages the note is not drawn on; a ``note`` given to the
    table itself (``RtlTable(note=...)``) is said on every page a piece of it is drawn on.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        note_page(self.canv, self.text)


def note_page(canvas: Canvas, text: str) -> None:
    """Ask for ``text`` in the corner of the page being drawn (no-op outside ``render``)."""
    notes = getattr(canvas, "_ghurfa_notes", None)
    if notes is not None and text:
        notes.append(text)


class _Document(BaseDocTemplate):
    def __init__(self, filename: str, setup: PageSetup, cancelled: Callable[[], bool],
                 **kwargs: Any) -> None:
        self._cancelled = cancelled
        super().__init__(filename, **kwargs)

    def handle_pageBegin(self) -> None:
        if self._cancelled():
            raise Cancelled()
        super().handle_pageBegin()


def render(output: Path, setup: PageSetup, story: Sequence[Flowable], *,
           cancelled: Callable[[], bool] = lambda: False) -> Path:
    """Lay ``story`` out on the office's pages and write the PDF; nothing is left on cancel."""
    return render_letters(output, [(setup, story)], cancelled=cancelled)


def _templates(painter: _Painter) -> list[PageTemplate]:
    setup, index = painter.setup, painter.index
    w, _ = setup.size
    bottom = BOTTOM
    first = Frame(MARGIN, bottom, w - 2 * MARGIN, painter.first_frame_top - bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                  id=f"first{index}")
    later = Frame(MARGIN, bottom, w - 2 * MARGIN, painter.later_frame_top - bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                  id=f"later{index}")
    return [PageTemplate(id=f"first{index}", frames=[first], onPage=painter.first_page,
                         autoNextPageTemplate=f"later{index}", pagesize=setup.size),
            PageTemplate(id=f"later{index}", frames=[later], onPage=painter.later_page,
                         pagesize=setup.size)]


def render_letters(output: Path, letters: Sequence[tuple[PageSetup, Sequence[Flowable]]], *,
                   cancelled: Callable[[], bool] = lambda: False) -> Path:
    """Several letters in one PDF, one after the other, each from a new page with its own
    letterhead, number, marks and «الصفحة N من M»; the file's metadata are the first's. A
    story given as a list is emptied."""
    if not letters:
        raise ValueError("a PDF needs at least one letter")
    fonts.register()
    painters = [_Painter(setup, index) for index, (setup, _) in enumerate(letters)]
    templates: list[PageTemplate] = []
    story: list[Flowable] = []
    for painter, (_, flowables) in zip(painters, letters, strict=True):
        templates += _templates(painter)
        if painter.index:
            story += [NextPageTemplate(f"first{painter.index}"), PageBreak()]
        story += list(flowables)
        if isinstance(flowables, list):
            # consumed, as platypus consumes its own list: each flowable let go once drawn
            # rather than held by the caller's story till the end of ten thousand pages
            flowables.clear()
    setup = letters[0][0]
    with atomic_output(output) as temporary:
        doc = _Document(
            str(temporary), setup, cancelled, pagesize=setup.size, title=setup.title,
            author=setup.author, subject=setup.subject, creator="Ghurfa",
            keywords=list(setup.keywords), lang=setup.lang,
            # without this every page would name Helvetica, a font that is not embedded
            initialFontName=fonts.REGULAR,
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=30, bottomMargin=BOTTOM,
        )
        doc.addPageTemplates(templates)
        paint = [_Paint(p.every_page, p.page_number, p.setup.size) for p in painters]
        doc.build(story, canvasmaker=_numbered_canvas(paint))
    return output
