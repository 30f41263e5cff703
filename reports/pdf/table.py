"""A right-to-left table that splits across pages and repeats its header.

Platypus' ``Table`` measures every row again on every page, which is slow for a roster of
thousands; this table lays each row out once, keeps running heights, and draws a page of rows
in one text object. Names, ranks, units and centres repeat down a roster, so each distinct
cell text is laid out (shaped, broken, put in visual order) once per column width, and each
distinct line encoded for the font once per document (``reports.pdf.glyphs``). Rows may be
headed by bands (``Band``) that run across the table, and may carry notes said in the corner
of each page they are printed on (a draft roster's «مسودة»). The first column stands at the
right in Arabic documents.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from reports import fonts
from reports.pdf.glyphs import Glyphs, Unknown
from reports.pdf.page import note_page
from reports.text import Line, is_rtl, layout, shape

fonts.register()


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0  # share of the table's width
    align: str = "start"  # "start" (right in Arabic), "end", "center"
    fit: bool = False  # as wide as its longest value (numbers, dates, phones), never wrapped


HEADER_FILL = colors.HexColor("#d9d9d9")
BAND_FILL = colors.HexColor("#e9e9e9")
STRIPE_FILL = colors.HexColor("#f4f4f4")
GRID = colors.HexColor("#555555")
SPLIT_ROW_LINES = 12  # a row of fewer lines never breaks across pages
CAPTION_SIZE = 10.5  # the caption of a table's later pieces («المركز: … (تابع)»)
CAPTION_LEADING = CAPTION_SIZE * 1.45
CAPTION_GAP = 3.0  # between the caption and the header row
MIN_PIECE_LINES = 3  # nor leaves fewer than this at the foot of a page


@dataclass(frozen=True)
class Band:
    """A row across the whole table that heads the rows after it (a shift in a roster). A page
    that opens inside its rows prints it again under the header, and it never stands alone at
    the foot of a page."""

    text: str


@dataclass(frozen=True)
class TableStyle:
    font: str = fonts.REGULAR
    header_font: str = fonts.BOLD
    size: float = 9.5
    leading_ratio: float = 1.55
    padding: float = 3.0
    header_fill: colors.Color = HEADER_FILL
    band_fill: colors.Color = BAND_FILL
    stripe_fill: colors.Color | None = STRIPE_FILL
    grid: colors.Color = GRID

    @property
    def leading(self) -> float:
        return self.size * self.leading_ratio

    @property
    def baseline(self) -> float:
        return (self.leading - 1.35 * self.size) / 2 + 0.9 * self.size


_Row = tuple[tuple[Line, ...], ...]
# a line's operators in its row: the line itself (its id is the key), the subset it opens and
# the one it ends in, and the operators between (its place, its runs)
_Drawn = tuple[Line, str, str, str]


class TextCache:
    """Cells laid out, and where their lines start, kept for every table of one document
    that is given it: a roster's thousands of centres say the same ranks, units, duties and
    shifts, and a table's fitted columns come out as wide as the next one's, so most cells are
    laid out and placed once for the whole roster rather than once per centre."""

    def __init__(self) -> None:
        # (font, size, rtl, width) -> value -> its lines
        self.lines: dict[tuple[str, float, bool, float], dict[object, tuple[Line, ...]]] = {}
        # (left, right, align, padding) -> line -> its left end, formatted
        self.places: dict[tuple[float, float, str, float], dict[Line, str]] = {}

        # the text operators of a line drawn in a column, relative to its row's top, for the
        # document they were encoded for: (places, font) -> (number, id(line)) -> _Drawn
        self.drawn: dict[tuple[int, str], dict[tuple[int, int], _Drawn]] = {}
        self._drawn_for: object = None

    def operators(self, doc: object, places: dict[Line, str], font: str,
                  ) -> dict[tuple[int, int], _Drawn]:
        if doc is not self._drawn_for:  # a subset's codes are the document's own
            self.drawn.clear()
            self._drawn_for = doc
        return self.drawn.setdefault((id(places), font), {})

    def known(self, style: TableStyle, rtl: bool, width: float,
              ) -> dict[object, tuple[Line, ...]]:
        return self.lines.setdefault((style.font, style.size, rtl, width), {})

    def placed(self, edge: tuple[float, float], align: str, padding: float) -> dict[Line, str]:
        return self.places.setdefault((*edge, align, padding), {})


class _Layout:
    """Every row laid out once for one width; shared by all the pieces of a split table."""

    def __init__(self, table: RtlTable, width: float) -> None:
        style, rtl = table.style, table.rtl
        count = len(table.columns)
        is_band = [isinstance(row, Band) for row in table.rows]
        bands = True in is_band
        data = [row for row, band in zip(table.rows, is_band, strict=True) if not band] \
            if bands else table.rows
        if any(len(row) != count for row in data):
            raise ValueError(f"every row of the table needs {count} cells")
        # the columns' values, each column's distinct ones found once (a table's rows are
        # passed over as few times as may be: a roster has a hundred thousand)
        values: list[Sequence[object]] = list(zip(*data, strict=True)) if data else [()] * count
        distinct = [_distinct(column_values) for column_values in values]
        cache = table.cache or TextCache()
        self.cache = cache
        # the columns whose lines repeat down the table (ranks, units, duties), whose
        # operators are kept; a name or a phone is written once and not kept
        self.repeats = [keys is not None and len(keys) * 2 <= len(column_values)
                        for keys, column_values in zip(distinct, values, strict=True)]
        # a fitted column is never wrapped: its lines at any width are its natural ones
        natural = {i: _column_lines(values[i], style, float("inf"), rtl,
                                    cache.known(style, rtl, float("inf")), distinct[i])
                   for i, c in enumerate(table.columns) if c.fit}
        widths = self._widths(table, width, natural, values, distinct)
        edges: list[tuple[float, float]] = []
        x = width if rtl else 0.0
        for w in widths:
            edges.append((x - w, x) if rtl else (x, x + w))
            x = x - w if rtl else x + w
        self.width = width
        self.rtl = rtl
        self.edges = edges
        self.rules = [fp_str(left if rtl else right) for left, right in edges[:-1]]
        self.aligns = [_absolute(c.align, rtl) for c in table.columns]
        # per column: where each of its lines starts, formatted
        self.places = [cache.placed(edge, align, style.padding)
                       for edge, align in zip(edges, self.aligns, strict=True)]
        self._place_of = {id(places): (edge, align) for places, edge, align
                          in zip(self.places, edges, self.aligns, strict=True)}
        inner = [w - 2 * style.padding for w in widths]
        self.header = tuple(layout(c.title, style.header_font, style.size, w, rtl)
                            for c, w in zip(table.columns, inner, strict=True))
        self.header_height = self._height(self.header, style)
        self.style = style
        columns: list[list[tuple[Line, ...]]] = []
        for index, column_values in enumerate(values):
            lines = natural.get(index)
            if lines is None or max((c[0].width for c in lines if c), default=0.0) > \
                    inner[index]:
                lines = _column_lines(column_values, style, inner[index], rtl,
                                      cache.known(style, rtl, inner[index]), distinct[index])
            columns.append(lines)
        laid: list[_Row] = list(zip(*columns, strict=True)) if columns else []
        # the band's one cell spans the table; the places of the first column serve it
        self.band_edge = (0.0, width)
        band_align = "right" if rtl else "left"
        self.band_places = cache.placed(self.band_edge, band_align, style.padding)
        self._place_of[id(self.band_places)] = (self.band_edge, band_align)
        if bands:
            rows = iter(laid)
            band_width = width - 2 * style.padding
            known = cache.lines.setdefault((style.header_font, style.size, rtl, band_width), {})
            laid = [(known.get(row.text) or known.setdefault(row.text, layout(
                row.text, style.header_font, style.size, band_width, rtl)),)
                if isinstance(row, Band) else next(rows) for row in table.rows]
        self.rows = laid
        self.stripes = list(range(len(self.rows)))  # the source row of each laid-out row
        self.is_band = is_band  # by source row
        parity, flag = [], 0
        for band in is_band:  # the zebra starts again under each band
            flag = 0 if band else flag + 1
            parity.append(flag % 2 == 0 and flag > 0)
        self.shaded = parity
        self._caption: tuple[Line, ...] | None = None
        self._measure()

    def caption(self, text: str) -> tuple[Line, ...]:
        """The lines of the caption said above the header of the table's later pieces, laid
        out when a piece first needs them (most tables fit one page and never do)."""
        if self._caption is None:
            self._caption = layout(text, self.style.header_font, CAPTION_SIZE, self.width,
                                   self.rtl)
        return self._caption

    def caption_height(self, text: str, start: int) -> float:
        """The room the caption takes above a piece that opens at ``start`` (none on the
        first piece, nor without a caption)."""
        if not text or start == 0:
            return 0.0
        return len(self.caption(text)) * CAPTION_LEADING + CAPTION_GAP

    def place(self, places: dict[Line, str], line: Line, keep: bool = True) -> str:
        """The formatted left end of ``line`` in the column whose places are ``places``
        (kept there unless ``keep`` is False)."""
        (left, right), align = self._place_of[id(places)]
        padding = self.style.padding
        if align == "right":
            x = right - padding - line.width
        elif align == "center":
            x = (left + right - line.width) / 2
        else:
            x = left + padding
        text = fp_str(x)
        if keep:
            places[line] = text
        return text

    def _measure(self) -> None:
        leading, padding = self.style.leading, 2 * self.style.padding
        self.offsets = [0.0, *accumulate([max(map(len, row)) * leading + padding
                                          for row in self.rows])]
        # the band whose rows each laid-out row is among (-1: none above it)
        governing, current = [], -1
        for index, source in enumerate(self.stripes):
            if self.is_band[source]:
                current = index
            governing.append(current)
        self.governing = governing

    def band(self, index: int) -> bool:
        return self.is_band[self.stripes[index]]

    def carried(self, start: int) -> int:
        """The band printed again above a piece that opens at ``start`` inside its rows."""
        if start >= len(self.rows) or self.band(start):
            return -1
        return self.governing[start]

    def carried_height(self, start: int) -> float:
        band = self.carried(start)
        return 0.0 if band < 0 else self.offsets[band + 1] - self.offsets[band]

    def lines_of(self, index: int) -> int:
        return max(len(cell) for cell in self.rows[index])

    def cut_row(self, index: int, lines: int) -> None:
        """Row ``index`` becomes two: its first ``lines`` lines, and the rest after them.

        Only a row taller than a page is cut; the pieces of the table already drawn lie before
        it, so only the pieces still to come see the change.
        """
        row = self.rows[index]
        self.rows[index:index + 1] = [tuple(cell[:lines] for cell in row),
                                      tuple(cell[lines:] for cell in row)]
        self.stripes[index:index + 1] = [self.stripes[index]] * 2
        self._measure()

    @staticmethod
    def _widths(table: RtlTable, width: float, natural: dict[int, list[tuple[Line, ...]]],
                values: list[Sequence[object]], distinct: list[set[object] | None],
                ) -> list[float]:
        """Fitted columns take what their values need; the others share the rest by weight."""
        style = table.style
        fixed: dict[int, float] = {}
        for index, lines in natural.items():
            # The text as typed is measured too: unjoined Arabic is wider than joined, and the
            # room it leaves between the cells keeps text extraction from running them together.
            keys = distinct[index]
            if keys is None:
                keys = {str(v) for v in values[index]}
            typed = {text for text in map(str, keys - {None})
                     if not text.isascii() and is_rtl(text)}
            longest = max((line.width for cell in lines for line in cell), default=0.0)
            longest = max(longest, max((stringWidth(text, style.font, style.size)
                                        for text in typed), default=0.0))
            title = _widest_word(table.columns[index].title, style.header_font, style.size)
            fixed[index] = max(longest, title) + 2 * style.padding + 1
        limit = width if len(fixed) == len(table.columns) else width * 0.8
        if fixed and sum(fixed.values()) > limit:  # too many to fit: all give way
            scale = limit / sum(fixed.values())
            fixed = {index: w * scale for index, w in fixed.items()}
        rest = width - sum(fixed.values())
        total = sum(c.weight for i, c in enumerate(table.columns) if i not in fixed) or 1.0
        return [fixed.get(i, rest * c.weight / total) for i, c in enumerate(table.columns)]

    @staticmethod
    def _height(row: _Row, style: TableStyle) -> float:
        return max(len(cell) for cell in row) * style.leading + 2 * style.padding


def _column_lines(values: Sequence[object], style: TableStyle, width: float, rtl: bool,
                  known: dict[object, tuple[Line, ...]] | None = None,
                  distinct: set[object] | None = None) -> list[tuple[Line, ...]]:
    """The lines of each cell of a column, each distinct value laid out once (``distinct``:
    the column's distinct values, if known; None if some cannot be a key)."""
    known = {} if known is None else known
    if distinct is None:
        distinct = _distinct(values)
    if distinct is None:  # a value that cannot be a key is laid out by its text
        values = ["" if v is None else str(v) for v in values]
        distinct = set(values)
    font, size = style.font, style.size
    measure = getFont(font).stringWidth
    for value in [v for v in distinct if v not in known]:  # not ``- known.keys()``: that
        # walks all of ``known``, which a cache shared by thousands of tables makes long
        text = "" if value is None else str(value)
        if text.isdigit() and text.isascii():
            # a service number or a phone, met once in the whole roster: its one line as
            # ``layout`` makes it, without the way through it
            number_width = measure(text, size)
            if number_width <= width:
                known[value] = (Line(text, number_width, True, rtl),)
                continue
        known[value] = layout(text, font, size, width, rtl)
    return list(map(known.__getitem__, values))


@lru_cache(maxsize=256)
def _widest_word(title: str, font: str, size: float) -> float:
    """A fitted column is at least as wide as its title's widest word (thousands of tables
    have the same titles)."""
    return max((stringWidth(w, font, size) for w in shape(title).split()), default=0.0)


def _distinct(values: Sequence[object]) -> set[object] | None:
    """A column's distinct values; None if one cannot be a key (laid out by its text, and
    its lines not kept)."""
    try:
        return set(values)
    except TypeError:
        return None


def _absolute(align: str, rtl: bool) -> str:
    if align == "start":
        return "right" if rtl else "left"
    if align == "end":
        return "left" if rtl else "right"
    return align


class RtlTable(Flowable):
    """Columns right to left, cells wrapped, the header again on every page.

    ``rows`` holds cells, or a ``Band`` that heads the rows after it. ``note`` is said in the
    corner of every page a piece of the table is drawn on; ``notes`` (one per row, "" for
    none) of every page that row is printed on. ``continued`` is said above the header of
    every piece but the first («المركز: … (تابع)»: which centre a page handed out on its own
    goes on with). Tables of one document may share a ``cache`` (``TextCache``) of their
    cells' lines.
    """

    def __init__(self, columns: Sequence[Column], rows: Sequence[Sequence[object] | Band], *,
                 style: TableStyle | None = None, rtl: bool = True,
                 progress: Callable[[int, int], None] | None = None, note: str = "",
                 notes: Sequence[str] | None = None, cache: TextCache | None = None,
                 continued: str = "",
                 _shared: dict[float, _Layout] | None = None, _span: tuple[int, int] | None = None,
                 ) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows = rows
        self.style = style or TableStyle()
        self.rtl = rtl
        self.progress = progress
        self.note = note
        if notes is not None and len(notes) != len(rows):
            raise ValueError("a table's notes go one to a row")
        self.notes = notes
        self.cache = cache
        self.continued = continued
        self._shared: dict[float, _Layout] = {} if _shared is None else _shared
        self._span = _span or (0, len(rows))

    def _layout(self, width: float) -> _Layout:
        if width not in self._shared:
            self._shared[width] = _Layout(self, width)
        return self._shared[width]

    def _height(self, lay: _Layout, start: int, end: int) -> float:
        return lay.caption_height(self.continued, start) + lay.header_height + \
            lay.carried_height(start) + lay.offsets[end] - lay.offsets[start]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lay = self._layout(availWidth)
        self.width = availWidth
        self.height = self._height(lay, *self._span)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lay = self._layout(availWidth)
        start, end = self._span
        room = availHeight - lay.caption_height(self.continued, start) - lay.header_height - \
            lay.carried_height(start)
        # the last row whose bottom still fits on this page
        cut = max(start, bisect_right(lay.offsets, lay.offsets[start] + room, lo=start,
                                      hi=end + 1) - 1)
        if cut < end and lay.lines_of(cut) >= SPLIT_ROW_LINES:
            # A row too tall to move whole fills the rest of the page and goes on over the next.
            left = room - (lay.offsets[cut] - lay.offsets[start]) - 2 * self.style.padding
            fitting = int(left // self.style.leading)
            if fitting >= MIN_PIECE_LINES:
                lay.cut_row(cut, fitting)
                end += 1
                self._span = (start, end)  # still whole and right if the pieces go unused
                cut += 1
        while start < cut < end and lay.band(cut - 1):  # no band alone at the foot of a page
            cut -= 1
        if cut <= start:
            return []
        if cut >= end:
            return [self]
        return [self._piece(start, cut), self._piece(cut, end)]

    def _piece(self, start: int, end: int) -> RtlTable:
        return RtlTable(self.columns, self.rows, style=self.style, rtl=self.rtl,
                        progress=self.progress, note=self.note, notes=self.notes,
                        cache=self.cache, continued=self.continued, _shared=self._shared,
                        _span=(start, end))

    def _say_notes(self, lay: _Layout, start: int, end: int) -> None:
        if self.note:
            note_page(self.canv, self.note)
        if self.notes is not None:
            notes = self.notes
            for text in dict.fromkeys(notes[source] for source in lay.stripes[start:end]):
                note_page(self.canv, text)

    def draw(self) -> None:
        lay = self._layout(self.width)
        start, end = self._span
        canvas, style = self.canv, self.style
        self._say_notes(lay, start, end)
        captioned = lay.caption_height(self.continued, start)
        top = self.height - captioned  # the header's top, under the caption if any
        below_header = top - lay.header_height
        carried = lay.carried(start)
        # the rows drawn: the band carried over (if any), then the piece's own
        shown = ([carried] if carried >= 0 else []) + list(range(start, end))
        heights = [lay.offsets[i + 1] - lay.offsets[i] for i in shown]
        bottoms = list(accumulate(heights, lambda y, h: y - h, initial=below_header))[1:]
        # backgrounds first, then the grid, then all the text in one text object
        canvas.setFillColor(style.header_fill)
        canvas.rect(0, below_header, self.width, lay.header_height, stroke=0, fill=1)
        previous = below_header
        fills: list[tuple[colors.Color, float, float]] = []
        for index, bottom in zip(shown, bottoms, strict=True):
            source = lay.stripes[index]
            if lay.is_band[source]:
                fills.append((style.band_fill, bottom, previous - bottom))
            elif style.stripe_fill is not None and lay.shaded[source]:
                fills.append((style.stripe_fill, bottom, previous - bottom))
            previous = bottom
        for fill in dict.fromkeys(f[0] for f in fills):
            canvas.setFillColor(fill)
            for colour, bottom, height in fills:
                if colour is fill:
                    canvas.rect(0, bottom, self.width, height, stroke=0, fill=1)
        canvas.setStrokeColor(style.grid)
        canvas.setLineWidth(0.5)
        # the grid as one path, written out here: reportlab's path object formats every
        # point of its hundreds of segments a page again
        right = fp_str(self.width)
        segments = [f"0 {y} m {right} {y} l" for y in map(fp_str, (top, below_header,
                                                                     *bottoms))]
        top_text = fp_str(top)
        segments.append(f"0 0 m 0 {top_text} l {right} 0 m {right} {top_text} l")
        # the columns' rules stop at each band, which runs across them
        runs, run_top = [], top
        for index, bottom, height in zip(shown, bottoms, heights, strict=True):
            if lay.is_band[lay.stripes[index]]:
                runs.append((run_top, bottom + height))
                run_top = bottom
        runs.append((run_top, 0.0))
        spans = [(fp_str(low), fp_str(high)) for high, low in runs if high > low]
        for x in lay.rules:  # between the columns
            segments.extend(f"{x} {low} m {x} {high} l" for low, high in spans)
        canvas.addLiteral(f"n {' '.join(segments)} S")
        canvas.setFillColor(colors.black)
        text = Glyphs(canvas)
        if captioned:
            text.font(style.header_font, CAPTION_SIZE)
            for number, line in enumerate(lay.caption(self.continued)):
                x = self.width - line.width if self.rtl else 0.0
                text.add(line.visual, fp_str(x), fp_str(
                    self.height - (number + 1) * CAPTION_LEADING + 0.3 * CAPTION_SIZE))
        text.font(style.header_font, style.size)
        self._cells(text, lay, lay.header, top)
        text.draw()
        # Each row's text in a block of its own, moved to the row's top: a line's operators
        # are then the same in every row, made once for the document (``TextCache.drawn``).
        code: list[str] = []
        regular, bold = _RowText(text, lay, style.font), _RowText(text, lay, style.header_font)
        row_top = below_header
        for index, height in zip(shown, heights, strict=True):
            code.append(f"q 1 0 0 1 0 {fp_str(row_top)} cm BT")
            if lay.is_band[lay.stripes[index]]:
                bold.row(code, lay.rows[index], (lay.band_places,), (True,))
            else:
                regular.row(code, lay.rows[index], lay.places, lay.repeats)
            code.append("ET Q")
            row_top -= height
        canvas.addLiteral("\n".join(code))
        if self.progress is not None:
            self.progress(lay.stripes[end - 1] + 1, len(self.rows))
        if end == len(lay.rows):
            # the last piece is drawn: its laid-out rows go, or a roster of thousands of
            # tables would hold every one till the end (laid out again if drawn again)
            self._shared.clear()

    def _cells(self, text: Glyphs, lay: _Layout, row: _Row, row_top: float) -> None:
        style = self.style
        leading, padding, baseline = style.leading, style.padding, style.baseline
        ys: list[str] = []  # each line's baseline, formatted once for the row
        for cell, places in zip(row, lay.places, strict=False):
            for number, line in enumerate(cell):
                if line.visual:
                    x = places.get(line)
                    if x is None:
                        x = lay.place(places, line)
                    while number >= len(ys):
                        ys.append(fp_str(row_top - padding - len(ys) * leading - baseline))
                    text.add(line.visual, x, ys[number])


class _RowText:
    """Writes a row's lines in one font, each from its operators made once (``_Drawn``)."""

    def __init__(self, text: Glyphs, lay: _Layout, font: str) -> None:
        style = lay.style
        self.text, self.lay, self.font = text, lay, font
        self.size = fp_str(style.size)
        self.doc = text.canvas._doc
        self.downs: list[str] = []  # each line's baseline below the row's top, formatted
        self._down = (style.padding + style.baseline, style.leading)

    def row(self, code: list[str], row: _Row, columns: Sequence[dict[Line, str]],
            kept: Sequence[bool]) -> None:
        current = ""
        encoding = self.text.encoding(self.font)
        downs, place = self.downs, self.lay.place
        for cell, places, keep in zip(row, columns, kept, strict=False):
            drawn = None
            for number, line in enumerate(cell):
                if not line.visual:
                    continue
                if not keep:
                    # A name, a service number, a phone: met once, written straight from the
                    # font's one subset (what ``_make`` makes of it, without its steps: a
                    # hundred thousand rows hold three such lines each).
                    if len(encoding.names) == 1 and number < len(downs):
                        try:
                            codes = line.visual.translate(encoding.codes)
                        except Unknown:
                            pass
                        else:
                            subset = encoding.names[0]
                            if subset != current:
                                code.append(f"{subset} {self.size} Tf")
                                current = subset
                            x = places.get(line) or place(places, line, False)
                            code.append(f"1 0 0 1 {x} {downs[number]} Tm ({codes}) Tj")
                            continue
                    found = self._make(places, line, number, False)
                else:
                    if drawn is None:
                        drawn = self.lay.cache.operators(self.doc, places, self.font)
                    found = drawn.get((number, id(line)))
                    if found is None or found[0] is not line:
                        found = drawn[(number, id(line))] = self._make(places, line, number)
                if found[1] != current:
                    code.append(f"{found[1]} {self.size} Tf")
                code.append(found[3])
                current = found[2]

    def _make(self, places: dict[Line, str], line: Line, number: int,
              keep: bool = True) -> _Drawn:
        downs = self.downs
        while number >= len(downs):
            first, leading = self._down
            downs.append(fp_str(-(first + len(downs) * leading)))
        x = places.get(line) or self.lay.place(places, line, keep)
        runs = self.text.runs(self.font, line.visual, keep)
        if len(runs) == 1:  # the usual line: one subset
            subset, shown = runs[0]
            return line, subset, subset, f"1 0 0 1 {x} {downs[number]} Tm {shown}"
        parts = [f"1 0 0 1 {x} {downs[number]} Tm"]
        current = runs[0][0]
        for subset, shown in runs:
            if subset != current:
                parts.append(f"{subset} {self.size} Tf")
                current = subset
            parts.append(shown)
        return line, runs[0][0], current, " ".join(parts)
