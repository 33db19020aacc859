"""The readiness and gap arithmetic of CONTEXT.md, in pure Python (no database, no Qt).

Inputs are plain figures per unit (strength) and per unit and equipment type (authorised, on hand,
serviceable, pledged and not yet delivered); :func:`assess` turns them into a
:class:`ReadinessReport`. The services gather the inputs with SQL aggregates, live or from a stored
daily snapshot, so the same arithmetic serves today and the past.

Decisions the definition leaves open, taken here once:

- Percentages are floats computed as ``100 * numerator / denominator`` from integers, so an exact
  figure such as 90 % is exactly ``90.0``. They are ``None`` wherever the denominator is zero.
- Holding and operational readiness cap each type at what is authorised (a surplus of helmets
  never hides a lack of radios; items held but not authorised count for nothing).
  Serviceability is the state of what the unit actually holds, so it uses the raw figures:
  serviceable / on hand over all the category's types, authorised or not. A category's
  ``on_hand`` and ``serviceable`` are likewise raw sums.
- A unit's categories are those it is authorised (quantity above zero) or holds; a type that is
  only pledged shows no category of its own.
- Unit readiness is the lowest of strength (capped at 100 %) and the operational readiness of
  each critical category the unit is authorised (authorised quantity above zero). A figure that
  cannot be computed (no authorised strength) takes no part; when none can, unit readiness and its
  band are ``None``: there is nothing to be ready against.
- The band is decided on the exact figure, not the rounded one: a unit at 89.96 % reads 90.0 but
  is amber, so rounding never lifts a unit into a better band.
- Rounding to one decimal happens only at the edges (JSON, screen, paper) through
  :func:`round_pct`: half away from zero, through ``Decimal``, so 87.25 gives 87.3 everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from lsa_desktop.domain.enums import Band
from lsa_desktop.errors import InvalidInput

DEFAULT_THRESHOLD_PCT = 90.0
DEFAULT_AMBER_PCT = 75.0


# --- inputs -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Category:
    """An equipment category; ``sort_order`` then ``code`` fixes its place in every list."""

    code: str
    name: str
    critical: bool
    sort_order: int = 0


@dataclass(frozen=True, slots=True)
class HoldingInput:
    """One unit's figures for one equipment type."""

    equipment_code: str
    equipment_name: str
    category: Category
    authorised: int
    on_hand: int
    serviceable: int
    pledged_open: int = 0


@dataclass(frozen=True, slots=True)
class UnitInput:
    """One unit's strength and holdings."""

    code: str
    name: str
    contingent: str
    authorised_strength: int
    min_operational_strength: int
    present: int
    holdings: tuple[HoldingInput, ...] = ()


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonnelReadiness:
    authorised: int
    minimum: int
    present: int
    strength_pct: float | None
    below_minimum: bool


@dataclass(frozen=True, slots=True)
class CategoryReadiness:
    code: str
    name: str
    critical: bool
    authorised: int
    on_hand: int
    serviceable: int
    holding_pct: float | None
    serviceability_pct: float | None
    readiness_pct: float | None


@dataclass(frozen=True, slots=True)
class UnitReadiness:
    code: str
    name: str
    contingent: str
    personnel: PersonnelReadiness
    categories: tuple[CategoryReadiness, ...]
    readiness_pct: float | None
    mean_readiness_pct: float | None
    band: Band | None


@dataclass(frozen=True, slots=True)
class Gap:
    """What a unit still lacks of one type once serviceable items and open pledges are counted."""

    unit_code: str
    equipment_code: str
    equipment_name: str
    category_code: str
    critical: bool
    authorised: int
    serviceable: int
    pledged_open: int
    gap: int


@dataclass(frozen=True, slots=True)
class ReadinessReport:
    as_of: date
    threshold_pct: float
    amber_pct: float
    units: tuple[UnitReadiness, ...]
    gaps: tuple[Gap, ...]


# --- arithmetic ---------------------------------------------------------------------------------


def percent(numerator: int, denominator: int) -> float | None:
    """``100 * numerator / denominator``, or None when the denominator is zero."""
    if denominator == 0:
        return None
    return 100 * numerator / denominator


def round_pct(value: float | None) -> float | None:
    """One decimal, half away from zero (87.25 -> 87.3), for display; None stays None."""
    if value is None:
        return None
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def band(readiness_pct: float | None, threshold_pct: float, amber_pct: float) -> Band | None:
    """Green at or above the threshold, amber at or above the amber threshold, red below."""
    if readiness_pct is None:
        return None
    if readiness_pct >= threshold_pct:
        return Band.GREEN
    if readiness_pct >= amber_pct:
        return Band.AMBER
    return Band.RED


def gap_quantity(authorised: int, serviceable: int, pledged_open: int) -> int:
    """max(0, authorised - serviceable - pledged and not yet delivered)."""
    return max(0, authorised - serviceable - pledged_open)


