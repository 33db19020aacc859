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
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QVBoxLayout, QWidget

from lsa_desktop.services.dashboard_model import RowsBehind
from lsa_desktop.views.charts.bars import FillSwatch
from lsa_desktop.views.charts.fit import (
    LEGEND_SPACING,
    NoteItem,
    TypeSizes,
    legend_columns,
    type_sizes,
)
from lsa_desktop.views.charts.style import BACKGROUND, INK, MUTED, Fill, font

#: A layout pixel is 1/96 inch: the size the charts are designed at on screen.
LAYOUT_DPI = 96.0
#: Below this width (in layout pixels) the chart is laid out wider and drawn smaller, so that a
#: chart printed small keeps its proportions instead of crowding its labels.
MIN_LAYOUT_WIDTH = 800.0
#: The widest layout used for a bare pixel size: a 2700-pixel export is a 900-pixel chart at 3x.
MAX_LAYOUT_WIDTH = 900.0
#: The most a chart is drawn at on paper: finer than the eye reads, smaller than 1200 dpi.
PRINT_DPI = 300.0
#: The canvas' margins left and right, in layout pixels.
_SIDE_MARGINS = (8.0, 16.0)
#: The share of the chart's width the row names may take before they are shortened with "…".
_NAMES_SHARE = 0.34


@dataclass(frozen=True, slots=True)
class Target:
    """Something the reader can point at: a bar, or a trend line."""

    behind: RowsBehind
    tooltip: Callable[[], str]  # its rich text with the exact figures, made when pointed at
    anchor: QPointF  # a point on it, in data coordinates


