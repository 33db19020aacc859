"""The Dashboard: unit readiness as of today, one row per unit, with its band.

The report comes from :class:`~lsa_desktop.services.readiness.ReadinessService`, read off the GUI
thread; the thresholds are the person's settings. The figures are those of ``readiness --json``
(same arithmetic, same rounding), so what the screen shows matches the printed and exported ones.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QWidget

from lsa_desktop.domain.enums import Band
from lsa_desktop.domain.readiness import ReadinessReport, UnitReadiness
from lsa_desktop.services import Services
from lsa_desktop.settings import Settings
from lsa_desktop.tasks import TaskRunner
from lsa_desktop.views.forms.ui_dashboard_page import Ui_DashboardPage
from lsa_desktop.views.pages.loader import PageLoader
from lsa_desktop.views.pages.row_list_model import (
    NO_VALUE,
    Column,
    RowListModel,
    Style,
    compact_rows,
    number_text,
    percent_key,
    percent_text,
    sorting_proxy,
)

#: Cell colours per band: a light tint behind dark text of the same hue, readable when printed
#: in grey and by people who do not tell red from green (the band is also written out).
BAND_STYLES = {
    Band.GREEN: Style(background="#d4edda", foreground="#155724", bold=True),
    Band.AMBER: Style(background="#ffe8bf", foreground="#7a4500", bold=True),
    Band.RED: Style(background="#f8d3d3", foreground="#8b1a1a", bold=True),
}
_BELOW_MINIMUM = Style(foreground="#b91c1c", bold=True)
_BAND_ORDER = {None: 0, Band.RED: 1, Band.AMBER: 2, Band.GREEN: 3}


class DashboardPage(QWidget):
    countChanged = Signal(int, int)  # units shown, units in all

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self._services = services
        self._settings = settings
        self.report: ReadinessReport | None = None
        self.model: RowListModel[UnitReadiness] = RowListModel(self._columns(), self)
        self.proxy = sorting_proxy(self.model, self)
        table = self.ui.table
        table.setModel(self.proxy)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)  # fit to the first rows: constant cost at any size
        header.setStretchLastSection(True)
        self.ui.asOfLabel.setText(self.tr("Reading the database…"))
        self._loader = PageLoader(tasks, self._read, self)
        self._loader.loaded.connect(self._show)
        self.refresh()

    def counts(self) -> tuple[int, int] | None:
        """Units shown and units in all; None until the report has been read once."""
        if self.report is None:
            return None
        return len(self.report.units), len(self.report.units)

    @property
    def loading(self) -> bool:
        return self._loader.busy

    @Slot()
    def refresh(self) -> None:
        self._loader.load()

    def _read(self) -> ReadinessReport:  # on a worker thread
        return self._services.readiness.report(
            threshold_pct=self._settings.readiness_threshold_pct,
            amber_pct=self._settings.amber_threshold_pct,
        )

    def _show(self, report: ReadinessReport) -> None:
        self.report = report
        self.model.set_rows(report.units)
        has_units = bool(report.units)
        self.ui.table.setVisible(has_units)
        self.ui.emptyLabel.setVisible(not has_units)
        self.ui.asOfLabel.setText(self._summary(report))
        self.countChanged.emit(len(report.units), len(report.units))

    def _summary(self, report: ReadinessReport) -> str:
        locale = QLocale()
        day = locale.toString(QDate(report.as_of), "d MMMM yyyy")
        line = self.tr(
            "Readiness as of {day}: green at or above {green} %, amber at or above {amber} %, "
            "red below."
        ).format(
            day=day,
            green=locale.toString(report.threshold_pct, "g", 4),
            amber=locale.toString(report.amber_pct, "g", 4),
        )
        if not report.units:
            return line
        bands = [unit.band for unit in report.units]
        below = sum(unit.personnel.below_minimum for unit in report.units)
        units = (
            self.tr("1 unit")
            if len(report.units) == 1
            else self.tr("{count} units").format(count=number_text(len(report.units)))
        )
        counts = self.tr("{units}: {green} green, {amber} amber, {red} red").format(
            units=units,
            green=bands.count(Band.GREEN),
            amber=bands.count(Band.AMBER),
            red=bands.count(Band.RED),
        )
        if below:
            counts += self.tr("; {below} below minimum operational strength").format(below=below)
        return f"{line}\n{counts}."

    def _columns(self) -> list[Column[UnitReadiness]]:
        band_names = {
            Band.GREEN: self.tr("Green"),
            Band.AMBER: self.tr("Amber"),
            Band.RED: self.tr("Red"),
        }
        below, met = self.tr("Below"), self.tr("Met")
        return [
            Column(self.tr("Unit"), lambda u: u.code, lambda u: u.code),
            Column(self.tr("Name"), lambda u: u.name, lambda u: u.name),
            Column(self.tr("Contingent"), lambda u: u.contingent, lambda u: u.contingent),
            Column(
                self.tr("Officers"),
                lambda u: (
                    f"{number_text(u.personnel.present)} / {number_text(u.personnel.authorised)}"
                ),
                lambda u: u.personnel.present,
                numeric=True,
                header_tip=self.tr("Officers present (status Active) / authorised strength"),
            ),
            Column(
                self.tr("Strength"),
                lambda u: percent_text(u.personnel.strength_pct),
                lambda u: percent_key(u.personnel.strength_pct),
                numeric=True,
                header_tip=self.tr("Officers present as a share of the authorised strength"),
            ),
            Column(
                self.tr("Readiness"),
                lambda u: percent_text(u.readiness_pct),
                lambda u: percent_key(u.readiness_pct),
                numeric=True,
                tooltip=self._readiness_tooltip,
                header_tip=self.tr(
                    "The lowest of strength and the readiness of each critical equipment category"
                ),
            ),
            Column(
                self.tr("Mean readiness"),
                lambda u: percent_text(u.mean_readiness_pct),
                lambda u: percent_key(u.mean_readiness_pct),
                numeric=True,
                header_tip=self.tr(
                    "Serviceable items within what is authorised, over all that is authorised, "
                    "all categories together"
                ),
            ),
            Column(
                self.tr("Band"),
                lambda u: band_names.get(u.band, NO_VALUE),
                lambda u: _BAND_ORDER[u.band],
                style=lambda u: BAND_STYLES.get(u.band) if u.band else None,
                header_tip=self.tr("Readiness against the thresholds in the line above"),
            ),
            Column(
                self.tr("Minimum strength"),
                lambda u: below if u.personnel.below_minimum else met,
                lambda u: u.personnel.below_minimum,
                style=lambda u: _BELOW_MINIMUM if u.personnel.below_minimum else None,
                tooltip=lambda u: self.tr("Minimum operational strength: {minimum}").format(
                    minimum=u.personnel.minimum
                ),
                header_tip=self.tr("Officers present against the minimum operational strength"),
            ),
        ]

    def _readiness_tooltip(self, unit: UnitReadiness) -> str:
        """Which figure set the unit's readiness: the lowest of strength and critical categories."""
        lines = [self.tr("The lowest of strength and each critical category:")]
        lines.append(
            self.tr("Strength: {pct}").format(pct=percent_text(unit.personnel.strength_pct))
        )
        for category in unit.categories:
            if category.critical:
                lines.append(f"{category.name}: {percent_text(category.readiness_pct)}")
        return "\n".join(lines)
