"""The pledge lines behind one of a donor's figures (pledged, delivered, outstanding, overdue),
with their total, which is the figure on the donors list.

Each line says which pledge it belongs to, for which unit and equipment type, against which
requisition, and its quantities pledged, accepted and outstanding: the quantity the figure counts
is in bold, and the last column is the value the line adds to the figure. Enter or a double-click
on a line opens its pledge.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from lsa_desktop.services.donors import DonorSummary, Figure, FigureLine
from lsa_desktop.views.forms.ui_figure_lines_dialog import Ui_FigureLinesDialog
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
from lsa_desktop.views.table_models.donor_labels import OVERDUE_MARK, donor_label
from lsa_desktop.views.table_models.roles import ROW_ROLE

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

_OVERDUE = Style(foreground="#b91c1c", bold=True)
_FIGURE = Style(bold=True)


def figure_quantity(line: FigureLine, figure: Figure) -> int:
    """How much of ``line`` the figure counts: pledged, accepted, or still owed."""
    if figure == Figure.PLEDGED:
        return line.quantity
    if figure == Figure.DELIVERED:
        return line.accepted
    return line.outstanding


class FigureLinesDialog(QDialog):
    pledgeChosen = Signal(object)  # the id of the pledge whose line was opened

    def __init__(
        self,
        app: LsaApplication,
        donor: DonorSummary,
        figure: Figure,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.donor = donor
        self.figure = figure
        self.ui = Ui_FigureLinesDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = self.tr("{figure} — {donor}").format(figure=donor_label(figure), donor=donor.name)
        self.setWindowTitle(title)
        self.ui.titleLabel.setText(title)
        self.ui.summaryLabel.setText(self._explanation())
        self.model: RowListModel[FigureLine] = RowListModel(self._columns(), self)
        self.proxy = sorting_proxy(self.model, self)
        table = self.ui.lines
        table.setModel(self.proxy)
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.activated.connect(self._open_pledge)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(False)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.totalLabel.setText(self.tr("Reading the lines…"))
        self._loading = True
        donors = app.services.donors
        app.tasks.run(
            lambda: donors.figure_lines(donor.id, figure),
            parent=self,
            show_progress=False,
            on_success=self._show_lines,
            on_failure=self._failed,
        )

    @property
    def loading(self) -> bool:
        """The lines are still being read."""
        return self._loading

    def totals(self) -> tuple[int, int, float]:
        """Pledges, quantity and USD value of the lines shown: the donor's figure."""
        lines = self.model.rows()
        return (
            len({line.pledge_id for line in lines}),
            sum(figure_quantity(line, self.figure) for line in lines),
            sum(line.value_usd for line in lines),
        )

    # --- reading -----------------------------------------------------------------------------------

    def _show_lines(self, lines: list[FigureLine]) -> None:
        self._loading = False
        self.model.set_rows(lines)
        self.ui.lines.setFocus()
        if not lines:
            self.ui.totalLabel.setText(self.tr("No pledge line makes up this figure."))
            return
        pledges, quantity, value = self.totals()
        if pledges == 1:
            count = self.tr("1 pledge")
        else:
            count = self.tr("{count} pledges").format(count=number_text(pledges))
        self.ui.totalLabel.setText(
            self.tr("Total: {quantity} items worth USD {value}, on {count}.").format(
                quantity=number_text(quantity), value=number_text(value), count=count
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.ui.totalLabel.setText("")
        self.app.report_error(exc, self)

    @Slot(QModelIndex)
    def _open_pledge(self, index: QModelIndex) -> None:
        line = index.data(ROW_ROLE)
        if isinstance(line, FigureLine):
            pledge_id: uuid.UUID = line.pledge_id
            self.accept()
            self.pledgeChosen.emit(pledge_id)

    # --- what is shown -----------------------------------------------------------------------------

    def _explanation(self) -> str:
        return {
            Figure.PLEDGED: self.tr(
                "The lines of {donor}'s pledges not withdrawn: what was pledged, at each line's "
                "unit value."
            ),
            Figure.DELIVERED: self.tr(
                "What deliveries from {donor} accepted, line by line, at each line's unit value."
            ),
            Figure.OUTSTANDING: self.tr(
                "What {donor}'s open pledges still owe, line by line: pledged and not yet "
                "accepted on delivery."
            ),
            Figure.OVERDUE: self.tr(
                "What {donor} still owes on open pledges past their expected delivery date."
            ),
        }[self.figure].format(donor=self.donor.name)

    def _columns(self) -> list[Column[FigureLine]]:
        figure = self.figure

        def late(line: FigureLine) -> Style | None:
            return _OVERDUE if line.overdue else None

        def bold(_line: FigureLine) -> Style:
            return _FIGURE

        def expected(line: FigureLine) -> str:
            text = date_text(line.expected_delivery)
            return f"{OVERDUE_MARK} {text}" if line.overdue else text

        def item(line: FigureLine) -> str:
            if not line.itemised:
                return self.tr("Value alone (no item lines)")
            return f"{line.type_code} — {line.type_name}"

        def quantity(
            title: str, value: Callable[[FigureLine], int], counted: Figure
        ) -> Column[FigureLine]:
            """A quantity column, in bold when it is the one the figure counts."""
            mine = counted == figure or (counted, figure) == (Figure.OUTSTANDING, Figure.OVERDUE)
            return Column(
                title,
                lambda ln: number_text(value(ln)),
                value,
                numeric=True,
                style=bold if mine else None,
            )

        overdue_tip = self.tr("Past its expected delivery and not fully delivered")
        return [
            Column(
                self.tr("Pledge"), lambda ln: ln.pledge_reference, lambda ln: ln.pledge_reference
            ),
            Column(
                self.tr("Status"),
                lambda ln: donor_label(ln.pledge_status),
                lambda ln: donor_label(ln.pledge_status),
            ),
            Column(
                self.tr("Expected"),
                expected,
                lambda ln: date_key(ln.expected_delivery),
                style=late,
                tooltip=lambda ln: overdue_tip if ln.overdue else "",
            ),
            Column(self.tr("Equipment"), item, item),
            Column(self.tr("Unit"), lambda ln: ln.unit_code or NO_VALUE, lambda ln: ln.unit_code),
            Column(
                self.tr("Requisition"),
                lambda ln: ln.requisition_reference or NO_VALUE,
                lambda ln: ln.requisition_reference or "",
            ),
            quantity(self.tr("Pledged"), lambda ln: ln.quantity, Figure.PLEDGED),
            quantity(self.tr("Accepted"), lambda ln: ln.accepted, Figure.DELIVERED),
            quantity(self.tr("Outstanding"), lambda ln: ln.outstanding, Figure.OUTSTANDING),
            Column(
                self.tr("Unit value (USD)"),
                lambda ln: number_text(ln.unit_value_usd),
                lambda ln: ln.unit_value_usd,
                numeric=True,
            ),
            Column(
                self.tr("{figure} (USD)").format(figure=donor_label(figure)),
                lambda ln: number_text(ln.value_usd),
                lambda ln: ln.value_usd,
                numeric=True,
                style=bold,
                header_tip=self.tr("The value this line adds to the figure"),
            ),
        ]