def check_thresholds(threshold_pct: float, amber_pct: float) -> None:
    """Refuse thresholds that would make a band meaningless."""
    if not 0 <= amber_pct <= threshold_pct <= 100:
        raise InvalidInput(
            f"The readiness thresholds must satisfy 0 <= amber ({amber_pct:g} %) "
            f"<= green ({threshold_pct:g} %) <= 100; change them in the settings."
        )


def personnel_readiness(unit: UnitInput) -> PersonnelReadiness:
    minimum = unit.min_operational_strength
    return PersonnelReadiness(
        authorised=unit.authorised_strength,
        minimum=minimum,
        present=unit.present,
        strength_pct=percent(unit.present, unit.authorised_strength),
        below_minimum=minimum > 0 and unit.present < minimum,
    )


def _sums(holdings: Iterable[HoldingInput]) -> tuple[int, int, int, int, int]:
    """Authorised, on hand, serviceable, held within authorised, serviceable within authorised.

    Written out rather than with ``min`` and generator sums: it runs once per (unit, type) line,
    tens of thousands of times for a mission.
    """
    authorised = on_hand = serviceable = held_capped = working_capped = 0
    for h in holdings:
        allowed, held, working = h.authorised, h.on_hand, h.serviceable
        authorised += allowed
        on_hand += held
        serviceable += working
        held_capped += held if held < allowed else allowed
        working_capped += working if working < allowed else allowed
    return authorised, on_hand, serviceable, held_capped, working_capped


def _category_figures(
    category: Category, sums: tuple[int, int, int, int, int]
) -> CategoryReadiness:
    authorised, on_hand, serviceable, held_capped, working_capped = sums
    return CategoryReadiness(
        code=category.code,
        name=category.name,
        critical=category.critical,
        authorised=authorised,
        on_hand=on_hand,
        serviceable=serviceable,
        holding_pct=percent(held_capped, authorised),
        serviceability_pct=percent(serviceable, on_hand),
        readiness_pct=percent(working_capped, authorised),
    )


def category_readiness(category: Category, holdings: Iterable[HoldingInput]) -> CategoryReadiness:
    """One category's figures over its types, each type capped at what is authorised."""
    return _category_figures(category, _sums(holdings))


def _by_category(holdings: Iterable[HoldingInput]) -> list[tuple[Category, list[HoldingInput]]]:
    groups: dict[Category, list[HoldingInput]] = {}
    for h in holdings:
        group = groups.get(h.category)
        if group is None:
            groups[h.category] = [h]
        else:
            group.append(h)
    return sorted(groups.items(), key=lambda item: (item[0].sort_order, item[0].code))


def unit_readiness(unit: UnitInput, threshold_pct: float, amber_pct: float) -> UnitReadiness:
    personnel = personnel_readiness(unit)
    figures = [(category, _sums(hs)) for category, hs in _by_category(unit.holdings)]
    categories = tuple(
        _category_figures(category, sums)
        for category, sums in figures
        if sums[0] > 0 or sums[1] > 0  # authorised or held
    )
    limits = [min(personnel.strength_pct, 100.0)] if personnel.strength_pct is not None else []
    limits += [c.readiness_pct for c in categories if c.critical and c.readiness_pct is not None]
    readiness = min(limits) if limits else None
    # Serviceable within authorised over authorised, every type of every category together.
    mean = percent(sum(sums[4] for _c, sums in figures), sum(sums[0] for _c, sums in figures))
    return UnitReadiness(
        code=unit.code,
        name=unit.name,
        contingent=unit.contingent,
        personnel=personnel,
        categories=categories,
        readiness_pct=readiness,
        mean_readiness_pct=mean,
        band=band(readiness, threshold_pct, amber_pct),
    )


def unit_gaps(unit: UnitInput) -> list[Gap]:
    """The unit's positive gaps, one per equipment type (:func:`gap_quantity`, written out)."""
    gaps = []
    code = unit.code
    for h in unit.holdings:
        quantity = h.authorised - h.serviceable - h.pledged_open
        if quantity > 0:
            category = h.category
            gaps.append(
                Gap(
                    unit_code=code,
                    equipment_code=h.equipment_code,
                    equipment_name=h.equipment_name,
                    category_code=category.code,
                    critical=category.critical,
                    authorised=h.authorised,
                    serviceable=h.serviceable,
                    pledged_open=h.pledged_open,
                    gap=quantity,
                )
            )
    return gaps


def assess(
    units: Iterable[UnitInput],
    as_of: date,
    threshold_pct: float = DEFAULT_THRESHOLD_PCT,
    amber_pct: float = DEFAULT_AMBER_PCT,
) -> ReadinessReport:
    """The whole report: units in code order; gaps critical first, then largest, then by code."""
    check_thresholds(threshold_pct, amber_pct)
    ordered = sorted(units, key=lambda u: u.code)
    gaps = [g for u in ordered for g in unit_gaps(u)]
    gaps.sort(key=lambda g: (not g.critical, -g.gap, g.unit_code, g.equipment_code))
    return ReadinessReport(
        as_of=as_of,
        threshold_pct=threshold_pct,
        amber_pct=amber_pct,
        units=tuple(unit_readiness(u, threshold_pct, amber_pct) for u in ordered),
        gaps=tuple(gaps),
    )
