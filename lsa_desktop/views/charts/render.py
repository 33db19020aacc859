"""Charts drawn offscreen, for the printed readiness summary and the command line.

``chart_image`` needs a ``QApplication`` (any platform, ``offscreen`` included) but no window:
the chart is built hidden, laid out for the image's size and painted into it.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

from lsa_desktop.services.dashboard_model import DashboardFigures, Trend
from lsa_desktop.views.charts.base import ChartWidget
from lsa_desktop.views.charts.gaps import GapsChart
from lsa_desktop.views.charts.strength import StrengthChart
from lsa_desktop.views.charts.trend import TrendChart
from lsa_desktop.views.charts.unit_readiness import UnitReadinessChart

#: The kinds ``chart_image`` draws, in the order the summary shows them.
CHART_KINDS = ("units", "gaps", "trend", "strength")


def chart_image(
    kind: str,
    figures: DashboardFigures,
    trend: Trend | None,
    width_px: int,
    height_px: int,
    *,
    dpi: float | None = None,
) -> QImage:
    """The chart ``kind`` (one of ``CHART_KINDS``) of ``figures`` as an image of that size.

    ``trend`` is needed for "trend" only. ``dpi`` is the resolution the image is printed at (300
    for the summary): it sets the type size; see :meth:`ChartWidget.export_image`.
    """
    chart = build_chart(kind, figures, trend)
    return chart.export_image(width_px, height_px, dpi=dpi)


def build_chart(kind: str, figures: DashboardFigures, trend: Trend | None) -> ChartWidget:
    """A hidden chart of ``kind`` showing ``figures`` (and ``trend`` for "trend")."""
    if kind == "units":
        units = UnitReadinessChart()
        units.set_figures(figures)
        return units
    if kind == "gaps":
        gaps = GapsChart()
        gaps.set_figures(figures)
        return gaps
    if kind == "strength":
        strength = StrengthChart()
        strength.set_figures(figures)
        return strength
    if kind == "trend":
        if trend is None:
            raise ValueError("the trend chart needs the trend")
        chart = TrendChart()
        chart.set_trend(trend, {unit.unit_id: unit.behind for unit in figures.units})
        return chart
    raise ValueError(f"unknown chart kind {kind!r}; expected one of {', '.join(CHART_KINDS)}")
