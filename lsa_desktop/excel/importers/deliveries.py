"""Importing deliveries: what arrived against a pledge, a delivery per waybill, its lines one per
row found by the pledge's reference and the equipment code (and the unit, when the pledge has
lines of the item for several units); received as the receiving form
receives a delivery (:func:`~lsa_desktop.domain.pledge_inputs.check_delivery`) and written as
the delivery service writes one: the items accepted become the unit's (serialised ones with
their type's next tags, bulk ones on its stock line), and the pledge's status and the
fulfilment of the requisitions it answers follow.

The rows of a waybill make one delivery, dated alike, imported whole (when one row has an error,
none is written). An empty Quantity accepted means all that was received was accepted; an empty
Condition, new. Fewer accepted than received needs a reason, in the Discrepancy reason column. The person importing is recorded as who received it.

Re-importing: a row whose waybill already records its line, with the same figures, is unchanged;
with other figures it is an error (a recorded delivery is undone in the window, not overwritten).
A row for a line the waybill does not record yet is added to that delivery.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session

from lsa_desktop.excel.importers.base import KindPlan, RowPlan
from lsa_desktop.excel.importers.delivery_groups import DeliveryGroup, DeliveryRow
from lsa_desktop.excel.importers.delivery_records import PledgeBook
from lsa_desktop.excel.importers.equipment_rows import find
from lsa_desktop.excel.importers.matching import (
    FileKeys,
    ReferenceProblem,
    Stored,
    error,
    match_text,
    today_of,
)
from lsa_desktop.excel.importers.references import References
from lsa_desktop.excel.kinds import DELIVERIES
from lsa_desktop.excel.model import Issue, Outcome, ParsedRow
from lsa_desktop.store.audit import USER_KEY
from lsa_desktop.store.models import Pledge

#: Who received a delivery, when the import's session names nobody.
_RECEIVER = "Excel import"


class DeliveriesImporter:
    spec = DELIVERIES

    def plan(self, session: Session, rows: Sequence[ParsedRow]) -> KindPlan:
        refs = References(session)
        stored = Stored(session, Pledge, lambda row: match_text(row.reference), noun="pledge")
        seen = FileKeys("delivery line")
        groups: dict[Any, list[DeliveryRow]] = {}
        pledge_of: dict[Any, Row[Any]] = {}
        plans: dict[int, RowPlan] = {}
        for row in rows:
            line, key, pledge = _read(row, refs, stored, seen)
            if key is None:
                plans[row.number] = RowPlan(row.number, Outcome.SKIPPED, line.issues)
                continue
            groups.setdefault(key, []).append(line)
            pledge_of[key] = pledge
        book = PledgeBook(session, list(pledge_of.values()))
        received_by = str(session.info.get(USER_KEY) or _RECEIVER)[:120]
        today = today_of(session)
        for key, lines in groups.items():
            pledge = book.pledges[pledge_of[key].id]
            group = DeliveryGroup(lines, pledge, book, received_by, today)
            group.refuse_unless_whole()
            for row_plan in group.row_plans():
                plans[row_plan.number] = row_plan
        return KindPlan([plans[row.number] for row in rows])


def _read(
    row: ParsedRow, refs: References, stored: Stored[Pledge], seen: FileKeys
) -> tuple[DeliveryRow, Any, Row[Any] | None]:
    """The row's type and pledge, and the delivery it belongs to: its pledge and waybill (a row
    without a waybill is a delivery of its own, which the rules then refuse); no delivery (None)
    when the pledge is not found."""
    issues: list[Issue] = []
    kind = find(
        row,
        "equipment_code",
        lambda text: refs.equipment_types.get(text, archived_ok=True),
        issues,
    )
    unit = find(row, "unit", lambda text: refs.units.get(text, archived_ok=True), issues)
    line = DeliveryRow(row, issues, kind, unit)
    reference = row.values.get("pledge")
    if not reference:
        return line, None, None
    try:
        pledge = stored.match(
            match_text(reference),
            f"Pledge reference {reference}",
            lambda found: f"{found.reference} of {found.pledged_on.isoformat()}",
        )
    except ReferenceProblem as problem:
        issues.append(error(row.number, "pledge", str(problem)))
        return line, None, None
    if pledge is None:
        issues.append(
            error(
                row.number,
                "pledge",
                f"There is no pledge {reference!r}: check the reference, or import the pledge "
                "first.",
            )
        )
        return line, None, None
    waybill = match_text(str(row.values.get("waybill") or ""))
    if waybill and kind is not None:
        try:
            for_unit = f" of {unit.code}" if unit is not None else ""
            seen.claim(
                (pledge.id, waybill, kind.id, unit.id if unit is not None else None),
                row.number,
                f"Waybill {row.values['waybill']} of pledge {pledge.reference} for "
                f"{kind.code}{for_unit}",
            )
        except ReferenceProblem as problem:
            issues.append(error(row.number, "equipment_code", str(problem)))
    return line, (pledge.id, waybill or row.number), pledge


IMPORTER = DeliveriesImporter()
