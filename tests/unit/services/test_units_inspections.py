"""A unit's inspections on the units register and its form: the last signed one (day and kind)
and when the next periodic one is due, six months after the last periodic or arrival inspection.

Today is 2026-01-15 throughout. The units, and what their signed inspections give:

  KE-FPU1  periodic 2025-06-02, spot check 2025-09-10   last 2025-09-10 spot check, due 2025-12-02
           (overdue: the due day has passed)
  KE-FPU2  arrival 2025-08-31, periodic draft 2025-12-01 last 2025-08-31 arrival, due 2026-02-28
           (a month end: 31 August + 6 months is the last day of February; the draft counts not)
  KE-FPU3  arrival 2025-03-01, repatriation 2025-09-01  last 2025-09-01 repatriation, nothing due
  KE-FPU4  never inspected                               nothing to show
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import MissionBuilder

from lsa_desktop.domain.enums import InspectionKind, InspectionStatus
from lsa_desktop.services.query import ListQuery
from lsa_desktop.services.units import UnitService
from lsa_desktop.store.models import Inspection, utcnow

TODAY = date(2026, 1, 15)


def inspect(session, unit, kind: InspectionKind, day: date, signed: bool = True) -> None:
    session.add(
        Inspection(
            unit_id=unit.id,
            kind=kind,
            inspected_on=day,
            inspector="Supt. Kamau",
            status=InspectionStatus.SIGNED if signed else InspectionStatus.DRAFT,
            signed_at=utcnow() if signed else None,
        )
    )
    session.flush()


@pytest.fixture
def units(tmp_store) -> dict[str, object]:
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        made = {code: m.unit(code) for code in ("KE-FPU1", "KE-FPU2", "KE-FPU3", "KE-FPU4")}
        inspect(session, made["KE-FPU1"], InspectionKind.PERIODIC, date(2025, 6, 2))
        inspect(session, made["KE-FPU1"], InspectionKind.SPOT_CHECK, date(2025, 9, 10))
        inspect(session, made["KE-FPU2"], InspectionKind.ARRIVAL, date(2025, 8, 31))
        inspect(session, made["KE-FPU2"], InspectionKind.PERIODIC, date(2025, 12, 1), signed=False)
        inspect(session, made["KE-FPU3"], InspectionKind.ARRIVAL, date(2025, 3, 1))
        inspect(session, made["KE-FPU3"], InspectionKind.REPATRIATION, date(2025, 9, 1))
    return made


@pytest.fixture
def service(tmp_store, units) -> UnitService:
    return UnitService(tmp_store, today=lambda: TODAY)


def shown(service: UnitService) -> dict[str, tuple]:
    return {
        row.code: (
            row.last_inspection_kind,
            row.last_inspected_on,
            row.next_periodic_due,
            row.inspection_overdue,
        )
        for row in service.register.page(ListQuery(), limit=50)
    }


EXPECTED = {
    "KE-FPU1": (InspectionKind.SPOT_CHECK, date(2025, 9, 10), date(2025, 12, 2), True),
    "KE-FPU2": (InspectionKind.ARRIVAL, date(2025, 8, 31), date(2026, 2, 28), False),
    "KE-FPU3": (InspectionKind.REPATRIATION, date(2025, 9, 1), None, False),
    "KE-FPU4": (None, None, None, False),
}


def test_the_register_shows_each_units_last_inspection_and_next_periodic_due(service):
    assert shown(service) == EXPECTED


def test_rows_read_by_key_show_the_same_as_the_first_page(service):
    keys = service.register.keys(ListQuery())
    rows = service.register.rows(keys)
    assert {
        row.code: (
            row.last_inspection_kind,
            row.last_inspected_on,
            row.next_periodic_due,
            row.inspection_overdue,
        )
        for row in rows
    } == EXPECTED


def test_a_unit_is_on_time_on_its_due_day_and_overdue_the_day_after(tmp_store, units):
    on_the_day = UnitService(tmp_store, today=lambda: date(2026, 2, 28))
    day_after = UnitService(tmp_store, today=lambda: date(2026, 3, 1))
    assert not shown(on_the_day)["KE-FPU2"][3]
    assert shown(day_after)["KE-FPU2"][3]


@pytest.mark.parametrize(
    ("sort_key", "ascending", "descending"),
    [
        # Never inspected last, whichever the direction.
        (
            "last_inspection",
            ["KE-FPU2", "KE-FPU3", "KE-FPU1", "KE-FPU4"],
            ["KE-FPU1", "KE-FPU3", "KE-FPU2", "KE-FPU4"],
        ),
        # Nothing due (repatriated, never inspected) last; ties by code, in the same direction.
        (
            "next_periodic_due",
            ["KE-FPU1", "KE-FPU2", "KE-FPU3", "KE-FPU4"],
            ["KE-FPU2", "KE-FPU1", "KE-FPU4", "KE-FPU3"],
        ),
    ],
)
def test_both_columns_sort_in_sql_with_the_empty_ones_last(
    service, sort_key, ascending, descending
):
    def order(descending: bool) -> list[str]:
        query = ListQuery().sorted_by(sort_key, descending)
        keys = service.register.keys(query)
        return [row.code for row in service.register.rows(keys)]

    assert order(False) == ascending
    assert order(True) == descending


def test_the_unit_form_reads_the_same_summary(service, units):
    summary = service.inspections(units["KE-FPU2"].id)
    assert (summary.last_kind, summary.last_inspected_on, summary.next_periodic_due) == (
        InspectionKind.ARRIVAL,
        date(2025, 8, 31),
        date(2026, 2, 28),
    )
    assert not summary.overdue
    assert service.inspections(units["KE-FPU1"].id).overdue
    never = service.inspections(units["KE-FPU4"].id)
    assert (never.last_kind, never.last_inspected_on, never.next_periodic_due) == (None, None, None)


def test_a_later_periodic_inspection_moves_the_due_day(tmp_store, service, units):
    with tmp_store.write() as session:
        inspect(session, units["KE-FPU1"], InspectionKind.PERIODIC, date(2026, 1, 10))
    assert shown(service)["KE-FPU1"] == (
        InspectionKind.PERIODIC,
        date(2026, 1, 10),
        date(2026, 7, 10),
        False,
    )
