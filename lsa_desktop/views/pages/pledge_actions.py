"""What the Donors page does to pledges: record one, open one, record a delivery against one, and
commit, withdraw or close it.

Each is a :class:`QAction` (with its shortcut, on the page's pledge tool bar) enabled from the
``allowed_actions`` of the pledge selected, read afresh whenever the selection or the data
changes: the service's own rule, which also knows whether the pledge has item lines (a pledge
recorded by its value alone is closed, never received against). So a button is never offered
for an action that would be refused. Withdrawing and closing ask first: they end what the donor
is expected to deliver.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QTableView, QToolBar, QWidget

from lsa_desktop.domain.pledges import PledgeAction
from lsa_desktop.errors import UserError
from lsa_desktop.services.donors import PledgeRow
from lsa_desktop.services.pledges import PledgeDetail
from lsa_desktop.views.dialogs.field_helpers import ask_to_confirm, page_action
from lsa_desktop.views.pages.row_list_model import number_text
from lsa_desktop.views.table_models.donor_labels import donor_label

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication


class PledgeActions(QObject):
    """The pledge actions of ``page``; ``selected()`` gives the pledge selected (or None) and
    ``donor()`` the donor selected, whom a new pledge is for."""

    opened = Signal(object)  # the dialog just opened
    told = Signal(str)  # what an action did, in one sentence

    def __init__(
        self,
        app: LsaApplication,
        page: QWidget,
        table: QTableView,
        selected: Callable[[], PledgeRow | None],
        donor: Callable[[], uuid.UUID | None],
    ) -> None:
        super().__init__(page)
        self.app = app
        self._page = page
        self._selected = selected
        self._donor = donor
        #: What the pledge selected allows, once read (empty while it is being read).
        self._allowed: frozenset[PledgeAction] = frozenset()
        self._allowed_for: uuid.UUID | None = None
        self._reads = 0  # the number of the last read asked for: earlier answers are stale
        self._reading = False
        tr = self.tr
        self.new_pledge = page_action(
            page,
            "newPledgeAction",
            tr("New &pledge…"),
            self.new,
            shortcuts=["Ctrl+Shift+N"],
            tip=tr("Record a pledge of the selected donor"),
        )
        self.open_pledge = page_action(
            table,
            "openPledgeAction",
            tr("&Open pledge…"),
            self.open_selected,
            shortcuts=["F2"],
            tip=tr("Open the selected pledge: its lines and deliveries"),
            widget_only=True,
        )
        self.record_delivery = page_action(
            page,
            "recordDeliveryAction",
            tr("&Record delivery…"),
            self.receive,
            shortcuts=["Ctrl+D"],
            tip=tr("Record what arrived against the selected pledge"),
        )
        self.by_action: dict[PledgeAction, QAction] = {
            PledgeAction.COMMIT: page_action(
                page,
                "commitPledgeAction",
                tr("&Commit"),
                lambda: self.act(PledgeAction.COMMIT),
                tip=tr("The donor has confirmed the pledge"),
            ),
            PledgeAction.WITHDRAW: page_action(
                page,
                "withdrawPledgeAction",
                tr("&Withdraw…"),
                lambda: self.act(PledgeAction.WITHDRAW),
                tip=tr("The donor will not deliver: the pledge stops counting against the gaps"),
            ),
            PledgeAction.CLOSE: page_action(
                page,
                "closePledgeAction",
                tr("C&lose pledge…"),
                lambda: self.act(PledgeAction.CLOSE),
                tip=tr("Nothing more is expected on this pledge"),
            ),
        }
        table.activated.connect(self.open_selected)
        self.follow_selection()

    def add_to(self, bar: QToolBar) -> None:
        for action in (self.new_pledge, self.open_pledge, self.record_delivery):
            bar.addAction(action)
        bar.addSeparator()
        for action in self.by_action.values():
            bar.addAction(action)

    @property
    def loading(self) -> bool:
        """What the pledge selected allows is being read."""
        return self._reading

    @Slot()
    def follow_selection(self) -> None:
        """Read what the pledge selected allows now (its status may have just changed)."""
        pledge = self._selected()
        self.open_pledge.setEnabled(pledge is not None)
        self._enable(frozenset(), None)
        self._reads += 1
        if pledge is None:
            self._reading = False
            return
        number, pledges = self._reads, self.app.services.pledges
        self._reading = True
        self.app.tasks.run(
            lambda: pledges.detail(pledge.id),
            parent=self._page,
            show_progress=False,
            on_success=lambda detail: self._read(number, detail),
            on_failure=lambda exc: self._read_failed(number, exc),
        )

    def _read(self, number: int, detail: PledgeDetail) -> None:
        if number == self._reads:
            self._reading = False
            self._enable(detail.allowed_actions, detail.id)

    def _read_failed(self, number: int, exc: BaseException) -> None:
        if number != self._reads:
            return
        self._reading = False
        # A pledge gone meanwhile (an undo) leaves the actions off until the list is read
        # again; anything else is a bug to report.
        if not isinstance(exc, UserError):
            self.app.report_error(exc, self._page)

    def _enable(self, allowed: frozenset[PledgeAction], pledge_id: uuid.UUID | None) -> None:
        self._allowed, self._allowed_for = allowed, pledge_id
        self.record_delivery.setEnabled(PledgeAction.RECEIVE in allowed)
        for action, qaction in self.by_action.items():
            qaction.setEnabled(action in allowed)

    def _allows(self, action: PledgeAction) -> PledgeRow | None:
        """The pledge selected, if it allows ``action``."""
        pledge = self._selected()
        if pledge is None or pledge.id != self._allowed_for or action not in self._allowed:
            return None
        return pledge

    def _open(self, dialog: QDialog) -> None:
        self.opened.emit(dialog)
        dialog.open()

    # --- the actions -------------------------------------------------------------------------------

    @Slot()
    def new(self) -> None:
        from lsa_desktop.views.dialogs.pledge_dialog import PledgeDialog

        dialog = PledgeDialog(self.app, donor_id=self._donor(), parent=self._page)
        dialog.saved.connect(self._saved)
        self._open(dialog)

    @Slot()
    def open_selected(self) -> None:
        if (pledge := self._selected()) is not None:
            self.open_pledge_id(pledge.id)

    @Slot(object)
    def open_pledge_id(self, pledge_id: uuid.UUID) -> None:
        from lsa_desktop.views.dialogs.pledge_dialog import PledgeDialog

        dialog = PledgeDialog(self.app, pledge_id=pledge_id, parent=self._page)
        dialog.saved.connect(self._saved)
        self._open(dialog)

    def _saved(self, detail: PledgeDetail) -> None:
        self.told.emit(
            self.tr("Pledge {reference} of {donor} saved: USD {value}; status {status}.").format(
                reference=detail.reference,
                donor=detail.donor_name,
                value=number_text(detail.value_usd),
                status=donor_label(detail.status),
            )
        )

    @Slot()
    def receive(self) -> None:
        from lsa_desktop.views.dialogs.delivery_dialog import DeliveryDialog, delivery_outcome

        if (pledge := self._allows(PledgeAction.RECEIVE)) is None:
            return
        dialog = DeliveryDialog(self.app, pledge.id, parent=self._page)
        dialog.saved.connect(lambda detail: self.told.emit(delivery_outcome(detail)))
        self._open(dialog)

    def act(self, action: PledgeAction) -> None:
        """Commit at once; withdraw and close after a question."""
        if (pledge := self._allows(action)) is None:
            return
        if action == PledgeAction.COMMIT:
            self._run(pledge, action)
            return
        withdraw = action == PledgeAction.WITHDRAW
        ask_to_confirm(
            self._page,
            name="withdrawPledge" if withdraw else "closePledge",
            title=self.tr("Withdraw a pledge") if withdraw else self.tr("Close a pledge"),
            text=(
                self.tr("Withdraw pledge {reference} of {donor}?")
                if withdraw
                else self.tr("Close pledge {reference} of {donor}?")
            ).format(reference=pledge.reference, donor=pledge.donor_name),
            detail=(
                self.tr(
                    "What it still owes stops counting against the gaps and in the donor's "
                    "outstanding figures."
                )
                if withdraw
                else self.tr(
                    "Nothing more is expected on it: what was delivered stays, what is still "
                    "owed stops counting against the gaps."
                )
            ),
            confirm_text=self.tr("&Withdraw") if withdraw else self.tr("C&lose"),
            on_confirm=lambda: self._run(pledge, action),
        )

    def _run(self, pledge: PledgeRow, action: PledgeAction) -> None:
        service = self.app.services.pledges
        self._enable(frozenset(), None)  # until the pledge is read again, once changed
        self.app.tasks.run(
            lambda: service.act(pledge.id, action),
            write=True,
            label=self.tr("Saving…"),
            parent=self._page,
            on_success=self._acted,
        )

    def _acted(self, detail: PledgeDetail) -> None:
        self.told.emit(
            self.tr("Pledge {reference}: status now {status}.").format(
                reference=detail.reference, status=donor_label(detail.status)
            )
        )
