"""The Dashboard's tiles and charts follow the room they have: six tiles to a row and two charts
a row on a laptop or wider, three (or two) tiles and one chart a row in a narrow window, so no
figure is ever cut off and no chart squeezed below what its labels need.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGridLayout, QWidget

#: Below this width of the page's content (pixels) the charts go in one column.
TWO_CHART_COLUMNS_PX = 900


class DashboardLayout(QObject):
    """Watches ``viewport`` (the scroll area's) and lays the tiles and the charts out for it."""

    def __init__(
        self,
        viewport: QWidget,
        tiles: tuple[QGridLayout, Sequence[QWidget]],
        charts: tuple[QGridLayout, Sequence[QWidget]],
    ) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        self._tiles = tiles
        self._charts = charts
        self.columns = (6, 2)  # tiles and charts to a row, as the form lays them out
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.reflow()
        return super().eventFilter(watched, event)

    def reflow(self) -> None:
        """Lay out again for the viewport's width (and the tiles' figures, which may have grown)."""
        width = self._viewport.width()
        grid, tiles = self._tiles
        spacing = grid.horizontalSpacing()
        tile_columns = next((n for n in (6, 3) if width >= _row_width(tiles, n, spacing)), 2)
        columns = (tile_columns, 2 if width >= TWO_CHART_COLUMNS_PX else 1)
        if columns != self.columns:
            self.columns = columns
            _arrange(grid, tiles, tile_columns)
            _arrange(self._charts[0], self._charts[1], columns[1])


def _row_width(widgets: Sequence[QWidget], columns: int, spacing: int) -> int:
    """The least width that shows ``widgets`` whole, ``columns`` to a row."""
    widths = [widget.minimumSizeHint().width() for widget in widgets]
    return sum(max(widths[c::columns]) for c in range(columns)) + spacing * (columns - 1)


def _arrange(grid: QGridLayout, widgets: Sequence[QWidget], columns: int) -> None:
    """Lay ``widgets`` out in ``grid``, ``columns`` to a row, the columns sharing the width."""
    for widget in widgets:
        grid.removeWidget(widget)
    for number, widget in enumerate(widgets):
        grid.addWidget(widget, number // columns, number % columns)
    for column in range(len(widgets)):
        grid.setColumnStretch(column, 1 if column < columns else 0)
