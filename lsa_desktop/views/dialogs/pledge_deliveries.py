"""The deliveries of a pledge, on its form: one row per line received, with the items it created.

Read-only: a delivery is recorded from the Donors page (Record delivery), and once recorded it
stays as it was received.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView

from lsa_desktop.services.pledges import DeliveryDetail, DeliveryLineDetail, PledgeLineDetail
from lsa_desktop.views.pages.row_list_model import (
    NO_VALUE,
    Column,
    RowListModel,
    compact_rows,
    date_key,
    date_text,
    number_text,
)
from lsa_desktop.views.table_models.labels import enum_label

Received = tuple[DeliveryDetail, DeliveryLineDetail]


def tags_text(tags: Sequence[str]) -> str:
    """ "AT-0001" for one item, "AT-0001 … AT-0012 (12)" for several, "—" for bulk items."""
    if not tags:
        return NO_VALUE
    if len(tags) == 1:
        return tags[0]
    return f"{tags[0]} … {tags[-1]} ({number_text(len(tags))})"


class DeliveriesTable(QObject):
    """Fills ``table`` with the lines received and ``summary`` with what they add up to."""

    def __init__(self, table: QTableView, summary: QLabel, parent: QObject) -> None:
        super().__init__(parent)
        self._summary = summary
        self.model: RowListModel[Received] = RowListModel(self._columns(), self)
        table.setModel(self.model)
        compact_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the equipment

    def show(self, deliveries: Sequence[DeliveryDetail], lines: Sequence[PledgeLineDetail]) -> None:
        self.model.set_rows(
            [(delivery, line) for delivery in deliveries for line in delivery.lines]
        )
        if not deliveries:
            self._summary.setText(self.tr("Nothing has been delivered on this pledge yet."))
            return
        received = sum(line.quantity_received for _d, line in self.model.rows())
        accepted = sum(line.quantity_accepted for _d, line in self.model.rows())
        outstanding = sum(line.outstanding for line in lines)
        count = (
            self.tr("1 delivery")
            if len(deliveries) == 1
            else self.tr("{count} deliveries").format(count=number_text(len(deliveries)))
        )
        self._summary.setText(
            self.tr(
                "{count}: {accepted} items accepted of {received} received; {outstanding} still outstanding."
            ).format(
                count=count,
                accepted=number_text(accepted),
                received=number_text(received),
                outstanding=number_text(outstanding),
            )
        )

    def _columns(self) -> list[Column[Received]]:
        return [
            Column(
                self.tr("Delivered on"),
                lambda r: date_text(r[0].delivered_on),
                lambda r: date_key(r[0].delivered_on),
            ),
            Column(
                self.tr("Waybill / GRN"),
                lambda r: r[0].waybill_reference or NO_VALUE,
                lambda r: r[0].waybill_reference,
            ),
            Column(self.tr("Received by"), lambda r: r[0].received_by, lambda r: r[0].received_by),
            Column(self.tr("Unit"), lambda r: r[1].unit_code, lambda r: r[1].unit_code),
            Column(
                self.tr("Equipment"),
                lambda r: f"{r[1].type_code} — {r[1].type_name}",
                lambda r: r[1].type_code,
            ),
            Column(
                self.tr("Received"),
                lambda r: number_text(r[1].quantity_received),
                lambda r: r[1].quantity_received,
                numeric=True,
            ),
            Column(
                self.tr("Accepted"),
                lambda r: number_text(r[1].quantity_accepted),
                lambda r: r[1].quantity_accepted,
                numeric=True,
            ),
            Column(
                self.tr("Condition"),
                lambda r: enum_label(r[1].condition),
                lambda r: enum_label(r[1].condition),
            ),
            Column(
                self.tr("Discrepancy"),
                lambda r: r[1].discrepancy_reason or NO_VALUE,
                lambda r: r[1].discrepancy_reason,
                tooltip=lambda r: r[1].discrepancy_reason,
            ),
            Column(
                self.tr("Items"),
                lambda r: tags_text(r[1].asset_tags),
                lambda r: len(r[1].asset_tags),
                tooltip=lambda r: "\n".join(r[1].asset_tags),
            ),
        ]
