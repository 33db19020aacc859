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
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row

from lsa_desktop.domain.enums import AssetStatus, PersonStatus, RequisitionStatus
from lsa_desktop.domain.readiness import (
    ReadinessReport,
    UnitReadiness,
    assess,
    band,
    round_pct,
)
from lsa_desktop.services import readiness_rows as rows
from lsa_desktop.services.dashboard_model import (
    EXPIRING_WITHIN_DAYS,
    CategoryBar,
    Change,
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

#: The order changes are listed in: a band that moved first, a gap last.
_CHANGE_ORDER = {"band": 0, "readiness": 1, "strength": 2, "gap": 3}


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
    previous_units = result["previous_units"]
    unit_rows = {row.code: row for row in result["units"]}
    category_ids = {row.code: row.id for row in result["categories"]}
    place = {"unit_id": scope.unit_id, "contingent_id": scope.contingent_id}
    return DashboardFigures(
        as_of=day,
        read_at=read_at,
        scope=scope,
        scope_text=_scope_text(scope, result),
        threshold_pct=threshold_pct,
        amber_pct=amber_pct,
        report=report,
        tiles=_tiles(report, result, live, place),
        units=tuple(_unit_bar(unit, unit_rows[unit.code], category_ids) for unit in report.units),
        categories=_category_bars(result["lines"], category_ids, place),
        contingents=_contingent_bars(report, unit_rows, scope),
        critical_gaps=_critical_gaps(report, result),
        overdue=tuple(_overdue_line(row, day) for row in result.get("overdue", ())),
        expiring=tuple(_expiring_line(row, day) for row in result.get("expiring", ())),
        compared_with=previous_units[0].as_of if previous_units else None,
        changes=(
            _changes(previous_units, result["previous_gaps"], report) if previous_units else ()
        ),
        live=live,
    )


def _scope_text(scope: Scope, result: QueryRows) -> str:
    if scope.everything:
        return ALL_CONTINGENTS
    names = result["scope_name"]
    return names[0].name if names else ""


# --- tiles --------------------------------------------------------------------------------------


def _tiles(
    report: ReadinessReport, result: QueryRows, live: bool, place: Mapping[str, Any]
) -> tuple[Tile, ...]:
    personnel = [u.personnel for u in report.units]
    vehicles = [line for line in result["lines"] if line.is_vehicle]
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
            sum(line.serviceable for line in vehicles),
            sum(line.on_hand for line in vehicles),
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
    lines: Iterable[Row[Any]], category_ids: Mapping[str, uuid.UUID], place: Mapping[str, Any]
) -> tuple[CategoryBar, ...]:
    """Per category with anything authorised in scope: authorised = serviceable (capped) +
    pledged (capped at what is still missing) + gap, type by type, so the stack is exact."""
    sums: dict[str, list[int]] = {}
    labels: dict[str, tuple[str, bool, int]] = {}
    for line in lines:
        serviceable = min(line.serviceable, line.authorised)
        pledged = min(line.pledged_open, line.authorised - serviceable)
        figures = sums.setdefault(line.category_code, [0, 0, 0, 0])
        figures[0] += line.authorised
        figures[1] += serviceable
        figures[2] += pledged
        figures[3] += line.authorised - serviceable - pledged
        labels[line.category_code] = (line.category_name, line.critical, line.sort_order)
    bars = [
        CategoryBar(
            category_id=category_ids[code],
            code=code,
            name=labels[code][0],
            critical=labels[code][1],
            authorised=authorised,
            serviceable=serviceable,
            pledged=pledged,
            gap=gap,
            behind=RowsBehind.of(
                "equipment", **place, category_id=category_ids[code], only_gaps=True
            ),
        )
        for code, (authorised, serviceable, pledged, gap) in sums.items()
        if authorised > 0
    ]
    bars.sort(key=lambda bar: (labels[bar.code][2], bar.code))
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


def _critical_gaps(report: ReadinessReport, result: QueryRows) -> tuple[CriticalGapLine, ...]:
    """The critical gaps, largest first, each with the open pledges counted against it."""
    category_names = {line.category_code: line.category_name for line in result["lines"]}
    pledges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in result.get("pledges", ()):
        pledges[row.unit_code, row.equipment_code].append(
            f"{row.reference} ({row.donor}, {row.outstanding:,})"
        )
    gaps = sorted(
        (gap for gap in report.gaps if gap.critical),
        key=lambda gap: (-gap.gap, gap.unit_code, gap.equipment_code),
    )
    return tuple(
        CriticalGapLine(
            unit_code=gap.unit_code,
            equipment_code=gap.equipment_code,
            equipment_name=gap.equipment_name,
            category_name=category_names[gap.category_code],
            authorised=gap.authorised,
            serviceable=gap.serviceable,
            pledged=gap.pledged_open,
            gap=gap.gap,
            pledges=tuple(pledges.get((gap.unit_code, gap.equipment_code), ())),
        )
        for gap in gaps
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


# --- what changed -------------------------------------------------------------------------------


def _changes(
    previous_units: Sequence[Row[Any]], previous_gaps: Sequence[Row[Any]], current: ReadinessReport
) -> tuple[Change, ...]:
    """What moved per unit since the previous snapshot: band, readiness (as shown, to one
    decimal), officers present, and each gap. Units on one side only are left out. The
    previous day's readiness is the one its snapshot stored, banded with today's thresholds."""
    before = {row.code: row for row in previous_units}
    changes: list[Change] = []
    for unit in current.units:
        old = before.get(unit.code)
        if old is None:
            continue
        old_band = band(old.readiness_pct, current.threshold_pct, current.amber_pct)
        pairs = (
            ("band", None if old_band is None else old_band.value, _band(unit)),
            ("readiness", round_pct(old.readiness_pct), round_pct(unit.readiness_pct)),
            ("strength", old.present, unit.personnel.present),
        )
        changes += [Change(unit.code, what, a, b) for what, a, b in pairs if a != b]
    both = before.keys() & {unit.code for unit in current.units}
    gaps_before = {(g.unit_code, g.equipment_code): g for g in previous_gaps}
    gaps_now = {(g.unit_code, g.equipment_code): g for g in current.gaps}
    for key, named in {**gaps_before, **gaps_now}.items():
        if key[0] not in both:
            continue
        quantity_before = gaps_before[key].gap if key in gaps_before else 0
        quantity_now = gaps_now[key].gap if key in gaps_now else 0
        if quantity_before != quantity_now:
            changes.append(
                Change(key[0], "gap", quantity_before, quantity_now, item=named.equipment_name)
            )
    changes.sort(key=lambda c: (_CHANGE_ORDER[c.what], c.unit_code, c.item))
    return tuple(changes)


def _band(unit: UnitReadiness) -> str | None:
    return None if unit.band is None else unit.band.value
