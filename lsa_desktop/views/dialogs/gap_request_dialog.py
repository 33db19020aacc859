"""From gaps to draft requisitions: the form that lists the gaps chosen on the Equipment & gaps
page, and the steps around it (:class:`GapRequests`).

The form shows, per (unit, equipment type) gap, what open requisitions and pledges already cover
and asks, line by line, for what nothing covers yet; the person may change each quantity (0
leaves the line out), the priority and the justification. OK creates one draft per unit, off the
GUI thread, with the catalogue's unit values; then a message names the drafts and offers to open
them. When every gap chosen is already covered the form says so as it opens, before anything is
written; a refusal by the service is shown in the form as its sentence.

Keyboard: a digit starts typing a quantity, Tab or the arrows move between lines, Enter outside a
cell creates the drafts, Escape cancels.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from lsa_desktop.domain.enums import Priority
from lsa_desktop.domain.validation import Problems
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.dialogs.gap_request_model import (
    GapColumn,
    GapRequestModel,
    QuantityDelegate,
    money_text,
)
from lsa_desktop.views.dialogs.messages import show_information
from lsa_desktop.views.forms.ui_gap_request_dialog import Ui_GapRequestDialog
from lsa_desktop.views.pages.row_list_model import compact_rows, number_text
from lsa_desktop.views.table_models.requisition_labels import PRIORITY_ORDER, priority_label

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services.requisitions import GapCoverage, RequisitionDetail
    from lsa_desktop.tasks import Task

#: A gap: (unit id, equipment type id).
GapKey = tuple[uuid.UUID, uuid.UUID]


class GapRequestDialog(FormDialog):
    """``saved`` carries the drafts created (``RequisitionDetail``, one per unit)."""

    def __init__(
        self,
        app: LsaApplication,
        gaps: Sequence[GapCoverage],
        parent: QWidget | None = None,
        *,
        title: str | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_GapRequestDialog()
        self.ui.setupUi(self)
        self.gaps = list(gaps)
        if title:
            self.setWindowTitle(title)
            self.ui.titleLabel.setText(title)
        self.lines_model = GapRequestModel(self)
        self.lines_model.quantitiesChanged.connect(self._show_totals)
        self._set_up_lines()
        for priority in PRIORITY_ORDER:
            self.ui.priority.addItem(priority_label(priority), priority.value)
        self.ui.priority.setCurrentIndex(self.ui.priority.findData(Priority.URGENT.value))
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.connect_buttons(self.ui.buttonBox)
        self.lines_model.set_gaps(self.gaps)
        self.lines_model.quantitiesChanged.connect(self._recheck_lines)
        self._describe()
        # One unit (the usual case): its code is in the summary, not repeated on every line.
        self.ui.lines.setColumnHidden(GapColumn.UNIT, len({gap.unit_id for gap in self.gaps}) == 1)
        self.ui.lines.setCurrentIndex(self.lines_model.index(0, GapColumn.QUANTITY))
        self.ui.lines.setFocus()

    def _set_up_lines(self) -> None:
        table = self.ui.lines
        table.setModel(self.lines_model)
        table.setItemDelegate(QuantityDelegate(table))
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GapColumn.NOTE, QHeaderView.ResizeMode.Stretch)

    def _describe(self) -> None:
        """Say what is listed and what already covers it, before anything is written."""
        count, units = len(self.gaps), len({gap.unit_id for gap in self.gaps})
        if count == 1:
            listed = self.tr("The gap of {unit} in {equipment}.").format(
                unit=self.gaps[0].unit_code, equipment=self.gaps[0].type_name
            )
        elif units == 1:
            listed = self.tr("{count} gaps of {unit}.").format(
                count=count, unit=self.gaps[0].unit_code
            )
        else:
            listed = self.tr("{count} gaps of {units} units.").format(count=count, units=units)
        self.ui.summaryLabel.setText(
            listed
            + " "
            + self.tr(
                "Each line asks for what no open requisition or pledge covers yet: change a "
                "quantity as needed, or set it to 0 to leave the line out."
            )
        )
        covered = sum(gap.covered for gap in self.gaps)
        partly = sum(bool(gap.note) and not gap.covered for gap in self.gaps)
        if covered and covered == count:
            text = self.tr(
                "Every gap listed is already covered by open requisitions or pledges: nothing "
                "needs requesting (see the Coverage column). Type a quantity only to ask for more."
            )
        elif count == 1 and partly:
            text = self.tr(
                "This gap is already covered in part (see the Coverage column): the line asks "
                "only for the rest."
            )
        elif covered and partly:
            text = self.tr(
                "Already covered: in full, {covered} of the {count} gaps; in part, {partly}. See "
                "the Coverage column: each line asks only for the rest."
            ).format(covered=covered, count=count, partly=partly)
        elif covered:
            text = self.tr(
                "Already covered in full: {covered} of the {count} gaps (see the Coverage "
                "column); their lines ask for nothing."
            ).format(covered=covered, count=count)
        elif partly:
            text = self.tr(
                "Already covered in part: {partly} of the {count} gaps (see the Coverage "
                "column); their lines ask only for the rest."
            ).format(partly=partly, count=count)
        else:
            text = ""
        self.ui.coverageLabel.setText(text)
        self.ui.coverageLabel.setVisible(bool(text))

    def _show_totals(self) -> None:
        model = self.lines_model
        units = model.units_requested()
        if not units:
            self.ui.totalLabel.setText(self.tr("Nothing to request: every quantity is 0."))
        else:
            if len(units) == 1:
                drafts = self.tr("1 draft requisition ({unit})").format(unit=units[0])
            else:
                drafts = self.tr("{count} draft requisitions ({units})").format(
                    count=len(units), units=", ".join(units)
                )
            self.ui.totalLabel.setText(
                self.tr("Total: {quantity} items, USD {total}, in {drafts}.").format(
                    quantity=number_text(model.total_quantity()),
                    total=money_text(model.total_usd()),
                    drafts=drafts,
                )
            )
        if len(units) > 1:
            self.ok_button.setText(self.tr("&Create {count} drafts").format(count=len(units)))
        else:
            self.ok_button.setText(self.tr("&Create draft"))

    def _recheck_lines(self) -> None:
        self._show(self.check(self.collect()).as_dict(), only={"lines"})

    # --- the form ------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        return {
            "lines": self.lines_model.requests(),
            "priority": Priority(self.ui.priority.currentData()),
            "justification": self.ui.justification.toPlainText().strip(),
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        problems = Problems()
        if not values["lines"]:
            if self.gaps and all(gap.covered for gap in self.gaps):
                sentence = self.tr(
                    "Every gap listed is already covered: there is nothing to request. Type a "
                    "quantity to ask for more anyway."
                )
            else:
                sentence = self.tr("Type a quantity on at least one line: a line at 0 is left out.")
            problems.add("lines", sentence)
        return problems

    def submit(self, values: Mapping[str, Any]) -> list[RequisitionDetail]:
        return self.app.services.requisitions.drafts_from_gaps(
            values["lines"],
            requested_by=self.app.settings.current_user,
            priority=values["priority"],
            justification=values["justification"],
        )


class GapRequests(QObject):
    """Gaps to draft requisitions, for one page (its ``parent``): read what covers the gaps off the
    GUI thread, open the form, then name the drafts created and offer to open them."""

    def __init__(self, app: LsaApplication, page: QWidget) -> None:
        super().__init__(page)
        self.app = app
        self.page = page
        #: The form or message opened last (tests and callers that want to watch it).
        self.dialog: QWidget | None = None

    def request(self, keys: Sequence[GapKey]) -> Task:
        """The form for the gaps ``keys``."""
        service = self.app.services.requisitions
        wanted = list(keys)
        return self.app.tasks.run(
            lambda: service.gap_coverage(wanted),
            label=self.tr("Reading the gaps…"),
            parent=self.page,
            on_success=self._gaps_read,
        )

    def _gaps_read(self, gaps: list[GapCoverage]) -> None:
        if still_short := [gap for gap in gaps if gap.gap > 0]:
            self._show_form(still_short)
        else:  # closed since they were selected
            self.dialog = show_information(
                self.tr("Request"),
                self.tr("None of these gaps remains: nothing to request."),
                self.page,
            )

    def request_critical(self, unit_id: uuid.UUID, unit_name: str) -> Task:
        """The form for every gap of the unit in a critical category; a note if it has none."""
        service = self.app.services.requisitions

        def read() -> list[GapCoverage]:
            return service.gap_coverage(service.critical_gap_keys(unit_id))

        def answered(gaps: list[GapCoverage]) -> None:
            if gaps:
                title = self.tr("Request the critical gaps of {unit}").format(unit=unit_name)
                self._show_form(gaps, title)
            else:
                self.dialog = show_information(
                    self.tr("Request critical gaps"),
                    self.tr("{unit} has no gap in a critical category: nothing to request.").format(
                        unit=unit_name
                    ),
                    self.page,
                )

        return self.app.tasks.run(
            read, label=self.tr("Reading the gaps…"), parent=self.page, on_success=answered
        )

    def _show_form(self, gaps: list[GapCoverage], title: str | None = None) -> None:
        dialog = GapRequestDialog(self.app, gaps, self.page, title=title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._created)
        self.dialog = dialog
        dialog.open()

    def _created(self, drafts: list[RequisitionDetail]) -> None:
        """Name the drafts created and offer to open them."""
        described = [
            self.tr("{reference} for {unit} ({lines}, USD {total})").format(
                reference=draft.reference,
                unit=draft.unit_code,
                lines=self._lines_text(len(draft.lines)),
                total=money_text(draft.total_requested_usd),
            )
            for draft in drafts
        ]
        if len(drafts) == 1:
            title = self.tr("Draft requisition created")
            text = self.tr("Draft requisition created: {draft}.").format(draft=described[0])
            open_text = self.tr("&Open {reference}").format(reference=drafts[0].reference)
        else:
            title = self.tr("Draft requisitions created")
            text = self.tr("{count} draft requisitions created: {drafts}.").format(
                count=len(drafts), drafts="; ".join(described)
            )
            open_text = self.tr("&Open them")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.NoButton,
            self.page,
        )
        box.setObjectName("draftsCreated")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr("A draft can still be changed; it goes for approval once it is submitted.")
        )
        open_button = box.addButton(open_text, QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("openDraftsButton")
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [draft.id for draft in drafts]

        def answered() -> None:
            if box.clickedButton() is open_button:
                self._open_drafts(ids)

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _open_drafts(self, ids: Sequence[uuid.UUID]) -> None:
        from lsa_desktop.views.dialogs import requisition_dialog

        for requisition_id in ids:
            requisition_dialog.open_requisition(self.app, requisition_id, self.page)

    def _lines_text(self, count: int) -> str:
        return self.tr("1 line") if count == 1 else self.tr("{count} lines").format(count=count)
