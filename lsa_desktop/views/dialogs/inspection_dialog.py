"""The inspection form: start an inspection of a unit, count its lines, save it as a draft, sign it.

One dialog for the three states an inspection is seen in:

- new: the unit is chosen, and its lines are read from the register (authorised quantity,
  on hand and serviceable now, the count pre-filled with the register's figures);
- a draft: everything may change but the unit; saved as many times as needed;
- signed: shown read-only, with its findings; the service refuses any change anyway.

Keyboard: the lines table takes counts as they are typed (a digit starts editing the cell, Tab goes
on to the next cell to fill, Enter commits the cell); Enter outside a cell saves the draft (the
default button), Alt+S signs, Escape cancels. Signing asks for confirmation first, since it cannot
be undone: the inspection is locked and the unit's holdings take the count.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from lsa_desktop.domain.enums import InspectionKind
from lsa_desktop.domain.inspections import InspectionInput, check_inspection
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.inspections import InspectionDetail, InspectionLineRow
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_inspection_dialog import Ui_InspectionDialog
from lsa_desktop.views.pages.row_list_model import compact_rows
from lsa_desktop.views.table_models.inspections_model import (
    InspectionLinesModel,
    LineColumn,
    kind_label,
)

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

#: The largest count a cell takes (ammunition is counted in rounds).
MAX_COUNT = 99_999_999


@dataclass(frozen=True, slots=True)
class UnitChoice:
    """A unit the form can start an inspection of."""

    id: uuid.UUID
    code: str
    name: str


class CountDelegate(QStyledItemDelegate):
    """Counts are typed into a spin box that takes whole numbers from zero up."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if index.column() not in (LineColumn.PRESENT, LineColumn.SERVICEABLE):
            return super().createEditor(parent, option, index)
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_COUNT)
        editor.setFrame(False)
        editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor


