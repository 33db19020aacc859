"""Importing pledges: one pledge per reference, its lines one per row (a unit and an equipment
type, answering a line of the requisition the row names, if it names one), checked by the pledge
form's rules (:func:`~lsa_desktop.domain.pledge_inputs.check_pledge` and the service's
:func:`~lsa_desktop.services.pledge_lines.resolve_lines`).

A donor the file names that is not recorded yet is created ("Donor Norway created."). The rows of
one pledge say the same of it (donor, date, expected delivery, status); a row that says otherwise
is an error naming the row it disagrees with. A pledge is imported whole: when one of its rows
has an error, none of them is written, so a pledge is never left with half its lines. A stored
pledge keeps the lines the file does not list; a line the file lists is matched by its unit and
type, and takes the file's quantity, and its unit value and requisition when the cells hold them.
A line newly answering a requisition is for the requisition's unit, as on the form; a stored line
still answering what it answered keeps its unit (lines recorded unit by unit against a
mission-wide requisition stay so). The pledge's value and status follow its lines when the file
changes them, and are left as they are when it imports them as they are.

Statuses: a pledge is PLEDGED unless the file says COMMITTED, WITHDRAWN or CLOSED, which are
done as the pledge's buttons do them (refused with the same sentence when its state does not
allow it). PARTIALLY_DELIVERED and DELIVERED follow from the deliveries recorded and are never
typed: a file that says so (a donor's copy of an old export, say) is not refused for it; the
status is left to the deliveries and a warning says so. The same for a status the pledge has
passed already (PLEDGED for a committed pledge).

A pledge's date is the one its rows give, else the stored pledge's, else the day of the import
(a donor's copy of the donor request may leave it empty). The reading step skips the rows where
nothing was pledged (a line of a donor request left blank: ``PLEDGES.skip_unless``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session

from lsa_desktop.excel.importers.base import KindPlan, RowPlan
from lsa_desktop.excel.importers.equipment_refs import RequisitionLines, donors
from lsa_desktop.excel.importers.equipment_rows import find, refuse_whole_groups
from lsa_desktop.excel.importers.matching import (
    FileKeys,
    ReferenceProblem,
    Stored,
    error,
    match_text,
    today_of,
)
from lsa_desktop.excel.importers.pledge_groups import PledgeGroup
from lsa_desktop.excel.importers.pledge_records import PledgeRow, StoredPledges
from lsa_desktop.excel.importers.references import Creatable, References
from lsa_desktop.excel.kinds import PLEDGES
from lsa_desktop.excel.model import Issue, Outcome, ParsedRow
from lsa_desktop.store.models import Pledge


class PledgesImporter:
    spec = PLEDGES

    def plan(self, session: Session, rows: Sequence[ParsedRow]) -> KindPlan:
        refs = References(session)
        donor_lookup = donors(session)
        requisitions = RequisitionLines(session, (row.values.get("requisition") for row in rows))
        stored = Stored(session, Pledge, lambda row: match_text(row.reference), noun="pledge")
        seen = FileKeys("pledge line")
        plans: dict[int, RowPlan] = {}
        groups: dict[str, list[PledgeRow]] = {}
        for row in rows:
            line = _read(row, refs, donor_lookup, requisitions, seen)
            reference = row.values.get("reference")
            if reference:
                groups.setdefault(match_text(reference), []).append(line)
            else:
                plans[row.number] = RowPlan(row.number, Outcome.SKIPPED, line.issues)
        matched = {key: _match(lines, stored) for key, lines in groups.items()}
        pledges = StoredPledges(session, [p for p in matched.values() if p is not None])
        today = today_of(session)
        planned = [
            PledgeGroup(session, lines, matched[key], pledges, donor_lookup, today)
            for key, lines in groups.items()
        ]
        by_number = {line.row.number: line for group in planned for line in group.lines}
        refuse_whole_groups(
            ([line.row.number for line in group.lines] for group in planned),
            {number: line.issues for number, line in by_number.items()},
            lambda number: by_number[number].ok,
            "reference",
            lambda number: f"Pledge {by_number[number].row.values['reference']}",
        )
        for group in planned:
            for row_plan in group.row_plans():
                plans[row_plan.number] = row_plan
        used = [group.donor_id for group in planned if group.valid and group.donor_id]
        return KindPlan([plans[row.number] for row in rows], donor_lookup.created(used))


def _read(
    row: ParsedRow,
    refs: References,
    donor_lookup: Creatable,
    requisitions: RequisitionLines,
    seen: FileKeys,
) -> PledgeRow:
    """One row's references found: the unit and type (archived ones are the rules' to judge,
    as on the form), the donor (new if unknown) and the requisition line it answers (whether it
    is the unit's is judged with the pledge: a line answering it already keeps its unit)."""
    issues: list[Issue] = []
    unit = find(row, "unit", lambda text: refs.units.get(text, archived_ok=True), issues)
    kind = find(
        row,
        "equipment_code",
        lambda text: refs.equipment_types.get(text, archived_ok=True),
        issues,
    )
    donor_id = None
    if row.values.get("donor"):
        try:
            donor_id = donor_lookup.resolve(row.values["donor"])
        except ReferenceProblem as problem:
            issues.append(error(row.number, "donor", str(problem)))
    requisition = requested = None
    text = row.values.get("requisition")
    if text and kind is not None:
        try:
            requisition = requisitions.requisition(text)
            requested = requisitions.line(requisition, kind.id, kind.code)
        except ReferenceProblem as problem:
            issues.append(error(row.number, "requisition", str(problem)))
    reference = row.values.get("reference")
    if reference and unit is not None and kind is not None:
        try:
            seen.claim(
                (match_text(reference), unit.id, kind.id),
                row.number,
                f"Pledge {reference} for {unit.code} and {kind.code}",
            )
        except ReferenceProblem as problem:
            issues.append(error(row.number, "equipment_code", str(problem)))
    return PledgeRow(row, issues, unit, kind, donor_id, requisition, requested)


def _match(lines: list[PledgeRow], stored: Stored[Pledge]) -> Row[Any] | None:
    """The stored pledge the group's reference names (an error on each row if it names two)."""
    reference = lines[0].row.values["reference"]
    try:
        return stored.match(
            match_text(reference),
            f"Pledge reference {reference}",
            lambda pledge: f"{pledge.reference} of {pledge.pledged_on.isoformat()}",
        )
    except ReferenceProblem as problem:
        for line in lines:
            line.issues.append(error(line.row.number, "reference", str(problem)))
        return None


IMPORTER = PledgesImporter()
