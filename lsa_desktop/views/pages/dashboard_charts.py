"""The Dashboard's four charts, built the first time the page is painted.

pyqtgraph is imported by :mod:`lsa_desktop.views.charts` only: building the charts after the
first paint keeps it out of the window's start-up (the Dashboard is the first page shown), and
the tiles and the table are on screen while it loads. Figures that arrive before the charts
exist are kept and shown when they are built.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QGroupBox, QWidget

from lsa_desktop.services.dashboard_model import DashboardFigures, Trend

if TYPE_CHECKING:
    from lsa_desktop.views.forms.ui_dashboard_page import Ui_DashboardPage

log = logging.getLogger(__name__)

#: The height a chart's box keeps before and after its chart is built, so nothing jumps: enough
#: for a dozen bars and their labels to be read across a room.
CHART_HEIGHT = 300


class DashboardCharts(QObject):
    """Holds the charts of a Dashboard page; ``barClicked`` carries the bar's ``RowsBehind``."""

    barClicked = Signal(object)

    def __init__(self, ui: Ui_DashboardPage, parent: QWidget) -> None:
        super().__init__(parent)
        self._ui = ui
        self._figures: DashboardFigures | None = None
        self._trend: Trend | None = None
        self.units: Any = None
        self.gaps: Any = None
        self.trend: Any = None
        self.strength: Any = None
        for box in self.boxes():
            box.setMinimumHeight(CHART_HEIGHT)

    def boxes(self) -> list[QGroupBox]:
        ui = self._ui
        return [ui.unitChartBox, ui.gapsChartBox, ui.trendChartBox, ui.strengthChartBox]

    @property
    def built(self) -> bool:
        return self.units is not None

    def build(self) -> None:
        """Import the charts (and pyqtgraph) and put them in their boxes; once."""
        if self.built:
            return
        started = time.perf_counter()
        from lsa_desktop.views.charts.gaps import GapsChart
        from lsa_desktop.views.charts.strength import StrengthChart
        from lsa_desktop.views.charts.trend import TrendChart
        from lsa_desktop.views.charts.unit_readiness import UnitReadinessChart

        ui = self._ui
        self.units = UnitReadinessChart(ui.unitChartBox)
        self.gaps = GapsChart(ui.gapsChartBox)
        self.trend = TrendChart(ui.trendChartBox)
        self.strength = StrengthChart(ui.strengthChartBox)
        ui.unitChartLayout.addWidget(self.units)
        ui.gapsChartLayout.addWidget(self.gaps)
        ui.trendChartLayout.addWidget(self.trend, 1)
        ui.strengthChartLayout.addWidget(self.strength)
        for chart in (self.units, self.gaps, self.trend, self.strength):
            chart.barClicked.connect(self.barClicked)
        log.debug("charts built in %.0f ms", 1000 * (time.perf_counter() - started))
        if self._figures is not None:
            self.show_figures(self._figures)  # and the trend, if it has come
        elif self._trend is not None:
            self._draw_trend(self._trend)

    def show_figures(self, figures: DashboardFigures, trend: Trend | None = None) -> None:
        """Show ``figures``, and ``trend`` if it was read with them; without it the trend shown
        is drawn again, its lines opening what the new bars open."""
        self._figures = figures
        if trend is not None:
            self._trend = trend
        if not self.built:
            return
        self.units.set_units(figures.units, figures.threshold_pct, figures.amber_pct)
        self.gaps.set_categories(figures.categories)
        self.strength.set_contingents(figures.contingents)
        if self._trend is not None:
            self._draw_trend(self._trend)

    def show_trend(self, trend: Trend) -> None:
        self._trend = trend
        if self.built:
            self._draw_trend(trend)

    def _draw_trend(self, trend: Trend) -> None:
        """A unit's line opens the same rows as the unit's bar (the trend and the figures are
        read in two tasks: whichever comes second draws the lines with the bars' rows)."""
        units = self._figures.units if self._figures is not None else ()
        self.trend.set_trend(trend, {bar.unit_id: bar.behind for bar in units})
