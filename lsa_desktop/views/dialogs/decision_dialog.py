"""An approver's decision on a submitted requisition: approve (with the quantities approved, per
line, no more than requested), reject, or return it to the requester for changes.

The approver's name starts as the app's user name and can be changed (one laptop may serve an
office). The rules are the domain's: the requester cannot decide on their own requisition, nobody
decides twice in one round, a rejection or a return says why, an approved quantity is between
zero and what was requested. They show beside their fields as the person types; the service
applies them again when the decision is saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from lsa_desktop.domain.enums import Decision
from lsa_desktop.domain.requisition_rules import check_decision
from lsa_desktop.domain.requisitions import (
    ApprovalDecision,
    check_approval,
    check_approved_quantities,
)
from lsa_desktop.domain.validation import Problems
from lsa_desktop.views.dialogs.fleet_fields import hide_problem_labels, merged
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.dialogs.requisition_lines_model import money_text
from lsa_desktop.views.forms.ui_decision_dialog import Ui_DecisionDialog
from lsa_desktop.views.pages.row_list_model import compact_rows
from lsa_desktop.views.table_models.requisition_labels import approvers_sentence

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services.requisitions import RequisitionDetail

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(slots=True)
class _Line:
    id: uuid.UUID
    equipment: str
    requested: int
    unit_cost_usd: float
    approved: int


class ApprovedQuantitiesModel(QAbstractTableModel):
    """Each line's requested quantity and the quantity approved (typed; the requested one until
    lowered)."""

    EQUIPMENT, REQUESTED, APPROVED, VALUE = range(4)

    def __init__(self, detail: RequisitionDetail, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines = [
            _Line(
                line.id,
                f"{line.type_name} ({line.type_code})",
                line.quantity_requested,
                line.unit_cost_usd,
                line.quantity_requested,
            )
            for line in detail.lines
        ]
        self._headers = (
            self.tr("Equipment"),
            self.tr("Requested"),
            self.tr("Approved"),
            self.tr("Approved value (USD)"),
        )

    def quantities(self) -> dict[uuid.UUID, int]:
        return {line.id: line.approved for line in self._lines}

    def pairs(self) -> list[tuple[int, int | None]]:
        """(requested, approved) per line, as the domain's check takes them."""
        return [(line.requested, line.approved) for line in self._lines]

    def requested_usd(self) -> float:
        return sum(line.requested * line.unit_cost_usd for line in self._lines)

    def approved_usd(self) -> float:
        return sum(line.approved * line.unit_cost_usd for line in self._lines)

    def requested(self, row: int) -> int:
        return self._lines[row].requested

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.APPROVED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == self.EQUIPMENT else _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == self.EQUIPMENT else _RIGHT
        if role == Qt.ItemDataRole.EditRole and column == self.APPROVED:
            return line.approved
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.EQUIPMENT:
            return line.equipment
        if column == self.VALUE:
            return money_text(line.approved * line.unit_cost_usd)
        return QLocale().toString(line.requested if column == self.REQUESTED else line.approved)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        self._lines[index.row()].approved = int(value)
        self.dataChanged.emit(index, self.index(index.row(), self.VALUE))
        return True


class _ApprovedDelegate(QStyledItemDelegate):
    """An approved quantity is typed in a spin box that stops at what was requested."""

    def __init__(self, model: ApprovedQuantitiesModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, self._model.requested(index.row()))
        spin.setFrame(False)
        spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        spin.setAlignment(_RIGHT)
        spin.setGroupSeparatorShown(False)
        return spin


