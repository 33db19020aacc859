"""Recording a delivery against one pledge: the date, the waybill or goods-received note, who
received it, and per pledge line what was received and accepted, in what condition, and why fewer
were accepted than received. A serialised type's items take the serial numbers typed or pasted for
the line selected (one per accepted item), or generated asset tags when none are given.

Saving creates the items in the unit, or raises its bulk stock, at once: readiness and the gaps
change as the form closes, and :func:`delivery_outcome` says what was added where. The same rules
as the service check each line as it is typed; a refusal (a serial number already used by an item,
say) keeps everything typed and shows its sentence on the line.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Slot
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QWidget

from lsa_desktop.domain.pledge_inputs import DeliveryInput, ReceivableLine, check_delivery
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.pledges import DeliveryDetail, PledgeDetail, PledgeLineDetail
from lsa_desktop.views.dialogs.delivery_lines_model import (
    DeliveryLinesModel,
    ReceiptColumn,
    split_serials,
)
from lsa_desktop.views.dialogs.field_helpers import date_of
from lsa_desktop.views.dialogs.lines_form import LinesDelegate, LinesFormDialog
from lsa_desktop.views.forms.ui_delivery_dialog import Ui_DeliveryDialog
from lsa_desktop.views.pages.row_list_model import compact_rows, number_text

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services import Services

FIELDS = ("delivered_on", "waybill_reference", "received_by")


@dataclass(frozen=True, slots=True)
class DeliveryFormData:
    pledge: PledgeDetail
    receivable: list[PledgeLineDetail]


def read_form_data(services: Services, pledge_id: uuid.UUID) -> DeliveryFormData:
    """Runs on a worker: the pledge, and its lines with something still to arrive."""
    return DeliveryFormData(
        pledge=services.pledges.detail(pledge_id),
        receivable=services.deliveries.receivable_lines(pledge_id),
    )


def delivery_outcome(detail: DeliveryDetail) -> str:
    """What a delivery added, in one sentence: "Delivery WB-117 on PLG-2026-0002: 12 night
    vision goggles added to KEN-FPU-1 (tags NVG-0031 … NVG-0042); 8 handheld radios added to
    KEN-FPU-1's stock." """
    tr = QCoreApplication.translate
    parts = []
    for line in detail.lines:
        if not line.quantity_accepted:
            continue
        count = number_text(line.quantity_accepted)
        if line.asset_tags:
            tags = line.asset_tags
            shown = tags[0] if len(tags) == 1 else f"{tags[0]} … {tags[-1]}"
            parts.append(
                tr("DeliveryDialog", "{count} × {item} added to {unit} ({tags})").format(
                    count=count, item=line.type_name, unit=line.unit_code, tags=shown
                )
            )
        else:
            parts.append(
                tr("DeliveryDialog", "{count} × {item} added to {unit}'s stock").format(
                    count=count, item=line.type_name, unit=line.unit_code
                )
            )
    what = "; ".join(parts) if parts else tr("DeliveryDialog", "nothing was accepted")
    return tr("DeliveryDialog", "Delivery {waybill} on pledge {pledge}: {what}.").format(
        waybill=detail.waybill_reference, pledge=detail.pledge_reference, what=what
    )


