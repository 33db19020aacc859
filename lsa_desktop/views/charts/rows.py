"""Charts of horizontal bars, one row each: units, equipment categories, contingents.

What the three bar charts share is fitting their rows to the plot: as many rows as its height
holds (those most in need first, and a note saying what is left out), the rows' names on the
left shortened to their share of the width, the figures at the bars' ends given the room they
need on the right (or left to the tooltips when there is not enough), and value ticks as far
apart as their text needs.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

from lsa_desktop.views.charts.base import ChartWidget
from lsa_desktop.views.charts.fit import value_step
from lsa_desktop.views.charts.style import INK, font
from lsa_desktop.views.pages.row_list_model import number_text

#: The most bars a chart draws, and the fewest it cuts down to when short of height: a chart of
#: 1,500 slivers is a black block. Past as many as the height holds (never fewer than
#: ``MIN_ROWS``, never more than ``MAX_ROWS``) the chart draws those most in need and says so.
MAX_ROWS = 30
MIN_ROWS = 15
#: Past this many rows no row can be tall enough for the figures at the bars' ends (a 40-row
#: chart would need 760 pixels): they are left to the tooltips and not even built.
MAX_LABELLED_ROWS = 40
#: The height a row needs for its name on the left, in tick type sizes.
_NAME_ROOM = 1.25
#: The share of the plot's width the figures at the bars' ends may take; past it they are left
#: to the tooltips rather than cut.
_LABELS_SHARE = 0.65

_Row = TypeVar("_Row")


class RowsChart(ChartWidget):
    """A chart of bars in rows, from 0 along x, top to bottom at y = 0, 1, ..."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row_names: list[str] = []
        self._row_labels: list[pg.TextItem] = []
        self._row_extent = 1.0
        #: How many rows were drawn of how many (``_shown_rows``).
        self._rows_drawn: tuple[int, int] | None = None

    def _redraw(self) -> None:
        self._row_names, self._row_labels, self._rows_drawn = [], [], None
        super()._redraw()

    def _stale(self) -> bool:
        """Also when more (or fewer) of the rows left out fit the plot's height now."""
        drawn = self._rows_drawn
        fewer_or_more = drawn is not None and min(drawn[1], self._rows_room()) != drawn[0]
        return fewer_or_more or super()._stale()

    def _fit_to_plot(self) -> None:
        if self._stale():
            self._catch_up_soon.start()
        self._fit_rows()

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
        self._fit_rows()

    def _shown_rows(self, rows: Sequence[_Row], need: Callable[[_Row], Any]) -> list[_Row]:
        """``rows`` if the plot's height holds them all; else as many as it holds (between
        ``MIN_ROWS`` and ``MAX_ROWS``) of those most in need (lowest ``need`` first), in that
        order. The chart must say so with :meth:`_say_rows_left_out`."""
        cap = self._rows_room()
        self._rows_drawn = (min(len(rows), cap), len(rows))
        if len(rows) <= cap:
            return list(rows)
        return sorted(rows, key=need)[:cap]

    def _rows_room(self) -> int:
        """How many rows the plot's height holds, each tall enough for its name and figures.

        On screen never fewer than ``MIN_ROWS`` (past as many as can be named, every n-th is,
        and pointing at a bar gives its name); on paper, where nothing can be pointed at, only
        as many as can each be named."""
        height = self.plot.vb.height()
        if height <= 0:  # not laid out yet: the chart is drawn again once it is
            return MAX_ROWS
        if self._paper:
            # The rows span their count + 0.7 row heights (_row_range, with half a row of air).
            per_row = max(self._type.label + 4, self._type.tick * _NAME_ROOM)
            return max(1, min(MAX_ROWS, int(height / per_row - 0.7)))
        return max(MIN_ROWS, min(MAX_ROWS, int(height // (self._type.label + 4))))

    def _say_rows_left_out(self, words: str) -> None:
        """Note ``words`` ("%1 of %2 ...") if rows were left out, with the counts put in."""
        if self._rows_drawn is not None and self._rows_drawn[0] < self._rows_drawn[1]:
            shown, total = self._rows_drawn
            self._note(words.replace("%1", number_text(shown)).replace("%2", number_text(total)))

    def _row_range(self) -> tuple[float, float]:
        return -0.6, len(self._row_names) - 0.4

    def _fit_rows(self) -> None:
        count = len(self._row_names)
        if not count:
            return
        low, high = self._row_range()
        row_height = self.plot.vb.height() / (high - low + 0.5)
        step = max(1, math.ceil(self._type.tick * _NAME_ROOM / row_height)) if row_height > 0 else 1
        self._set_ticks(
            "left", [(float(row), self._row_names[row]) for row in range(0, count, step)]
        )
        width = self.plot.vb.width()
        labelled = row_height >= self._type.label + 2
        room = 0.0
        if labelled and self._row_labels:
            room = max(label.textItem.boundingRect().width() for label in self._row_labels) + 16
            labelled = room <= width * _LABELS_SHARE
            room = room if labelled else 0.0
        for label in self._row_labels:
            label.setVisible(labelled)
        # Room for half the last value's text, centred on the plot's right edge otherwise.
        last_tick = QLocale().toString(float(self._row_extent), "f", 0)
        room = max(room, QFontMetricsF(font(self._type.tick)).horizontalAdvance(last_tick) / 2 + 4)
        plot_share = max(width - room, width * 0.3) / width if width > 0 else 1.0
        x_high = self._row_extent / plot_share
        self._set_ticks(
            "bottom", self._value_ticks(self._row_extent, width / x_high if width > 0 else 0.0)
        )
        self.plot.setRange(xRange=(0, x_high), yRange=(low, high), padding=0)
        self._size_note = (
            self.tr("%1 rows, one in %2 named: point at a bar for its name and figures.")
            .replace("%1", number_text(count))
            .replace("%2", str(step))
            if step > 1
            else ""
        )
        self._show_notes()

    def _value_ticks(self, maximum: float, pixels_per_unit: float = 0.0) -> list[tuple[float, str]]:
        """Round values from 0 to ``maximum``: about five, fewer if the plot is too narrow for
        their text to stand apart at ``pixels_per_unit``."""
        metrics = QFontMetricsF(font(self._type.tick))
        widest = metrics.horizontalAdvance(QLocale().toString(float(maximum), "f", 0))
        step = value_step(maximum, pixels_per_unit, widest + 1.2 * self._type.tick)
        count = int(maximum // step) if maximum > 0 else 0
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
        item.setFont(font(self._type.label, bold=bold))
        item.setPos(x, row)
        self.plot.addItem(item)
        return item

    def _target_at(self, scene_pos: QPointF) -> int | None:
        """The bar row under ``scene_pos`` (anywhere along the row, for short bars)."""
        if not self._targets or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        y = self.plot.vb.mapSceneToView(scene_pos).y()
        for index, target in enumerate(self._targets):
            if abs(target.anchor.y() - y) <= 0.5:
                return index
        return None
