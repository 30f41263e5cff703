"""Right-to-left text as reportlab flowables: paragraphs that split across pages.

Platypus' own ``Paragraph`` breaks lines on the text it is given, which for Arabic must be in
visual order, so its first line lands at the bottom. These flowables lay text out through
``reports.text`` and keep the laid-out lines, so splitting a long paragraph costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from reports import fonts
from reports.pdf.glyphs import draw_string
from reports.text import Line, layout

fonts.register()


@dataclass(frozen=True)
class TextStyle:
    font: str = fonts.REGULAR
    size: float = 13.0
    leading_ratio: float = 1.6  # Amiri's tall letters and deep descenders need room
    align: str = "right"  # "right", "left", "center", or "justify" (last lines to the start)
    color: colors.Color = colors.black
    space_before: float = 0.0
    space_after: float = 6.0
    indent: float = 0.0  # kept free on both sides

    @property
    def leading(self) -> float:
        return self.size * self.leading_ratio

    @property
    def baseline(self) -> float:
        """Distance from the top of a line box down to its baseline."""
        return (self.leading - 1.35 * self.size) / 2 + 0.9 * self.size

    def but(self, **changes: object) -> TextStyle:
        return replace(self, **changes)  # type: ignore[arg-type]


def _justify(canvas: Canvas, line: Line, x_left: float, x_right: float, y: float) -> None:
    """Spread the words of a visual line across the measure (Arabic official letters do).

    Each word is drawn with its space, so text extraction still sees the spaces around
    numbers and Latin runs rather than guessing them from the gaps.
    """
    words = line.visual.split(" ")
    font, size = canvas._fontname, canvas._fontsize
    extra = (x_right - x_left - line.width) / (len(words) - 1)
    x = x_left
    for index, word in enumerate(words):
        piece = word if index == len(words) - 1 else word + " "
        draw_string(canvas, x, y, piece)
        x += stringWidth(piece, font, size) + extra


def draw_line(canvas: Canvas, line: Line, x_left: float, x_right: float, y: float,
              align: str) -> None:
    """Draw one laid-out line on its baseline ``y`` between two edges."""
    if align == "justify":
        if not line.last and line.visual.count(" ") and \
                line.width > 0.75 * (x_right - x_left):
            _justify(canvas, line, x_left, x_right, y)
            return
        align = "right" if line.rtl else "left"
    if align == "right":
        x = x_right - line.width
    elif align == "center":
        x = (x_left + x_right - line.width) / 2
    else:
        x = x_left
    draw_string(canvas, x, y, line.visual)


class RtlParagraph(Flowable):
    """A paragraph of Arabic (or mixed) text; splits between lines across pages."""

    def __init__(self, text: str, style: TextStyle | None = None, *,
                 rtl: bool | None = None, _lines: Sequence[Line] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style or TextStyle()
        self.rtl = rtl
        self._lines: Sequence[Line] | None = _lines
        self._laid_for: float | None = None if _lines is None else -1.0

    def _layout(self, width: float) -> Sequence[Line]:
        if self._lines is None or (self._laid_for not in (-1.0, width)):
            inner = max(width - 2 * self.style.indent, self.style.size * 2)
            self._lines = layout(self.text, self.style.font, self.style.size, inner, self.rtl)
            self._laid_for = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit >= len(lines):
            return [self]
        if fit < 2 or len(lines) - fit < 2:  # no lone first or last line on a page
            fit = min(fit, len(lines) - 2)
            if fit < 2:
                return []
        head = RtlParagraph(self.text, self.style, rtl=self.rtl, _lines=lines[:fit])
        tail = RtlParagraph(self.text, self.style.but(space_before=0.0), rtl=self.rtl,
                            _lines=lines[fit:])
        return [head, tail]

    def getSpaceBefore(self) -> float:
        return self.style.space_before

    def getSpaceAfter(self) -> float:
        return self.style.space_after

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        canvas.setFont(style.font, style.size)
        canvas.setFillColor(style.color)
        top = self.height
        for index, line in enumerate(self._lines or ()):
            y = top - index * style.leading - style.baseline
            draw_line(canvas, line, style.indent, self.width - style.indent, y, style.align)


@dataclass(frozen=True)
class Signatory:
    """Who signs: rank (with الركن and the like), name, and position."""

    rank: str
    name: str
    position: str


class SignatureRow(Flowable):
    """Signature blocks side by side; the first at the right in Arabic, alone at the left."""

    def __init__(self, signatories: Sequence[Signatory], style: TextStyle, *,
                 rtl: bool = True, gap: float = 36.0) -> None:
        super().__init__()
        self.signatories = list(signatories)
        self.style = style
        self.rtl = rtl
        self.gap = gap  # room for the hand signature and the stamp
        # laid out once a width: a roster signs each of its thousands of centres alike
        self._laid: dict[float, list[list[tuple[Line, str]]]] = {}

    def _slots(self, width: float) -> list[tuple[float, float]]:
        count = len(self.signatories)
        if count == 1:
            third = width / 2.4
            return [(0.0, third)] if self.rtl else [(width - third, width)]
        step = width / count
        slots = [(i * step, (i + 1) * step) for i in range(count)]
        return slots[::-1] if self.rtl else slots

    def _lines(self, width: float) -> list[list[tuple[Line, str]]]:
        laid = self._laid.get(width)
        if laid is None:
            laid = self._laid[width] = self._lay_out(width)
        return laid

    def _lay_out(self, width: float) -> list[list[tuple[Line, str]]]:
        blocks = []
        for (left, right), who in zip(self._slots(width), self.signatories, strict=True):
            inner = right - left - 8
            block: list[tuple[Line, str]] = []
            for text, font in ((who.rank, self.style.font), (who.name, fonts.BOLD),
                               (who.position, self.style.font)):
                if text:
                    block.extend((line, font) for line in layout(text, font, self.style.size,
                                                                  inner))
            blocks.append(block)
        return blocks

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        tallest = max((len(b) for b in self._lines(availWidth)), default=0)
        self.height = self.gap + tallest * self.style.leading
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.style.color)
        for (left, right), block in zip(self._slots(self.width), self._lines(self.width),
                                        strict=True):
            for index, (line, font) in enumerate(block):
                canvas.setFont(font, self.style.size)
                y = self.height - self.gap - index * self.style.leading - self.style.baseline
                draw_line(canvas, line, left, right, y, "center")
