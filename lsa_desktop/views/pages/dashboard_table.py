"""The Dashboard's unit table: one row per unit in scope, its strength, readiness and band.

The figures are those of ``readiness --json`` (same arithmetic, same rounding), so what the
screen shows matches the printed and exported ones. The band is written out beside its colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lsa_desktop.domain.enums import Band
from lsa_desktop.domain.readiness import UnitReadiness
from lsa_desktop.views.pages.row_list_model import (
    NO_VALUE,
    Column,
    Style,
    number_text,
    percent_key,
    percent_text,
)

#: Cell colours per band: a light tint behind dark text of the same hue, readable when printed
#: in grey and by people who do not tell red from green (the band is also written out).
BAND_STYLES = {
    Band.GREEN: Style(background="#d4edda", foreground="#155724", bold=True),
    Band.AMBER: Style(background="#ffe8bf", foreground="#7a4500", bold=True),
    Band.RED: Style(background="#f8d3d3", foreground="#8b1a1a", bold=True),
}
_BELOW_MINIMUM = Style(foreground="#b91c1c", bold=True)
_BAND_ORDER = {None: 0, Band.RED: 1, Band.AMBER: 2, Band.GREEN: 3}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardTable", text)


def unit_columns() -> list[Column[UnitReadiness]]:
    band_names = {Band.GREEN: _tr("Green"), Band.AMBER: _tr("Amber"), Band.RED: _tr("Red")}
    below, met = _tr("Below"), _tr("Met")
    return [
        Column(_tr("Unit"), lambda u: u.code, lambda u: u.code),
        Column(_tr("Name"), lambda u: u.name, lambda u: u.name),
        Column(_tr("Contingent"), lambda u: u.contingent, lambda u: u.contingent),
        Column(
            _tr("Officers"),
            lambda u: f"{number_text(u.personnel.present)} / {number_text(u.personnel.authorised)}",
            lambda u: u.personnel.present,
            numeric=True,
            header_tip=_tr("Officers present (status Active) / authorised strength"),
        ),
        Column(
            _tr("Strength"),
            lambda u: percent_text(u.personnel.strength_pct),
            lambda u: percent_key(u.personnel.strength_pct),
            numeric=True,
            header_tip=_tr("Officers present as a share of the authorised strength"),
        ),
        Column(
            _tr("Readiness"),
            lambda u: percent_text(u.readiness_pct),
            lambda u: percent_key(u.readiness_pct),
            numeric=True,
            tooltip=readiness_tooltip,
            header_tip=_tr(
                "The lowest of strength and the readiness of each critical equipment category"
            ),
        ),
        Column(
            _tr("Mean readiness"),
            lambda u: percent_text(u.mean_readiness_pct),
            lambda u: percent_key(u.mean_readiness_pct),
            numeric=True,
            header_tip=_tr(
                "Serviceable items within what is authorised, over all that is authorised, "
                "all categories together"
            ),
        ),
        Column(
            _tr("Band"),
            lambda u: band_names.get(u.band, NO_VALUE) if u.band else NO_VALUE,
            lambda u: _BAND_ORDER[u.band],
            style=lambda u: BAND_STYLES.get(u.band) if u.band else None,
            header_tip=_tr("Readiness against the thresholds in the line above"),
        ),
        Column(
            _tr("Minimum strength"),
            lambda u: below if u.personnel.below_minimum else met,
            lambda u: u.personnel.below_minimum,
            style=lambda u: _BELOW_MINIMUM if u.personnel.below_minimum else None,
            tooltip=lambda u: _tr("Minimum operational strength: {minimum}").format(
                minimum=u.personnel.minimum
            ),
            header_tip=_tr("Officers present against the minimum operational strength"),
        ),
    ]


def readiness_tooltip(unit: UnitReadiness) -> str:
    """Which figure set the unit's readiness: the lowest of strength and critical categories."""
    lines = [_tr("The lowest of strength and each critical category:")]
    lines.append(_tr("Strength: {pct}").format(pct=percent_text(unit.personnel.strength_pct)))
    for category in unit.categories:
        if category.critical:
            lines.append(f"{category.name}: {percent_text(category.readiness_pct)}")
    return "\n".join(lines)


def band_counts_text(units: tuple[UnitReadiness, ...]) -> str:
    """The line under the header: "15 units: 3 green, 5 amber, 7 red; 2 below minimum..."."""
    bands = [unit.band for unit in units]
    below = sum(unit.personnel.below_minimum for unit in units)
    count = (
        _tr("1 unit")
        if len(units) == 1
        else _tr("{count} units").format(count=number_text(len(units)))
    )
    text = _tr("{units}: {green} green, {amber} amber, {red} red").format(
        units=count,
        green=number_text(bands.count(Band.GREEN)),
        amber=number_text(bands.count(Band.AMBER)),
        red=number_text(bands.count(Band.RED)),
    )
    if below:
        text += _tr("; {below} below minimum operational strength").format(below=number_text(below))
    return text + "."
