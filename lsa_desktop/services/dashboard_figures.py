"""Turn the Dashboard's query rows into :class:`DashboardFigures` (no database, no Qt).

Readiness, strength and gaps come from the same :func:`lsa_desktop.domain.readiness.assess` that
``readiness --json`` prints, over the units in scope; the tiles, bars and lists only add up its
results or the rows of the other statements. Each figure is given the :class:`RowsBehind` whose
register lists exactly the rows it counts.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row

from lsa_desktop.domain.enums import AssetStatus, PersonStatus, RequisitionStatus
from lsa_desktop.domain.readiness import (
    ReadinessReport,
    UnitReadiness,
    assess,
)
from lsa_desktop.services import readiness_rows as rows
from lsa_desktop.services.dashboard_changes import changes
from lsa_desktop.services.dashboard_model import (
    EXPIRING_WITHIN_DAYS,
    CategoryBar,
    ContingentBar,
    CriticalGapLine,
    DashboardFigures,
    NamedLine,
    RowsBehind,
    Scope,
    Tile,
    TileKey,
    UnitBar,
)
from lsa_desktop.services.dashboard_queries import QueryRows

ALL_CONTINGENTS = "All contingents"


def report_of(
    unit_rows: Iterable[Row[Any]],
    line_rows: Iterable[Row[Any]],
    day: date,
    threshold_pct: float,
    amber_pct: float,
) -> ReadinessReport:
    return assess(rows.inputs(unit_rows, line_rows), day, threshold_pct, amber_pct)


def assemble(
    result: QueryRows,
    *,
    scope: Scope,
    day: date,
    read_at: datetime,
    live: bool,
    threshold_pct: float,
    amber_pct: float,
) -> DashboardFigures:
    """Every figure of the Dashboard and the printed summary from :func:`figure_statements`'
    rows (``result``)."""
    report = report_of(result["units"], result["lines"], day, threshold_pct, amber_pct)
    totals = _LineTotals.of(result["lines"])
    previous_units = result["previous_units"]
    unit_rows = {row.code: row for row in result["units"]}
    categories = {row.code: row for row in result["categories"]}
    category_ids = {code: row.id for code, row in categories.items()}
    place = {"unit_id": scope.unit_id, "contingent_id": scope.contingent_id}
    return DashboardFigures(
        as_of=day,
        read_at=read_at,
        scope=scope,
        scope_text=_scope_text(scope, result),
        threshold_pct=threshold_pct,
        amber_pct=amber_pct,
        report=report,
        tiles=_tiles(report, totals, result, live, place),
        units=tuple(_unit_bar(unit, unit_rows[unit.code], category_ids) for unit in report.units),
        categories=_category_bars(totals, categories, place),
        contingents=_contingent_bars(report, unit_rows, scope),
        critical_gaps=_critical_gaps(report, categories, result),
        overdue=tuple(_overdue_line(row, day) for row in result.get("overdue", ())),
        expiring=tuple(_expiring_line(row, day) for row in result.get("expiring", ())),
        compared_with=previous_units[0].as_of if previous_units else None,
        changes=(
            changes(previous_units, result["previous_gaps"], report) if previous_units else ()
        ),
        live=live,
    )


def _scope_text(scope: Scope, result: QueryRows) -> str:
    if scope.everything:
        return ALL_CONTINGENTS
    names = result["scope_name"]
    return names[0].name if names else ""


# --- one walk over the lines --------------------------------------------------------------------


@dataclass(slots=True)
class _LineTotals:
    """What the tiles and the bars add up over the (unit, type) lines, in one walk over them.

    ``by_category``: per category code, [authorised, serviceable, pledged, gap] where each type
    counts its serviceable items up to what is authorised, then its open pledges up to what is
    still missing, and the rest is the gap: so authorised = serviceable + pledged + gap exactly.
    """

    by_category: dict[str, list[int]]
    vehicles_serviceable: int
    vehicles_on_hand: int

    @classmethod
    def of(cls, lines: Iterable[Row[Any]]) -> _LineTotals:
        by_category: dict[str, list[int]] = {}
        vehicles_serviceable = vehicles_on_hand = 0
        # Unpacked by position (the column order of readiness_rows._lines): tens of thousands
        # of rows, where reading a Row's fields by name would cost more than the walk itself.
        for (
            _unit_code,
            authorised,
            on_hand,
            serviceable,
            pledged_open,
            _equipment_code,
            _equipment_name,
            is_vehicle,
            category_code,
            _category_name,
            _critical,
            _sort_order,
        ) in lines:
            if is_vehicle:
                vehicles_serviceable += serviceable
                vehicles_on_hand += on_hand
            working = serviceable if serviceable < authorised else authorised
            missing = authorised - working
            pledged = pledged_open if pledged_open < missing else missing
            sums = by_category.get(category_code)
            if sums is None:
                by_category[category_code] = [authorised, working, pledged, missing - pledged]
            else:
                sums[0] += authorised
                sums[1] += working
                sums[2] += pledged
                sums[3] += missing - pledged
        return cls(by_category, vehicles_serviceable, vehicles_on_hand)


# --- tiles --------------------------------------------------------------------------------------


def _tiles(
    report: ReadinessReport,
    totals: _LineTotals,
    result: QueryRows,
    live: bool,
    place: Mapping[str, Any],
) -> tuple[Tile, ...]:
    personnel = [u.personnel for u in report.units]
    critical = [gap for gap in report.gaps if gap.critical]
    overdue, expiring = result.get("overdue", ()), result.get("expiring", ())
    return (
        Tile(
            TileKey.STRENGTH,
            sum(p.present for p in personnel),
            sum(p.authorised for p in personnel),
            None,
            RowsBehind.of("personnel", **place, status=PersonStatus.ACTIVE.value),
        ),
        Tile(
            TileKey.VEHICLES,
            totals.vehicles_serviceable,
            totals.vehicles_on_hand,
            None,
            RowsBehind.of("vehicles", **place, status=AssetStatus.IN_SERVICE.value),
        ),
        Tile(
            TileKey.CRITICAL_GAPS,
            len(critical),
            None,
            sum(gap.gap for gap in critical),
            RowsBehind.of("equipment", **place, only_gaps=True, critical=True),
        ),
        Tile(
            TileKey.OVERDUE_MAINTENANCE,
            _total(overdue) if live else None,
            None,
            None,
            RowsBehind.of("maintenance", **place, tab="overdue"),
        ),
        Tile(
            TileKey.EXPIRING_QUALIFICATIONS,
            _total(expiring) if live else None,
            None,
            (expiring[0].expired if expiring else 0) if live else None,
            RowsBehind.of("qualifications", **place, within_days=EXPIRING_WITHIN_DAYS),
        ),
        Tile(
            TileKey.AWAITING_APPROVAL,
            result["awaiting"][0].total if live else None,
            None,
            None,
            RowsBehind.of("requisitions", **place, status=RequisitionStatus.SUBMITTED.value),
        ),
    )


def _total(first_few: Sequence[Row[Any]]) -> int:
    """The count every row of a "first few" statement carries (no row: none at all)."""
    return first_few[0].total if first_few else 0


# --- bars ---------------------------------------------------------------------------------------


def _unit_bar(unit: UnitReadiness, row: Row[Any], category_ids: Mapping[str, uuid.UUID]) -> UnitBar:
    """A unit's bar; its rows are what sets its readiness: the officers when strength is the
    lowest figure, else the types of the lowest critical category (all of them: a shortfall
    covered by a pledge is no gap, yet it is why the category is not ready)."""
    strength = unit.personnel.strength_pct
    limited_by = None
    behind = RowsBehind.of("equipment", unit_id=row.unit_id, only_gaps=True)
    if unit.readiness_pct is not None and unit.readiness_pct < 100:
        if strength is not None and min(strength, 100.0) == unit.readiness_pct:
            limited_by = "strength"
            behind = RowsBehind.of("personnel", unit_id=row.unit_id)
        else:
            lowest = next(
                c for c in unit.categories if c.critical and c.readiness_pct == unit.readiness_pct
            )
            limited_by = lowest.name
            behind = RowsBehind.of(
                "equipment", unit_id=row.unit_id, category_id=category_ids[lowest.code]
            )
    return UnitBar(
        unit_id=row.unit_id,
        code=unit.code,
        name=unit.name,
        contingent=unit.contingent,
        readiness_pct=unit.readiness_pct,
        band=unit.band,
        strength_pct=strength,
        limited_by=limited_by,
        behind=behind,
    )


def _category_bars(
    totals: _LineTotals, categories: Mapping[str, Row[Any]], place: Mapping[str, Any]
) -> tuple[CategoryBar, ...]:
    """Per category with anything authorised in scope, in the categories' order: authorised =
    serviceable (capped) + pledged (capped at what is still missing) + gap, type by type, so the
    stack is exact (:class:`_LineTotals`)."""
    bars = []
    for code, (authorised, serviceable, pledged, gap) in totals.by_category.items():
        if authorised <= 0:
            continue
        category = categories[code]
        bars.append(
            CategoryBar(
                category_id=category.id,
                code=code,
                name=category.name,
                critical=category.critical,
                authorised=authorised,
                serviceable=serviceable,
                pledged=pledged,
                gap=gap,
                behind=RowsBehind.of("equipment", **place, category_id=category.id, only_gaps=True),
            )
        )
    bars.sort(key=lambda bar: (categories[bar.code].sort_order, bar.code))
    return tuple(bars)


def _contingent_bars(
    report: ReadinessReport, unit_rows: Mapping[str, Row[Any]], scope: Scope
) -> tuple[ContingentBar, ...]:
    """Officers present against authorised strength per contingent (units without one are in
    the strength tile, not here: there is no contingent to draw them under)."""
    sums: dict[uuid.UUID, list[int]] = defaultdict(lambda: [0, 0])
    labels: dict[uuid.UUID, tuple[str, str]] = {}
    for unit in report.units:
        row = unit_rows[unit.code]
        if row.contingent_id is None:
            continue
        sums[row.contingent_id][0] += unit.personnel.present
        sums[row.contingent_id][1] += unit.personnel.authorised
        labels[row.contingent_id] = (row.contingent, row.country_code)
    bars = [
        ContingentBar(
            contingent_id=contingent_id,
            name=labels[contingent_id][0],
            country_code=labels[contingent_id][1],
            present=present,
            authorised=authorised,
            behind=RowsBehind.of(
                "personnel",
                unit_id=scope.unit_id,
                contingent_id=contingent_id,
                status=PersonStatus.ACTIVE.value,
            ),
        )
        for contingent_id, (present, authorised) in sums.items()
    ]
    bars.sort(key=lambda bar: bar.name)
    return tuple(bars)


# --- the summary's lists ------------------------------------------------------------------------


def _critical_gaps(
    report: ReadinessReport, categories: Mapping[str, Row[Any]], result: QueryRows
) -> tuple[CriticalGapLine, ...]:
    """The critical gaps, largest first, each with the open pledges counted against it.

    The report's gaps are already critical first, then largest, then by unit and type code
    (:func:`~lsa_desktop.domain.readiness.assess`): the critical ones keep that order."""
    pledges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for unit_code, equipment_code, reference, donor, outstanding in result.get("pledges", ()):
        pledges[unit_code, equipment_code].append(f"{reference} ({donor}, {outstanding:,})")
    return tuple(
        CriticalGapLine(
            unit_code=gap.unit_code,
            equipment_code=gap.equipment_code,
            equipment_name=gap.equipment_name,
            category_name=categories[gap.category_code].name,
            authorised=gap.authorised,
            serviceable=gap.serviceable,
            pledged=gap.pledged_open,
            gap=gap.gap,
            pledges=tuple(pledges.get((gap.unit_code, gap.equipment_code), ())),
        )
        for gap in report.gaps
        if gap.critical
    )


def _overdue_line(row: Row[Any], day: date) -> NamedLine:
    due = row.next_service_date
    days = (day - due).days if due is not None and due < day else 0
    km_over = None
    if row.odometer_km is not None and row.next_service_km is not None:
        over = row.odometer_km - row.next_service_km
        km_over = over if over >= 0 else None
    if days:
        detail = f"service due {due.isoformat()}"
    else:
        detail = f"service due at {row.next_service_km:,} km (odometer {row.odometer_km:,} km)"
    unit = row.unit_code or ""
    item = f"{row.type_name} {row.registration or row.tag}"
    return NamedLine(
        name=f"{unit} · {item}" if unit else item,
        detail=detail,
        days=days,
        unit_code=unit,
        what=row.type_name,
        due=due,
        km_over=km_over,
    )


def _expiring_line(row: Row[Any], day: date) -> NamedLine:
    person = " ".join(part for part in (row.rank_code, row.surname, row.given_names) if part)
    expires = row.expires_on
    verb = "expired" if expires < day else "expires"
    return NamedLine(
        name=f"{person} ({row.service_number})",
        detail=f"{row.type_name}, {verb} {expires.isoformat()}",
        days=(expires - day).days,
        unit_code=row.unit_code or "",
        what=row.type_name,
        due=expires,
    )
