"""The Dashboard's figures as plain values: what the service computes and the page, the charts
and the printed summary show (no Qt, no database).

Every figure can be traced to rows: each tile, bar and line carries the :class:`RowsBehind` that
the window opens when it is clicked (a register page and the filters that list the rows behind
the figure). Readiness percentages are unrounded, as in :mod:`lsa_desktop.domain.readiness`;
round them at the edge with ``round_pct``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from lsa_desktop.domain.enums import Band
from lsa_desktop.domain.readiness import ReadinessReport


@dataclass(frozen=True, slots=True)
class Scope:
    """The page's filters: every figure is of this contingent and/or unit (None: all)."""

    contingent_id: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None

    @property
    def everything(self) -> bool:
        return self.contingent_id is None and self.unit_id is None


#: The default scope: the whole mission.
WHOLE_MISSION = Scope()


@dataclass(frozen=True, slots=True)
class RowsBehind:
    """The register that lists the rows behind a figure, and its filters.

    ``page`` is a navigation key of the main window ("personnel", "vehicles", "equipment",
    "maintenance", "qualifications", "requisitions"); ``filters`` are the names each page's
    ``show_rows`` understands (see the pages): for example ``{"unit_id": ..., "only_gaps": True}``.
    """

    page: str
    filters: MappingProxyType[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, page: str, **filters: Any) -> RowsBehind:
        return cls(page, MappingProxyType({k: v for k, v in filters.items() if v is not None}))


class TileKey(StrEnum):
    STRENGTH = "strength"  # officers present / authorised strength
    VEHICLES = "vehicles"  # vehicles serviceable / vehicles held
    CRITICAL_GAPS = "critical_gaps"  # (unit, type) lines of critical categories with a gap
    OVERDUE_MAINTENANCE = "overdue_maintenance"  # vehicles and items whose service is overdue
    #: What the Qualifications page lists with "within 30 days": expiring by then, or already
    #: expired and not renewed (the tile's ``detail`` says how many of them have expired).
    EXPIRING_QUALIFICATIONS = "expiring_qualifications"
    AWAITING_APPROVAL = "awaiting_approval"  # requisitions submitted, awaiting a decision


@dataclass(frozen=True, slots=True)
class Tile:
    key: TileKey
    #: None when the day asked for cannot know it: a past day's snapshot holds strength and
    #: holdings only, not service dates, qualifications or requisitions (see
    #: :data:`PAST_UNKNOWN`). Never today's figure passed off as the past's.
    value: int | None
    #: The figure it is out of (authorised strength, vehicles held), None for a plain count.
    out_of: int | None
    #: A second figure worth saying (the quantity missing behind the critical gap lines).
    detail: int | None
    behind: RowsBehind


@dataclass(frozen=True, slots=True)
class UnitBar:
    unit_id: uuid.UUID
    code: str
    name: str
    contingent: str
    readiness_pct: float | None
    band: Band | None
    strength_pct: float | None
    #: What sets the readiness: "strength" or the name of the critical category that is lowest.
    limited_by: str | None
    behind: RowsBehind


@dataclass(frozen=True, slots=True)
class CategoryBar:
    """Gaps by equipment category, in scope: the stacked bars (authorised is the whole bar)."""

    category_id: uuid.UUID
    code: str
    name: str
    critical: bool
    authorised: int
    #: Serviceable items counted within what is authorised (a surplus hides no lack).
    serviceable: int
    #: Pledged and not yet delivered, counted against the gap (never above it).
    pledged: int
    #: authorised - serviceable - pledged, never below zero: what nobody covers yet.
    gap: int
    behind: RowsBehind


@dataclass(frozen=True, slots=True)
class ContingentBar:
    contingent_id: uuid.UUID
    name: str
    country_code: str
    present: int
    authorised: int
    behind: RowsBehind


@dataclass(frozen=True, slots=True)
class TrendSeries:
    """One unit's readiness per day from the daily snapshots (and today's live figure)."""

    unit_id: uuid.UUID
    code: str
    points: tuple[tuple[date, float | None], ...]


