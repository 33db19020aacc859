"""Charts drawn offscreen, for the printed readiness summary and the command line.

``chart_image`` needs a ``QApplication`` (any platform, ``offscreen`` included) but no window:
the chart is built hidden, laid out for the image's size and painted into it.
"""

from __future__ import annotations

from typing import TypeVar

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
    chart = build_chart(kind, figures, trend, image_size=(width_px, height_px, dpi))
    return chart.export_image(width_px, height_px, dpi=dpi)


def build_chart(
    kind: str,
    figures: DashboardFigures,
    trend: Trend | None,
    *,
    image_size: tuple[int, int, float | None] | None = None,
) -> ChartWidget:
    """A hidden chart of ``kind`` showing ``figures`` (and ``trend`` for "trend").

    With ``image_size`` (width and height in pixels, dpi) the chart is laid out for that image
    before the figures are drawn (:meth:`ChartWidget.lay_out_for_image`), so that exporting it
    at that size does not draw it again.
    """
    if kind == "trend":
        if trend is None:
            raise ValueError("the trend chart needs the trend")
        trend_chart = _laid_out(TrendChart(), image_size)
        trend_chart.set_trend(trend, {unit.unit_id: unit.behind for unit in figures.units})
        return trend_chart
    chart: UnitReadinessChart | GapsChart | StrengthChart
    if kind == "units":
        chart = UnitReadinessChart()
    elif kind == "gaps":
        chart = GapsChart()
    elif kind == "strength":
        chart = StrengthChart()
    else:
        raise ValueError(f"unknown chart kind {kind!r}; expected one of {', '.join(CHART_KINDS)}")
    _laid_out(chart, image_size).set_figures(figures)
    return chart


_Chart = TypeVar("_Chart", bound=ChartWidget)


def _laid_out(chart: _Chart, image_size: tuple[int, int, float | None] | None) -> _Chart:
    if image_size is not None:
        width_px, height_px, dpi = image_size
        chart.lay_out_for_image(width_px, height_px, dpi=dpi)
    return chart
