"""One delivery of a deliveries file (a pledge's waybill): its rows checked together as the
receiving form checks a delivery, and each row's plan (see :mod:`.deliveries` for the rules).

What is read of the file's pledges, and the writes, are in :mod:`.delivery_records`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row

from lsa_desktop.domain.enums import Condition
from lsa_desktop.domain.pledge_inputs import (
    DeliveryInput,
    DeliveryLineInput,
    ReceivableLine,
    check_delivery,
)
from lsa_desktop.domain.pledges import (
    PledgeAction,
    PledgeRefused,
    follow_pledge_deliveries,
    next_pledge_status,
)
from lsa_desktop.excel.importers.base import RowPlan
from lsa_desktop.excel.importers.delivery_records import DeliveryWriter, PledgeBook
from lsa_desktop.excel.importers.equipment_rows import (
    has_error,
    refuse_whole_groups,
    without_line_label,
)
from lsa_desktop.excel.importers.matching import error, match_text
from lsa_desktop.excel.model import Issue, Outcome, ParsedRow
from lsa_desktop.store.models import (
    Delivery,
    DeliveryLine,
    Pledge,
    PledgeLine,
)

_LINE_KEY = re.compile(r"^lines\[(\d+)\]\.(\w+)$")
#: A delivery line's problem keys -> the kind's fields, on the line's own row.
_LINE_FIELD_OF = {
    "quantity_received": "quantity_received",
    "quantity_accepted": "quantity_accepted",
    "discrepancy_reason": "discrepancy_reason",
}
#: The delivery's problem keys -> the kind's fields; every row of the delivery holds them.
_DELIVERY_FIELD_OF = {
    "delivered_on": "delivered_on",
    "waybill_reference": "waybill",
    "received_by": "waybill",
    "lines": "quantity_received",
}


@dataclass
class DeliveryRow:
    """One row of a delivery: the pledge line it receives against, once found."""

    row: ParsedRow
    issues: list[Issue]
    kind: Row[Any] | None
    unit: Row[Any] | None = None  # when the file names the unit of the pledge line
    target: PledgeLine | None = None
    stored: DeliveryLine | None = None  # the line already recorded, for a re-import

    @property
    def ok(self) -> bool:
        return self.row.valid and not has_error(self.issues)

    @property
    def reason(self) -> str:
        """Why fewer were accepted than received ("" when the cell is empty)."""
        return str(self.row.values.get("discrepancy_reason") or "").strip()

    @property
    def received(self) -> int:
        return int(self.row.values.get("quantity_received") or 0)

    @property
    def accepted(self) -> int:
        """What was accepted: all that was received when the cell is empty."""
        accepted = self.row.values.get("quantity_accepted")
        return self.received if accepted is None else int(accepted)

    @property
    def condition(self) -> Condition:
        return self.row.values.get("condition") or Condition.NEW


class DeliveryGroup:
    """The rows of one waybill of one pledge, checked together; see :mod:`.deliveries`."""

    def __init__(
        self,
        rows: list[DeliveryRow],
        pledge: Pledge,
        book: PledgeBook,
        received_by: str,
        today: date,
    ) -> None:
        self.rows = rows
        self.pledge = pledge
        self.book = book
        self.received_by = received_by
        first = rows[0].row.values
        self.delivered_on: date | None = first.get("delivered_on")
        self.waybill = " ".join(str(first.get("waybill") or "").split())
        self.delivery: Delivery | None = None
        self._agree_on_date()
        self._find_delivery()
        for line in rows:
            self._find_target(line)
        self.new_rows = [line for line in rows if line.stored is None]
        if self.new_rows and all(line.ok for line in rows):
            self._check(today)

    @property
    def valid(self) -> bool:
        return all(line.ok for line in self.rows)

    # --- checks -------------------------------------------------------------------------------

    def _agree_on_date(self) -> None:
        for line in self.rows[1:]:
            day = line.row.values.get("delivered_on")
            if day is not None and self.delivered_on is not None and day != self.delivered_on:
                line.issues.append(
                    error(
                        line.row.number,
                        "delivered_on",
                        f"Row {self.rows[0].row.number} gives waybill {self.waybill} the date "
                        f"{self.delivered_on.isoformat()}: the rows of a delivery say the same "
                        "of it. Make them agree.",
                    )
                )

    def _find_delivery(self) -> None:
        """The delivery already recorded under this waybill, if any: its date must agree."""
        found = [
            delivery
            for delivery in self.book.deliveries.get(self.pledge.id, [])
            if self.waybill and match_text(delivery.waybill_reference) == match_text(self.waybill)
        ]
        if len(found) > 1:
            self._on_every_row(
                "waybill",
                f"Waybill {self.waybill} matches {len(found)} deliveries of pledge "
                f"{self.pledge.reference}: fix the duplicates first.",
            )
        elif found:
            self.delivery = found[0]
            recorded = self.delivery.delivered_on
            if self.delivered_on is not None and recorded != self.delivered_on:
                self._on_every_row(
                    "delivered_on",
                    f"Waybill {self.waybill} of pledge {self.pledge.reference} was received on "
                    f"{recorded.isoformat()}: check the date or the waybill.",
                )

    def _find_target(self, line: DeliveryRow) -> None:
        """The pledge line the row receives against (by its type), and the line the delivery
        already has for it; a recorded line must be the same again."""
        if line.kind is None:
            return
        found = [t for t in self.book.lines[self.pledge.id] if t.equipment_type_id == line.kind.id]
        if line.unit is not None:
            found = [t for t in found if t.unit_id == line.unit.id]
        if not found:
            line.issues.append(
                error(
                    line.row.number,
                    "equipment_code",
                    f"Pledge {self.pledge.reference} has no line of {line.kind.code}: check the "
                    "equipment code or the pledge.",
                )
            )
            return
        if len(found) > 1:
            line.issues.append(
                error(
                    line.row.number,
                    "equipment_code",
                    f"Pledge {self.pledge.reference} has {len(found)} lines of {line.kind.code} "
                    "(for different units): name the unit in the Unit column.",
                )
            )
            return
        line.target = found[0]
        if self.delivery is None:
            return
        recorded = [
            r for r in self.book.delivered[self.delivery.id] if r.pledge_line_id == found[0].id
        ]
        if not recorded:
            return
        line.stored = recorded[0]
        same = (recorded[0].quantity_received, recorded[0].quantity_accepted, recorded[0].condition)
        if same != (line.received, line.accepted, line.condition):
            line.issues.append(
                error(
                    line.row.number,
                    "quantity_received",
                    f"Waybill {self.waybill} already records {line.kind.code}: "
                    f"{recorded[0].quantity_received:,} received, "
                    f"{recorded[0].quantity_accepted:,} accepted "
                    f"({recorded[0].condition.value.lower().replace('_', ' ')}). A recorded "
                    "delivery is not changed by an import: undo it in the window, then import "
                    "again.",
                )
            )

    def _check(self, today: date) -> None:
        """The receiving form's rules on the new lines, against what is still outstanding."""
        pledge = self.pledge
        itemised = bool(self.book.lines[pledge.id])
        try:
            next_pledge_status(self.book.status[pledge.id], PledgeAction.RECEIVE, itemised=itemised)
        except PledgeRefused as refused:
            self._on_every_row("pledge", str(refused))
            return
        values = DeliveryInput(
            pledge_id=pledge.id,
            delivered_on=self.delivered_on,
            waybill_reference=self.waybill,
            received_by=self.received_by,
            lines=tuple(
                DeliveryLineInput(
                    pledge_line_id=line.target.id,
                    quantity_received=line.received,
                    quantity_accepted=line.accepted,
                    condition=line.condition,
                    discrepancy_reason=line.reason,
                )
                for line in self.new_rows
                if line.target is not None
            ),
        )
        receivable = {
            target.id: ReceivableLine(
                outstanding=max(0, target.quantity - self.book.accepted.get(target.id, 0)),
                serialised=self.book.serialised[target.equipment_type_id],
            )
            for target in self.book.lines[pledge.id]
        }
        problems = check_delivery(values, receivable, pledged_on=pledge.pledged_on, today=today)
        for key, sentence in problems.as_dict().items():
            line_key = _LINE_KEY.match(key)
            if line_key is None:
                self._on_every_row(_DELIVERY_FIELD_OF.get(key, "pledge"), sentence)
                continue
            line = self.new_rows[int(line_key.group(1))]
            name = line_key.group(2)
            sentence = without_line_label(sentence)
            line.issues.append(error(line.row.number, _LINE_FIELD_OF.get(name, name), sentence))
        for line in self.new_rows:
            if line.target is not None and line.target.unit_id in self.book.archived_units:
                line.issues.append(
                    error(
                        line.row.number,
                        "equipment_code",
                        "The unit this line was pledged to is archived, so nothing can be "
                        "received for it. Bring the unit back first.",
                    )
                )

    def refuse_unless_whole(self) -> None:
        """When one row has an error, an error on each other row: a delivery is imported whole."""
        by_number = {line.row.number: line for line in self.rows}
        refuse_whole_groups(
            [list(by_number)],
            {number: line.issues for number, line in by_number.items()},
            lambda number: by_number[number].ok,
            "waybill",
            lambda _number: f"Waybill {self.waybill}",
        )

    def _on_every_row(self, name: str, sentence: str) -> None:
        for line in self.rows:
            line.issues.append(error(line.row.number, name, sentence))

    # --- plans and writes ---------------------------------------------------------------------

    def row_plans(self) -> list[RowPlan]:
        """Each row's plan; a valid delivery's new lines also count, in the book, as accepted
        (so a later waybill of the same pledge is held to what is left)."""
        if not self.valid:
            return [RowPlan(line.row.number, Outcome.SKIPPED, line.issues) for line in self.rows]
        book, pledge = self.book, self.pledge
        for line in self.new_rows:
            assert line.target is not None
            book.accepted[line.target.id] = book.accepted.get(line.target.id, 0) + line.accepted
        figures = [(t.quantity, book.accepted.get(t.id, 0)) for t in book.lines[pledge.id]]
        status = follow_pledge_deliveries(book.status[pledge.id], figures)
        book.status[pledge.id] = status
        writer = DeliveryWriter(self, status)
        plans = []
        for line in self.rows:
            if line.stored is not None:
                plans.append(RowPlan(line.row.number, Outcome.UNCHANGED, line.issues))
                continue
            settle = line is self.new_rows[-1]
            plans.append(
                RowPlan(line.row.number, Outcome.NEW, line.issues, writer.for_row(line, settle))
            )
        return plans