class InspectionDialog(FormDialog):
    def __init__(
        self,
        app: LsaApplication,
        *,
        units: Sequence[UnitChoice] = (),
        unit_id: uuid.UUID | None = None,
        detail: InspectionDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """A new inspection (of one of ``units``, ``unit_id`` chosen first) when ``detail`` is
        None; else the inspection ``detail``, editable while it is a draft."""
        super().__init__(app, parent)
        self.ui = Ui_InspectionDialog()
        self.ui.setupUi(self)
        self.detail = detail
        self._signing = False
        self._lines_pending = 0
        self._unit_codes: dict[uuid.UUID, str] = {}
        #: The last confirmation asked before signing (tests answer it).
        self.confirmation: QMessageBox | None = None
        self.lines_model = InspectionLinesModel(self)
        self._set_up_lines()
        for kind in InspectionKind:
            self.ui.kind.addItem(kind_label(kind), kind.value)
        box = self.ui.buttonBox
        save = box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save &draft"))
        save.setDefault(True)
        self.sign_button = box.addButton(self.tr("&Sign…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sign_button.setObjectName("signButton")
        self.sign_button.clicked.connect(self.sign)
        self.connect_buttons(box)
        for field, widget in (
            ("unit_id", self.ui.unit_id),
            ("kind", self.ui.kind),
            ("inspected_on", self.ui.inspected_on),
            ("inspector", self.ui.inspector),
            ("remarks", self.ui.remarks),
        ):
            self.watch(field, widget)
        self.lines_model.countsChanged.connect(self._recheck_lines)
        if detail is None:
            self._start_new(units, unit_id)
        else:
            self._show_inspection(detail)

    # --- the three states ----------------------------------------------------------------------

    def _start_new(self, units: Sequence[UnitChoice], unit_id: uuid.UUID | None) -> None:
        self.setWindowTitle(self.tr("New inspection"))
        self.ui.titleLabel.setText(self.tr("New inspection"))
        self.ui.statusLabel.setText(
            self.tr(
                "Choose the unit: its authorised and held equipment is listed with the register's "
                "figures. Nothing is recorded until you save the draft or sign."
            )
        )
        self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(self.ui.historyTab), False)
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(InspectionKind.PERIODIC.value))
        self.ui.inspected_on.setDate(QDate.currentDate())
        for unit in units:
            self.ui.unit_id.addItem(f"{unit.code} — {unit.name}", unit.id)
            self._unit_codes[unit.id] = unit.code
        self.ui.unit_id.setCurrentIndex(self.ui.unit_id.findData(unit_id) if unit_id else -1)
        self.ui.unit_id.currentIndexChanged.connect(self._load_lines)
        self._load_lines()
        (self.ui.kind if unit_id else self.ui.unit_id).setFocus()

    def _show_inspection(self, detail: InspectionDetail) -> None:
        title = self.tr("{kind} inspection of {unit}").format(
            kind=kind_label(detail.kind), unit=detail.unit_code
        )
        self.setWindowTitle(title)
        self.ui.titleLabel.setText(title)
        self.ui.unit_id.addItem(f"{detail.unit_code} — {detail.unit_name}", detail.unit_id)
        self._unit_codes[detail.unit_id] = detail.unit_code
        self.ui.unit_id.setCurrentIndex(0)  # a combo with a placeholder selects nothing itself
        self.ui.unit_id.setEnabled(False)  # an inspection's unit never changes
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(detail.kind.value))
        self.ui.inspected_on.setDate(QDate(detail.inspected_on))
        self.ui.inspector.setText(detail.inspector)
        self.ui.remarks.setPlainText(detail.remarks)
        self.lines_model.set_lines(detail.lines, read_only=detail.locked)
        self._add_history(detail.id)
        if detail.locked:
            self._lock(detail)
        else:
            self.ui.statusLabel.setText(
                self.tr(
                    "Draft: not yet signed. Save it as often as needed; signing locks it and "
                    "updates the unit's holdings."
                )
            )
            self.ui.lines.setFocus()

    def _lock(self, detail: InspectionDetail) -> None:
        """A signed inspection: everything shown, nothing editable, Close only."""
        signed = (
            detail.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if detail.signed_at else ""
        )
        self.ui.statusLabel.setText(
            self.tr(
                "Signed by {inspector} on {moment}: locked. Its count updated the unit's "
                "holdings; each difference with the register is in the findings. To correct it, "
                "record a new inspection."
            ).format(inspector=detail.inspector, moment=signed)
        )
        for widget in (self.ui.kind, self.ui.inspected_on):
            widget.setEnabled(False)
        self.ui.inspector.setReadOnly(True)
        self.ui.remarks.setReadOnly(True)
        for column in LineColumn.REGISTER:
            self.ui.lines.setColumnHidden(column, True)
        self.ui.linesHint.hide()
        self.ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.ui.buttonBox.removeButton(self.sign_button)
        self.sign_button.hide()
        self.ui.lines.setFocus()

    def _add_history(self, inspection_id: uuid.UUID) -> None:
        from lsa_desktop.views.widgets.history_panel import HistoryPanel

        self.history = HistoryPanel(self.app, self.ui.historyTab)
        self.history.setObjectName("historyPanel")
        self.ui.historyLayout.addWidget(self.history)
        self.history.show_record("inspection", inspection_id)

    # --- the lines -----------------------------------------------------------------------------

    def _set_up_lines(self) -> None:
        table = self.ui.lines
        table.setModel(self.lines_model)
        table.setItemDelegate(CountDelegate(table))
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LineColumn.FINDINGS, QHeaderView.ResizeMode.Stretch)

    @property
    def loading(self) -> bool:
        """Lines are being read for the unit chosen."""
        return self._lines_pending > 0

    def _load_lines(self) -> None:
        unit_id = self.ui.unit_id.currentData()
        self.lines_model.set_lines([])
        if unit_id is None:
            return
        service = self.app.services.inspections
        self._lines_pending += 1
        self.app.tasks.run(
            lambda: service.lines_for(unit_id),
            parent=self,
            show_progress=False,
            on_success=lambda rows: self._lines_loaded(unit_id, rows),
            on_failure=self._lines_failed,
        )

    def _lines_loaded(self, unit_id: uuid.UUID, rows: list[InspectionLineRow]) -> None:
        self._lines_pending -= 1
        if unit_id == self.ui.unit_id.currentData():  # not a unit chosen before the last one
            self.lines_model.set_lines(rows)

    def _lines_failed(self, exc: BaseException) -> None:
        self._lines_pending -= 1
        self.app.report_error(exc, self)

    def _recheck_lines(self) -> None:
        self._show(self.check(self.collect()).as_dict(), only={"lines"})

    # --- the form ------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        kind = self.ui.kind.currentData()
        return {
            "unit_id": self.ui.unit_id.currentData(),
            "kind": InspectionKind(kind) if kind else None,
            "inspected_on": self.ui.inspected_on.date().toPython(),
            "inspector": self.ui.inspector.text(),
            "remarks": self.ui.remarks.toPlainText(),
            "lines": self.lines_model.counts(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        return self._problems(values, signing=self._signing)

    def _problems(self, values: Mapping[str, Any], *, signing: bool) -> Problems:
        return check_inspection(
            InspectionInput(**values), self.lines_model.names(), signing=signing, today=date.today()
        )

    def submit(self, values: Mapping[str, Any]) -> InspectionDetail:
        service = self.app.services.inspections
        inspection_id = self.detail.id if self.detail is not None else None
        write = service.sign if self._signing else service.save_draft
        return write(InspectionInput(**values), inspection_id)

    def save(self) -> None:
        """Save the draft (the default button, and Enter)."""
        self._signing = False
        super().save()

    def sign(self) -> None:
        """Check what signing needs, then ask for confirmation before signing."""
        if self._saving:
            return
        values = self.collect()
        problems = self._problems(values, signing=True)
        if problems:
            self._show(problems.as_dict())
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Sign the inspection"),
            self.tr("Once signed, the inspection is locked and updates the unit's holdings."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("signConfirmation")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr("{kind} inspection of {unit} on {day}, signed by {inspector}.").format(
                kind=kind_label(values["kind"]),
                unit=self._unit_codes.get(values["unit_id"], ""),
                day=values["inspected_on"].isoformat(),
                inspector=values["inspector"].strip(),
            )
        )
        confirm = box.addButton(self.tr("&Sign"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("confirmSign")
        confirm.clicked.connect(self._sign_confirmed)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(confirm)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirmation = box
        box.open()

    def _sign_confirmed(self) -> None:
        self._signing = True
        FormDialog.save(self)  # not self.save(), which saves a draft

    def _failed(self, exc: BaseException) -> None:
        self._signing = False  # the form stays open: the next Save saves a draft
        super()._failed(exc)
