"""Personnel: the nominal roll, searched as you type and filtered by unit and status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.views.forms.ui_personnel_page import Ui_PersonnelPage
from lsa_desktop.views.table_models.labels import enum_label
from lsa_desktop.views.table_models.personnel_model import PersonColumn, PersonnelTableModel
from lsa_desktop.views.widgets.register_view import RegisterPage, fill_combo

if TYPE_CHECKING:
    from lsa_desktop.services import Services


class PersonnelPage(RegisterPage):
    """Read-only for now: editing officers arrives with a later issue."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.ui = Ui_PersonnelPage()
        self.ui.setupUi(self)
        self.model = PersonnelTableModel(services.personnel.people, self)
        self.model.countsChanged.connect(self.countChanged)
        statuses = [(enum_label(status), status.value) for status in PersonStatus]
        fill_combo(self.ui.statusFilter, self.tr("All statuses"), statuses)
        self.ui.statusFilter.currentIndexChanged.connect(self._apply_filters)
        self._set_up_filters(self.ui.searchEdit, self.ui.unitFilter)
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.set_stretch_column(PersonColumn.ROLE)
        self._apply_filters()

    def counts(self) -> tuple[int, int] | None:
        return self.model.counts()

    @Slot()
    def _apply_filters(self) -> None:
        filters = {"unit_id": self._unit_id(), "status": self.ui.statusFilter.currentData()}
        self.model.set_filter(self._search.text(), filters)

    def _refresh_rows(self) -> None:
        self.ui.tableView.refresh()
