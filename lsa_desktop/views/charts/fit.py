"""How a chart fits the width it is given: type sizes, legend columns, tick steps, a wrapped note.

A chart is about 470 layout pixels wide on a 1366-pixel laptop screen (two charts a row) and
800 or more on paper or a wide screen. Everything here is a pure function of that width, so the
chart can tell, when it is resized, whether it must be drawn again.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsTextItem

from lsa_desktop.views.charts.style import LABEL_PX, NOTE_PX, TICK_PX


@dataclass(frozen=True, slots=True)
class TypeSizes:
    """Pixel sizes of a chart's words: bar labels and legend, axis ticks, notes."""

    label: int
    tick: int
    note: int


#: (narrowest layout width, sizes): the full sizes from 760 pixels (and on paper); smaller ones
#: on a laptop, never under the size of the window's own text.
_TYPE_STEPS = (
    (760.0, TypeSizes(LABEL_PX, TICK_PX, NOTE_PX)),
    (600.0, TypeSizes(15, 14, 13)),
    (0.0, TypeSizes(13, 13, 12)),
)


def type_sizes(layout_width: float) -> TypeSizes:
    return next(sizes for narrowest, sizes in _TYPE_STEPS if layout_width >= narrowest)


def legend_columns(widths: Sequence[tuple[float, float]], room: float, most: int) -> int:
    """How many legend entries (each a sample and its words, ``widths``) fit side by side in
    ``room`` pixels: at most ``most``, at least one. The legend is a grid, so a column is as
    wide as its widest entry."""
    for columns in range(min(most, len(widths)), 1, -1):
        needed = sum(
            max(sample for sample, _text in widths[column::columns])
            + max(text for _sample, text in widths[column::columns])
            for column in range(columns)
        )
        needed += LEGEND_SPACING * (2 * columns - 1)
        if needed <= room:
            return columns
    return 1


#: Pixels between a legend sample and its words, and between entries.
LEGEND_SPACING = 6.0


def value_step(maximum: float, pixels_per_unit: float, min_gap_px: float) -> float:
    """A round step (1, 2 or 5 times a power of ten) for ticks from 0 to ``maximum``: about five
    of them, fewer when they would be closer than ``min_gap_px`` pixels."""
    if maximum <= 0:
        return 1.0
    rough = maximum / 5
    if pixels_per_unit > 0:
        rough = max(rough, min_gap_px / pixels_per_unit)
    power = 10 ** math.floor(math.log10(rough))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= rough))


class NoteItem(pg.GraphicsWidget):  # type: ignore[misc]
    """Muted words above the plot (what is not shown, and why), wrapped to the chart's width.

    Above the plot rather than in it, so that a note never covers a bar or a line; it takes no
    room when there is nothing to say.
    """

    def __init__(self) -> None:
        super().__init__()
        self._text = QGraphicsTextItem(self)
        self._text.document().setDocumentMargin(0)
        self._width = 400.0
        self.set_text("", QFont(), QColor())

    def text(self) -> str:
        return self._text.toPlainText()

    def set_text(self, text: str, font: QFont, color: QColor) -> None:
        self._text.setPlainText(text)
        self._text.setFont(font)
        self._text.setDefaultTextColor(color)
        self._fit()

    def set_width(self, width: float) -> None:
        if width != self._width:
            self._width = width
            self._fit()

    def _fit(self) -> None:
        self._text.setTextWidth(max(1.0, self._width))
        height = math.ceil(self._text.boundingRect().height()) if self.text() else 0
        self.setFixedHeight(height)
        self.setVisible(bool(height))
