"""Donors: who pledged what, what has arrived, what is still owed and what is late; below, the
pledges of the donor selected (every pledge while none is), and the actions on both.

A figure on the donors list (pledged, delivered, outstanding, overdue) is one click from the pledge
lines behind it (:class:`~lsa_desktop.views.dialogs.figure_lines_dialog.FigureLinesDialog`), whose
total is that figure. A donor with a delivery past its expected date is marked with a sign and a
sentence, not by colour alone.

Keyboard: Ctrl+N a new donor, F2 edits the donor selected, Delete archives it; Enter on a figure
opens its lines, elsewhere the donor's form. Ctrl+Shift+N a new pledge; Enter on a pledge opens
it; Ctrl+D records a delivery against it. Commit, withdraw and close are offered only when the
pledge's status allows them (the same rule the service applies).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from lsa_desktop.services.donors import DonorSummary, Figure, PledgeRow
from lsa_desktop.views.dialogs.field_helpers import ask_to_confirm, page_action
from lsa_desktop.views.donor_workbooks import DonorWorkbooks
from lsa_desktop.views.forms.ui_donors_page import Ui_DonorsPage
from lsa_desktop.views.pages.donor_columns import (
    FIGURE_COLUMNS,
    DonorColumn,
    PledgeColumn,
    donor_columns,
    pledge_columns,
)
from lsa_desktop.views.pages.list_page import ListPage
from lsa_desktop.views.pages.loader import PageLoader
from lsa_desktop.views.pages.pledge_actions import PledgeActions
from lsa_desktop.views.pages.row_list_model import (
    Column,
    RowListModel,
    compact_rows,
    number_text,
    sorting_proxy,
)
from lsa_desktop.views.table_models.roles import ROW_ROLE, SORT_ROLE

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services.donors import DonorService

_Index = QModelIndex | QPersistentModelIndex


class DonorListModel(RowListModel[DonorSummary]):
    """The donors list; its figure cells are underlined, as links are: a click opens their lines."""

    def __init__(self, columns: Sequence[Column[DonorSummary]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._link = QFont()
        self._link.setUnderline(True)
        self._bold_link = QFont(self._link)
        self._bold_link.setBold(True)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.FontRole and has_lines(index):
            return self._bold_link if value is not None else self._link
        return value


def has_lines(index: QModelIndex | QPersistentModelIndex) -> bool:
    """A figure cell with something behind it (a figure of 0 has no lines to show)."""
    return index.column() in FIGURE_COLUMNS and bool(index.data(SORT_ROLE))


class DonorsPage(ListPage):
    def __init__(self, app: LsaApplication, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.ui = Ui_DonorsPage()
        self.ui.setupUi(self)
        donors = app.services.donors
        self._selected_donor: uuid.UUID | None = None
        #: The form or list opened last (tests and the person reach it here).
        self.dialog: QDialog | None = None
        self._set_up_pledges()
        columns = donor_columns()
        self._set_up_list(
            tasks=app.tasks,
            fetch=donors.summaries,
            columns=columns,
            table=self.ui.table,
            filter_edit=self.ui.filterEdit,
            summary_label=self.ui.summaryLabel,
            stretch_column=DonorColumn.NAME,
        )
        # The list page's plain model, replaced by the one that shows figures as links (the first
        # read is still in flight: it lands in this one).
        self.model.deleteLater()
        self.model = DonorListModel(columns, self)
        self.proxy.setSourceModel(self.model)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self._set_up_actions()
        self._show_pledges_heading()

    def _set_up_pledges(self) -> None:
        self.pledges_model: RowListModel[PledgeRow] = RowListModel(pledge_columns(), self)
        self.pledges_proxy = sorting_proxy(self.pledges_model, self)
        table = self.ui.pledgesTable
        table.setModel(self.pledges_proxy)
        table.sortByColumn(PledgeColumn.PLEDGED_ON, Qt.SortOrder.DescendingOrder)
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        donors = self.app.services.donors
        self._pledges_loader = PageLoader(
            self.app.tasks, lambda: self._read_pledges(donors, self._selected_donor), self
        )
        self._pledges_loader.loaded.connect(self._show_pledges)

    @staticmethod
    def _read_pledges(
        donors: DonorService, donor_id: uuid.UUID | None
    ) -> tuple[uuid.UUID | None, list[PledgeRow]]:
        """Runs on a worker: the pledges of ``donor_id``, with the donor they were read for."""
        return donor_id, donors.pledges(donor_id)

    # --- reading ---------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return super().loading or self._pledges_loader.busy

    @Slot()
    def refresh(self) -> None:
        super().refresh()
        self._pledges_loader.load()

    def _show(self, rows: Sequence[Any]) -> None:
        """Show the donors read, keeping the one selected (a refresh reads the list anew)."""
        kept = self._selected_donor
        super()._show(rows)
        if kept is not None and not self._select_row(self.ui.table, kept):
            self._donor_selection_changed()  # archived meanwhile: the pledges of all donors

    def _show_pledges(self, result: tuple[uuid.UUID | None, list[PledgeRow]]) -> None:
        donor_id, rows = result
        if donor_id != self._selected_donor:
            return  # read for a donor selected before the last one; the next read follows
        kept = self.selected_pledge()
        self.pledges_model.set_rows(rows)
        # Selecting the pledge again re-reads what it allows; else nothing is selected any more.
        if kept is None or not self._select_row(self.ui.pledgesTable, kept.id):
            self.pledge_actions.follow_selection()

    @staticmethod
    def _select_row(table: QTableView, row_id: uuid.UUID) -> bool:
        model = table.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if getattr(index.data(ROW_ROLE), "id", None) == row_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                table.selectionModel().setCurrentIndex(index, flags)
                return True
        return False

    def summary(self, rows: list[DonorSummary]) -> str:
        if not rows:
            return self.tr("No donors have been recorded yet.")
        if len(rows) == 1:
            count = self.tr("1 donor")
        else:
            count = self.tr("{count} donors").format(count=number_text(len(rows)))
        text = self.tr(
            "{count}: USD {pledged} pledged, {delivered} delivered, {outstanding} still "
            "outstanding on open pledges."
        ).format(
            count=count,
            pledged=number_text(sum(row.pledged_usd for row in rows)),
            delivered=number_text(sum(row.delivered_usd for row in rows)),
            outstanding=number_text(sum(row.outstanding_usd for row in rows)),
        )
        late = sum(row.overdue_pledges > 0 for row in rows)
        if late == 1:
            return text + " " + self.tr("1 donor is late with a delivery.")
        if late:
            return (
                text + " " + self.tr("{count} donors are late with deliveries.").format(count=late)
            )
        return text

    # --- selection -------------------------------------------------------------------------------

    def selected_donor(self) -> DonorSummary | None:
        rows = self.ui.table.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if len(rows) == 1 else None
        return row if isinstance(row, DonorSummary) else None

    def _chosen_donor_name(self) -> str | None:
        donor = self.selected_donor()
        return donor.name if donor is not None else None

    def selected_pledge(self) -> PledgeRow | None:
        rows = self.ui.pledgesTable.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if len(rows) == 1 else None
        return row if isinstance(row, PledgeRow) else None

    @Slot()
    def _donor_selection_changed(self) -> None:
        donor = self.selected_donor()
        donor_id = donor.id if donor is not None else None
        if donor_id != self._selected_donor:
            self._selected_donor = donor_id
            self.pledges_model.set_rows([])
            self._pledges_loader.load()
        self._show_pledges_heading()
        self._enable_actions()

    def _show_pledges_heading(self) -> None:
        donor = self.selected_donor()
        if donor is None:
            text = self.tr("Pledges of every donor (select a donor to see only theirs)")
        else:
            text = self.tr("Pledges of {donor}").format(donor=donor.name)
        self.ui.pledgesLabel.setText(text)
        self.ui.pledgesTable.setColumnHidden(PledgeColumn.DONOR, donor is not None)

    # --- actions ---------------------------------------------------------------------------------

    def _set_up_actions(self) -> None:
        donors, tr = self.ui.table, self.tr
        self.new_donor_action = page_action(
            self,
            "newDonorAction",
            tr("&New donor…"),
            self.new_donor,
            shortcuts=[QKeySequence.StandardKey.New],
            tip=tr("Add a donor"),
        )
        self.edit_donor_action = page_action(
            donors,
            "editDonorAction",
            tr("&Edit donor…"),
            self.edit_donor,
            shortcuts=["F2"],
            tip=tr("Open the selected donor's form"),
            widget_only=True,
        )
        self.archive_donor_action = page_action(
            donors,
            "archiveDonorAction",
            tr("&Archive donor…"),
            self.archive_donor,
            shortcuts=[QKeySequence.StandardKey.Delete],
            tip=tr("Archive the selected donor once none of its pledges is open"),
            widget_only=True,
        )
        self.donor_workbooks = DonorWorkbooks(self.app, self)
        self.donor_workbooks.written.connect(self.notice)
        self.donor_request_action = page_action(
            self,
            "donorRequestAction",
            tr("Donor re&quest…"),
            lambda: self.donor_workbooks.request(self._chosen_donor_name()),
            tip=tr(
                "An Excel workbook of what the requisitions still need, for the selected donor "
                "(or any donor) to fill in and send back"
            ),
        )
        self.donor_report_action = page_action(
            self,
            "donorReportAction",
            tr("Donor re&port…"),
            lambda: self.donor_workbooks.report(self._chosen_donor_name()),
            tip=tr(
                "An Excel report of the last twelve months: pledged, received and outstanding, "
                "with IATI codes, for the selected donor (or every donor)"
            ),
        )
        for action in (self.new_donor_action, self.edit_donor_action, self.archive_donor_action):
            self.ui.donorsToolBar.addAction(action)
        self.ui.donorsToolBar.addSeparator()
        self.ui.donorsToolBar.addAction(self.donor_request_action)
        self.ui.donorsToolBar.addAction(self.donor_report_action)
        self.pledge_actions = PledgeActions(
            self.app,
            self,
            self.ui.pledgesTable,
            selected=self.selected_pledge,
            donor=lambda: self._selected_donor,
        )
        self.pledge_actions.add_to(self.ui.pledgesToolBar)
        self.pledge_actions.opened.connect(self._opened)
        self.pledge_actions.told.connect(self.notice)
        donors.selectionModel().selectionChanged.connect(self._donor_selection_changed)
        donors.clicked.connect(self._clicked)
        donors.activated.connect(self._donor_activated)
        pledges = self.ui.pledgesTable.selectionModel()
        pledges.selectionChanged.connect(self.pledge_actions.follow_selection)
        self._enable_actions()

    @Slot()
    def _enable_actions(self) -> None:
        chosen = self.selected_donor() is not None
        self.edit_donor_action.setEnabled(chosen)
        self.archive_donor_action.setEnabled(chosen)
        self.pledge_actions.follow_selection()

    @Slot(object)
    def _opened(self, dialog: QDialog) -> None:
        self.dialog = dialog

    def _open(self, dialog: QDialog) -> None:
        self._opened(dialog)
        dialog.open()

    def notice(self, text: str) -> None:
        """Say what an action did, above the lists, until the next one."""
        self.ui.noticeLabel.setText(text)
        self.ui.noticeLabel.setVisible(bool(text))

    # --- donors ----------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        if has_lines(index):
            self.show_figure_lines(index)

    @Slot(QModelIndex)
    def _donor_activated(self, index: QModelIndex) -> None:
        """Enter or a double-click: a figure's lines, or elsewhere the donor's form."""
        if has_lines(index):
            self.show_figure_lines(index)
        elif index.column() not in FIGURE_COLUMNS:  # a figure of 0 has nothing to open
            self.edit_donor()

    def show_figure_lines(self, index: QModelIndex) -> None:
        from lsa_desktop.views.dialogs.figure_lines_dialog import FigureLinesDialog

        donor = index.data(ROW_ROLE)
        figure: Figure = FIGURE_COLUMNS[index.column()]
        current = self.dialog
        if (
            isinstance(current, FigureLinesDialog)
            and shiboken6.isValid(current)  # it deletes itself once closed
            and current.isVisible()
            and (current.donor.id, current.figure) == (donor.id, figure)
        ):
            return  # the second click of a double-click
        dialog = FigureLinesDialog(self.app, donor, figure, parent=self)
        dialog.pledgeChosen.connect(self.pledge_actions.open_pledge_id)
        self._open(dialog)

    @Slot()
    def new_donor(self) -> None:
        from lsa_desktop.views.dialogs.donor_dialog import DonorDialog

        self._open(DonorDialog(self.app, parent=self))

    @Slot()
    def edit_donor(self) -> None:
        from lsa_desktop.views.dialogs.donor_dialog import DonorDialog

        if (donor := self.selected_donor()) is not None:
            self._open(DonorDialog(self.app, donor.id, parent=self))

    @Slot()
    def archive_donor(self) -> None:
        donor = self.selected_donor()
        if donor is None:
            return
        donors = self.app.services.donors

        def archive() -> None:
            self.app.tasks.run(
                lambda: donors.archive(donor.id),
                write=True,
                label=self.tr("Archiving…"),
                parent=self,
                on_success=lambda _none: self.notice(
                    self.tr("Donor {name} archived.").format(name=donor.name)
                ),
            )

        ask_to_confirm(
            self,
            name="archiveDonor",
            title=self.tr("Archive a donor"),
            text=self.tr("Archive donor {name}?").format(name=donor.name),
            detail=self.tr(
                "An archived donor leaves the donors list and the choices of new pledges; its "
                "pledges and deliveries are kept and still count."
            ),
            confirm_text=self.tr("&Archive"),
            on_confirm=archive,
        )
