"""A pledge's form: the donor, reference, date, kind, expected delivery and notes, and its lines;
for an existing pledge also its status, what each line has received, and its deliveries.

A new pledge's reference may be left blank: the next ``PLG-YYYY-NNNN``, shown greyed in the field,
is given when it is saved. Each line answers a requisition line (which fills the unit, type and
unit value, and suggests the quantity still not pledged) or names a unit and an equipment type;
the running total sums the lines. A pledge without lines is recorded by its value alone (cash to
the trust fund).

A pledge can be changed while pledged, committed or partly delivered; once delivered, closed or
withdrawn its form is shown read-only, and says why. Everything the form needs is read off the
GUI thread before it can be saved (:attr:`PledgeDialog.loading`).

Keyboard: Insert adds a line and Delete removes the one selected while the lines table has the
focus; typing into a cell edits it, Tab moves on, Enter commits the cell and, outside a cell,
saves the pledge.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtGui import QDoubleValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QWidget

from lsa_desktop.domain.enums import PledgeKind
from lsa_desktop.domain.pledge_inputs import PledgeInput, check_pledge
from lsa_desktop.domain.pledges import PledgeAction, PledgeRefused
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.donors import DonorDetail
from lsa_desktop.services.equipment_types import EquipmentTypeOption
from lsa_desktop.services.pledges import PledgeDetail, RequisitionLineChoice
from lsa_desktop.services.units import UnitOption
from lsa_desktop.views.dialogs.field_helpers import (
    NONE_TEXT,
    OptionalDate,
    choose,
    choose_id,
    chosen_enum,
    chosen_id,
    date_of,
    fill_choices,
    offer_current,
)
from lsa_desktop.views.dialogs.lines_form import MAX_AMOUNT, LinesDelegate, LinesFormDialog
from lsa_desktop.views.dialogs.pledge_deliveries import DeliveriesTable
from lsa_desktop.views.dialogs.pledge_lines_model import (
    LineColumn,
    PledgeLineRow,
    PledgeLinesModel,
)
from lsa_desktop.views.forms.ui_pledge_dialog import Ui_PledgeDialog
from lsa_desktop.views.pages.row_list_model import compact_rows, number_text
from lsa_desktop.views.table_models.donor_labels import OVERDUE_MARK, donor_label

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services import Services

FIELDS = ("donor_id", "reference", "pledged_on", "kind", "expected_delivery", "value_usd", "notes")


@dataclass(frozen=True, slots=True)
class PledgeFormData:
    """Everything the form offers and shows, read in one job."""

    donors: list[DonorDetail]
    units: list[UnitOption]
    types: list[EquipmentTypeOption]
    requisition_lines: list[RequisitionLineChoice]
    next_reference: str
    detail: PledgeDetail | None


def read_form_data(services: Services, pledge_id: uuid.UUID | None) -> PledgeFormData:
    """Runs on a worker: the choices, and the pledge itself when it exists."""
    pledges = services.pledges
    return PledgeFormData(
        donors=services.donors.donor_choices(),
        units=services.units.units(),
        types=services.equipment.equipment_types(),
        requisition_lines=pledges.requisition_line_choices(),
        next_reference=pledges.next_reference(),
        detail=pledges.detail(pledge_id) if pledge_id is not None else None,
    )


class PledgeDialog(LinesFormDialog):
    """A new pledge (``pledge_id`` None; of ``donor_id`` if given) or an existing one;
    ``saved`` carries the :class:`PledgeDetail`."""

    def __init__(
        self,
        app: LsaApplication,
        *,
        pledge_id: uuid.UUID | None = None,
        donor_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_PledgeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._pledge_id = pledge_id
        self._donor_id = donor_id
        self.detail: PledgeDetail | None = None
        self._loading = True
        self.expected = OptionalDate(ui.expected_deliverySet, ui.expected_delivery)
        fill_choices(ui.kind, [(donor_label(kind), kind.value) for kind in PledgeKind])
        validator = QDoubleValidator(0.0, MAX_AMOUNT, 2, ui.value_usd)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        ui.value_usd.setValidator(validator)
        self._set_up_lines()
        self.deliveries = DeliveriesTable(ui.deliveries, ui.deliveriesSummary, self)
        self._save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save.setDefault(True)
        self._save.setEnabled(False)
        for field in FIELDS:
            widget = ui.expected_delivery if field == "expected_delivery" else getattr(ui, field)
            self.watch(field, widget)
        self.connect_buttons(ui.buttonBox)
        title = self.tr("New pledge") if pledge_id is None else self.tr("Pledge")
        self.setWindowTitle(title)
        ui.titleLabel.setText(self.tr("Reading…"))
        services = app.services
        app.tasks.run(
            lambda: read_form_data(services, pledge_id),
            parent=self,
            show_progress=False,
            on_success=self._loaded,
            on_failure=self._read_failed,
        )

    @property
    def loading(self) -> bool:
        """The choices (and the pledge) are still being read."""
        return self._loading

    # --- the lines -------------------------------------------------------------------------------

    def _set_up_lines(self) -> None:
        ui = self.ui
        self.lines_model = PledgeLinesModel(self)
        table = ui.lines
        table.setModel(self.lines_model)
        table.setItemDelegate(
            LinesDelegate(table, whole=[LineColumn.QUANTITY], amounts=[LineColumn.UNIT_VALUE])
        )
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LineColumn.TYPE, QHeaderView.ResizeMode.Stretch)
        ui.addLineButton.clicked.connect(self.add_line)
        ui.removeLineButton.clicked.connect(self.remove_line)
        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_line),
            ("Insert", self.add_line),
        ):
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.lines_model.linesChanged.connect(self._lines_changed)
        self._set_up_lines_form(self.lines_model, table, ui.linesError)
        table.selectionModel().currentChanged.connect(self._follow_current_line)
        self._show_total()

    @Slot()
    def add_line(self) -> None:
        if self.lines_model.read_only:
            return
        row = self.lines_model.add_line()
        table = self.ui.lines
        index = self.lines_model.index(row, LineColumn.REQUISITION)
        table.setCurrentIndex(index)
        table.setFocus()

    @Slot()
    def remove_line(self) -> None:
        row = self.ui.lines.currentIndex().row()
        if self.lines_model.remove_line(row):
            self._line_removed(row)

    @Slot()
    def _follow_current_line(self) -> None:
        row = self.ui.lines.currentIndex().row()
        self.ui.removeLineButton.setEnabled(self.lines_model.can_remove(row))

    @Slot(int)
    def _lines_changed(self, row: int) -> None:
        self._show_total()
        self._follow_current_line()
        has_lines = self.lines_model.rowCount() > 0
        self.ui.value_usd.setEnabled(not has_lines and not self.lines_model.read_only)
        super()._lines_changed(row)

    def _show_total(self) -> None:
        lines = self.lines_model.rowCount()
        if not lines:
            self.ui.totalLabel.setText(
                self.tr("No lines: the pledge is recorded by its value alone.")
            )
            return
        quantity, value, unvalued = self.lines_model.totals()
        count = (
            self.tr("1 line")
            if lines == 1
            else self.tr("{count} lines").format(count=number_text(lines))
        )
        text = self.tr("{lines}, {quantity} items: USD {value}").format(
            lines=count, quantity=number_text(quantity), value=number_text(value, 2)
        )
        if unvalued:
            text += " " + self.tr(
                "(and {count} without a unit value, valued from the catalogue when saved)"
            ).format(count=unvalued)
        self.ui.totalLabel.setText(text)

    # --- reading ---------------------------------------------------------------------------------

    def _loaded(self, data: PledgeFormData) -> None:
        ui = self.ui
        self._loading = False
        fill_choices(ui.donor_id, [(d.name, d.id.hex) for d in data.donors], none_text=NONE_TEXT)
        self.lines_model.set_choices(
            units=[(u.id, u.code, f"{u.code} — {u.name}") for u in data.units],
            types=[(t.id, f"{t.code} — {t.name}", f"{t.code} — {t.name}") for t in data.types],
            requisition_lines=data.requisition_lines,
        )
        self._save.setEnabled(True)  # before a locked pledge's form replaces it with Close
        if data.detail is None:
            self._start_new(data.next_reference)
        else:
            self._show_pledge(data.detail)

    def _read_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.app.report_error(exc, self)
        self.reject()

    def _start_new(self, next_reference: str) -> None:
        ui = self.ui
        ui.titleLabel.setText(self.tr("New pledge"))
        ui.reference.setPlaceholderText(
            self.tr("{reference} (given when saved)").format(reference=next_reference)
        )
        ui.statusLabel.setText(
            self.tr(
                "Record what the donor promised: item lines against requisition lines or for a "
                "unit directly, or, for cash, the value alone."
            )
        )
        ui.tabs.setTabVisible(ui.tabs.indexOf(ui.deliveriesTab), False)
        for column in (LineColumn.ACCEPTED, LineColumn.OUTSTANDING):
            ui.lines.setColumnHidden(column, True)
        choose_id(ui.donor_id, self._donor_id)
        ui.pledged_on.setDate(QDate.currentDate())
        choose(ui.kind, PledgeKind.IN_KIND.value)
        self.expected.set_value(None)
        (ui.reference if self._donor_id else ui.donor_id).setFocus()

    def _show_pledge(self, detail: PledgeDetail) -> None:
        ui = self.ui
        self.detail = detail
        title = self.tr("Pledge {reference} — {donor}").format(
            reference=detail.reference, donor=detail.donor_name
        )
        self.setWindowTitle(title)
        ui.titleLabel.setText(title)
        offer_current(ui.donor_id, detail.donor_id, {detail.donor_id: detail.donor_name})
        choose_id(ui.donor_id, detail.donor_id)
        ui.reference.setText(detail.reference)
        ui.pledged_on.setDate(QDate(detail.pledged_on))
        choose(ui.kind, detail.kind.value)
        self.expected.set_value(detail.expected_delivery)
        editable = PledgeAction.EDIT in detail.allowed_actions
        self.lines_model.set_lines(
            [PledgeLineRow.of(line) for line in detail.lines], read_only=not editable
        )
        if not detail.lines:
            ui.value_usd.setText(QLocale().toString(detail.value_usd, "f", 2))
        ui.value_usd.setEnabled(editable and not detail.lines)
        ui.notes.setPlainText(detail.notes)
        self.deliveries.show(detail.deliveries, detail.lines)
        ui.statusLabel.setText(self._status_text(detail, editable))
        if not editable:
            self._lock()
        self._show_total()
        ui.lines.setFocus()

    def _status_text(self, detail: PledgeDetail, editable: bool) -> str:
        text = self.tr(
            "{status}. USD {value} pledged, {delivered} delivered, {outstanding} outstanding."
        ).format(
            status=donor_label(detail.status),
            value=number_text(detail.value_usd),
            delivered=number_text(detail.delivered_usd),
            outstanding=number_text(detail.outstanding_usd),
        )
        if detail.overdue and detail.expected_delivery is not None:
            text += " " + self.tr("{mark} Overdue: expected by {date}.").format(
                mark=OVERDUE_MARK, date=detail.expected_delivery.isoformat()
            )
        if not editable:
            refusal = PledgeRefused(detail.status, PledgeAction.EDIT, itemised=bool(detail.lines))
            text += " " + str(refusal)
        return text

    def _lock(self) -> None:
        """A pledge its state no longer lets change: everything shown, Close only."""
        ui = self.ui
        for widget in (ui.donor_id, ui.pledged_on, ui.kind, ui.expected_deliverySet):
            widget.setEnabled(False)
        ui.expected_delivery.setEnabled(False)
        for edit in (ui.reference, ui.value_usd):
            edit.setReadOnly(True)
        ui.notes.setReadOnly(True)
        ui.addLineButton.hide()
        ui.removeLineButton.hide()
        ui.linesHint.hide()
        ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    # --- FormDialog ------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        lines = self.lines_model.inputs()
        value, ok = QLocale().toDouble(ui.value_usd.text().strip())
        return {
            "donor_id": chosen_id(ui.donor_id),
            "reference": ui.reference.text(),
            "pledged_on": date_of(ui.pledged_on),
            "kind": chosen_enum(ui.kind, PledgeKind) or PledgeKind.IN_KIND,
            "expected_delivery": self.expected.value(),
            "value_usd": value if ok and not lines else None,
            "notes": ui.notes.toPlainText(),
            "lines": lines,
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        return check_pledge(PledgeInput(**values), today=date.today())

    def save(self) -> None:
        if not self._loading and not self.lines_model.read_only:
            super().save()

    def submit(self, values: Mapping[str, Any]) -> PledgeDetail:
        pledges = self.app.services.pledges
        if self._pledge_id is None:
            return pledges.create(PledgeInput(**values))
        return pledges.update(self._pledge_id, PledgeInput(**values))
