"""Readiness over 30, 90 or 365 days: one line per unit, told apart by dash and marker too.

More than a handful of lines cannot be read across a room, so past ``MAX_LINES`` units the chart
draws the least ready ones (by their latest figure) and says so; the page's contingent and unit
filters show any other. Days without a figure break the line rather than invent one.
"""

from __future__ import annotations

import itertools
import math
import uuid
from collections.abc import Mapping
from datetime import date, timedelta
from functools import partial

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QWidget

from lsa_desktop.services.dashboard_model import RowsBehind, Trend, TrendSeries
from lsa_desktop.views.charts.bars import LineSwatch
from lsa_desktop.views.charts.base import ChartWidget, Target
from lsa_desktop.views.charts.style import (
    AMBER_LINE_COLOR,
    SERIES_COLORS,
    SERIES_DASHES,
    SERIES_SYMBOLS,
    THRESHOLD_COLOR,
    font,
    whole_or_decimal,
)
from lsa_desktop.views.pages.row_list_model import number_text, percent_text

MAX_LINES = 8
#: How close (in layout pixels) the pointer must be to a line to pick it.
_PICK_DISTANCE = 12.0
_MARKERS_PER_LINE = 8
_LINE_WIDTH = 2.5
_MARKER_SIZE = 12


class TrendChart(ChartWidget):
    """Readiness per unit per day from the daily snapshots; click a line for that unit's rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[list[QPointF]] = []
        #: The first day drawn and how many days after it the last is (None: nothing drawn).
        self._days: tuple[date, int] | None = None
        self.setAccessibleName(self.tr("Readiness trend chart"))
        self.setAccessibleDescription(
            self.tr("One line per unit: readiness in percent per day, with the threshold lines.")
        )

    def set_trend(self, trend: Trend, behind: Mapping[uuid.UUID, RowsBehind] | None = None) -> None:
        """Draw ``trend``; ``behind`` maps a unit to what clicking its line opens (by default
        the unit's equipment gaps), e.g. ``{bar.unit_id: bar.behind for bar in figures.units}``.
        """
        self._show_state((trend, dict(behind or {})))

    def _draw(self, trend: Trend, behind: dict[uuid.UUID, RowsBehind]) -> list[Target]:
        plot = self.plot
        plot.invertY(False)
        plot.setLabel("bottom", "")
        plot.setLabel("left", self.tr("Readiness (%)"))
        self._lines = []
        self._days = None
        drawn = [series for series in trend.series if _known(series)]
        if not drawn:
            self._empty(self.tr("No readiness history for these days yet."))
            return []
        shown = sorted(drawn, key=_latest)[:MAX_LINES]
        shown.sort(key=lambda series: series.code)
        entries: list[tuple[object, str]] = []
        targets: list[Target] = []
        for number, series in enumerate(shown):
            color, dash, symbol = _look(number)
            xs, ys = _xy(trend.first_day, series)
            curve = pg.PlotDataItem(
                xs, ys, pen=self._pen(color, _LINE_WIDTH, dash), connect="finite"
            )
            plot.addItem(curve)
            plot.addItem(self._markers(xs, ys, color, symbol))
            entries.append(
                (LineSwatch(color, dash, _LINE_WIDTH, symbol, _MARKER_SIZE), series.code)
            )
            points = [QPointF(x, y) for x, y in zip(xs, ys, strict=True) if not math.isnan(y)]
            self._lines.append(points)
            rows = behind.get(series.unit_id) or RowsBehind.of(
                "equipment", unit_id=series.unit_id, only_gaps=True
            )
            targets.append(Target(rows, partial(self._tooltip, series), points[-1]))
        self._add_legend(entries, columns=4)  # type: ignore[arg-type]
        for value, words, color, dash in (
            (trend.threshold_pct, self.tr("Threshold %1 %"), THRESHOLD_COLOR, Qt.PenStyle.DashLine),
            (trend.amber_pct, self.tr("Amber %1 %"), AMBER_LINE_COLOR, Qt.PenStyle.DotLine),
        ):
            line = pg.InfiniteLine(pos=value, angle=0, pen=self._pen(color, 2.0, dash))
            plot.addItem(line)
            label = pg.TextItem(
                words.replace("%1", whole_or_decimal(value)), color=color, anchor=(0.0, 1.0)
            )
            label.setFont(font(self._type.label, bold=True))
            label.setPos(0, value)
            plot.addItem(label)
        if len(drawn) > len(shown):
            self._note(
                self.tr("The %1 least ready of %2 units: filter by contingent or unit for others.")
                .replace("%1", number_text(len(shown)))
                .replace("%2", number_text(len(drawn)))
            )
        self._days = (trend.first_day, (trend.last_day - trend.first_day).days)
        self._set_ticks("left", [(value, f"{value}") for value in (0, 25, 50, 75, 100)])
        self._fit_to_plot()
        return targets

    def _fit_to_plot(self) -> None:
        """Dates along the bottom as far apart as their text needs, the last day always named,
        with room at both ends for half a date's text."""
        if self._days is None:
            return
        first_day, span = self._days
        metrics = QFontMetricsF(font(self._type.tick))
        date_width = metrics.horizontalAdvance("30 Sep")
        width = self.plot.vb.width()
        most = max(2, int(width // (date_width * 1.6))) if width > 0 else 7
        self._set_ticks("bottom", _date_ticks(first_day, span, min(most, 7)))
        # Half a date plus a little at each end: margin / (span + 2 margin) of the width.
        edge = date_width / 2 + 4
        margin = max(1.0, span * 0.03)
        if width > 2 * edge:
            margin = max(margin, edge * span / (width - 2 * edge))
        self.plot.setRange(xRange=(-margin, span + margin), yRange=(0, 105), padding=0)

    def _markers(self, xs: list[float], ys: list[float], color: QColor, symbol: str) -> object:
        """A marker every few days (and on the latest day), so the line is known in grey too."""
        step = max(1, len(xs) // _MARKERS_PER_LINE)
        picked = [i for i in range(len(xs)) if (i % step == 0 or i == len(xs) - 1)]
        picked = [i for i in picked if not math.isnan(ys[i])]
        return pg.ScatterPlotItem(
            [xs[i] for i in picked],
            [ys[i] for i in picked],
            symbol=symbol,
            size=_MARKER_SIZE * self._scale,  # markers are drawn in device pixels
            pen=self._pen(color, 1.5),
            brush=pg.mkBrush(color),
        )

    def _tooltip(self, series: TrendSeries) -> str:
        known = [(day, value) for day, value in series.points if value is not None]
        first_day, first = known[0]
        last_day, last = known[-1]
        lowest_day, lowest = min(known, key=lambda point: point[1])
        locale = QLocale()
        lines = [
            f"<b>{series.code}</b>",
            self.tr("%1: %2")
            .replace("%1", locale.toString(last_day, QLocale.FormatType.ShortFormat))
            .replace("%2", percent_text(last)),
            self.tr("%1: %2")
            .replace("%1", locale.toString(first_day, QLocale.FormatType.ShortFormat))
            .replace("%2", percent_text(first)),
            self.tr("Lowest: %1 on %2")
            .replace("%1", percent_text(lowest))
            .replace("%2", locale.toString(lowest_day, QLocale.FormatType.ShortFormat)),
            f"<i>{self.tr('Click to list the rows behind it.')}</i>",
        ]
        return "<br>".join(lines)

    def _target_at(self, scene_pos: QPointF) -> int | None:
        """The line nearest the pointer, if within a few pixels of it."""
        if not self._lines or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        view = self.plot.vb
        best: tuple[float, int] | None = None
        for index, points in enumerate(self._lines):
            scene_points = [view.mapViewToScene(point) for point in points]
            distance = _distance_to_polyline(scene_pos, scene_points)
            if distance <= _PICK_DISTANCE and (best is None or distance < best[0]):
                best = (distance, index)
        return None if best is None else best[1]


def _look(number: int) -> tuple[QColor, Qt.PenStyle, str]:
    return (
        SERIES_COLORS[number % len(SERIES_COLORS)],
        SERIES_DASHES[number % len(SERIES_DASHES)],
        SERIES_SYMBOLS[number % len(SERIES_SYMBOLS)],
    )


def _known(series: TrendSeries) -> bool:
    return any(value is not None for _day, value in series.points)


def _latest(series: TrendSeries) -> float:
    return next(value for _day, value in reversed(series.points) if value is not None)


def _xy(first_day: date, series: TrendSeries) -> tuple[list[float], list[float]]:
    xs = [float((day - first_day).days) for day, _value in series.points]
    ys = [math.nan if value is None else float(value) for _day, value in series.points]
    return xs, ys


def _date_ticks(first_day: date, span: int, most: int) -> list[tuple[float, str]]:
    """At most ``most`` dates a week or more apart, counted back from the last day so that
    today is always named."""
    step = next((days for days in (7, 14, 30, 61, 91) if span / days <= most - 1), 182)
    locale = QLocale()
    return [
        (float(offset), locale.toString(first_day + timedelta(days=offset), "d MMM"))
        for offset in range(span, -1, -step)
    ]


def _distance_to_polyline(point: QPointF, points: list[QPointF]) -> float:
    if len(points) == 1:
        return math.dist((point.x(), point.y()), (points[0].x(), points[0].y()))
    return min(_distance_to_segment(point, a, b) for a, b in itertools.pairwise(points))


def _distance_to_segment(p: QPointF, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length2 = dx * dx + dy * dy
    t = (
        0.0
        if length2 == 0
        else max(0.0, min(1.0, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2))
    )
    return math.dist((p.x(), p.y()), (a.x() + t * dx, a.y() + t * dy))