class DecisionDialog(FormDialog):
    """``saved`` carries the requisition as it is after the decision."""

    def __init__(
        self,
        app: LsaApplication,
        detail: RequisitionDetail,
        decision: Decision,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        hide_problem_labels(self)
        self.detail = detail
        self.decision = decision
        ui = self.ui
        self.quantities = ApprovedQuantitiesModel(detail, self)
        approving = decision is Decision.APPROVED
        texts = {
            Decision.APPROVED: (
                self.tr("Approve {reference}"),
                self.tr("&Approve"),
                self.tr(
                    "Approve the quantities below, lowering any line approved for less. {rules}"
                ),
            ),
            Decision.REJECTED: (
                self.tr("Reject {reference}"),
                self.tr("Re&ject"),
                self.tr(
                    "A rejected requisition is final. Say why in the comment: the requester reads "
                    "it in the timeline."
                ),
            ),
            Decision.RETURNED: (
                self.tr("Return {reference} for changes"),
                self.tr("Re&turn for changes"),
                self.tr(
                    "The requisition goes back to the requester, who reopens it as a draft, "
                    "changes it and submits it again. Say what to change in the comment."
                ),
            ),
        }
        title, button, note = texts[decision]
        title = title.format(reference=detail.reference)
        self.setWindowTitle(title)
        ui.titleLabel.setText(title)
        ui.noteLabel.setText(note.format(rules=approvers_sentence(detail.required_approvers)))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(button)
        ok.setObjectName("decideButton")
        ok.setDefault(True)
        ui.approver.setText(app.settings.current_user)
        ui.comment.setPlaceholderText(
            self.tr("Optional when approving")
            if approving
            else self.tr("Required: what is wrong, what to change")
        )
        self._set_up_lines(approving)
        for field in ("approver", "role", "comment"):
            self.watch(field, getattr(ui, field))
        self.connect_buttons(ui.buttonBox)
        ui.approver.setFocus()
        ui.approver.selectAll()

    def _set_up_lines(self, approving: bool) -> None:
        ui = self.ui
        for widget in (ui.linesLabel, ui.lines, ui.totalLabel):
            widget.setVisible(approving)
        if not approving:
            return
        view = ui.lines
        view.setModel(self.quantities)
        view.setItemDelegateForColumn(
            ApprovedQuantitiesModel.APPROVED, _ApprovedDelegate(self.quantities, view)
        )
        compact_rows(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            ApprovedQuantitiesModel.EQUIPMENT, QHeaderView.ResizeMode.Stretch
        )
        self.quantities.dataChanged.connect(self._quantities_changed)
        self._show_total()

    def _quantities_changed(self) -> None:
        self._show_total()
        self._show(self._current_problems(self.collect()).as_dict(), only={"lines"})

    def _show_total(self) -> None:
        self.ui.totalLabel.setText(
            self.tr("Approved: USD {approved} of USD {requested} requested.").format(
                approved=money_text(self.quantities.approved_usd()),
                requested=money_text(self.quantities.requested_usd()),
            )
        )

    # --- the form --------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "approver": ui.approver.text(),
            "role": ui.role.text(),
            "comment": ui.comment.toPlainText(),
            "lines": tuple(self.quantities.quantities().items()),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        earlier = [
            ApprovalDecision(a.approver, a.role, a.decision) for a in self.detail.current_approvals
        ]
        problems = check_approval(self.detail.requested_by, values["approver"], earlier=earlier)
        merged(
            problems,
            check_decision(
                self.decision,
                approver=values["approver"],
                role=values["role"],
                comment=values["comment"],
            ),
        )
        if self.decision is Decision.APPROVED:
            merged(problems, check_approved_quantities(self.quantities.pairs()))
        return problems

    def submit(self, values: Mapping[str, Any]) -> RequisitionDetail:
        approving = self.decision is Decision.APPROVED
        return self.app.services.requisitions.decide(
            self.detail.id,
            self.decision,
            values["approver"].strip(),
            role=values["role"].strip(),
            comment=values["comment"].strip(),
            approved_quantities=dict(values["lines"]) if approving else None,
        )

    def _show(self, problems: Mapping[str, str], only: set[str] | None = None) -> None:
        """Problems of single lines (``lines[I].quantity_approved``) are told together under the
        table: their sentences name the line."""
        folded = {key: text for key, text in problems.items() if not key.startswith("lines[")}
        per_line = [text for key, text in problems.items() if key.startswith("lines[")]
        if per_line:
            folded["lines"] = " ".join(filter(None, [folded.get("lines", ""), *per_line]))
        super()._show(folded, only)
