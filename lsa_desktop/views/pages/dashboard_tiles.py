"""What each Dashboard tile says: its figure, what it counts, the line under it, its tone, and the
exact figures in its tooltip.

Strength and vehicles are shares, banded against the person's thresholds like unit readiness
(the COE serviceability threshold is the same kind of figure); the four counts are things to
act on, so any of them above zero is marked, and zero is good news said in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from lsa_desktop.domain.enums import Band
from lsa_desktop.domain.readiness import band, percent
from lsa_desktop.services.dashboard_model import EXPIRING_WITHIN_DAYS, Tile, TileKey
from lsa_desktop.views.pages.dashboard_tile import Tone
from lsa_desktop.views.pages.row_list_model import NO_VALUE, number_text, percent_text

_BAND_TONES = {Band.GREEN: Tone.GOOD, Band.AMBER: Tone.WARNING, Band.RED: Tone.BAD}
#: The tone of a count above zero: what is missing or overdue is bad, what is due soon a warning.
_COUNT_TONES = {
    TileKey.CRITICAL_GAPS: Tone.BAD,
    TileKey.OVERDUE_MAINTENANCE: Tone.BAD,
    TileKey.EXPIRING_QUALIFICATIONS: Tone.WARNING,
    TileKey.AWAITING_APPROVAL: Tone.WARNING,
}


@dataclass(frozen=True)
class TileText:
    value: str
    out_of: str
    caption: str
    detail: str
    tone: Tone
    tip: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardTiles", text)


def band_name(value: Band | None) -> str:
    if value is None:
        return NO_VALUE
    return {Band.GREEN: _tr("Green"), Band.AMBER: _tr("Amber"), Band.RED: _tr("Red")}[value]


def tile_text(tile: Tile, threshold_pct: float, amber_pct: float) -> TileText:
    """The words of ``tile``, its share banded against the thresholds given."""
    if tile.value is None:
        return TileText(
            NO_VALUE,
            "",
            _captions()[tile.key],
            _tr("Not in past snapshots"),
            Tone.NEUTRAL,
            _tr("The daily snapshots keep strength and holdings only, not this figure."),
        )
    if tile.out_of is not None:
        return _share(tile, tile.value, tile.out_of, threshold_pct, amber_pct)
    return _count(tile, tile.value)


def _captions() -> dict[TileKey, str]:
    return {
        TileKey.STRENGTH: _tr("Officers present"),
        TileKey.VEHICLES: _tr("Vehicles serviceable"),
        TileKey.CRITICAL_GAPS: _tr("Critical equipment gaps"),
        TileKey.OVERDUE_MAINTENANCE: _tr("Overdue for service"),
        TileKey.EXPIRING_QUALIFICATIONS: _tr("Qualifications expiring"),
        TileKey.AWAITING_APPROVAL: _tr("Requisitions awaiting approval"),
    }


def _share(tile: Tile, value: int, out_of: int, threshold_pct: float, amber_pct: float) -> TileText:
    pct = percent(value, out_of)
    tone_band = band(pct, threshold_pct, amber_pct)
    strength = tile.key is TileKey.STRENGTH
    figures = {"value": number_text(value), "out_of": number_text(out_of)}
    if strength:
        tip = _tr(
            "{value} officers present (status Active) of an authorised strength of {out_of}"
        ).format(**figures)
        action = _tr("Click, or press Enter, to list the officers present.")
    else:
        tip = _tr(
            "{value} vehicles in service of {out_of} held (in service, unserviceable or under "
            "repair)"
        ).format(**figures)
        action = _tr("Click, or press Enter, to list the vehicles in service.")
    if pct is None:
        detail = _tr("None authorised") if strength else _tr("None held")
        tone = Tone.NEUTRAL
    else:
        detail = _tr("{pct} · {band}").format(pct=percent_text(pct), band=band_name(tone_band))
        tone = _BAND_TONES[tone_band] if tone_band is not None else Tone.NEUTRAL
        tip += _tr(
            ": {pct}, {band} (green at or above {green} %, amber at or above {amber} %)"
        ).format(
            pct=percent_text(pct),
            band=band_name(tone_band).lower(),
            green=_threshold_text(threshold_pct),
            amber=_threshold_text(amber_pct),
        )
    return TileText(
        figures["value"],
        _tr("of {out_of}").format(out_of=figures["out_of"]),
        _captions()[tile.key],
        detail,
        tone,
        f"{tip}.\n{action}",
    )


def _threshold_text(value: float) -> str:
    return number_text(value, 0 if float(value).is_integer() else 1)


def _count(tile: Tile, value: int) -> TileText:
    key = tile.key
    n = number_text(value)
    action = _tr("Click, or press Enter, to list them.")
    tone = _COUNT_TONES[key] if value else Tone.GOOD
    if key is TileKey.CRITICAL_GAPS:
        missing = number_text(tile.detail or 0)
        detail = _tr("{missing} items missing").format(missing=missing) if value else _tr("None")
        tip = _tr(
            "{n} lines of critical equipment (a unit and a type) where serviceable items and "
            "open pledges fall short of what is authorised: {missing} items in all."
        ).format(n=n, missing=missing)
    elif key is TileKey.OVERDUE_MAINTENANCE:
        detail = _tr("Vehicles and items") if value else _tr("Nothing overdue")
        tip = _tr("{n} vehicles and items past their service date or service mileage.").format(n=n)
    elif key is TileKey.EXPIRING_QUALIFICATIONS:
        expired = tile.detail or 0
        within = _tr("Within {days} days").format(days=EXPIRING_WITHIN_DAYS)
        detail = (
            _tr("{within} · {expired} expired").format(within=within, expired=number_text(expired))
            if expired
            else within
        )
        if expired:
            tone = Tone.BAD
        tip = _tr(
            "{n} qualifications expire within the next {days} days or have expired and not been "
            "renewed ({expired} expired)."
        ).format(n=n, days=EXPIRING_WITHIN_DAYS, expired=number_text(expired))
    else:
        detail = _tr("Awaiting a decision") if value else _tr("None waiting")
        tip = _tr("{n} requisitions submitted and awaiting a decision.").format(n=n)
    return TileText(n, "", _captions()[key], detail, tone, f"{tip}\n{action}")
