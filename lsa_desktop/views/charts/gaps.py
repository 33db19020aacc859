"""Gaps by equipment category: what is serviceable, pledged and still missing of what is authorised.

Each bar is the category's authorised quantity as 100 %, so a category of 34 armoured vehicles
and one of 500 radios read on the same scale; the counts are written at the bar's end ("12
missing of 57") and in full in the tooltip. Serviceable is solid, pledged hatched "/", the gap
cross-hatched: the three parts differ in greyscale too. Past what the chart's height holds, the
categories missing the largest share are drawn, largest first, and the chart says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QWidget

from lsa_desktop.services.dashboard_model import CategoryBar, DashboardFigures
from lsa_desktop.views.charts.bars import Bar, BarsItem
from lsa_desktop.views.charts.base import Target
from lsa_desktop.views.charts.rows import RowsChart
from lsa_desktop.views.charts.style import (
    GAP_FILL,
    PLEDGED_FILL,
    SERVICEABLE_FILL,
)
from lsa_desktop.views.pages.row_list_model import number_text


class GapsChart(RowsChart):
    """Stacked bars per equipment category; click a bar for the category's gaps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Gaps by equipment category chart"))
        self.setAccessibleDescription(
            self.tr(
                "One bar per category: serviceable, pledged and missing, of what is authorised."
            )
        )

    def set_figures(self, figures: DashboardFigures) -> None:
        self.set_categories(figures.categories)

    def set_categories(self, categories: Sequence[CategoryBar]) -> None:
        self._show_state((tuple(categories),))

    def _draw(self, categories: tuple[CategoryBar, ...]) -> list[Target]:
        plot = self.plot
        plot.invertY(True)
        plot.setLabel("bottom", self.tr("Share of the authorised quantity (%)"))
        self._add_legend(
            [
                (SERVICEABLE_FILL, self.tr("Serviceable")),
                (PLEDGED_FILL, self.tr("Pledged")),
                (GAP_FILL, self.tr("Missing")),
                (None, self.tr("* critical")),
            ]
        )
        shown = [category for category in categories if category.authorised > 0]
        if not shown:
            self._empty(self.tr("Nothing authorised in this selection."))
            return []
        shown = self._shown_rows(shown, lambda category: -category.gap / category.authorised)
        self._say_rows_left_out(
            self.tr(
                "The %1 categories missing most of %2, most first: "
                "the Equipment & gaps page lists them all."
            )
        )
        bars = [bar for row, category in enumerate(shown) for bar in _stack(row, category)]
        plot.addItem(BarsItem(bars))
        labels = self._bar_labels(
            shown,
            lambda category: (
                self._bar_text(category),
                100.0,
                category.critical and category.gap > 0,
            ),
        )
        self._set_rows([self._row_name(category) for category in shown], labels, 100.0)
        return [
            Target(category.behind, partial(self._tooltip, category), QPointF(50.0, row))
            for row, category in enumerate(shown)
        ]

    def _row_name(self, category: CategoryBar) -> str:
        return f"{category.name} *" if category.critical else category.name

    def _bar_text(self, category: CategoryBar) -> str:
        text = self.tr("%1 missing of %2") if category.gap else self.tr("none missing of %2")
        return text.replace("%1", number_text(category.gap)).replace(
            "%2", number_text(category.authorised)
        )

    def _tooltip(self, category: CategoryBar) -> str:
        title = f"<b>{category.name}</b> ({category.code})"
        if category.critical:
            title += " " + self.tr("critical: it sets readiness")
        figures = [
            (self.tr("Authorised"), category.authorised),
            (self.tr("Serviceable"), category.serviceable),
            (self.tr("Pledged, not yet delivered"), category.pledged),
            (self.tr("Missing, not covered"), category.gap),
        ]
        lines = [title] + [f"{words}: {number_text(value)}" for words, value in figures]
        lines.append(f"<i>{self.tr('Click to list the gaps of this category.')}</i>")
        return "<br>".join(lines)


def _stack(row: int, category: CategoryBar) -> list[Bar]:
    """Serviceable, pledged and missing as shares of authorised, end to end from 0 to 100."""
    bars: list[Bar] = []
    start = 0.0
    for count, fill in (
        (category.serviceable, SERVICEABLE_FILL),
        (category.pledged, PLEDGED_FILL),
        (category.gap, GAP_FILL),
    ):
        if count > 0:
            end = start + 100.0 * count / category.authorised
            bars.append(Bar(row, start, end, fill))
            start = end
    return bars
