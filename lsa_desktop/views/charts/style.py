"""The charts' look: colours, hatching and type sizes chosen to be read across a room.

Colour never carries a meaning alone. Each band or part of a bar has a fill colour *and* a
hatching (none, "/" or "X") and is written out in the bar's label, so a greyscale printout or a
reader who does not tell red from green loses nothing. The colours are from the Okabe-Ito set,
which stays distinct under the common colour-vision deficiencies.

Hatching is drawn by :func:`paint_hatched_rect` rather than with Qt's pattern brushes: those are
drawn one device pixel wide whatever the painter's scale, which vanishes on a 300 dpi page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QLineF, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from lsa_desktop.domain.enums import Band


class Hatch(Enum):
    NONE = "none"
    DIAGONAL = "diagonal"  # "/" lines
    CROSS = "cross"  # "X" lines


@dataclass(frozen=True, slots=True)
class Fill:
    """How one kind of bar is painted: colour, hatching and outline (colours as "#rrggbb")."""

    color: str
    hatch: Hatch = Hatch.NONE
    hatch_color: str = "#1f1f1f"
    outline: str = "#1f1f1f"


INK = QColor("#1f1f1f")  # text and axes
GRID = QColor("#d0d0d0")
BACKGROUND = QColor("#ffffff")
MUTED = QColor("#6b6b6b")

BAND_FILLS = {
    Band.GREEN: Fill("#009e73"),
    Band.AMBER: Fill("#e69f00", Hatch.DIAGONAL),
    Band.RED: Fill("#d55e00", Hatch.CROSS, hatch_color="#ffffff"),
}
#: A unit without a readiness figure (nothing authorised): an empty frame.
NO_FIGURE_FILL = Fill("#ffffff", outline="#6b6b6b")

SERVICEABLE_FILL = Fill("#0072b2")
PLEDGED_FILL = Fill("#56b4e9", Hatch.DIAGONAL)
GAP_FILL = Fill("#d55e00", Hatch.CROSS, hatch_color="#ffffff")

PRESENT_FILL = Fill("#0072b2")
AUTHORISED_FILL = Fill("#e8e8e8", outline="#1f1f1f")

THRESHOLD_COLOR = QColor("#1f1f1f")
AMBER_LINE_COLOR = QColor("#8a5a00")

#: Trend lines: colour, dash and marker all differ from one series to the next.
SERIES_COLORS = (
    QColor("#0072b2"),
    QColor("#d55e00"),
    QColor("#009e73"),
    QColor("#cc79a7"),
    QColor("#000000"),
    QColor("#e69f00"),
    QColor("#56b4e9"),
    QColor("#8a5a00"),
    QColor("#6a3d9a"),
    QColor("#7f7f7f"),
)
SERIES_DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
SERIES_SYMBOLS = ("o", "s", "t", "d", "+", "x", "star", "p", "h", "t1")

#: Type sizes in layout pixels (a layout pixel is 1/96 inch on paper, one pixel on screen).
LABEL_PX = 17
TICK_PX = 16
NOTE_PX = 14

#: Hatch line spacing and width, in layout pixels.
HATCH_SPACING = 7.0
HATCH_WIDTH = 1.6


def font(pixel_size: int, *, bold: bool = False) -> QFont:
    result = QFont()
    result.setPixelSize(pixel_size)
    result.setBold(bold)
    return result


def paint_hatched_rect(painter: QPainter, rect: QRectF, fill: Fill, scale: float) -> None:
    """Paint ``rect`` (device coordinates, identity transform) with ``fill``.

    ``scale`` is device pixels per layout pixel: 1 on screen, about 3 at 300 dpi. Hatch spacing,
    hatch width and outline grow with it, so the printed chart looks like the one on screen.
    A rectangle no wider or taller than its outline's width is all outline: it gets no
    hatching, which could not show (1,500 unit bars in a chart's height are each such a sliver,
    and their hatching was most of the time the chart took to paint).
    """
    painter.fillRect(rect, QColor(fill.color))
    pen = QPen(QColor(fill.outline), max(1.0, scale))
    outline = pen.widthF()
    if fill.hatch is not Hatch.NONE and min(rect.width(), rect.height()) > outline:
        painter.save()
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
        painter.setPen(QPen(QColor(fill.hatch_color), HATCH_WIDTH * scale))
        painter.drawLines(_hatch_lines(rect, fill.hatch, HATCH_SPACING * scale))
        painter.restore()
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = outline / 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))


def _hatch_lines(rect: QRectF, hatch: Hatch, spacing: float) -> list[QLineF]:
    """Lines at 45 degrees covering ``rect``, anchored to the origin so neighbours line up."""
    lines: list[QLineF] = []
    top, bottom, left, right = rect.top(), rect.bottom(), rect.left(), rect.right()
    height = bottom - top
    start = math.floor((left - height) / spacing) * spacing
    offset = start
    while offset <= right:
        # "/" goes up to the right: from (offset, bottom) to (offset + height, top).
        lines.append(QLineF(offset, bottom, offset + height, top))
        if hatch is Hatch.CROSS:
            lines.append(QLineF(offset, top, offset + height, bottom))
        offset += spacing
    return lines


def whole_or_decimal(value: float) -> str:
    """A threshold as people write it: "90", "87.5" (with the locale's decimal sign)."""
    decimals = 0 if float(value).is_integer() else 1
    return QLocale().toString(float(value), "f", decimals)
