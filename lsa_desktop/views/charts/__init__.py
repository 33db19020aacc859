"""The Dashboard's charts (pyqtgraph), and the same charts drawn offscreen for the printed summary.

pyqtgraph is imported here and nowhere else: the window imports this package only when the
Dashboard is first shown, so opening the window does not wait for it.

- :class:`UnitReadinessChart`, :class:`GapsChart`, :class:`TrendChart`, :class:`StrengthChart`:
  widgets fed with the dataclasses of :mod:`lsa_desktop.services.dashboard_model`; each emits
  ``barClicked(RowsBehind)``, shows the exact figures in a tooltip, and draws itself onto any
  painter (``paint_into``) or image (``export_image``).
- :func:`chart_image` (in :mod:`.render`): one chart as an image, without a window.
"""

from lsa_desktop.views.charts.base import ChartWidget
from lsa_desktop.views.charts.gaps import GapsChart
from lsa_desktop.views.charts.render import CHART_KINDS, build_chart, chart_image
from lsa_desktop.views.charts.strength import StrengthChart
from lsa_desktop.views.charts.trend import TrendChart
from lsa_desktop.views.charts.unit_readiness import UnitReadinessChart

__all__ = [
    "CHART_KINDS",
    "ChartWidget",
    "GapsChart",
    "StrengthChart",
    "TrendChart",
    "UnitReadinessChart",
    "build_chart",
    "chart_image",
]