class DeliveryDialog(LinesFormDialog):
    """Record a delivery against pledge ``pledge_id``; ``saved`` carries the
    :class:`DeliveryDetail`."""

    def __init__(
        self, app: LsaApplication, pledge_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_DeliveryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._pledge_id = pledge_id
        self.pledge: PledgeDetail | None = None
        self._receivable: dict[uuid.UUID, ReceivableLine] = {}
        self._loading = True
        self.lines_model = DeliveryLinesModel(self)
        self._set_up_lines()
        ui.delivered_on.setDate(QDate.currentDate())
        ui.received_by.setText(app.settings.current_user)
        self._save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save.setDefault(True)
        self._save.setEnabled(False)
        for field in FIELDS:
            self.watch(field, getattr(ui, field))
        self.connect_buttons(ui.buttonBox)
        self.setWindowTitle(self.tr("Record a delivery"))
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
        """The pledge and its lines are still being read."""
        return self._loading

    def _set_up_lines(self) -> None:
        ui = self.ui
        table = ui.lines
        table.setModel(self.lines_model)
        table.setItemDelegate(
            LinesDelegate(table, whole=[ReceiptColumn.RECEIVED, ReceiptColumn.ACCEPTED])
        )
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReceiptColumn.REASON, QHeaderView.ResizeMode.Stretch)
        self.lines_model.linesChanged.connect(self._line_changed)
        table.selectionModel().currentChanged.connect(self._show_serials)
        ui.serials.textChanged.connect(self._serials_typed)
        self._set_up_lines_form(self.lines_model, table, ui.linesError)
        self._show_serials()

    # --- reading -----------------------------------------------------------------------------------

    def _loaded(self, data: DeliveryFormData) -> None:
        ui, pledge = self.ui, data.pledge
        self._loading = False
        self.pledge = pledge
        self._receivable = {
            line.id: ReceivableLine(outstanding=line.outstanding, serialised=line.serialised)
            for line in data.receivable
        }
        title = self.tr("Delivery on pledge {reference}").format(reference=pledge.reference)
        self.setWindowTitle(title)
        ui.titleLabel.setText(title)
        self.lines_model.set_lines(data.receivable)
        if not data.receivable:
            ui.pledgeLabel.setText(
                self.tr("Nothing is outstanding on pledge {reference} of {donor}.").format(
                    reference=pledge.reference, donor=pledge.donor_name
                )
            )
            return
        outstanding = sum(line.outstanding for line in data.receivable)
        ui.pledgeLabel.setText(
            self.tr("From {donor}: {outstanding} items still outstanding on {lines} lines.").format(
                donor=pledge.donor_name,
                outstanding=number_text(outstanding),
                lines=number_text(len(data.receivable)),
            )
        )
        self._save.setEnabled(True)
        ui.lines.setCurrentIndex(self.lines_model.index(0, ReceiptColumn.RECEIVED))
        ui.waybill_reference.setFocus()

    def _read_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.app.report_error(exc, self)
        self.reject()

    # --- serial numbers ----------------------------------------------------------------------------

    def _current_row(self) -> int:
        return self.ui.lines.currentIndex().row()

    @Slot()
    def _show_serials(self) -> None:
        """The serials box follows the line selected."""
        ui, row = self.ui, self._current_row()
        rows = self.lines_model.rows()
        receipt = rows[row] if 0 <= row < len(rows) else None
        serialised = receipt is not None and receipt.line.serialised
        with QSignalBlocker(ui.serials):
            ui.serials.setPlainText("\n".join(receipt.serials) if serialised else "")
        ui.serials.setEnabled(serialised)
        if receipt is None:
            ui.serialsLabel.setText(self.tr("&Serial numbers:"))
        else:
            ui.serialsLabel.setText(
                self.tr("&Serial numbers of line {number} ({unit} · {item}):").format(
                    number=row + 1, unit=receipt.line.unit_code, item=receipt.line.type_name
                )
            )
        self._count_serials()

    @Slot()
    def _serials_typed(self) -> None:
        row = self._current_row()
        if row >= 0:
            self.lines_model.set_serials(row, split_serials(self.ui.serials.toPlainText()))

    def _count_serials(self) -> None:
        row = self._current_row()
        rows = self.lines_model.rows()
        receipt = rows[row] if 0 <= row < len(rows) else None
        if receipt is None:
            text = ""
        elif not receipt.line.serialised:
            text = self.tr("Counted in bulk: the accepted quantity is added to the unit's stock.")
        elif not receipt.serials:
            text = self.tr(
                "None typed: the {count} items accepted get generated asset tags."
            ).format(count=number_text(receipt.accepted))
        else:
            text = self.tr("{count} serial numbers for {accepted} items accepted.").format(
                count=number_text(len(receipt.serials)), accepted=number_text(receipt.accepted)
            )
        self.ui.serialsCount.setText(text)

    @Slot(int)
    def _line_changed(self, row: int) -> None:
        if row == self._current_row():
            self._count_serials()
        self._lines_changed(row)

    # --- FormDialog --------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "pledge_id": self._pledge_id,
            "delivered_on": date_of(ui.delivered_on),
            "waybill_reference": ui.waybill_reference.text(),
            "received_by": ui.received_by.text(),
            "lines": self.lines_model.inputs(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        if self.pledge is None:
            return Problems()
        return check_delivery(
            DeliveryInput(**values),
            self._receivable,
            pledged_on=self.pledge.pledged_on,
            today=date.today(),
        )

    def save(self) -> None:
        if self.pledge is not None and self._receivable:
            super().save()

    def submit(self, values: Mapping[str, Any]) -> DeliveryDetail:
        return self.app.services.deliveries.record(DeliveryInput(**values))
