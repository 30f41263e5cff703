"""Text drawn straight into a page's content stream, each distinct string encoded once.

A roster's page holds some four hundred cells, and most of them say what other cells say (a
rank, a unit, a centre, a shift). Reportlab's text object maps every string to the embedded
font's subsets again each time it is drawn; ``Glyphs`` keeps that mapping per document (a
character's code in a subset never changes once given) and writes the text operators itself,
which is how reportlab's own documentation says a dynamic font is drawn.
"""

from __future__ import annotations

from itertools import groupby
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

# per document, per font: a line's operators, each run as (subset's PDF name, "(…) Tj")
_Runs = tuple[tuple[str, str], ...]
_Fonts = dict[str, tuple[dict[str, _Runs], dict[str, str], dict[str, str]]]
_DOCUMENTS: WeakKeyDictionary[object, _Fonts] = WeakKeyDictionary()


class Glyphs:
    """Collects the text of one drawing (a page of a table) and writes it as one text object.

    ``add`` takes a line already shaped and in visual order, with its left end and baseline in
    the canvas's current coordinates; ``draw`` writes them all, in the order added (the order
    text extraction reads them in).
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._doc = canvas._doc
        fonts = _DOCUMENTS.get(self._doc)
        if fonts is None:
            fonts = _DOCUMENTS[self._doc] = {}
        self._fonts = fonts
        self._runs: dict[str, _Runs] = {}
        self._subsets: dict[str, str] = {}  # a character's subset, by its PDF name
        self._codes: dict[str, str] = {}  # and its code in it, escaped
        self._code: list[str] = ["BT"]
        self._font = ""
        self._size_text = ""
        self._current = ""  # the subset last set

    def font(self, name: str, size: float) -> None:
        self._font, self._size_text = name, fp_str(size)
        self._runs, self._subsets, self._codes = self._fonts.setdefault(name, ({}, {}, {}))
        self._current = ""

    def _encode(self, visual: str, keep: bool = True) -> _Runs:
        """A line's runs, from each character's subset and code; a character the document has
        not met yet is given its code by the font (``splitString`` assigns it for good)."""
        subset_of, code_of = self._subsets, self._codes
        try:
            subsets = set(map(subset_of.__getitem__, visual))
        except KeyError:
            font, doc = getFont(self._font), self._doc
            for ch in set(visual) - subset_of.keys():
                ((subset, chunk),) = font.splitString(ch, doc)
                subset_of[ch] = font.getSubsetInternalName(subset, doc)
                code_of[ch] = escapePDF(chunk)
            subsets = set(map(subset_of.__getitem__, visual))
        if len(subsets) == 1:
            runs: _Runs = ((subsets.pop(), f"({''.join(map(code_of.__getitem__, visual))}) Tj"),)
        else:
            runs = tuple((subset, f"({''.join(map(code_of.__getitem__, group))}) Tj")
                         for subset, group in groupby(visual, key=subset_of.__getitem__))
        if keep:
            self._runs[visual] = runs
        return runs

    def runs(self, font: str, visual: str, keep: bool = True) -> _Runs:
        """A line's runs in ``font``: (each subset's PDF name, its "(…) Tj"), in order; kept
        for the document unless ``keep`` is False (a name, a phone: met once)."""
        if font != self._font:
            self.font(font, 0.0)
        return self._runs.get(visual) or self._encode(visual, keep)

    def add(self, visual: str, x: str, y: str) -> None:
        """One line at its left end ``x`` and baseline ``y``, given formatted (a table formats
        a column's places and a row's baselines once)."""
        runs = self._runs.get(visual) or self._encode(visual)
        if len(runs) == 1 and runs[0][0] == self._current:  # the usual case: one run
            self._code.append(f"1 0 0 1 {x} {y} Tm {runs[0][1]}")
            return
        code = self._code
        code.append(f"1 0 0 1 {x} {y} Tm")
        for subset, shown in runs:
            if subset != self._current:
                code.append(f"{subset} {self._size_text} Tf")
                self._current = subset
            code.append(shown)

    def draw(self) -> None:
        self._code.append("ET")
        self.canvas.addLiteral("\n".join(self._code))
        self._code = ["BT"]
        self._current = ""


def draw_string(canvas: Canvas, x: float, y: float, visual: str) -> None:
    """``canvas.drawString`` in the canvas's font for a line already shaped and in visual
    order, through the document's encodings: reportlab maps the string to the font's subsets
    again on every call, which a roster's headings and page furniture make thousands of."""
    if not visual:
        return
    if not isinstance(getFont(canvas._fontname), TTFont):
        canvas.drawString(x, y, visual)
        return
    text = Glyphs(canvas)
    text.font(canvas._fontname, canvas._fontsize)
    text.add(visual, fp_str(x), fp_str(y))
    text.draw()
