"""Personnel strength by contingent: officers present inside the authorised strength.

A wide light bar is the authorised strength, the narrow solid bar inside it the officers present:
how far the solid bar falls short is the shortfall. The counts and the share are written at the
end ("700 of 1,000 · 70.0 %"). Past what the chart's height holds, the contingents furthest
below strength are drawn, furthest first, and the chart says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QWidget

from lsa_desktop.services.dashboard_model import ContingentBar, DashboardFigures
from lsa_desktop.views.charts.bars import Bar, BarsItem
from lsa_desktop.views.charts.base import Target
from lsa_desktop.views.charts.rows import RowsChart
from lsa_desktop.views.charts.style import AUTHORISED_FILL, PRESENT_FILL
from lsa_desktop.views.pages.row_list_model import number_text, percent_text


class StrengthChart(RowsChart):
    """Present against authorised strength per contingent; click a bar for its officers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Personnel strength by contingent chart"))
        self.setAccessibleDescription(
            self.tr("One bar per contingent: officers present inside the authorised strength.")
        )

    def set_figures(self, figures: DashboardFigures) -> None:
        self.set_contingents(figures.contingents)

    def set_contingents(self, contingents: Sequence[ContingentBar]) -> None:
        self._show_state((tuple(contingents),))

    def _draw(self, contingents: tuple[ContingentBar, ...]) -> list[Target]:
        plot = self.plot
        plot.invertY(True)
        plot.setLabel("bottom", self.tr("Officers"))
        self._add_legend(
            [(PRESENT_FILL, self.tr("Present")), (AUTHORISED_FILL, self.tr("Authorised"))]
        )
        if not contingents:
            self._empty(self.tr("No contingent in this selection."))
            return []
        contingents = tuple(self._shown_rows(contingents, _present_share))
        self._say_rows_left_out(
            self.tr(
                "The %1 contingents furthest below strength of %2, furthest first: "
                "filter by contingent for the others."
            )
        )
        bars: list[Bar] = []
        for row, contingent in enumerate(contingents):
            bars.append(Bar(row, 0.0, contingent.authorised, AUTHORISED_FILL, thickness=0.75))
            bars.append(Bar(row, 0.0, contingent.present, PRESENT_FILL, thickness=0.4))
        plot.addItem(BarsItem(bars))
        longest = max(max(c.authorised, c.present) for c in contingents) or 1
        labels = self._bar_labels(
            contingents,
            lambda c: (self._bar_text(c), float(max(c.authorised, c.present)), False),
        )
        self._set_rows([contingent.name for contingent in contingents], labels, float(longest))
        return [
            Target(
                contingent.behind,
                partial(self._tooltip, contingent),
                QPointF(max(contingent.authorised, contingent.present, 1) / 2, row),
            )
            for row, contingent in enumerate(contingents)
        ]

    def _share(self, contingent: ContingentBar) -> str:
        if not contingent.authorised:
            return percent_text(None)
        return percent_text(100.0 * contingent.present / contingent.authorised)

    def _bar_text(self, contingent: ContingentBar) -> str:
        text = self.tr("%1 of %2 · %3")
        return (
            text.replace("%1", number_text(contingent.present))
            .replace("%2", number_text(contingent.authorised))
            .replace("%3", self._share(contingent))
        )

    def _tooltip(self, contingent: ContingentBar) -> str:
        lines = [
            f"<b>{contingent.name}</b> ({contingent.country_code})",
            self.tr("Present: %1").replace("%1", number_text(contingent.present)),
            self.tr("Authorised: %1").replace("%1", number_text(contingent.authorised)),
            self.tr("Present of authorised: %1").replace("%1", self._share(contingent)),
            f"<i>{self.tr('Click to list the officers present.')}</i>",
        ]
        return "<br>".join(lines)


def _present_share(contingent: ContingentBar) -> float:
    """Present of authorised, for the order of the furthest below strength."""
    return contingent.present / contingent.authorised if contingent.authorised else 1.0
