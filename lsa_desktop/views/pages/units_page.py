"""Units: the mission's units with their strength (authorised, minimum, present) and their last
inspection and next periodic one due (overdue ones stand out), searched by code or name and
filtered by contingent and type; a unit's form to add, edit or archive one.

Keyboard: Ctrl+N a new unit; Enter, F2 or a double-click opens the selected unit; Delete archives
it (after a question; refused with the reason while officers are still on its roll).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from lsa_desktop.domain.enums import UnitType
from lsa_desktop.services.units_register import UnitRow
from lsa_desktop.views.dialogs.field_helpers import ask_to_confirm, page_action
from lsa_desktop.views.forms.ui_units_page import Ui_UnitsPage
from lsa_desktop.views.table_models.labels import enum_label
from lsa_desktop.views.table_models.roles import ROW_ROLE
from lsa_desktop.views.table_models.units_model import UnitColumn, UnitsTableModel
from lsa_desktop.views.widgets.register_view import RegisterPage, fill_combo, uuid_or_none

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication


class UnitsPage(RegisterPage):
    def __init__(self, app: LsaApplication, parent: QWidget | None = None) -> None:
        super().__init__(app.services, parent)
        self.app = app
        self.ui = Ui_UnitsPage()
        self.ui.setupUi(self)
        self.model = UnitsTableModel(app.services.units.register, self)
        self.model.countsChanged.connect(self.countChanged)
        types = [(enum_label(kind), kind.value) for kind in UnitType]
        fill_combo(self.ui.typeFilter, self.tr("All types"), types)
        self.ui.typeFilter.currentIndexChanged.connect(self._apply_filters)
        # The base class keeps its "unit filter" combo filled; here it is the contingent filter.
        self._set_up_filters(self.ui.searchEdit, self.ui.contingentFilter)
        view = self.ui.tableView
        view.setModel(self.model)
        view.set_stretch_column(UnitColumn.NAME)
        #: The form opened last (tests and the person reach it here).
        self.dialog: QDialog | None = None
        self._set_up_actions()
        self._apply_filters()

    def counts(self) -> tuple[int, int] | None:
        return self.model.counts()

    def _refill_filters(self) -> bool:
        contingents = [(c.name, c.id.hex) for c in self._services.units.contingents()]
        return fill_combo(self.ui.contingentFilter, self.tr("All contingents"), contingents)

    @Slot()
    def _apply_filters(self) -> None:
        filters = {
            "contingent_id": uuid_or_none(self.ui.contingentFilter.currentData()),
            "unit_type": self.ui.typeFilter.currentData(),
        }
        self.model.set_filter(self._search.text(), filters)

    def _refresh_rows(self) -> None:
        self.ui.tableView.refresh()

    # --- actions ---------------------------------------------------------------------------------

    def _set_up_actions(self) -> None:
        view = self.ui.tableView
        self.new_action = page_action(
            self,
            "newUnitAction",
            self.tr("&New unit…"),
            self.new_unit,
            shortcuts=[QKeySequence.StandardKey.New],
            tip=self.tr("Add a unit"),
        )
        self.edit_action = page_action(
            view,
            "editUnitAction",
            self.tr("&Edit…"),
            self.edit_unit,
            shortcuts=["Return", "Enter", "F2"],
            tip=self.tr("Open the selected unit's form"),
            widget_only=True,
        )
        self.archive_action = page_action(
            view,
            "archiveUnitAction",
            self.tr("&Archive…"),
            self.archive_unit,
            shortcuts=[QKeySequence.StandardKey.Delete],
            tip=self.tr("Archive the selected unit, once nobody is left on its roll"),
            widget_only=True,
        )
        for action in (self.new_action, self.edit_action, self.archive_action):
            self.ui.toolBar.addAction(action)
        view.doubleClicked.connect(self.edit_unit)
        view.selectionModel().selectionChanged.connect(self._follow_selection)
        self.model.modelReset.connect(self._follow_selection)
        self._follow_selection()

    @Slot()
    def _follow_selection(self) -> None:
        chosen = self.selected_unit() is not None
        self.edit_action.setEnabled(chosen)
        self.archive_action.setEnabled(chosen)

    def selected_unit(self) -> UnitRow | None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if len(rows) == 1 else None
        return row if isinstance(row, UnitRow) else None

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    @Slot()
    def new_unit(self) -> None:
        from lsa_desktop.views.dialogs.unit_dialog import UnitDialog

        self._open(UnitDialog(self.app, parent=self))

    @Slot()
    def edit_unit(self) -> None:
        from lsa_desktop.views.dialogs.unit_dialog import UnitDialog

        unit = self.selected_unit()
        if unit is not None:
            self._open(UnitDialog(self.app, unit.id, parent=self))

    @Slot()
    def archive_unit(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        units = self.app.services.units

        def archive() -> None:
            self.app.tasks.run(
                lambda: units.archive_unit(unit.id),
                write=True,
                label=self.tr("Archiving…"),
                parent=self,
            )

        ask_to_confirm(
            self,
            name="archiveUnit",
            title=self.tr("Archive a unit"),
            text=self.tr("Archive unit {code} ({name})?").format(code=unit.code, name=unit.name),
            detail=self.tr(
                "An archived unit leaves the lists and the readiness figures; its record and "
                "history are kept."
            ),
            confirm_text=self.tr("&Archive"),
            on_confirm=archive,
        )