class ChartWidget(QWidget):
    """A pyqtgraph canvas with one plot, a legend and a note above it, click and hover.

    The chart is laid out for its width: its type sizes and its legend's columns follow it, and
    it is drawn again when they change (:meth:`resizeEvent`); ticks, row names and the figures
    at the bars' ends are fitted to the plot's size whenever the plot is resized (:meth:`_fit`).
    """

    #: The ``RowsBehind`` of the bar (or trend line) clicked.
    barClicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: tuple[Any, ...] | None = None
        self._targets: list[Target] = []
        self._hovered: int | None = None
        self._notes: list[str] = []
        #: A note that follows the plot's size (set when fitting the chart to it).
        self._size_note = ""
        #: Device pixels per layout pixel of the painting this chart is drawn for (pens grow).
        self._scale = 1.0
        #: Drawn for an image or a page, where nothing can be pointed at: every row is named,
        #: and the notes say what is shown without what to do on screen.
        self._paper = False
        #: The width (in layout pixels) the chart is laid out for, and what it decides.
        self._layout_width = float(self.width())
        self._type: TypeSizes = type_sizes(self._layout_width)
        self._legend_widths: list[tuple[float, float]] = []
        self._legend_most = 1
        self._drawn_for: tuple[TypeSizes, int] | None = None
        self._drawing = False
        # A chart resized on screen is drawn again once the resizing is over, not inside it:
        # pyqtgraph's items must not be deleted while the scene is laying them out.
        self._catch_up_soon = QTimer(self)
        self._catch_up_soon.setSingleShot(True)
        self._catch_up_soon.setInterval(0)
        self._catch_up_soon.timeout.connect(self._catch_up)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground(BACKGROUND)
        self.canvas.ci.setContentsMargins(_SIDE_MARGINS[0], 8, _SIDE_MARGINS[1], 8)
        self.canvas.ci.setSpacing(6)
        self.legend = self.canvas.ci.addLayout(row=0, col=0)
        self.legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.legend.setSpacing(LEGEND_SPACING)
        self.legend.setContentsMargins(0, 0, 0, 0)
        self.note = NoteItem()
        self.canvas.ci.addItem(self.note, row=1, col=0)
        self.plot: pg.PlotItem = self.canvas.ci.addPlot(row=2, col=0)
        self.canvas.ci.layout.setRowStretchFactor(2, 1)
        self._configure_plot()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 260)
        scene = self.canvas.scene()
        scene.sigMouseMoved.connect(self._hover)
        scene.sigMouseClicked.connect(self._click)
        self.plot.vb.sigResized.connect(self._fit)

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
        dpi = _image_dpi(width_px, dpi)
        image = QImage(width_px, height_px, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(BACKGROUND))
        self._render(image, dpi / LAYOUT_DPI)
        # Only now: pyqtgraph's axes replay text recorded at 96 dpi, and a QPicture played on a
        # device of another resolution rescales its fonts.
        dots_per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        return image

    def lay_out_for_image(self, width_px: int, height_px: int, *, dpi: float | None = None) -> None:
        """Lay this hidden chart out for ``export_image(width_px, height_px, dpi=dpi)`` before
        its figures are given, so that they are drawn once, for the image (an export built for
        nothing else: the printed summary's charts)."""
        if self.isVisible():
            raise RuntimeError("a chart on screen is laid out for the screen")
        scale, layout = _image_layout(width_px, height_px, _image_dpi(width_px, dpi) / LAYOUT_DPI)
        self._lay_out_on_paper(scale, layout)

    def _lay_out_on_paper(self, scale: float, layout: QRectF) -> None:
        """Lay the chart out at ``layout`` (layout pixels), drawn ``scale`` times larger."""
        self._set_target(scale, paper=True)
        self._layout_width = layout.width()
        self.note.set_width(self._room())
        self.canvas.ci.setGeometry(layout)
        self.canvas.ci.layout.activate()

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

    def is_laid_out(self) -> bool:
        """Whether the chart is drawn for its present size: a chart resized on screen is drawn
        again just after (type sizes, legend columns and how many rows it holds follow it)."""
        return not self._stale()

    def note_text(self) -> str:
        """The words above the plot: what the chart leaves out, and where to find it."""
        return self.note.text()

    def showEvent(self, event: QShowEvent) -> None:
        # Painted for a printer while hidden: back to screen pens (and notes) before being seen.
        self._set_target(1.0, paper=False)
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_width = float(event.size().width())
        self.note.set_width(self._room())
        if self._stale():
            self._catch_up_soon.start()
        super().resizeEvent(event)

    # -- for the charts ----------------------------------------------------------------------

    def _show_state(self, state: tuple[Any, ...]) -> None:
        """Keep the figures and rebuild the items from them."""
        self._state = state
        self._redraw()

    def _draw(self, *state: Any) -> list[Target]:
        """Add this chart's items for ``state`` to the cleared plot; return its targets."""
        raise NotImplementedError

    def _target_at(self, scene_pos: QPointF) -> int | None:
        """The target under ``scene_pos``, if any."""
        raise NotImplementedError

    def _pen(self, color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> Any:
        """A pen ``width`` layout pixels wide at any resolution (pyqtgraph pens are cosmetic)."""
        return pg.mkPen(color=color, width=width * self._scale, style=style)

    def _add_legend(
        self, entries: list[tuple[Fill | pg.GraphicsWidget | None, str]], columns: int = 4
    ) -> None:
        """Rows above the plot of a sample then its words: ``columns`` entries a row, or as
        many as the chart's width holds."""
        items = []
        for sample, text in entries:
            swatch = None
            if sample is not None:
                swatch = FillSwatch(sample) if isinstance(sample, Fill) else sample
            size = f"{self._type.label}px"
            label = pg.LabelItem(escape(text), size=size, color=INK, justify="left")
            items.append((swatch, label))
        self._legend_widths = [
            (0.0 if swatch is None else swatch.minimumWidth(), label.minimumWidth())
            for swatch, label in items
        ]
        self._legend_most = columns
        fitting = legend_columns(self._legend_widths, self._room(), columns)
        for number, (swatch, label) in enumerate(items):
            row, column = divmod(number, fitting)
            if swatch is not None:
                self.legend.addItem(swatch, row=row, col=2 * column)
            self.legend.addItem(label, row=row, col=2 * column + 1)

    def _set_ticks(self, axis: str, ticks: list[tuple[float, str]]) -> None:
        item = self.plot.getAxis(axis)
        if axis == "left":
            # pyqtgraph widens the axis for its text only after painting it once, too late for
            # a chart painted once offscreen: measure the names now.
            # Names longer than their share of the chart are shortened ("Camp and accom…"):
            # the tooltip gives them whole.
            metrics = QFontMetricsF(font(self._type.tick))
            longest = self._layout_width * _NAMES_SHARE
            ticks = [
                (value, metrics.elidedText(text, Qt.TextElideMode.ElideRight, longest))
                for value, text in ticks
            ]
            widest = max((metrics.horizontalAdvance(text) for _value, text in ticks), default=0)
            label = metrics.height() * 1.6 if item.label.isVisible() else 0.0
            item.setWidth(math.ceil(widest + 14 + label))
        item.setTicks([ticks, []])

    def _note(self, text: str) -> None:
        """Say above the plot what is not shown, and why. A note is written "what is shown: what
        to do on screen for the rest"; on paper only the part before the colon is kept."""
        if self._paper and ":" in text:
            text = text.split(":", 1)[0].rstrip() + "."
        self._notes.append(text)
        self._show_notes()

    def _show_notes(self) -> None:
        words = " ".join(note for note in (*self._notes, self._size_note) if note)
        self.note.set_text(words, font(self._type.note), MUTED)

    def _empty(self, text: str) -> None:
        """Say why there is nothing to draw, in the middle of the plot."""
        item = pg.TextItem(text, color=MUTED, anchor=(0.5, 0.5))
        item.setFont(font(self._type.label))
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
            axis.setStyle(tickTextOffset=8, tickLength=-6, textFillLimits=[(0, 1.0)])
            axis.setTextPen(INK)

    def _stale(self) -> bool:
        """Whether the chart's width now needs other type sizes or legend columns than it was
        drawn with."""
        return self._state is not None and self._drawn_for != self._layout_key()

    def _catch_up(self) -> None:
        """Draw the chart again if it is stale."""
        if self._stale():
            self._redraw()

    def _layout_key(self) -> tuple[TypeSizes, int]:
        columns = legend_columns(self._legend_widths, self._room(), self._legend_most)
        return type_sizes(self._layout_width), columns

    def _room(self) -> float:
        """The width inside the canvas' margins."""
        return self._layout_width - sum(_SIDE_MARGINS)

    def _redraw(self) -> None:
        self._drawing = True
        try:
            self._type = type_sizes(self._layout_width)
            self.plot.clear()
            self._notes.clear()
            self._size_note = ""
            self.legend.clear()
            self._legend_widths, self._legend_most = [], 1
            self._hovered = None
            for name in ("left", "bottom"):
                axis = self.plot.getAxis(name)
                axis.setStyle(tickFont=font(self._type.tick))
                axis.label.setFont(font(self._type.label))
                axis.setPen(self._pen(INK, 1.2))
                axis.setTicks(None)
            self.plot.getAxis("left").setWidth(None)
            self.plot.setLabel("left", "")
            self._targets = [] if self._state is None else self._draw(*self._state)
            self._show_notes()
            self._drawn_for = self._layout_key()
        finally:
            self._drawing = False
        if self.isVisible():
            # The canvas sizes its layout to the view only when the view is resized; a layout
            # made wider by a longer legend must be brought back when the legend shrinks.
            self.canvas.ci.setGeometry(self.canvas.range)

    def _fit(self) -> None:
        """Called whenever the plot is resized, but not while the chart is being drawn."""
        if not self._drawing:
            self._fit_to_plot()

    def _fit_to_plot(self) -> None:
        """Fit what depends on the plot's size (ticks, names, figures) to it: the charts'."""

    def _set_target(self, scale: float, *, paper: bool) -> None:
        """Draw for ``scale`` device pixels per layout pixel, on paper (an image) or on screen."""
        if (scale, paper) != (self._scale, self._paper):
            self._scale, self._paper = scale, paper
            self._redraw()

    def _render(self, image: QImage, scale: float) -> None:
        """Paint into ``image`` the chart laid out at ``1/scale`` of the image's size.

        A chart on screen is not disturbed: a hidden copy is laid out and painted instead.
        """
        scale, layout = _image_layout(image.width(), image.height(), scale)
        chart = self._twin() if self.isVisible() else self
        chart._lay_out_on_paper(scale, layout)
        chart._catch_up()
        # Twice: the first layout may show that the height holds more (or fewer) rows.
        for _pass in range(2):
            chart.canvas.ci.setGeometry(layout)
            chart.canvas.ci.layout.activate()
            chart._catch_up()
        chart._fit()
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


def _image_dpi(width_px: int, dpi: float | None) -> float:
    """The resolution an image ``width_px`` wide is drawn for: ``dpi`` if given; else the
    layout's, or a ``MAX_LAYOUT_WIDTH`` layout scaled up to the width."""
    if dpi is not None:
        return dpi
    return LAYOUT_DPI * max(1.0, width_px / MAX_LAYOUT_WIDTH)


def _image_layout(width_px: int, height_px: int, scale: float) -> tuple[float, QRectF]:
    """The device pixels per layout pixel and the layout's rectangle of an image that size
    drawn at ``scale``: never narrower than ``MIN_LAYOUT_WIDTH`` (a small image is that layout
    drawn smaller)."""
    if width_px / scale < MIN_LAYOUT_WIDTH:
        scale = width_px / MIN_LAYOUT_WIDTH
    return scale, QRectF(0, 0, width_px / scale, height_px / scale)