@dataclass(frozen=True, slots=True)
class Trend:
    first_day: date
    last_day: date
    days: int  # 30, 90 or 365
    series: tuple[TrendSeries, ...]
    threshold_pct: float
    amber_pct: float


@dataclass(frozen=True, slots=True)
class CriticalGapLine:
    unit_code: str
    equipment_code: str
    equipment_name: str
    category_name: str
    authorised: int
    serviceable: int
    pledged: int
    gap: int
    #: The pledges covering it, as "PLG-2026-011 (Canada, 15)"; empty when none.
    pledges: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NamedLine:
    """One of "the first few by name": an overdue vehicle or an expiring qualification.

    ``name`` and ``detail`` are ready-made English; the fields after them let a translated
    document say the same in its own words.
    """

    name: str  # "KE-FPU-2 · Toyota Land Cruiser HT-1234" / "OTIENO Mercy (KE100234)"
    detail: str  # "service due 2026-10-02" / "First aid, expires 2026-12-10"
    #: Days overdue by date (0 when overdue by mileage only) / days left (negative: expired).
    days: int
    unit_code: str = ""
    #: The equipment type / the qualification's name.
    what: str = ""
    #: The service date / the expiry date (None: overdue by mileage with no date).
    due: date | None = None
    #: Kilometres past the service mileage (None: not overdue by mileage).
    km_over: int | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """What moved since the previous day's snapshot, for one unit."""

    unit_code: str
    what: str  # "readiness" | "band" | "strength" | "gap" (a gap: ``item`` names the type)
    before: float | int | str | None
    after: float | int | str | None
    item: str = ""


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    as_of: date
    read_at: datetime  # when the figures were read (timezone-aware)
    scope: Scope
    scope_text: str  # "All contingents" / "Kenya" / "KE-FPU-2": said on screen and on paper
    threshold_pct: float
    amber_pct: float
    report: ReadinessReport  # the units in scope (the same report readiness --json prints)
    tiles: tuple[Tile, ...]  # in TileKey order
    units: tuple[UnitBar, ...]  # in unit code order
    categories: tuple[CategoryBar, ...]  # in category order (sort_order, code)
    contingents: tuple[ContingentBar, ...]  # by name
    critical_gaps: tuple[CriticalGapLine, ...]  # largest gap first
    overdue: tuple[NamedLine, ...]  # most overdue first, at most FIRST_FEW
    expiring: tuple[NamedLine, ...]  # soonest first, at most FIRST_FEW
    #: The previous day's snapshot compared with (None when there is none), and what changed.
    compared_with: date | None
    changes: tuple[Change, ...]
    #: True when read from today's live tables; False for a past day read from its snapshot
    #: (then the tiles of :data:`PAST_UNKNOWN` have no value and ``overdue``/``expiring`` are
    #: empty, and critical gap lines name no pledges: the snapshot keeps their quantity only).
    live: bool = True

    def tile(self, key: TileKey) -> Tile:
        return next(tile for tile in self.tiles if tile.key is key)


@dataclass(frozen=True, slots=True)
class ContingentOption:
    id: uuid.UUID
    name: str
    country_code: str


@dataclass(frozen=True, slots=True)
class UnitOption:
    id: uuid.UUID
    code: str
    name: str
    contingent_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class ScopeOptions:
    """What the page's filters offer: contingents by name, units by code (not archived)."""

    contingents: tuple[ContingentOption, ...]
    units: tuple[UnitOption, ...]


#: The tiles a past day's snapshot cannot give (it stores strength and holdings per unit only).
PAST_UNKNOWN = frozenset(
    {TileKey.OVERDUE_MAINTENANCE, TileKey.EXPIRING_QUALIFICATIONS, TileKey.AWAITING_APPROVAL}
)
#: How many overdue items and expiring qualifications the summary names.
FIRST_FEW = 5
EXPIRING_WITHIN_DAYS = 30
TREND_PERIODS = (30, 90, 365)
