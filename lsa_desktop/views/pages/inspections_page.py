"""Inspections: when each unit was last inspected and when its next periodic inspection is due,
and every inspection recorded, to open or to start.

Keyboard: Ctrl+N starts a new inspection (of the unit selected in the schedule, if any); Enter or
a double-click on an inspection opens it (a draft to go on counting, a signed one to read); Enter
on a unit of the schedule starts a new inspection of that unit.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from lsa_desktop.domain.enums import InspectionStatus
from lsa_desktop.services.inspections import InspectionDetail, InspectionRow, ScheduleRow
from lsa_desktop.views.dialogs.inspection_dialog import InspectionDialog, UnitChoice
from lsa_desktop.views.forms.ui_inspections_page import Ui_InspectionsPage
from lsa_desktop.views.pages.loader import PageLoader
from lsa_desktop.views.pages.row_list_model import (
    NO_VALUE,
    Column,
    RowListModel,
    Style,
    compact_rows,
    date_key,
    date_text,
    number_text,
    sorting_proxy,
)
from lsa_desktop.views.table_models.inspections_model import kind_label, status_label
from lsa_desktop.views.table_models.roles import ROW_ROLE

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

_OVERDUE = Style(foreground="#b91c1c", bold=True)
_DRAFT = Style(foreground="#8a5a00")
_DISCREPANCY = Style(foreground="#8a5a00", bold=True)


class InspectionsPage(QWidget):
    countChanged = Signal(int, int)  # inspections shown (after the filter), inspections in all

    def __init__(self, app: LsaApplication, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.ui = Ui_InspectionsPage()
        self.ui.setupUi(self)
        self.dialog: InspectionDialog | None = None
        self._loaded_once = False
        self.schedule_model: RowListModel[ScheduleRow] = RowListModel(
            self._schedule_columns(), self
        )
        self.schedule_proxy = sorting_proxy(self.schedule_model, self)
        self.model: RowListModel[InspectionRow] = RowListModel(self._inspection_columns(), self)
        self.proxy = sorting_proxy(self.model, self)
        self._set_up_table(self.ui.scheduleTable, self.schedule_proxy, stretch=1)
        self._set_up_table(self.ui.inspectionsTable, self.proxy, stretch=3)
        self.ui.scheduleTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.inspectionsTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self._set_up_actions()
        self.ui.filterEdit.textChanged.connect(self._filter)
        self.ui.summaryLabel.setText(self.tr("Reading the database…"))
        inspections = app.services.inspections
        self._loader = PageLoader(
            app.tasks, lambda: (inspections.schedule(), inspections.inspections()), self
        )
        self._loader.loaded.connect(self._show)
        self.refresh()

    # --- the page contract (see main_window.PageSpec) -------------------------------------------

    def counts(self) -> tuple[int, int] | None:
        """Inspections shown and inspections in all; None until the list has been read once."""
        if not self._loaded_once:
            return None
        return self.proxy.rowCount(), self.model.rowCount()

    @property
    def loading(self) -> bool:
        return self._loader.busy

    @Slot()
    def refresh(self) -> None:
        self._loader.load()

    # --- set-up ----------------------------------------------------------------------------------

    @staticmethod
    def _set_up_table(table: QTableView, model: Any, stretch: int) -> None:
        table.setModel(model)
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _set_up_actions(self) -> None:
        self.new_action = QAction(self.tr("New inspection…"), self)
        self.new_action.setObjectName("newInspectionAction")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.new_inspection())
        self.addAction(self.new_action)
        self.ui.newButton.setToolTip(
            self.tr("Start an inspection of a unit ({key})").format(
                key=self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.ui.newButton.clicked.connect(self.new_action.trigger)
        self.ui.openButton.setToolTip(self.tr("Open the inspection selected (Enter)"))
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.inspectionsTable.activated.connect(self._open_index)
        self.ui.scheduleTable.activated.connect(self._new_for_index)

    # --- showing -----------------------------------------------------------------------------------

    def _show(self, answer: tuple[list[ScheduleRow], list[InspectionRow]]) -> None:
        schedule, inspections = answer
        self._loaded_once = True
        self.schedule_model.set_rows(schedule)
        self.model.set_rows(inspections)
        self.ui.summaryLabel.setText(self.summary(schedule, inspections))
        self._emit_count()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._emit_count()

    def _emit_count(self) -> None:
        counts = self.counts()
        if counts is not None:
            self.countChanged.emit(*counts)

    def summary(self, schedule: list[ScheduleRow], inspections: list[InspectionRow]) -> str:
        if not schedule:
            return self.tr("No units are recorded yet: add units before inspecting them.")
        overdue = sum(row.overdue for row in schedule)
        never = sum(row.last_inspected_on is None for row in schedule)
        drafts = sum(row.status == InspectionStatus.DRAFT for row in inspections)
        return self.tr(
            "{units} units: {overdue} overdue for their periodic inspection, {never} never "
            "inspected. {inspections} inspections recorded, {drafts} of them drafts not yet "
            "signed."
        ).format(
            units=number_text(len(schedule)),
            overdue=number_text(overdue),
            never=number_text(never),
            inspections=number_text(len(inspections)),
            drafts=number_text(drafts),
        )

    def _schedule_columns(self) -> list[Column[ScheduleRow]]:
        def due_tip(row: ScheduleRow) -> str:
            if row.overdue:
                return self.tr("Overdue: the periodic inspection was due on {day}").format(
                    day=date_text(row.next_periodic_due)
                )
            if row.next_periodic_due is None:
                return self.tr(
                    "Nothing is due: no arrival or periodic inspection is signed, or the unit's "
                    "last one was its repatriation"
                )
            return ""

        return [
            Column(self.tr("Unit"), lambda r: r.unit_code, lambda r: r.unit_code),
            Column(self.tr("Name"), lambda r: r.unit_name, lambda r: r.unit_name),
            Column(
                self.tr("Last inspection"),
                lambda r: NO_VALUE if r.last_kind is None else kind_label(r.last_kind),
                lambda r: "" if r.last_kind is None else kind_label(r.last_kind),
            ),
            Column(
                self.tr("On"),
                lambda r: date_text(r.last_inspected_on),
                lambda r: date_key(r.last_inspected_on),
            ),
            Column(
                self.tr("Last periodic"),
                lambda r: date_text(r.last_periodic_on),
                lambda r: date_key(r.last_periodic_on),
            ),
            Column(
                self.tr("Next periodic due"),
                lambda r: date_text(r.next_periodic_due),
                lambda r: date_key(r.next_periodic_due),
                style=lambda r: _OVERDUE if r.overdue else None,
                tooltip=due_tip,
                header_tip=self.tr("Six months after the last periodic (or arrival) inspection"),
            ),
        ]

    def _inspection_columns(self) -> list[Column[InspectionRow]]:
        return [
            Column(
                self.tr("Date"),
                lambda r: date_text(r.inspected_on),
                lambda r: date_key(r.inspected_on),
            ),
            Column(
                self.tr("Unit"),
                lambda r: r.unit_code,
                lambda r: r.unit_code,
                tooltip=lambda r: r.unit_name,
            ),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind), lambda r: kind_label(r.kind)),
            Column(self.tr("Inspector"), lambda r: r.inspector or NO_VALUE, lambda r: r.inspector),
            Column(
                self.tr("Status"),
                lambda r: status_label(r.status),
                lambda r: status_label(r.status),
                style=lambda r: _DRAFT if r.status == InspectionStatus.DRAFT else None,
            ),
            Column(
                self.tr("Lines"),
                lambda r: number_text(r.line_count),
                lambda r: r.line_count,
                numeric=True,
            ),
            Column(
                self.tr("Discrepancies"),
                lambda r: number_text(r.discrepancies),
                lambda r: r.discrepancies,
                numeric=True,
                style=lambda r: _DISCREPANCY if r.discrepancies else None,
                header_tip=self.tr(
                    "Lines with a finding, or whose count differs from the register"
                ),
            ),
        ]

    # --- actions ---------------------------------------------------------------------------------

    def selected_inspection(self) -> InspectionRow | None:
        index = self.ui.inspectionsTable.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def selected_unit(self) -> ScheduleRow | None:
        index = self.ui.scheduleTable.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def new_inspection(self, unit_id: uuid.UUID | None = None) -> None:
        """Open the form for a new inspection, of ``unit_id`` or of the unit selected."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        if not self._loaded_once:
            return  # the units to choose from are still being read
        if unit_id is None:
            selected = self.selected_unit()
            unit_id = selected.unit_id if selected is not None else None
        units = [
            UnitChoice(r.unit_id, r.unit_code, r.unit_name) for r in self.schedule_model.rows()
        ]
        self._open_dialog(InspectionDialog(self.app, units=units, unit_id=unit_id, parent=self))

    @Slot()
    def open_selected(self) -> None:
        row = self.selected_inspection()
        if row is not None:
            self.open_inspection(row.id)

    def open_inspection(self, inspection_id: uuid.UUID) -> None:
        """Read the inspection off the GUI thread, then show it (read-only once signed)."""
        service = self.app.services.inspections
        self.app.tasks.run(
            lambda: service.detail(inspection_id),
            parent=self,
            show_progress=False,
            on_success=self._show_detail,
        )

    def _show_detail(self, detail: InspectionDetail) -> None:
        self._open_dialog(InspectionDialog(self.app, detail=detail, parent=self))

    def _open_dialog(self, dialog: InspectionDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_inspection(row.id)

    def _new_for_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.new_inspection(row.unit_id)
