"""Equipment & gaps: per unit and type, what is authorised, held, serviceable, pledged and missing;
beside it the registers those figures come from (serialised items, bulk stock, authorisations).

One search box and one set of filters serve the four tabs; only the tab on screen is queried,
and a tab catches up with the filters (or with changed data) when it is opened.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QWidget

from lsa_desktop.views.forms.ui_equipment_page import Ui_EquipmentPage
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
from lsa_desktop.views.widgets.register_view import (
    RegisterPage,
    RegisterTableView,
    fill_combo,
    uuid_or_none,
)

if TYPE_CHECKING:
    from lsa_desktop.services import Services

_Filters = tuple[str, dict[str, object]]


class EquipmentPage(RegisterPage):
    """Read-only for now: recording holdings and authorisations arrives with a later issue."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.ui = Ui_EquipmentPage()
        self.ui.setupUi(self)
        self.holdings_model = HoldingsTableModel(services.equipment.holdings, self)
        self.items_model = ItemsTableModel(services.fleet.items, self)
        self.stock_model = StockTableModel(services.equipment.stock, self)
        self.authorisations_model = AuthorisationsTableModel(
            services.equipment.authorisations, self
        )
        #: In the order of the tabs.
        self._registers: list[tuple[RegisterTableView, RegisterTableModel]] = [
            (self.ui.tableView, self.holdings_model),
            (self.ui.itemsView, self.items_model),
            (self.ui.stockView, self.stock_model),
            (self.ui.authorisationsView, self.authorisations_model),
        ]
        self._applied: dict[RegisterTableModel, _Filters] = {}
        self._stale_models: set[RegisterTableModel] = set()
        for view, model in self._registers:
            view.setModel(model)
            model.countsChanged.connect(partial(self._model_counts, model))
        self.ui.tableView.set_stretch_column(HoldingColumn.EQUIPMENT)
        self.ui.itemsView.set_stretch_column(ItemColumn.TYPE)
        self.ui.stockView.set_stretch_column(StockColumn.EQUIPMENT)
        self.ui.authorisationsView.set_stretch_column(AuthorisationColumn.REFERENCE)
        self.ui.categoryFilter.currentIndexChanged.connect(self._apply_filters)
        self.ui.onlyGapsCheck.toggled.connect(self._apply_filters)
        self.ui.registerTabs.currentChanged.connect(self._tab_changed)
        self._set_up_filters(self.ui.searchEdit, self.ui.unitFilter)
        self._apply_filters()

    def current_model(self) -> RegisterTableModel:
        return self._registers[self.ui.registerTabs.currentIndex()][1]

    def counts(self) -> tuple[int, int] | None:
        return self.current_model().counts()

    def _refill_filters(self) -> bool:
        units_gone = super()._refill_filters()
        everything = QCoreApplication.translate("EquipmentPage", "All categories")
        categories = [(c.name, c.id.hex) for c in self._services.equipment.categories()]
        category_gone = fill_combo(self.ui.categoryFilter, everything, categories)
        return units_gone or category_gone

    def _filters_for(self, model: RegisterTableModel) -> _Filters:
        filters: dict[str, object] = {
            "unit_id": self._unit_id(),
            "category_id": uuid_or_none(self.ui.categoryFilter.currentData()),
        }
        if model is self.holdings_model:
            filters["only_gaps"] = True if self.ui.onlyGapsCheck.isChecked() else None
        return self._search.text(), filters

    @Slot()
    def _apply_filters(self) -> None:
        model = self.current_model()
        wanted = self._filters_for(model)
        self._applied[model] = wanted
        self._stale_models.discard(model)
        model.set_filter(*wanted)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        view, model = self._registers[index]
        self.ui.onlyGapsCheck.setEnabled(model is self.holdings_model)
        if self._applied.get(model) != self._filters_for(model):
            self._apply_filters()
        elif model in self._stale_models:
            self._stale_models.discard(model)
            view.refresh()
        elif (counts := model.counts()) is not None:
            self.countChanged.emit(*counts)

    def _refresh_rows(self) -> None:
        current = self.current_model()
        for view, model in self._registers:
            if model is current:
                view.refresh()
            else:
                self._stale_models.add(model)

    def _model_counts(self, model: RegisterTableModel, shown: int, total: int) -> None:
        if model is self.current_model():
            self.countChanged.emit(shown, total)
