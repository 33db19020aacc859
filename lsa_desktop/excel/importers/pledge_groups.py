"""One pledge of a pledges file: its rows checked together as the pledge form checks a pledge,
its value and status settled, and each row's plan (see :mod:`.pledges` for the rules).

What is read of the stored pledges, and the writes, are in :mod:`.pledge_records`.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session

from lsa_desktop.domain.enums import PledgeKind, PledgeStatus, Severity
from lsa_desktop.domain.pledge_inputs import PledgeInput, PledgeLineInput, check_pledge
from lsa_desktop.domain.pledges import (
    PledgeAction,
    PledgeRefused,
    follow_pledge_deliveries,
    next_pledge_status,
)
from lsa_desktop.domain.validation import Problems
from lsa_desktop.excel.importers.base import RowPlan
from lsa_desktop.excel.importers.equipment_rows import without_line_label
from lsa_desktop.excel.importers.matching import error, match_text, warning
from lsa_desktop.excel.importers.pledge_records import (
    LINE_COLUMNS,
    PledgeRow,
    PledgeWriter,
    StoredPledges,
)
from lsa_desktop.excel.importers.pledge_status import typed_status
from lsa_desktop.excel.importers.references import Creatable
from lsa_desktop.excel.model import Outcome
from lsa_desktop.services.pledge_lines import LineToSave, resolve_lines
from lsa_desktop.store.models import PledgeLine

#: The pledge's problem keys (the form's fields) -> the kind's fields; every row holds them.
_PLEDGE_FIELD_OF = {
    "donor_id": "donor",
    "reference": "reference",
    "pledged_on": "pledged_on",
    "expected_delivery": "expected_delivery",
    "value_usd": "quantity",
    "notes": "reference",
    "lines": "quantity",
}
#: A line's problem keys -> the kind's fields, on the line's own row.
_LINE_FIELD_OF = {
    "unit_id": "unit",
    "equipment_type_id": "equipment_code",
    "quantity": "quantity",
    "unit_value_usd": "unit_value_usd",
    "requisition_line_id": "requisition",
}
_LINE_KEY = re.compile(r"^lines\[(\d+)\]\.(\w+)$")
#: What a row says of its pledge, which every row of the pledge must say alike.
_PLEDGE_VALUES = ("donor", "pledged_on", "expected_delivery", "status")
#: How a sentence names each of them.
_NAMES = {
    "donor": "donor",
    "pledged_on": "date",
    "expected_delivery": "expected delivery",
    "status": "status",
}


@dataclass
class _Settled:
    """What writing the pledge sets on it once its lines are written."""

    changes: dict[str, Any] = field(default_factory=dict)
    status: PledgeStatus = PledgeStatus.PLEDGED
    value_usd: float = 0.0


class PledgeGroup:
    """The rows of one pledge reference, checked together; see :mod:`.pledges`."""

    def __init__(
        self,
        session: Session,
        lines: list[PledgeRow],
        existing: Row[Any] | None,
        stored: StoredPledges,
        donors: Creatable,
        today: date,
    ) -> None:
        self.session = session
        self.lines = lines
        self.donors = donors
        self.pledge = stored.pledges.get(existing.id) if existing is not None else None
        self.stored_lines = stored.lines.get(existing.id, []) if existing is not None else []
        self.accepted = stored.accepted
        self.reference = " ".join(str(lines[0].row.values["reference"]).split())
        self.given = self._agreed()
        self.pledged_on: date = self.given["pledged_on"] or (
            self.pledge.pledged_on if self.pledge is not None else today
        )
        self.donor_id = next((line.donor_id for line in lines if line.donor_id), None)
        self.settled = _Settled()
        self._match_lines()
        if all(line.ok for line in lines) and self._check(lines, today, stored):
            self._settle()

    @property
    def valid(self) -> bool:
        return all(line.ok for line in self.lines)

    # --- checks -------------------------------------------------------------------------------

    def _agreed(self) -> dict[str, Any]:
        """The pledge's values as its rows give them; a row that disagrees with an earlier one
        gets an error at that cell."""
        given: dict[str, tuple[Any, int]] = {}
        for line in self.lines:
            for name in _PLEDGE_VALUES:
                value = line.row.values.get(name)
                if value is None:
                    continue
                compared = match_text(value) if isinstance(value, str) else value
                if name not in given:
                    given[name] = (compared, line.row.number)
                    continue
                first, number = given[name]
                if compared != first:
                    line.issues.append(
                        error(
                            line.row.number,
                            name,
                            f"Row {number} gives pledge {self.reference} another {_NAMES[name]}: "
                            "the rows of a pledge say the same of it. Make them agree.",
                        )
                    )
        return {name: self._first(name) for name in _PLEDGE_VALUES}

    def _first(self, name: str) -> Any:
        return next(
            (line.row.values[name] for line in self.lines if line.row.values.get(name) is not None),
            None,
        )

    def _match_lines(self) -> None:
        """Each row's stored line (by unit and type); a pair that matches two is an error."""
        by_pair: dict[tuple[uuid.UUID, uuid.UUID], list[PledgeLine]] = {}
        for stored in self.stored_lines:
            by_pair.setdefault((stored.unit_id, stored.equipment_type_id), []).append(stored)
        for line in self.lines:
            if line.unit is None or line.kind is None:
                continue
            found = by_pair.get((line.unit.id, line.kind.id), [])
            if len(found) > 1:
                line.issues.append(
                    error(
                        line.row.number,
                        "equipment_code",
                        f"Pledge {self.reference} has {len(found)} lines of {line.kind.code} for "
                        f"{line.unit.code}: fix the duplicates first, or edit the pledge in the "
                        "window.",
                    )
                )
            elif found:
                line.stored = found[0]

    def _check(self, checked: list[PledgeRow], today: date, stored: StoredPledges) -> bool:
        """The pledge form's rules, each problem at its cells; whether none was found. Lines
        that change what they answer (and new ones) are resolved as the form resolves them;
        lines that keep it only have their quantity held to what was accepted."""
        pledge = self.pledge
        inputs = [self._line_input(line) for line in checked]
        values = PledgeInput(
            donor_id=self.donor_id,
            reference=self.reference,
            pledged_on=self.pledged_on,
            kind=pledge.kind if pledge is not None else PledgeKind.IN_KIND,
            expected_delivery=self.given["expected_delivery"]
            or (pledge.expected_delivery if pledge is not None else None),
            value_usd=None,
            notes=pledge.notes if pledge is not None else "",
            lines=tuple(inputs),
        )
        problems = check_pledge(values, today=today)
        if pledge is not None:
            first = stored.first_delivery.get(pledge.id)
            if first is not None and self.pledged_on > first:
                problems.add(
                    "pledged_on",
                    f"The pledge date cannot be after its first delivery ({first.isoformat()}).",
                )
        self._report(checked, problems)
        kept = [(line, put) for line, put in zip(checked, inputs, strict=True) if line.keeps_link]
        changing = [
            (line, put) for line, put in zip(checked, inputs, strict=True) if not line.keeps_link
        ]
        for line, _ in changing:
            self._check_unit(line)
        resolving = Problems()
        existing = {line.id: line for line in self.stored_lines}
        resolved = resolve_lines(
            self.session, resolving, [put for _, put in changing], existing, self.accepted
        )
        self._report([line for line, _ in changing], resolving)
        for line, put in kept:
            self._check_kept(line, put)
        if problems or resolving or not all(line.ok for line in checked):
            return False
        for (line, _), target in zip(changing, resolved, strict=True):
            line.resolved = target
        for line, put in kept:
            assert line.stored is not None and put.quantity is not None
            line.resolved = LineToSave(
                id=line.stored.id,
                requisition_line_id=line.stored.requisition_line_id,
                unit_id=line.stored.unit_id,
                equipment_type_id=line.stored.equipment_type_id,
                quantity=put.quantity,
                unit_value_usd=line.stored.unit_value_usd
                if put.unit_value_usd is None
                else put.unit_value_usd,
            )
        return True

    def _check_unit(self, line: PledgeRow) -> None:
        """A line newly answering a requisition is for the requisition's unit (the form takes
        the unit from it)."""
        requisition, unit = line.requisition, line.unit
        if requisition is not None and unit is not None and requisition.unit_id != unit.id:
            line.issues.append(
                error(
                    line.row.number,
                    "unit",
                    f"Requisition {requisition.reference} is for another unit than {unit.code}: "
                    "check the unit or the requisition.",
                )
            )

    def _check_kept(self, line: PledgeRow, put: PledgeLineInput) -> None:
        """A kept line's quantity cannot fall below what deliveries accepted (as on the form)."""
        assert line.stored is not None
        got = self.accepted.get(line.stored.id, 0)
        if put.quantity is not None and put.quantity < got:
            line.issues.append(
                error(
                    line.row.number,
                    "quantity",
                    f"{got:,} have been accepted on delivery already, so the quantity cannot be "
                    "lower than that.",
                )
            )

    def _line_input(self, line: PledgeRow) -> PledgeLineInput:
        """The row as the form's line: an empty unit value keeps the stored line's."""
        assert line.unit is not None and line.kind is not None
        stored = line.stored
        requisition_line_id = line.requested.id if line.requested is not None else None
        value = line.row.values.get("unit_value_usd")
        if stored is not None:
            value = stored.unit_value_usd if value is None else value
        if line.keeps_link:
            # Its link is not being set: the form's rules judge it by its unit and type, so
            # that lines of a mission-wide requisition's units recorded apart stay apart.
            requisition_line_id = None
        return PledgeLineInput(
            requisition_line_id=requisition_line_id,
            unit_id=line.unit.id,
            equipment_type_id=line.kind.id,
            quantity=line.row.values.get("quantity"),
            unit_value_usd=value,
            id=stored.id if stored is not None else None,
        )

    def _report(self, checked: list[PledgeRow], problems: Problems) -> None:
        """The rules' problems at their cells: a line's on its row, the pledge's on every row."""
        for key, sentence in problems.as_dict().items():
            line_key = _LINE_KEY.match(key)
            if line_key:
                line = checked[int(line_key.group(1))]
                name = _LINE_FIELD_OF.get(line_key.group(2), "quantity")
                line.issues.append(error(line.row.number, name, without_line_label(sentence)))
                continue
            name = _PLEDGE_FIELD_OF.get(key, "reference")
            for line in checked:
                line.issues.append(error(line.row.number, name, sentence))

    # --- status and value ---------------------------------------------------------------------

    def _settle(self) -> None:
        """The pledge's fields, value and status once the file's lines are written; an error on
        every row if its state refuses the edit, at the Status cells if it refuses the status.
        Value and status follow the lines when they change, as when the form saves them; lines
        imported as they are leave both as they are."""
        pledge, settled = self.pledge, self.settled
        current = pledge.status if pledge is not None else PledgeStatus.PLEDGED
        changed = any(self._line_changed(line) for line in self.lines)
        if pledge is not None:
            wanted = {
                "donor_id": self.donor_id,
                "pledged_on": self.pledged_on,
                "expected_delivery": self.given["expected_delivery"],
            }
            settled.changes = {
                name: value
                for name, value in wanted.items()
                if value is not None and getattr(pledge, name) != value
            }
            if settled.changes or changed:
                try:
                    next_pledge_status(current, PledgeAction.EDIT, itemised=bool(self.stored_lines))
                except PledgeRefused as refused:
                    self._on_every_row("reference", str(refused))
                    return
        in_file = {line.stored.id for line in self.lines if line.stored is not None}
        lines = [
            (line.quantity, line.unit_value_usd, line.id)
            for line in self.stored_lines
            if line.id not in in_file
        ] + [
            (line.resolved.quantity, line.resolved.unit_value_usd, line.resolved.id)
            for line in self.lines
            if line.resolved is not None
        ]
        figures = [
            (quantity, self.accepted.get(line_id, 0) if line_id else 0)
            for quantity, _, line_id in lines
        ]
        after = current
        settled.value_usd = pledge.value_usd if pledge is not None else 0.0
        if changed:
            after = follow_pledge_deliveries(current, figures)
            settled.value_usd = sum(quantity * value for quantity, value, _ in lines)
        settled.status = self._typed(after, itemised=bool(lines))

    def _typed(self, after: PledgeStatus, *, itemised: bool) -> PledgeStatus:
        """The status once the file's typed one is done (see :mod:`.pledge_status`)."""
        done = typed_status(self.reference, after, self.given["status"], itemised=itemised)
        if done.severity is not None:
            make = error if done.severity is Severity.ERROR else warning
            for line in self.lines:
                if line.row.values.get("status") is not None:
                    line.issues.append(make(line.row.number, "status", done.sentence))
        return done.status

    def _on_every_row(self, name: str, sentence: str) -> None:
        for line in self.lines:
            line.issues.append(error(line.row.number, name, sentence))

    @staticmethod
    def _line_changed(line: PledgeRow) -> bool:
        target, stored = line.resolved, line.stored
        if target is None or stored is None:
            return target is not None
        return any(getattr(target, name) != getattr(stored, name) for name in LINE_COLUMNS) or (
            target.unit_value_usd != stored.unit_value_usd
        )

    # --- plans and writes ---------------------------------------------------------------------

    def row_plans(self) -> list[RowPlan]:
        if not self.valid:
            return [RowPlan(line.row.number, Outcome.SKIPPED, line.issues) for line in self.lines]
        outcomes = [
            Outcome.NEW
            if self.pledge is None or line.stored is None
            else Outcome.UPDATED
            if self._line_changed(line)
            else Outcome.UNCHANGED
            for line in self.lines
        ]
        pledge = self.pledge
        pledge_changes = pledge is not None and (
            bool(self.settled.changes) or self.settled.status != pledge.status
        )
        if pledge_changes and Outcome.UPDATED not in outcomes and Outcome.NEW not in outcomes:
            outcomes[0] = Outcome.UPDATED
        writing = [i for i, outcome in enumerate(outcomes) if outcome is not Outcome.UNCHANGED]
        writer = PledgeWriter(self)
        plans = []
        for index, (line, outcome) in enumerate(zip(self.lines, outcomes, strict=True)):
            apply = None
            if outcome is not Outcome.UNCHANGED:
                apply = writer.for_row(line, settle=index == writing[-1])
            plans.append(RowPlan(line.row.number, outcome, line.issues, apply))
        return plans
