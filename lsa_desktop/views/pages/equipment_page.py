"""Equipment & gaps: per unit and type, what is authorised, held, serviceable, pledged and missing;
beside it the registers those figures come from (serialised items, bulk stock, authorisations).

One search box and one set of filters serve the four tabs; only the tab on screen is queried,
and a tab catches up with the filters (or with changed data) when it is opened.

The registers are kept from here, from the keyboard: on the tab on screen, Ctrl+N adds (an item,
a stock count, an authorisation), Enter, F2 or a double-click opens the row selected (a stock
line opens as a new count), Del archives the items or stock lines, or removes the authorisation
selected (after asking). On the items tab, Ctrl+Shift+S changes the status of the items selected, Ctrl+M opens
maintenance on one and Ctrl+Shift+M closes it. Holdings and gaps are figures derived from the
other three: they are changed there.

On the holdings tab, gaps become requisitions: Ctrl+R (Request…, also on the rows' context menu)
drafts a requisition for the gaps selected, Ctrl+Shift+R for every critical gap of the unit
filtered on (or of the row selected). Each gap shows what open requisitions and pledges already
cover of it, and what is still uncovered.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from lsa_desktop.views.dialogs.gap_request_dialog import GapRequests
from lsa_desktop.views.dialogs.messages import show_information
from lsa_desktop.views.forms.ui_equipment_page import Ui_EquipmentPage
from lsa_desktop.views.pages.fleet_actions import (
    FleetOperations,
    action_bar,
    asset_actions,
    asset_name,
    make_action,
    running_app,
    selected_rows,
)
from lsa_desktop.views.table_models.equipment_models import (
    AuthorisationColumn,
    AuthorisationsTableModel,
    HoldingColumn,
    HoldingsTableModel,
    ItemColumn,
    ItemsTableModel,
    StockColumn,
    StockTableModel,
)
from lsa_desktop.views.table_models.register_model import RegisterTableModel
from lsa_desktop.views.widgets.register_view import fill_combo, uuid_or_none
from lsa_desktop.views.widgets.row_filters import choose, set_checked
from lsa_desktop.views.widgets.tabbed_registers import Filters, TabbedRegisterPage

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services import Services

_HOLDINGS, _ITEMS, _STOCK, _AUTHORISATIONS = range(4)


class EquipmentPage(TabbedRegisterPage):
    """``app`` is the running application unless given (it saves the forms)."""

    #: :meth:`show_rows` filters, shown on the holdings tab: ``category_id``, and ``only_gaps``,
    #: ``uncovered``, ``critical`` (True).
    ROW_FILTERS: ClassVar[frozenset[str]] = frozenset(
        {"category_id", "only_gaps", "uncovered", "critical"}
    )

    def __init__(
        self, services: Services, parent: QWidget | None = None, app: LsaApplication | None = None
    ) -> None:
        super().__init__(services, parent)
        self.ui = Ui_EquipmentPage()
        self.ui.setupUi(self)
        self.holdings_model = HoldingsTableModel(services.equipment.holdings, self)
        self.items_model = ItemsTableModel(services.fleet.items, self)
        self.stock_model = StockTableModel(services.equipment.stock, self)
        self.authorisations_model = AuthorisationsTableModel(
            services.equipment.authorisations, self
        )
        self._set_up_tabs(
            self.ui.registerTabs,
            [
                (self.ui.tableView, self.holdings_model),
                (self.ui.itemsView, self.items_model),
                (self.ui.stockView, self.stock_model),
                (self.ui.authorisationsView, self.authorisations_model),
            ],
        )
        self.ui.tableView.set_stretch_column(HoldingColumn.EQUIPMENT)
        self.ui.itemsView.set_stretch_column(ItemColumn.TYPE)
        self.ui.stockView.set_stretch_column(StockColumn.EQUIPMENT)
        self.ui.authorisationsView.set_stretch_column(AuthorisationColumn.REFERENCE)
        self.ui.categoryFilter.currentIndexChanged.connect(self._apply_filters)
        self.ui.criticalCheck.toggled.connect(self._apply_filters)
        self.ui.onlyGapsCheck.toggled.connect(self._apply_filters)
        self.ui.uncoveredCheck.toggled.connect(self._apply_filters)
        self._set_up_filters(self.ui.searchEdit, self.ui.unitFilter)
        self.operations = FleetOperations(app or running_app(), self)
        self.gap_requests = GapRequests(self.operations.app, self)
        self._set_up_actions()
        self._apply_filters()

    def _refill_filters(self) -> bool:
        units_gone = super()._refill_filters()
        everything = QCoreApplication.translate("EquipmentPage", "All categories")
        categories = [(c.name, c.id.hex) for c in self._services.equipment.categories()]
        category_gone = fill_combo(self.ui.categoryFilter, everything, categories)
        return units_gone or category_gone

    def _filters_for(self, model: RegisterTableModel) -> Filters:
        filters: dict[str, object] = {
            "unit_id": self._unit_id(),
            "contingent_id": self._contingent_id(),
            "category_id": uuid_or_none(self.ui.categoryFilter.currentData()),
            "critical": True if self.ui.criticalCheck.isChecked() else None,
        }
        if model is self.holdings_model:
            filters["only_gaps"] = True if self.ui.onlyGapsCheck.isChecked() else None
            filters["uncovered"] = True if self.ui.uncoveredCheck.isChecked() else None
        return self._search.text(), filters

    def _show_filters(self, filters: Mapping[str, Any]) -> None:
        """The figures behind the Dashboard (gaps, readiness) are holdings: that tab shows."""
        self._show_tab(_HOLDINGS)
        category = filters.get("category_id")
        choose(self.ui.categoryFilter, None if category is None else category.hex)
        set_checked(self.ui.criticalCheck, filters.get("critical"))
        set_checked(self.ui.onlyGapsCheck, filters.get("only_gaps"))
        set_checked(self.ui.uncoveredCheck, filters.get("uncovered"))

    def _tab_shown(self, index: int) -> None:
        self._enable_actions()
        self.ui.onlyGapsCheck.setEnabled(index == _HOLDINGS)
        self.ui.uncoveredCheck.setEnabled(index == _HOLDINGS)

    # --- actions ---------------------------------------------------------------------------------

    def selected(self) -> list[Any]:
        """The rows selected on the tab on screen."""
        return selected_rows(self.current_view())

    def _set_up_actions(self) -> None:
        self.new_action = make_action(
            self, "newAction", self.tr("New…"), self.new_record, QKeySequence.StandardKey.New
        )
        self.edit_action = make_action(self, "editAction", self.tr("Edit…"), self.edit_record, "F2")
        self.remove_action = make_action(
            self,
            "removeAction",
            self.tr("Archive…"),
            self.remove_records,
            QKeySequence.StandardKey.Delete,
        )
        self.status_action, self.open_work_action, self.close_work_action = asset_actions(
            self, self.change_status, self.open_maintenance, self.close_maintenance
        )
        self.request_action = make_action(
            self, "requestAction", self.tr("Request…"), self.request_gaps, "Ctrl+R"
        )
        self.request_critical_action = make_action(
            self,
            "requestCriticalAction",
            self.tr("Request critical gaps of unit…"),
            self.request_critical_gaps,
            "Ctrl+Shift+R",
        )
        key = self.request_critical_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.request_critical_action.setToolTip(
            self.tr(
                "Request every gap in a critical category of the unit filtered on, or else of "
                "the row selected ({key})"
            ).format(key=key)
        )
        self.ui.unitFilter.currentIndexChanged.connect(self._enable_actions)
        actions = [
            self.new_action,
            self.edit_action,
            self.remove_action,
            self.status_action,
            self.open_work_action,
            self.close_work_action,
        ]
        self._record_actions = actions
        requests = [self.request_action, self.request_critical_action]
        self.ui.pageLayout.insertWidget(2, action_bar(self, [*actions, *requests]))
        for number, (view, model) in enumerate(self._registers):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.selectionModel().selectionChanged.connect(self._enable_actions)
            model.modelReset.connect(self._enable_actions)
            if number == _HOLDINGS:
                view.addActions(requests)
                continue
            view.addActions(actions[1:] if number == _ITEMS else actions[1:3])
            view.activated.connect(self._activated)
        self._enable_actions()

    @Slot()
    def _enable_actions(self) -> None:
        """Name and enable the actions for the tab on screen and what is selected on it."""
        tab = self.ui.registerTabs.currentIndex()
        count = len(self.current_view().selectionModel().selectedRows())
        texts = {
            _ITEMS: (self.tr("New item…"), self.tr("Edit…"), self.tr("Archive…")),
            _STOCK: (self.tr("New stock count…"), self.tr("Count again…"), self.tr("Archive…")),
            _AUTHORISATIONS: (self.tr("New authorisation…"), self.tr("Edit…"), self.tr("Remove…")),
        }
        new, edit, remove = texts.get(tab, texts[_ITEMS])
        self.new_action.setText(new)
        self.edit_action.setText(edit)
        self.remove_action.setText(remove)
        self.new_action.setEnabled(tab != _HOLDINGS)
        self.edit_action.setEnabled(tab != _HOLDINGS and count == 1)
        self.remove_action.setEnabled(
            (tab in (_ITEMS, _STOCK) and count > 0) or (tab == _AUTHORISATIONS and count == 1)
        )
        self.status_action.setEnabled(tab == _ITEMS and count > 0)
        self.open_work_action.setEnabled(tab == _ITEMS and count == 1)
        self.close_work_action.setEnabled(tab == _ITEMS and count == 1)
        # The holdings are derived figures, changed on the other tabs, and gaps are requested from
        # the holdings only: each tab shows only the buttons that act on it.
        for action in self._record_actions:
            action.setVisible(tab != _HOLDINGS)
        for action in (self.request_action, self.request_critical_action):
            action.setVisible(tab == _HOLDINGS)
        self.request_action.setEnabled(tab == _HOLDINGS and count > 0)
        self.request_critical_action.setEnabled(
            tab == _HOLDINGS and (self._unit_id() is not None or count > 0)
        )

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        self.edit_record()

    @Slot()
    def new_record(self) -> None:
        tab, unit_id = self.ui.registerTabs.currentIndex(), self._unit_id()
        if tab == _ITEMS:
            self.operations.new_asset(vehicles=False, unit_id=unit_id)
        elif tab == _STOCK:
            self.operations.new_stock_count(unit_id)
        elif tab == _AUTHORISATIONS:
            self.operations.new_authorisation(unit_id)

    @Slot()
    def edit_record(self) -> None:
        tab, rows = self.ui.registerTabs.currentIndex(), self.selected()
        if not rows or tab == _HOLDINGS:
            return
        row = rows[0]
        if tab == _ITEMS:
            self.operations.edit_asset(row.id)
        elif tab == _STOCK:
            self.operations.count_stock_line(row.id)
        else:
            self.operations.edit_authorisation(row.id)

    @Slot()
    def remove_records(self) -> None:
        tab, rows = self.ui.registerTabs.currentIndex(), self.selected()
        if not rows:
            return
        if tab == _ITEMS:
            self.operations.archive_assets(
                [row.id for row in rows],
                [asset_name(row) for row in rows],
            )
        elif tab == _STOCK:
            self.archive_stock_lines(rows)
        elif tab == _AUTHORISATIONS:
            row = rows[0]
            what = self.tr("of {unit} for {equipment}").format(
                unit=row.unit_code,
                equipment=row.type_name,
            )
            self.operations.remove_authorisation(row.id, what)

    def archive_stock_lines(self, rows: list[Any]) -> None:
        """Ask, then archive the stock lines ``rows`` (a unit no longer holds those items)."""
        self.operations.archive_stock_lines(
            [row.id for row in rows], [f"{row.unit_code} {row.type_name}" for row in rows]
        )

    @Slot()
    def change_status(self) -> None:
        if self.ui.registerTabs.currentIndex() == _ITEMS and (rows := self.selected()):
            self.operations.change_status(
                [row.id for row in rows],
                [asset_name(row) for row in rows],
            )

    @Slot()
    def open_maintenance(self) -> None:
        if self.ui.registerTabs.currentIndex() == _ITEMS and (rows := self.selected()):
            self.operations.open_maintenance(rows[0].id)

    @Slot()
    def close_maintenance(self) -> None:
        if self.ui.registerTabs.currentIndex() == _ITEMS and (rows := self.selected()):
            row = rows[0]
            self.operations.close_maintenance(row.id, asset_name(row))

    # --- from gaps to requisitions ---------------------------------------------------------------

    @Slot()
    def request_gaps(self) -> None:
        """Draft requisitions for the gaps selected (rows without a gap are left out)."""
        if self.ui.registerTabs.currentIndex() != _HOLDINGS:
            return
        rows = [row for row in self.selected() if row.gap > 0]
        if not rows:
            show_information(
                self.tr("Request"),
                self.tr("None of the rows selected has a gap: there is nothing to request."),
                self,
            )
            return
        self.gap_requests.request([(row.unit_id, row.equipment_type_id) for row in rows])

    @Slot()
    def request_critical_gaps(self) -> None:
        """Draft a requisition for every critical gap of the unit filtered on, or else of the
        row selected."""
        if self.ui.registerTabs.currentIndex() != _HOLDINGS:
            return
        unit_id = self._unit_id()
        if unit_id is not None:
            self.gap_requests.request_critical(unit_id, self.ui.unitFilter.currentText())
        elif (row := self._row_meant()) is not None:
            self.gap_requests.request_critical(row.unit_id, row.unit_code)

    def _row_meant(self) -> Any | None:
        """The holdings row the person last clicked, else the first one selected."""
        current = self.ui.tableView.currentIndex()
        row = self.holdings_model.row_at(current.row()) if current.isValid() else None
        if row is None and (rows := self.selected()):
            row = rows[0]
        return row
