"""Inspections of units: started, counted and saved as drafts, signed, scheduled.

The rules (what may be saved, what signing does to the holdings, when the next periodic inspection
falls due) are in :mod:`lsa_desktop.domain.inspections`; the rows this service returns and the
queries behind them are in :mod:`lsa_desktop.services.inspection_queries`.

Every write is one ``store.write()``: the signature, the counts it saves, the findings it writes,
the stock lines it moves and their stock movements are committed (and audited) together, or not
at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from lsa_desktop.domain.enums import InspectionKind, InspectionStatus, StockMovementKind
from lsa_desktop.domain.inspections import (
    InspectionInput,
    check_inspection,
    discrepancy_finding,
    ensure_draft,
    movement_reference,
    stock_delta,
)
from lsa_desktop.errors import UserError
from lsa_desktop.services.inspection_queries import (
    InspectionDetail,
    InspectionLineRow,
    InspectionRow,
    ScheduleRow,
    inspection_detail,
    inspection_rows,
    register,
    schedule_rows,
    unit_lines,
)
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import (
    EquipmentType,
    Inspection,
    InspectionLine,
    StockLine,
    StockMovement,
    Unit,
    utcnow,
)

_KIND_WORDS = {
    InspectionKind.ARRIVAL: "Arrival",
    InspectionKind.PERIODIC: "Periodic",
    InspectionKind.SPOT_CHECK: "Spot-check",
    InspectionKind.REPATRIATION: "Repatriation",
}


class InspectionService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today

    # --- reading ---------------------------------------------------------------------------------

    def lines_for(self, unit_id: uuid.UUID) -> list[InspectionLineRow]:
        """The lines a new inspection of the unit starts with: each type it is authorised or
        holds, with the authorised quantity and the register's figures as the count so far."""
        with self.store.read() as session:
            return unit_lines(session.connection(), unit_id)

    def detail(self, inspection_id: uuid.UUID) -> InspectionDetail:
        """One inspection with its lines (and, while a draft, the register's figures now)."""
        with self.store.read() as session:
            return inspection_detail(session.connection(), inspection_id)

    def inspections(self) -> list[InspectionRow]:
        """Every inspection, latest first, with its number of lines and of discrepancies."""
        with self.store.read() as session:
            return inspection_rows(session.connection())

    def schedule(self) -> list[ScheduleRow]:
        """Per unit (not archived), in code order: its last signed inspection, its last periodic
        one, and when the next periodic inspection is due (overdue once that day has passed)."""
        today = self._today()
        with self.store.read() as session:
            return schedule_rows(session.connection(), today)

    # --- writing ---------------------------------------------------------------------------------

    def save_draft(
        self, values: InspectionInput, inspection_id: uuid.UUID | None = None
    ) -> InspectionDetail:
        """Start an inspection (``inspection_id`` None) or save a draft's header and counts.

        Refused with :class:`~lsa_desktop.domain.inspections.InspectionLocked` once signed, and
        with :class:`~lsa_desktop.errors.ValidationFailed` for counts that make no sense.
        """
        with self.store.write() as session:
            inspection = self._save(session, values, inspection_id, signing=False)
            return inspection_detail(session.connection(), inspection.id)

    def sign(
        self, values: InspectionInput, inspection_id: uuid.UUID | None = None
    ) -> InspectionDetail:
        """Save the counts and sign, in one write: the inspection is locked, each difference
        with the register is written as a finding on its line, and bulk stock lines are set to
        the count through stock movements of kind INSPECTION (see the domain module)."""
        with self.store.write() as session:
            inspection = self._save(session, values, inspection_id, signing=True)
            self._apply_count(session, inspection)
            inspection.status = InspectionStatus.SIGNED
            inspection.signed_at = utcnow()
            session.flush()
            return inspection_detail(session.connection(), inspection.id)

    # --- helpers ---------------------------------------------------------------------------------

    def _save(
        self,
        session: Session,
        values: InspectionInput,
        inspection_id: uuid.UUID | None,
        *,
        signing: bool,
    ) -> Inspection:
        """Check ``values`` and write them (a new draft when ``inspection_id`` is None)."""
        conn = session.connection()
        if inspection_id is None:
            inspection = None
            lines = unit_lines(conn, values.unit_id) if values.unit_id is not None else []
            names = {row.equipment_type_id: row.type_name for row in lines}
        else:
            inspection = session.get(Inspection, inspection_id)
            if inspection is None:
                raise UserError("This inspection is no longer in the database; reopen the list.")
            ensure_draft(inspection.status, inspection.inspector, inspection.signed_at)
            stored = self._stored_lines(session, inspection.id)
            names = {line.equipment_type_id: etype.name for line, etype in stored}
        problems = check_inspection(values, names, signing=signing, today=self._today())
        unit = session.get(Unit, values.unit_id) if values.unit_id is not None else None
        if inspection is None:
            if unit is None or unit.archived:
                problems.add("unit_id", "Choose a unit that is in service (not archived).")
            elif not names:
                problems.add(
                    "unit_id",
                    f"{unit.code} is neither authorised nor holding any equipment: record its "
                    "authorisations before inspecting it.",
                )
        elif values.unit_id != inspection.unit_id:
            problems.add(
                "unit_id",
                "An inspection's unit cannot change once started; start a new inspection of the "
                "other unit.",
            )
        unknown = [line for line in values.lines if line.equipment_type_id not in names]
        if unknown:
            problems.add(
                "lines",
                f"{len(unknown)} counted line(s) are not on this inspection; reopen it and count "
                "again.",
            )
        problems.raise_if_any()
        assert values.kind is not None and values.inspected_on is not None and unit is not None
        if inspection is None:
            inspection = Inspection(
                unit_id=unit.id, kind=values.kind, inspected_on=values.inspected_on
            )
            session.add(inspection)
            session.flush()
            stored_by_type = {}
            for row in lines:
                line = InspectionLine(
                    inspection_id=inspection.id,
                    equipment_type_id=row.equipment_type_id,
                    authorised=row.authorised,
                    present=row.present,
                    serviceable=row.serviceable,
                )
                session.add(line)
                stored_by_type[row.equipment_type_id] = line
        else:
            stored_by_type = {line.equipment_type_id: line for line, _ in stored}
        inspection.kind = values.kind
        inspection.inspected_on = values.inspected_on
        inspection.inspector = values.inspector.strip()
        inspection.remarks = values.remarks.strip()
        for count in values.lines:
            line = stored_by_type[count.equipment_type_id]
            line.present = count.present
            line.serviceable = count.serviceable
            line.findings = count.findings.strip()
        session.flush()
        return inspection

    @staticmethod
    def _stored_lines(
        session: Session, inspection_id: uuid.UUID
    ) -> Sequence[tuple[InspectionLine, EquipmentType]]:
        statement = (
            select(InspectionLine, EquipmentType)
            .join(EquipmentType, EquipmentType.id == InspectionLine.equipment_type_id)
            .where(InspectionLine.inspection_id == inspection_id)
        )
        return [(line, etype) for line, etype in session.execute(statement)]

    def _apply_count(self, session: Session, inspection: Inspection) -> None:
        """Write each difference with the register as a finding, and set bulk stock to the count."""
        held_now = register(session.connection(), inspection.unit_id)
        stock = {
            line.equipment_type_id: line
            for line in session.scalars(
                select(StockLine).where(StockLine.unit_id == inspection.unit_id)
            )
        }
        unit = session.get(Unit, inspection.unit_id)
        assert unit is not None
        note = (
            f"{_KIND_WORDS[inspection.kind]} inspection of {unit.code} on "
            f"{inspection.inspected_on.isoformat()} by {inspection.inspector}"
        )
        for line, etype in self._stored_lines(session, inspection.id):
            held_on_hand, held_serviceable = held_now.get(line.equipment_type_id, (0, 0))
            finding = discrepancy_finding(
                serialised=etype.serialised,
                present=line.present,
                serviceable=line.serviceable,
                register_on_hand=held_on_hand,
                register_serviceable=held_serviceable,
            )
            if finding:
                line.findings = f"{finding} {line.findings}".strip()
            if etype.serialised:
                continue
            d_on, d_srv = stock_delta(
                line.present, line.serviceable, held_on_hand, held_serviceable
            )
            stock_line = stock.get(line.equipment_type_id)
            # An archived line holds nothing (the register above ignored it): a count that finds
            # items of its type brings it back rather than adding a second line for the type.
            active = stock_line if stock_line is not None and not stock_line.archived else None
            if active is None and not (d_on or d_srv):
                continue  # nothing held, nothing found
            held = (0, 0) if active is None else (active.on_hand, active.serviceable)
            on_hand, serviceable = held[0] + d_on, held[1] + d_srv
            if on_hand < 0 or serviceable < 0:
                raise UserError(
                    f"{etype.name} is counted in bulk, yet {unit.code} has more items of it "
                    "registered one by one than were counted: correct those register entries, "
                    "then sign again."
                )
            if stock_line is None:
                stock_line = StockLine(
                    unit_id=inspection.unit_id,
                    equipment_type_id=line.equipment_type_id,
                    on_hand=on_hand,
                    serviceable=serviceable,
                    counted_on=inspection.inspected_on,
                )
                session.add(stock_line)
                session.flush()  # before the movement that refers to it
            else:
                stock_line.archived = False
                stock_line.on_hand, stock_line.serviceable = on_hand, serviceable
                if stock_line.counted_on is None or stock_line.counted_on < inspection.inspected_on:
                    stock_line.counted_on = inspection.inspected_on
            if d_on or d_srv:
                session.add(
                    StockMovement(
                        stock_line_id=stock_line.id,
                        moved_on=inspection.inspected_on,
                        kind=StockMovementKind.INSPECTION,
                        delta_on_hand=d_on,
                        delta_serviceable=d_srv,
                        reference=movement_reference(inspection.id),
                        note=note,
                    )
                )
