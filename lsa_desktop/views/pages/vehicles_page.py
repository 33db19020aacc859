"""Vehicles: the fleet, searched as you type, filtered by unit (or contingent) and status; what is
overdue for service stands out and can be listed on its own.

Recording, all from the keyboard: Ctrl+N adds a vehicle (to the unit filtered on), Enter, F2 or
a double-click opens the one selected, Del archives the selected ones (after asking), Ctrl+Shift+S
changes the status of all those selected at once, Ctrl+M opens maintenance on the one selected
and Ctrl+Shift+M closes it. The same actions are on the buttons above the table and on its
context menu.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.enums import AssetStatus
from lsa_desktop.services.fleet import VehicleRow
from lsa_desktop.views.forms.ui_vehicles_page import Ui_VehiclesPage
from lsa_desktop.views.pages.fleet_actions import (
    FleetOperations,
    action_bar,
    asset_actions,
    asset_name,
    make_action,
    running_app,
    selected_rows,
)
from lsa_desktop.views.table_models.labels import enum_label
from lsa_desktop.views.table_models.vehicles_model import VehicleColumn, VehiclesTableModel
from lsa_desktop.views.widgets.register_view import RegisterPage, fill_combo
from lsa_desktop.views.widgets.row_filters import choose, set_checked

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services import Services


class VehiclesPage(RegisterPage):
    """``app`` is the running application unless given (it saves the forms)."""

    #: :meth:`show_rows` filters: ``status`` (an :class:`AssetStatus` value), ``overdue`` (True).
    ROW_FILTERS: ClassVar[frozenset[str]] = frozenset({"status", "overdue"})

    def __init__(
        self, services: Services, parent: QWidget | None = None, app: LsaApplication | None = None
    ) -> None:
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
        self.operations = FleetOperations(app or running_app(), self)
        self._set_up_actions()
        self._apply_filters()

    def counts(self) -> tuple[int, int] | None:
        return self.model.counts()

    def selected(self) -> list[VehicleRow]:
        return selected_rows(self.ui.tableView)

    # --- actions ---------------------------------------------------------------------------------

    def _set_up_actions(self) -> None:
        self.new_action = make_action(
            self,
            "newAction",
            self.tr("New vehicle…"),
            self.new_vehicle,
            QKeySequence.StandardKey.New,
        )
        self.edit_action = make_action(
            self, "editAction", self.tr("Edit…"), self.edit_vehicle, "F2"
        )
        self.archive_action = make_action(
            self,
            "archiveAction",
            self.tr("Archive…"),
            self.archive_vehicles,
            QKeySequence.StandardKey.Delete,
        )
        self.status_action, self.open_work_action, self.close_work_action = asset_actions(
            self, self.change_status, self.open_maintenance, self.close_maintenance
        )
        actions = [
            self.new_action,
            self.edit_action,
            self.archive_action,
            self.status_action,
            self.open_work_action,
            self.close_work_action,
        ]
        self.ui.pageLayout.insertWidget(2, action_bar(self, actions))
        view = self.ui.tableView
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions(actions[1:])
        view.activated.connect(self._activated)
        view.selectionModel().selectionChanged.connect(self._enable_actions)
        self.model.modelReset.connect(self._enable_actions)
        self._enable_actions()

    @Slot()
    def _enable_actions(self) -> None:
        count = len(self.ui.tableView.selectionModel().selectedRows())
        for action in (self.edit_action, self.open_work_action, self.close_work_action):
            action.setEnabled(count == 1)
        self.archive_action.setEnabled(count > 0)
        self.status_action.setEnabled(count > 0)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.operations.edit_asset(row.id)

    @Slot()
    def new_vehicle(self) -> None:
        self.operations.new_asset(vehicles=True, unit_id=self._unit_id())

    @Slot()
    def edit_vehicle(self) -> None:
        if rows := self.selected():
            self.operations.edit_asset(rows[0].id)

    @Slot()
    def archive_vehicles(self) -> None:
        if rows := self.selected():
            self.operations.archive_assets(_ids(rows), [asset_name(row) for row in rows])

    @Slot()
    def change_status(self) -> None:
        if rows := self.selected():
            self.operations.change_status(_ids(rows), [asset_name(row) for row in rows])

    @Slot()
    def open_maintenance(self) -> None:
        if rows := self.selected():
            self.operations.open_maintenance(rows[0].id)

    @Slot()
    def close_maintenance(self) -> None:
        if rows := self.selected():
            self.operations.close_maintenance(rows[0].id, asset_name(rows[0]))

    # --- filters ---------------------------------------------------------------------------------

    @Slot()
    def _apply_filters(self) -> None:
        filters = {
            "unit_id": self._unit_id(),
            "contingent_id": self._contingent_id(),
            "status": self.ui.statusFilter.currentData(),
            "overdue": True if self.ui.overdueCheck.isChecked() else None,
        }
        self.model.set_filter(self._search.text(), filters)

    def _show_filters(self, filters: Mapping[str, Any]) -> None:
        status = filters.get("status")
        choose(self.ui.statusFilter, None if status is None else AssetStatus(status).value)
        set_checked(self.ui.overdueCheck, filters.get("overdue"))

    def _refresh_rows(self) -> None:
        self.ui.tableView.refresh()


def _ids(rows: list[VehicleRow]) -> list[uuid.UUID]:
    return [row.id for row in rows]
