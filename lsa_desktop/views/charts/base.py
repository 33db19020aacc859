"""What the four charts share: the canvas, click and hover, and painting onto any device.

A chart keeps the figures it was given (its *state*) and rebuilds its items from them; a chart
on screen is never resized to be printed: :meth:`ChartWidget.export_image` and
:meth:`ChartWidget.paint_into` draw a hidden copy laid out for the target's size, so the printed
chart is laid out for the page and sharp at its resolution while the screen does not move.

Each chart lists its *targets* (a bar, a line): what clicking it opens (``RowsBehind``), the
tooltip with the exact figures (worded when pointed at: a mission has 1,500 unit bars), and a
point on it in data coordinates.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any, TypeVar

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QVBoxLayout, QWidget

from lsa_desktop.services.dashboard_model import RowsBehind
from lsa_desktop.views.charts.bars import FillSwatch
from lsa_desktop.views.charts.style import (
    BACKGROUND,
    INK,
    LABEL_PX,
    MUTED,
    NOTE_PX,
    TICK_PX,
    Fill,
    font,
)

#: A layout pixel is 1/96 inch: the size the charts are designed at on screen.
LAYOUT_DPI = 96.0
#: Below this width (in layout pixels) the chart is laid out wider and drawn smaller, so that a
#: chart printed small keeps its proportions instead of crowding its labels.
MIN_LAYOUT_WIDTH = 800.0
#: The widest layout used for a bare pixel size: a 2700-pixel export is a 900-pixel chart at 3x.
MAX_LAYOUT_WIDTH = 900.0
#: Past this many rows no row can be tall enough for the figures at the bars' ends (a 40-row
#: chart would need 760 pixels): they are left to the tooltips and not even built.
MAX_LABELLED_ROWS = 40
#: The most a chart is drawn at on paper: finer than the eye reads, smaller than 1200 dpi.
PRINT_DPI = 300.0

_Row = TypeVar("_Row")


@dataclass(frozen=True, slots=True)
class Target:
    """Something the reader can point at: a bar, or a trend line."""

    behind: RowsBehind
    tooltip: Callable[[], str]  # its rich text with the exact figures, made when pointed at
    anchor: QPointF  # a point on it, in data coordinates


class ChartWidget(QWidget):
    """A pyqtgraph canvas with one plot, an optional legend row above it, click and hover."""

    #: The ``RowsBehind`` of the bar (or trend line) clicked.
    barClicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: tuple[Any, ...] | None = None
        self._targets: list[Target] = []
        self._hovered: int | None = None
        self._notes: list[pg.TextItem] = []
        self._row_names: list[str] = []
        self._row_labels: list[pg.TextItem] = []
        self._rows_note: pg.TextItem | None = None
        self._row_extent = 1.0
        #: Device pixels per layout pixel of the painting this chart is drawn for (pens grow).
        self._scale = 1.0
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground(BACKGROUND)
        self.canvas.ci.setContentsMargins(8, 8, 16, 8)
        self.canvas.ci.setSpacing(6)
        self.legend = self.canvas.ci.addLayout(row=0, col=0)
        self.legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.plot: pg.PlotItem = self.canvas.ci.addPlot(row=1, col=0)
        self.canvas.ci.layout.setRowStretchFactor(1, 1)
        self._configure_plot()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 260)
        scene = self.canvas.scene()
        scene.sigMouseMoved.connect(self._hover)
        scene.sigMouseClicked.connect(self._click)
        self.plot.vb.sigResized.connect(self._fit_rows)

    # -- public ------------------------------------------------------------------------------

    def target_count(self) -> int:
        """How many bars (or lines) can be clicked."""
        return len(self._targets)

    def target_behind(self, index: int) -> RowsBehind:
        return self._targets[index].behind

    def target_point(self, index: int) -> QPoint:
        """Where target ``index`` is on screen, in ``self.canvas.viewport()`` coordinates."""
        scene_point = self.plot.vb.mapViewToScene(self._targets[index].anchor)
        return self.canvas.mapFromScene(scene_point)

    def export_image(self, width_px: int, height_px: int, *, dpi: float | None = None) -> QImage:
        """The chart alone as an image, white behind, laid out for that size.

        ``dpi`` is the resolution the image will be shown at (300 for a printed page): it sets
        the type size and line widths, and is recorded in the image. Without it an image wider
        than ``MAX_LAYOUT_WIDTH`` is drawn as that layout scaled up, so the labels stay in
        proportion to the chart.
        """
        if dpi is None:
            dpi = LAYOUT_DPI * max(1.0, width_px / MAX_LAYOUT_WIDTH)
        image = QImage(width_px, height_px, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(BACKGROUND))
        self._render(image, dpi / LAYOUT_DPI)
        # Only now: pyqtgraph's axes replay text recorded at 96 dpi, and a QPicture played on a
        # device of another resolution rescales its fonts.
        dots_per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        return image

    def paint_into(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the chart into ``rect`` (the painter's coordinates) on any device, sharp.

        The chart is laid out for the physical size ``rect`` has on the painter's device and
        drawn at the device's resolution, up to ``PRINT_DPI`` (a printer at 1200 dpi gets a
        300 dpi picture): as an image, because pyqtgraph's axes keep their text as a QPicture
        that is replayed at the wrong size on a device of another resolution.
        """
        device = painter.device()
        device_dpi = float(device.logicalDpiX()) if device is not None else LAYOUT_DPI
        transform = painter.worldTransform()
        device_per_unit = math.hypot(transform.m11(), transform.m12()) or 1.0
        dpi = min(device_dpi, PRINT_DPI)
        pixels_per_unit = device_per_unit * dpi / device_dpi
        width = max(1, math.ceil(rect.width() * pixels_per_unit))
        height = max(1, math.ceil(rect.height() * pixels_per_unit))
        image = self.export_image(width, height, dpi=dpi)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(rect, image)
        painter.restore()

    def showEvent(self, event: QShowEvent) -> None:
        # Painted for a printer while hidden: back to screen pens before being seen.
        self._set_scale(1.0)
        super().showEvent(event)

    # -- for the charts ----------------------------------------------------------------------

    def _show_state(self, state: tuple[Any, ...]) -> None:
        """Keep the figures and rebuild the items from them."""
        self._state = state
        self._redraw()

    def _draw(self, *state: Any) -> list[Target]:
        """Add this chart's items for ``state`` to the cleared plot; return its targets."""
        raise NotImplementedError

    def _pen(self, color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> Any:
        """A pen ``width`` layout pixels wide at any resolution (pyqtgraph pens are cosmetic)."""
        return pg.mkPen(color=color, width=width * self._scale, style=style)

    def _add_legend(
        self, entries: list[tuple[Fill | pg.GraphicsWidget | None, str]], columns: int = 4
    ) -> None:
        """Rows above the plot of a sample then its words, ``columns`` entries a row."""
        for number, (sample, text) in enumerate(entries):
            row, column = divmod(number, columns)
            if sample is not None:
                swatch = FillSwatch(sample) if isinstance(sample, Fill) else sample
                self.legend.addItem(swatch, row=row, col=2 * column)
            label = pg.LabelItem(escape(text), size=f"{LABEL_PX}px", color=INK, justify="left")
            self.legend.addItem(label, row=row, col=2 * column + 1)

    def _set_rows(self, names: Sequence[str], labels: Sequence[pg.TextItem], extent: float) -> None:
        """Rows of bars from 0 to ``extent`` along x, top to bottom at y = 0, 1, ...

        The rows are named on the left as room allows: past one name per row height only every
        n-th row is named, and the chart says so. ``labels`` (the figures written at the bars'
        ends) get the room they need on the right, measured in pixels, and are hidden when the
        rows are too thin to hold them. All of it follows the chart's size.
        """
        self._row_names = list(names)
        self._row_labels = list(labels)
        self._row_extent = extent
        self._rows_note = self._note("")
        self._fit_rows()

    def _row_range(self) -> tuple[float, float]:
        return -0.6, len(self._row_names) - 0.4

    def _set_ticks(self, axis: str, ticks: list[tuple[float, str]]) -> None:
        item = self.plot.getAxis(axis)
        item.setTicks([ticks, []])
        if axis == "left":
            # pyqtgraph widens the axis for its text only after painting it once, too late for
            # a chart painted once offscreen: measure the names now.
            metrics = QFontMetricsF(font(TICK_PX))
            widest = max((metrics.horizontalAdvance(text) for _value, text in ticks), default=0)
            label = metrics.height() * 1.6 if item.label.isVisible() else 0.0
            item.setWidth(math.ceil(widest + 14 + label))

    def _value_ticks(self, maximum: float) -> list[tuple[float, str]]:
        """About five round values from 0 to ``maximum`` (1, 2 or 5 times a power of ten)."""
        if maximum <= 0:
            return [(0.0, "0")]
        rough = maximum / 5
        power = 10 ** math.floor(math.log10(rough))
        step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
        count = int(maximum // step)
        return [(i * step, QLocale().toString(float(i * step), "f", 0)) for i in range(count + 1)]

    def _bar_labels(
        self, rows: Sequence[_Row], label: Callable[[_Row], tuple[str, float, bool]]
    ) -> list[pg.TextItem]:
        """The figures written just right of each bar's end: ``label(row)`` gives the text, the
        bar's end along x and whether it is bold. None past ``MAX_LABELLED_ROWS`` rows, where
        they are not even worded."""
        if len(rows) > MAX_LABELLED_ROWS:
            return []
        labels = []
        for number, row in enumerate(rows):
            text, end, bold = label(row)
            labels.append(self._bar_label(text, end, number, bold=bold))
        return labels

    def _bar_label(self, text: str, x: float, row: int, *, bold: bool = False) -> pg.TextItem:
        item = pg.TextItem("\u2002" + text, color=INK, anchor=(0.0, 0.5))
        item.setFont(font(LABEL_PX, bold=bold))
        item.setPos(x, row)
        self.plot.addItem(item)
        return item

    def _note(self, text: str) -> pg.TextItem:
        """A line of muted text in the plot's top left corner (what is not shown, and why)."""
        item = pg.TextItem(text, color=MUTED, anchor=(0, 0))
        item.setFont(font(NOTE_PX))
        item.setParentItem(self.plot.vb)
        item.setPos(6, 4)
        self._notes.append(item)
        return item

    def _empty(self, text: str) -> None:
        """Say why there is nothing to draw, in the middle of the plot."""
        item = pg.TextItem(text, color=MUTED, anchor=(0.5, 0.5))
        item.setFont(font(LABEL_PX))
        self.plot.addItem(item)
        item.setPos(0.5, 0.5)
        self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTicks([[], []])

    # -- internals ---------------------------------------------------------------------------

    def _configure_plot(self) -> None:
        plot = self.plot
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.vb.disableAutoRange()
        plot.showGrid(x=False, y=False)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            # The charts choose how many ticks carry text; pyqtgraph would drop them past 20 %.
            axis.setStyle(
                tickFont=font(TICK_PX), tickTextOffset=8, tickLength=-6, textFillLimits=[(0, 1.0)]
            )
            axis.setTextPen(INK)
            axis.label.setFont(font(LABEL_PX))

    def _redraw(self) -> None:
        self.plot.clear()
        for note in self._notes:
            self.canvas.scene().removeItem(note)
        self._notes.clear()
        self._row_names, self._row_labels, self._rows_note = [], [], None
        self.legend.clear()
        self._hovered = None
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(self._pen(INK, 1.2))
            axis.setTicks(None)
        self.plot.getAxis("left").setWidth(None)
        self.plot.setLabel("left", "")
        self._targets = [] if self._state is None else self._draw(*self._state)

    def _fit_rows(self) -> None:
        count = len(self._row_names)
        if not count or self._rows_note is None:
            return
        low, high = self._row_range()
        row_height = self.plot.vb.height() / (high - low + 0.5)
        step = max(1, math.ceil(TICK_PX * 1.25 / row_height)) if row_height > 0 else 1
        self._set_ticks(
            "left", [(float(row), self._row_names[row]) for row in range(0, count, step)]
        )
        labelled = row_height >= LABEL_PX + 2
        for label in self._row_labels:
            label.setVisible(labelled)
        width = self.plot.vb.width()
        room = 0.0
        if labelled and self._row_labels:
            room = max(label.textItem.boundingRect().width() for label in self._row_labels) + 16
        plot_share = max(width - room, width * 0.4) / width if width > 0 else 1.0
        self.plot.setRange(xRange=(0, self._row_extent / plot_share), yRange=(low, high), padding=0)
        self._rows_note.setText(
            self.tr("%1 rows, one in %2 named: point at a bar for its name and figures.")
            .replace("%1", str(count))
            .replace("%2", str(step))
            if step > 1
            else ""
        )

    def _set_scale(self, scale: float) -> None:
        if scale != self._scale:
            self._scale = scale
            self._redraw()

    def _render(self, image: QImage, scale: float) -> None:
        """Paint into ``image`` the chart laid out at ``1/scale`` of the image's size.

        A chart on screen is not disturbed: a hidden copy is laid out and painted instead.
        """
        layout_width = image.width() / scale
        if layout_width < MIN_LAYOUT_WIDTH:
            scale = image.width() / MIN_LAYOUT_WIDTH
        layout = QRectF(0, 0, image.width() / scale, image.height() / scale)
        chart = self._twin() if self.isVisible() else self
        chart._set_scale(scale)
        chart.canvas.ci.setGeometry(layout)
        chart.canvas.ci.layout.activate()
        chart._fit_rows()
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            target = QRectF(0, 0, image.width(), image.height())
            chart.canvas.scene().render(
                painter, target, layout, Qt.AspectRatioMode.IgnoreAspectRatio
            )
        finally:
            painter.end()

    def _twin(self) -> ChartWidget:
        twin = type(self)()
        if self._state is not None:
            twin._show_state(self._state)
        return twin

    def _target_at(self, scene_pos: QPointF) -> int | None:
        """The bar row under ``scene_pos`` (anywhere along the row, for short bars)."""
        if not self._targets or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        y = self.plot.vb.mapSceneToView(scene_pos).y()
        for index, target in enumerate(self._targets):
            if abs(target.anchor.y() - y) <= 0.5:
                return index
        return None

    def _hover(self, scene_pos: QPointF) -> None:
        index = self._target_at(scene_pos)
        if index == self._hovered:
            return
        self._hovered = index
        viewport = self.canvas.viewport()
        if index is None:
            QToolTip.hideText()
            viewport.unsetCursor()
            return
        viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        where = viewport.mapToGlobal(self.canvas.mapFromScene(scene_pos))
        QToolTip.showText(where, self._targets[index].tooltip(), viewport)

    def _click(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        index = self._target_at(event.scenePos())
        if index is not None:
            event.accept()
            self.barClicked.emit(self._targets[index].behind)
