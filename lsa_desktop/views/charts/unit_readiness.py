"""Unit readiness: one horizontal bar per unit, its band in colour, hatching and words.

Horizontal, so the unit codes read level on the left however many units there are; the dashed
threshold and dotted amber lines cross every bar. Each bar ends with its
figure and band written out ("72.4 % RED"), so the chart needs neither colour nor the legend.
The threshold lines are named in the legend, where their labels cannot cover a bar.

A mission of 1,500 units would be 1,500 slivers: past what the chart's height holds it draws
the least ready, least ready first, and says so; the page's filters show any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.enums import Band
from lsa_desktop.services.dashboard_model import DashboardFigures, UnitBar
from lsa_desktop.views.charts.bars import Bar, BarsItem, LineSwatch
from lsa_desktop.views.charts.base import Target
from lsa_desktop.views.charts.rows import RowsChart
from lsa_desktop.views.charts.style import (
    AMBER_LINE_COLOR,
    BAND_FILLS,
    NO_FIGURE_FILL,
    THRESHOLD_COLOR,
    whole_or_decimal,
)
from lsa_desktop.views.pages.row_list_model import percent_text

_LINE_WIDTH = 2.5
_THRESHOLD_DASH = Qt.PenStyle.DashLine
_AMBER_DASH = Qt.PenStyle.DotLine


#: The threshold and amber lines are drawn under the bars and their figures, not across them.
_LINES_BELOW = -10


class UnitReadinessChart(RowsChart):
    """Readiness per unit against the threshold and amber lines; click a bar for its rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Unit readiness chart"))
        self.setAccessibleDescription(
            self.tr("One bar per unit: readiness in percent, with the threshold and amber lines.")
        )

    def set_figures(self, figures: DashboardFigures) -> None:
        self.set_units(figures.units, figures.threshold_pct, figures.amber_pct)

    def set_units(self, units: Sequence[UnitBar], threshold_pct: float, amber_pct: float) -> None:
        self._show_state((tuple(units), threshold_pct, amber_pct))

    def band_text(self, band: Band | None) -> str:
        if band is Band.GREEN:
            return self.tr("GREEN")
        if band is Band.AMBER:
            return self.tr("AMBER")
        if band is Band.RED:
            return self.tr("RED")
        return self.tr("no figure")

    def _draw(
        self, units: tuple[UnitBar, ...], threshold_pct: float, amber_pct: float
    ) -> list[Target]:
        plot = self.plot
        plot.invertY(True)
        plot.setLabel("bottom", self.tr("Readiness (%)"))
        self._add_legend(
            [
                (
                    BAND_FILLS[Band.GREEN],
                    self.tr("Green ≥ %1 %").replace("%1", whole_or_decimal(threshold_pct)),
                ),
                (
                    BAND_FILLS[Band.AMBER],
                    self.tr("Amber ≥ %1 %").replace("%1", whole_or_decimal(amber_pct)),
                ),
                (
                    BAND_FILLS[Band.RED],
                    self.tr("Red < %1 %").replace("%1", whole_or_decimal(amber_pct)),
                ),
                (LineSwatch(THRESHOLD_COLOR, _THRESHOLD_DASH, _LINE_WIDTH), self.tr("Threshold")),
                (LineSwatch(AMBER_LINE_COLOR, _AMBER_DASH, _LINE_WIDTH), self.tr("Amber line")),
            ],
            columns=3,
        )
        if not units:
            self._empty(self.tr("No unit in this selection."))
            return []
        units = tuple(self._shown_rows(units, _readiness_order))
        self._say_rows_left_out(
            self.tr(
                "The %1 least ready of %2 units, least ready first: "
                "filter by contingent or unit for the others."
            )
        )
        plot.addItem(BarsItem([_bar(index, unit) for index, unit in enumerate(units)]))
        labels = self._bar_labels(units, self._bar_label_of)
        for value, color, dash in (
            (threshold_pct, THRESHOLD_COLOR, _THRESHOLD_DASH),
            (amber_pct, AMBER_LINE_COLOR, _AMBER_DASH),
        ):
            line = pg.InfiniteLine(pos=value, angle=90, pen=self._pen(color, _LINE_WIDTH, dash))
            line.setZValue(_LINES_BELOW)  # the figures at the bars' ends are written over it
            plot.addItem(line)
        self._set_rows([unit.code for unit in units], labels, 100.0)
        return [
            Target(unit.behind, partial(self._tooltip, unit), QPointF(_end(unit) / 2 or 1.0, index))
            for index, unit in enumerate(units)
        ]

    def _bar_label_of(self, unit: UnitBar) -> tuple[str, float, bool]:
        text = f"{percent_text(unit.readiness_pct)}  {self.band_text(unit.band)}"
        return text, _end(unit), unit.band is Band.RED

    def _tooltip(self, unit: UnitBar) -> str:
        lines = [
            f"<b>{unit.code}</b> {unit.name} ({unit.contingent})",
            self.tr("Readiness: %1 (%2)")
            .replace("%1", percent_text(unit.readiness_pct))
            .replace("%2", self.band_text(unit.band)),
            self.tr("Strength: %1").replace("%1", percent_text(unit.strength_pct)),
        ]
        if unit.limited_by:
            limited = self.tr("strength") if unit.limited_by == "strength" else unit.limited_by
            lines.append(self.tr("Limited by: %1").replace("%1", limited))
        lines.append(f"<i>{self.tr('Click to list the rows behind it.')}</i>")
        return "<br>".join(lines)


def _readiness_order(unit: UnitBar) -> tuple[bool, float]:
    """Least ready first; a unit without a figure (nothing authorised) last."""
    return unit.readiness_pct is None, unit.readiness_pct or 0.0


def _end(unit: UnitBar) -> float:
    return unit.readiness_pct or 0.0


def _bar(index: int, unit: UnitBar) -> Bar:
    fill = BAND_FILLS.get(unit.band, NO_FIGURE_FILL) if unit.band else NO_FIGURE_FILL
    # A unit at 0 % (or without a figure) still gets a sliver to point at.
    return Bar(index, 0.0, max(_end(unit), 0.8), fill)
