"""Maintenance: the work still open on vehicles and items, and what is overdue for service (its
service date has passed, or its odometer has reached the service mileage).

Every row is a keystroke from its record: Enter, F2 or a double-click opens the vehicle's or
item's form. On the open work, Ctrl+Shift+M closes the work selected; on what is overdue, Ctrl+M
opens a scheduled service on it (closing that service plans the next one).

One search box and unit filter serve both tabs; only the tab on screen is queried, and the
other catches up when it is opened.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.enums import MaintenanceKind
from lsa_desktop.services.maintenance_lists import OpenWorkRow, OverdueRow
from lsa_desktop.views.forms.ui_maintenance_page import Ui_MaintenancePage
from lsa_desktop.views.pages.fleet_actions import (
    FleetOperations,
    action_bar,
    make_action,
    running_app,
    selected_rows,
)
from lsa_desktop.views.table_models.maintenance_model import (
    OpenWorkColumn,
    OpenWorkTableModel,
    OverdueColumn,
    OverdueTableModel,
)
from lsa_desktop.views.table_models.register_model import RegisterTableModel
from lsa_desktop.views.widgets.row_filters import set_checked
from lsa_desktop.views.widgets.tabbed_registers import Filters, TabbedRegisterPage

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services import Services

_OPEN, _OVERDUE = 0, 1
#: The tabs as :meth:`MaintenancePage.show_rows` names them.
_TABS = {"open": _OPEN, "overdue": _OVERDUE}


class MaintenancePage(TabbedRegisterPage):
    """``app`` is the running application unless given (it saves the forms)."""

    #: :meth:`show_rows` filters: ``tab`` ("open", the default, or "overdue") and ``vehicles``
    #: (True: vehicles only, on the overdue tab).
    ROW_FILTERS: ClassVar[frozenset[str]] = frozenset({"tab", "vehicles"})

    def __init__(
        self, services: Services, parent: QWidget | None = None, app: LsaApplication | None = None
    ) -> None:
        super().__init__(services, parent)
        self.ui = Ui_MaintenancePage()
        self.ui.setupUi(self)
        maintenance = services.maintenance
        self.open_model = OpenWorkTableModel(maintenance.open_work, self)
        self.overdue_model = OverdueTableModel(maintenance.overdue, self)
        self._set_up_tabs(
            self.ui.registerTabs,
            [(self.ui.openView, self.open_model), (self.ui.overdueView, self.overdue_model)],
        )
        self.ui.openView.set_stretch_column(OpenWorkColumn.NOTES)
        self.ui.overdueView.set_stretch_column(OverdueColumn.TYPE)
        self.ui.vehiclesOnlyCheck.toggled.connect(self._apply_filters)
        self._set_up_filters(self.ui.searchEdit, self.ui.unitFilter)
        self.operations = FleetOperations(app or running_app(), self)
        self._set_up_actions()
        self._apply_filters()

    def selected(self) -> list[Any]:
        """The rows selected on the tab on screen."""
        return selected_rows(self.current_view())

    # --- actions ---------------------------------------------------------------------------------

    def _set_up_actions(self) -> None:
        self.edit_action = make_action(
            self, "editAction", self.tr("Open the record…"), self.edit_record, "F2"
        )
        self.open_work_action = make_action(
            self, "openWorkAction", self.tr("Record a service…"), self.open_service, "Ctrl+M"
        )
        self.close_work_action = make_action(
            self,
            "closeWorkAction",
            self.tr("Close maintenance…"),
            self.close_maintenance,
            "Ctrl+Shift+M",
        )
        actions = [self.edit_action, self.open_work_action, self.close_work_action]
        self.ui.pageLayout.insertWidget(2, action_bar(self, actions))
        for number, (view, model) in enumerate(self._registers):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions([self.edit_action, actions[2 if number == _OPEN else 1]])
            view.activated.connect(self._activated)
            view.selectionModel().selectionChanged.connect(self._enable_actions)
            model.modelReset.connect(self._enable_actions)
        self._enable_actions()

    @Slot()
    def _enable_actions(self) -> None:
        tab = self.ui.registerTabs.currentIndex()
        one = len(self.current_view().selectionModel().selectedRows()) == 1
        self.edit_action.setEnabled(one)
        self.close_work_action.setEnabled(one and tab == _OPEN)
        self.open_work_action.setEnabled(one and tab == _OVERDUE)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        self.edit_record()

    @Slot()
    def edit_record(self) -> None:
        """The form of the vehicle or item the selected row is about."""
        if rows := self.selected():
            self.operations.edit_asset(_asset_id(rows[0]))

    @Slot()
    def open_service(self) -> None:
        if self.ui.registerTabs.currentIndex() == _OVERDUE and (rows := self.selected()):
            self.operations.open_maintenance(rows[0].id, MaintenanceKind.SCHEDULED_SERVICE)

    @Slot()
    def close_maintenance(self) -> None:
        if self.ui.registerTabs.currentIndex() == _OPEN and (rows := self.selected()):
            self.operations.close_event(rows[0].id)

    # --- filters and tabs ------------------------------------------------------------------------

    def _filters_for(self, model: RegisterTableModel) -> Filters:
        filters: dict[str, object] = {
            "unit_id": self._unit_id(),
            "contingent_id": self._contingent_id(),
        }
        if model is self.overdue_model:
            filters["vehicles"] = True if self.ui.vehiclesOnlyCheck.isChecked() else None
        return self._search.text(), filters

    def _tab_shown(self, index: int) -> None:
        self._enable_actions()
        self.ui.vehiclesOnlyCheck.setEnabled(index == _OVERDUE)

    def _show_filters(self, filters: Mapping[str, Any]) -> None:
        tab = filters.get("tab", "open")
        if tab not in _TABS:
            raise ValueError(f"the maintenance page has no tab {tab!r}")
        self._show_tab(_TABS[tab])
        set_checked(self.ui.vehiclesOnlyCheck, filters.get("vehicles"))


def _asset_id(row: OpenWorkRow | OverdueRow) -> uuid.UUID:
    """The vehicle or item a row is about: an open work row names it, an overdue row is it."""
    return row.asset_id if isinstance(row, OpenWorkRow) else row.id
