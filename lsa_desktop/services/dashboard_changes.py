"""What changed since the previous day's snapshot, for the Dashboard and the printed summary.

Told from the snapshot's stored rows (its units' strength and readiness, its lines' gaps) beside
today's report, without running the arithmetic again on the past day.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row

from lsa_desktop.domain.readiness import ReadinessReport, UnitReadiness, band, round_pct
from lsa_desktop.services.dashboard_model import Change

#: The order changes are listed in: a band that moved first, a gap last.
_CHANGE_ORDER = {"band": 0, "readiness": 1, "strength": 2, "gap": 3}


def changes(
    previous_units: Sequence[Row[Any]], previous_gaps: Sequence[Row[Any]], current: ReadinessReport
) -> tuple[Change, ...]:
    """What moved per unit since the previous snapshot: band, readiness (as shown, to one
    decimal), officers present, and each gap. Units on one side only are left out. The
    previous day's readiness is the one its snapshot stored, banded with today's thresholds.

    ``previous_gaps``: the rows of ``dashboard_queries._previous_gaps`` (unit code, type code,
    type name, gap), unpacked by position: there are thousands of them."""
    before = {row.code: row for row in previous_units}
    moved: list[Change] = []
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
        moved += [Change(unit.code, what, a, b) for what, a, b in pairs if a != b]
    both = before.keys() & {unit.code for unit in current.units}
    # Each (unit, type) with a gap on either day, those of the previous day first, as they come.
    gaps_now = {(g.unit_code, g.equipment_code): g for g in current.gaps}
    for unit_code, equipment_code, equipment_name, quantity_before in previous_gaps:
        now = gaps_now.pop((unit_code, equipment_code), None)
        quantity_now = 0 if now is None else now.gap
        if unit_code in both and quantity_before != quantity_now:
            item = equipment_name if now is None else now.equipment_name
            moved.append(Change(unit_code, "gap", quantity_before, quantity_now, item=item))
    for (unit_code, _equipment_code), now in gaps_now.items():
        if unit_code in both:
            moved.append(Change(unit_code, "gap", 0, now.gap, item=now.equipment_name))
    moved.sort(key=lambda c: (_CHANGE_ORDER[c.what], c.unit_code, c.item))
    return tuple(moved)


def _band(unit: UnitReadiness) -> str | None:
    return None if unit.band is None else unit.band.value
