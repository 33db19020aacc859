"""Vehicles: the fleet, searched as you type, filtered by unit and status; what is overdue for
service stands out and can be listed on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.enums import AssetStatus
from lsa_desktop.views.forms.ui_vehicles_page import Ui_VehiclesPage
from lsa_desktop.views.table_models.labels import enum_label
from lsa_desktop.views.table_models.vehicles_model import VehicleColumn, VehiclesTableModel
from lsa_desktop.views.widgets.register_view import RegisterPage, fill_combo

if TYPE_CHECKING:
    from lsa_desktop.services import Services


class VehiclesPage(RegisterPage):
    """Read-only for now: recording breakdowns and services arrives with a later issue."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.ui = Ui_VehiclesPage()
        self.ui.setupUi(self)
        self.model = VehiclesTableModel(services.fleet.vehicles, self)
        self.model.countsChanged.connect(self.countChanged)
        statuses = [(enum_label(status), status.value) for status in AssetStatus]
        fill_combo(self.ui.statusFilter, self.tr("All statuses"), statuses)
        self.ui.statusFilter.currentIndexChanged.connect(self._apply_filters)
        self.ui.overdueCheck.toggled.connect(self._apply_filters)
        self._set_up_filters(self.ui.searchEdit, self.ui.unitFilter)
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.set_stretch_column(VehicleColumn.TYPE)
        self._apply_filters()

    def counts(self) -> tuple[int, int] | None:
        return self.model.counts()

    @Slot()
    def _apply_filters(self) -> None:
        filters = {
            "unit_id": self._unit_id(),
            "status": self.ui.statusFilter.currentData(),
            "overdue": True if self.ui.overdueCheck.isChecked() else None,
        }
        self.model.set_filter(self._search.text(), filters)

    def _refresh_rows(self) -> None:
        self.ui.tableView.refresh()
