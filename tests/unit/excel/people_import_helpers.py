"""Helpers for the tests of the people importers (units, personnel, qualifications) and the engine:
rows built as the reading step gives them, plans made and applied inside a store's write."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from lsa_desktop.domain.enums import Severity, UnitType
from lsa_desktop.excel.importers.base import KindPlan, importer_for
from lsa_desktop.excel.importers.bulk import flush_bulk
from lsa_desktop.excel.importers.matching import TODAY_KEY
from lsa_desktop.excel.model import Issue, Outcome, ParsedRow
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import Contingent, Location, Unit
from lsa_desktop.store.seed import load_reference_data

#: The day the fixture roll was drawn up ("Situation au 28/11/2026").
TODAY = date(2026, 11, 28)

#: The reference units of tests/fixtures (see /work/shared/fixtures/README.md).
REFERENCE_UNITS = (
    ("KE-FPU-1", "Kenya Formed Police Unit 1", UnitType.FPU, "Kenya", "Port-au-Prince", 140, 120),
    ("KE-FPU-2", "Kenya Formed Police Unit 2", UnitType.FPU, "Kenya", "Port-au-Prince", 140, 120),
    ("KE-SWAT", "Kenya SWAT Team", UnitType.SWAT, "Kenya", "Port-au-Prince", 40, 32),
    ("JM-FPU", "Jamaica Formed Police Unit", UnitType.FPU, "Jamaica", "Gonaïves", 140, 120),
)


def seeded(store: Store) -> Store:
    """``store`` with the reference data (ranks, qualification types...) loaded."""
    store.user = "Sgt J. Otieno"
    load_reference_data(store)
    return store


def add_reference_units(store: Store) -> dict[str, Unit]:
    """The fixtures' four units, their contingents and bases; units by code."""
    with store.write() as session:
        contingents = {
            "Kenya": Contingent(name="Kenya", country_code="KE"),
            "Jamaica": Contingent(name="Jamaica", country_code="JM"),
        }
        bases = {
            "Port-au-Prince": Location(code="PAP", name="Port-au-Prince"),
            "Gonaïves": Location(code="GON", name="Gonaïves"),
        }
        session.add_all([*contingents.values(), *bases.values()])
        units = {}
        for code, name, kind, contingent, base, authorised, minimum in REFERENCE_UNITS:
            units[code] = Unit(
                code=code,
                name=name,
                unit_type=kind,
                contingent_id=contingents[contingent].id,
                base_id=bases[base].id,
                authorised_strength=authorised,
                min_operational_strength=minimum,
            )
        session.add_all(units.values())
    return units


def row(sheet_row: int, /, *issues: Issue, **values: Any) -> ParsedRow:
    """A data row as the reading step gives it (only the fields given have a column)."""
    return ParsedRow(sheet_row, values, issues)


class _Rollback(Exception):
    pass


def plan_rows(store: Store, kind: str, rows: Sequence[ParsedRow], today: date = TODAY) -> KindPlan:
    """The plan of ``rows``, made in a write that is then rolled back (nothing written)."""
    found: list[KindPlan] = []
    try:
        with store.write() as session:
            session.info[TODAY_KEY] = today
            found.append(importer_for(kind).plan(session, rows))
            raise _Rollback
    except _Rollback:
        pass
    return found[0]


def apply_rows(store: Store, kind: str, rows: Sequence[ParsedRow], today: date = TODAY) -> KindPlan:
    """Plan ``rows`` and write the valid ones, in one write."""
    with store.write() as session:
        session.info[TODAY_KEY] = today
        plan = importer_for(kind).plan(session, rows)
        for row_plan in plan.rows:
            if row_plan.valid and row_plan.apply is not None:
                row_plan.apply(session)
        flush_bulk(session)
    return plan


def outcomes(plan: KindPlan) -> list[Outcome]:
    return [row_plan.outcome for row_plan in plan.rows]


def errors(plan: KindPlan) -> dict[int, list[tuple[str, str]]]:
    """Row number -> (field, message) of each error, for the rows that have any."""
    found: dict[int, list[tuple[str, str]]] = {}
    for row_plan in plan.rows:
        for issue in row_plan.issues:
            if issue.severity is Severity.ERROR:
                found.setdefault(row_plan.number, []).append((issue.field, issue.message))
    return found


def warnings(plan: KindPlan) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = {}
    for row_plan in plan.rows:
        for issue in row_plan.issues:
            if issue.severity is Severity.WARNING:
                found.setdefault(row_plan.number, []).append((issue.field, issue.message))
    return found
