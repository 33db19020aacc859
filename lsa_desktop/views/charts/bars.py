"""Horizontal bars with hatching that stays visible at any resolution, and legend samples.

pyqtgraph's ``BarGraphItem`` fills with one brush per bar; a brush is a colour *or* a Qt pattern,
and Qt patterns stay one device pixel fine when the chart is painted at 300 dpi. ``BarsItem``
paints each bar's rectangle in device space with :func:`~.style.paint_hatched_rect`, scaled by
how many device pixels a layout pixel covers, so the printed bars look like the ones on screen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from lsa_desktop.views.charts.style import Fill, paint_hatched_rect


@dataclass(frozen=True, slots=True)
class Bar:
    """One rectangle in data coordinates: from ``start`` to ``end`` along x, centred on row ``y``."""

    y: float
    start: float
    end: float
    fill: Fill
    thickness: float = 0.7


class BarsItem(pg.GraphicsObject):  # type: ignore[misc]
    """Rectangles in data coordinates, painted with their :class:`~.style.Fill`."""

    def __init__(self, bars: Sequence[Bar]) -> None:
        super().__init__()
        self._bars = tuple(bars)
        self._bounds = _union(_rect(bar) for bar in self._bars)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def dataBounds(
        self, ax: int, frac: float = 1.0, orthoRange: tuple[float, float] | None = None
    ) -> tuple[float, float]:
        if ax == 0:
            return self._bounds.left(), self._bounds.right()
        return self._bounds.top(), self._bounds.bottom()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem | None = None,
        widget: QWidget | None = None,
    ) -> None:
        to_device = painter.transform()
        scale = device_scale(self, to_device)
        painter.save()
        painter.resetTransform()
        for bar in self._bars:
            device_rect = to_device.mapRect(_rect(bar)).normalized()
            paint_hatched_rect(painter, device_rect, bar.fill, scale)
        painter.restore()


class FillSwatch(pg.GraphicsWidget):  # type: ignore[misc]
    """A legend entry's sample: a small hatched square painted like the bars it stands for."""

    def __init__(self, fill: Fill, size: float = 22.0) -> None:
        super().__init__()
        self._fill = fill
        self.setFixedWidth(size)
        self.setFixedHeight(size)
        self.setPreferredSize(QSizeF(size, size))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem | None = None,
        widget: QWidget | None = None,
    ) -> None:
        to_device = painter.transform()
        scale = device_scale(self, to_device)
        side = min(self.width(), self.height()) - 4
        painter.save()
        painter.resetTransform()
        device_rect = to_device.mapRect(QRectF(2, 2, side, side))
        paint_hatched_rect(painter, device_rect, self._fill, scale)
        painter.restore()


class LineSwatch(pg.GraphicsWidget):  # type: ignore[misc]
    """A legend sample: a short stretch of a line with its dash (and its marker, if any)."""

    def __init__(
        self,
        color: QColor,
        dash: Qt.PenStyle,
        width: float,
        symbol: str | None = None,
        symbol_size: float = 0.0,
    ) -> None:
        super().__init__()
        self._color, self._dash, self._width = color, dash, width
        self._symbol, self._symbol_size = symbol, symbol_size
        self.setFixedWidth(48)
        self.setFixedHeight(22)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem | None = None,
        widget: QWidget | None = None,
    ) -> None:
        to_device = painter.transform()
        scale = device_scale(self, to_device)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left = to_device.map(QPointF(2, 11))
        right = to_device.map(QPointF(46, 11))
        painter.setPen(QPen(self._color, self._width * scale, self._dash))
        painter.drawLine(QLineF(left, right))
        if self._symbol is not None:
            painter.translate((left + right) / 2)
            outline = QPen(self._color, 1.5 * scale)
            outline.setCosmetic(True)  # drawSymbol scales the painter to the symbol's size
            drawSymbol(
                painter, self._symbol, self._symbol_size * scale, outline, QBrush(self._color)
            )
        painter.restore()


def device_scale(item: QGraphicsItem, to_device: QTransform) -> float:
    """Device pixels per scene (layout) pixel while ``item`` is being painted."""
    scene_to_item, _invertible = item.sceneTransform().inverted()
    scene_to_device = scene_to_item * to_device
    return math.hypot(scene_to_device.m11(), scene_to_device.m12()) or 1.0


def _rect(bar: Bar) -> QRectF:
    half = bar.thickness / 2
    return QRectF(bar.start, bar.y - half, bar.end - bar.start, bar.thickness)


def _union(rects: Iterable[QRectF]) -> QRectF:
    result = QRectF()
    for rect in rects:
        result = result.united(rect)
    return result
