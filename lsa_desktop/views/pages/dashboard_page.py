"""The Dashboard: the mission's readiness on one page, for a commander reading across a room.

Six tiles (strength, vehicles serviceable, critical gaps, overdue service, qualifications
expiring, requisitions awaiting approval), four charts (unit readiness, gaps by category, the
readiness trend, strength by contingent) and the unit table, all of the scope chosen in the
filters (a contingent, a unit, or everything). Clicking a tile, a bar or a unit of the table
emits ``rowsRequested`` with the register and filters that list the rows behind that figure;
the main window opens it.

Everything shown is read in one task off the GUI thread (:class:`DashboardService`), again
whenever the data or the thresholds change; the trend alone is read again when its period
changes. The charts are built after the page is first painted (see :mod:`.dashboard_charts`).
Print… and Save as PDF… put the figures on screen on paper (:mod:`.dashboard_print`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QWidget

from lsa_desktop.domain.readiness import ReadinessReport, UnitReadiness
from lsa_desktop.services.dashboard_model import (
    TREND_PERIODS,
    DashboardFigures,
    Scope,
    ScopeOptions,
    TileKey,
    Trend,
)
from lsa_desktop.views.dialogs.field_helpers import page_action
from lsa_desktop.views.forms.ui_dashboard_page import Ui_DashboardPage
from lsa_desktop.views.pages.dashboard_charts import DashboardCharts
from lsa_desktop.views.pages.dashboard_filters import ScopeFilters
from lsa_desktop.views.pages.dashboard_layout import DashboardLayout
from lsa_desktop.views.pages.dashboard_print import OnScreen, SummaryPrinting
from lsa_desktop.views.pages.dashboard_table import band_counts_text, unit_columns
from lsa_desktop.views.pages.dashboard_tile import DashboardTile
from lsa_desktop.views.pages.dashboard_tiles import tile_text
from lsa_desktop.views.pages.loader import PageLoader
from lsa_desktop.views.pages.row_list_model import (
    ROW_ROLE,
    RowListModel,
    compact_rows,
    sorting_proxy,
)

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services import Services
    from lsa_desktop.settings import Settings
    from lsa_desktop.tasks import TaskRunner

__all__ = ["DashboardPage", "DashboardRead"]

#: The unit table shows this many rows before it scrolls within the page.
TABLE_ROWS_SHOWN = 16
#: The charts' and the table's titles, read from across a room like the tiles' captions.
_BOX_TITLES = "QGroupBox { font-size: 11pt; font-weight: 600; color: #1c2833; }"


@dataclass(frozen=True)
class DashboardRead:
    """One read of the page: the figures, the trend (its last point taken from the figures,
    not read again), what the filters offer, and the mission's name (which the printed summary
    is headed with)."""

    figures: DashboardFigures
    trend: Trend
    options: ScopeOptions
    mission: str


@dataclass(frozen=True)
class _Request:
    """What to read, fixed on the GUI thread when the read is asked for."""

    scope: Scope
    days: int
    threshold_pct: float
    amber_pct: float
    #: Today's figures on screen, when only the trend's period changed: its last point.
    figures: DashboardFigures | None = None


def _application() -> LsaApplication:
    from lsa_desktop.app import LsaApplication

    app = QApplication.instance()
    assert isinstance(app, LsaApplication), "the pages run inside LsaApplication"
    return app


class DashboardPage(QWidget):
    countChanged = Signal(int, int)  # units in scope, units in all
    #: The rows behind a figure clicked (a :class:`RowsBehind`); the main window opens them.
    rowsRequested = Signal(object)

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        app: LsaApplication | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self._services = services
        self._tasks = tasks
        self._settings = settings
        self._app = app if app is not None else _application()
        self._app.settingsChanged.connect(self.refresh)
        self.figures: DashboardFigures | None = None
        self.trend: Trend | None = None
        self.options: ScopeOptions | None = None
        self.mission = ""
        self._days = TREND_PERIODS[0]
        self._painted = False
        self.tiles: dict[TileKey, DashboardTile] = {
            TileKey.STRENGTH: self.ui.strengthTile,
            TileKey.VEHICLES: self.ui.vehiclesTile,
            TileKey.CRITICAL_GAPS: self.ui.criticalGapsTile,
            TileKey.OVERDUE_MAINTENANCE: self.ui.overdueTile,
            TileKey.EXPIRING_QUALIFICATIONS: self.ui.expiringTile,
            TileKey.AWAITING_APPROVAL: self.ui.awaitingTile,
        }
        for key, tile in self.tiles.items():
            tile.clicked.connect(lambda _checked=False, k=key: self._tile_clicked(k))
        self.model: RowListModel[UnitReadiness] = RowListModel(unit_columns(), self)
        self.proxy = sorting_proxy(self.model, self)
        self._set_up_table()
        self.ui.scrollContents.setStyleSheet(_BOX_TITLES)
        self.charts = DashboardCharts(self.ui, self)
        self.charts.barClicked.connect(self.rowsRequested)
        self.layout_for_width = DashboardLayout(
            self.ui.scrollArea.viewport(),
            (self.ui.tilesLayout, list(self.tiles.values())),
            (self.ui.chartsLayout, self.charts.boxes()),
        )
        self.filters = ScopeFilters(self.ui.contingentFilter, self.ui.unitFilter, self)
        self.filters.changed.connect(self.refresh)
        self._set_up_trend_period()
        self._set_up_printing()
        self.ui.asOfLabel.setText(self.tr("Reading the database…"))
        self._loader = PageLoader(tasks, self._read, self)
        self._loader.loaded.connect(self._show)
        self._trend_loader = PageLoader(tasks, self._read_trend, self)
        self._trend_loader.loaded.connect(self._show_trend)
        self.refresh()

    # --- the page contract of the main window ------------------------------------------------------

    def counts(self) -> tuple[int, int] | None:
        """Units in scope and units in all; None until the figures have been read once."""
        if self.figures is None or self.options is None:
            return None
        return len(self.figures.units), len(self.options.units)

    @property
    def loading(self) -> bool:
        return self._loader.busy or self._trend_loader.busy

    @property
    def report(self) -> ReadinessReport | None:
        """The readiness of the units in scope (what ``readiness --json`` prints for them)."""
        return self.figures.report if self.figures is not None else None

    @Slot()
    def refresh(self) -> None:
        """Read everything again, for the filters and the settings as they are now (the figures,
        then the trend in the same task: today's point of the trend is the figures')."""
        self._pending = self._request()
        self._loader.load()

    # --- reading -----------------------------------------------------------------------------------

    def scope(self) -> Scope:
        """The scope the filters choose."""
        return self.filters.scope()

    def _request(self) -> _Request:
        settings = self._settings
        return _Request(
            self.scope(), self._days, settings.readiness_threshold_pct, settings.amber_threshold_pct
        )

    def _read(self) -> tuple[_Request, DashboardRead]:  # on a worker thread
        # The request is taken as the read starts; the loader reads again if it changes meanwhile.
        request = self._pending
        service = self._services.dashboard
        figures = service.figures(
            request.scope, threshold_pct=request.threshold_pct, amber_pct=request.amber_pct
        )
        trend = self._trend_of(request, figures)
        options = service.scope_options()
        return request, DashboardRead(
            figures, trend, options, self._services.mission_settings.mission_name()
        )

    def _read_trend(self) -> tuple[_Request, Trend]:  # on a worker thread
        request = self._pending
        return request, self._trend_of(request, request.figures)

    def _trend_of(self, request: _Request, figures: DashboardFigures | None) -> Trend:
        return self._services.dashboard.trend(
            request.days,
            request.scope,
            threshold_pct=request.threshold_pct,
            amber_pct=request.amber_pct,
            live_figures=figures,
        )

    def _show(self, result: tuple[_Request, DashboardRead]) -> None:
        request, read = result
        self.options = read.options
        self.mission = read.mission
        if self.filters.offer(read.options):
            self.refresh()  # the unit or contingent filtered on is gone: read everything
            return
        if request.scope != self.scope():
            return  # the filters changed while it read: the read of the new scope follows
        self.figures = read.figures
        # The trend read with the figures, unless the period changed meanwhile (its own read
        # follows): drawn once, together with the bars whose rows its lines open.
        trend = read.trend if request.days == self._days else None
        if trend is not None:
            self.trend = trend
        self._show_figures(read.figures, trend)
        self.countChanged.emit(len(read.figures.units), len(read.options.units))

    def _show_figures(self, figures: DashboardFigures, trend: Trend | None) -> None:
        ui = self.ui
        has_units = bool(self.options and self.options.units)
        ui.scrollArea.setVisible(has_units)
        ui.emptyLabel.setVisible(not has_units)
        for widget in (ui.printButton, ui.pdfButton, ui.contingentFilter, ui.unitFilter):
            widget.setEnabled(has_units)
        self.print_action.setEnabled(has_units)
        self.ui.asOfLabel.setText(self._as_of_text(figures))
        for tile in figures.tiles:
            text = tile_text(tile, figures.threshold_pct, figures.amber_pct)
            self.tiles[tile.key].set_figure(
                text.value, text.out_of, text.caption, text.detail, text.tone, text.tip
            )
        self.layout_for_width.reflow()  # longer figures may need more room
        self.model.set_rows(figures.report.units)
        self._fit_table()
        self.charts.show_figures(figures, trend)

    def _show_trend(self, result: tuple[_Request, Trend]) -> None:
        request, trend = result
        if request.scope != self.scope() or request.days != self._days:
            return  # the filters or the period changed while it read: the new read follows
        self.trend = trend
        self.charts.show_trend(trend)

    def _as_of_text(self, figures: DashboardFigures) -> str:
        locale = QLocale()
        read_at = QDateTime(figures.read_at.astimezone()).toLocalTime()
        line = self.tr(
            "{scope}: readiness as of {day}, read at {time}. Green at or above {green} %, amber "
            "at or above {amber} %, red below."
        ).format(
            scope=figures.scope_text,
            day=locale.toString(figures.as_of, "d MMMM yyyy"),
            time=locale.toString(read_at.time(), QLocale.FormatType.ShortFormat),
            green=locale.toString(figures.threshold_pct, "g", 4),
            amber=locale.toString(figures.amber_pct, "g", 4),
        )
        if not figures.report.units:
            return line
        return f"{line}\n{band_counts_text(figures.report.units)}"

    # --- tiles, table and trend period -------------------------------------------------------------

    def _tile_clicked(self, key: TileKey) -> None:
        if self.figures is not None:
            self.rowsRequested.emit(self.figures.tile(key).behind)

    def _set_up_table(self) -> None:
        table = self.ui.table
        table.setModel(self.proxy)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)  # fit to the first rows: constant cost at any size
        header.setStretchLastSection(True)
        table.activated.connect(self._unit_activated)

    def _fit_table(self) -> None:
        """Show every unit up to :data:`TABLE_ROWS_SHOWN` rows without a scroll bar of its own."""
        table = self.ui.table
        rows = min(max(self.proxy.rowCount(), 1), TABLE_ROWS_SHOWN)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += rows * table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(height)

    def _unit_activated(self, index: QModelIndex) -> None:
        """Enter or a double-click on a unit: the rows behind its bar (what limits it)."""
        unit: UnitReadiness = index.data(ROW_ROLE)
        bars = {bar.code: bar for bar in self.figures.units} if self.figures else {}
        bar = bars.get(unit.code)
        if bar is not None:
            self.rowsRequested.emit(bar.behind)

    def _set_up_trend_period(self) -> None:
        ui = self.ui
        buttons = {30: ui.trend30Button, 90: ui.trend90Button, 365: ui.trend365Button}
        assert tuple(buttons) == TREND_PERIODS
        for days, button in buttons.items():
            ui.trendPeriodGroup.setId(button, days)
        ui.trendPeriodGroup.idClicked.connect(self.set_trend_days)

    @Slot(int)
    def set_trend_days(self, days: int) -> None:
        """Draw the trend over the last ``days`` days (30, 90 or 365)."""
        button: QAbstractButton | None = self.ui.trendPeriodGroup.button(days)
        if button is None:
            raise ValueError(f"no trend period of {days} days")
        button.setChecked(True)
        if days == self._days:
            return
        self._days = days
        self._pending = replace(self._request(), figures=self.figures)
        self._trend_loader.load()

    # --- printing ----------------------------------------------------------------------------------

    def _set_up_printing(self) -> None:
        self.printing = SummaryPrinting(self._tasks, lambda: self._settings, self._on_screen, self)
        self.print_action = page_action(
            self, "actionPrintSummary", self.ui.printButton.text(), self.printing.print_summary,
            shortcuts=[QKeySequence.StandardKey.Print],
        )  # fmt: skip
        self.addAction(self.print_action)
        self.ui.printButton.clicked.connect(self.printing.print_summary)
        self.ui.pdfButton.clicked.connect(self.printing.save_pdf)

    def _on_screen(self) -> OnScreen | None:
        if self.figures is None:
            return None
        return OnScreen(self.figures, self.trend, self.mission)

    # --- charts after the first paint --------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.charts.build)
