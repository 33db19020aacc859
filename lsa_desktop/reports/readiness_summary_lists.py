"""The lists of the printed readiness summary: critical gaps with their pledges, what is overdue
or expiring, and what changed since the previous day's snapshot; and how its figures are written.

Part of :mod:`lsa_desktop.reports.readiness_summary` (pure Python, no Qt); each list takes a limit
and says in a sentence how many rows it did not list.
"""

from __future__ import annotations

from collections.abc import Sequence

from lsa_desktop.domain.enums import Band
from lsa_desktop.domain.readiness import round_pct
from lsa_desktop.reports.html import MISSING, Column, day, esc, grid, number
from lsa_desktop.reports.readiness_summary_labels import BAND_LABELS, CHANGE_LABELS, LABELS
from lsa_desktop.services.dashboard_model import (
    EXPIRING_WITHIN_DAYS,
    Change,
    DashboardFigures,
    NamedLine,
    TileKey,
)

_SUBHEADING = '<p style="font-size: 10.5pt; font-weight: bold; margin-bottom: 6px">{}</p>'


# --- figures as text -------------------------------------------------------------------------------


def pct(value: float | None, lang: str) -> str:
    """A percentage to one decimal, rounded as everywhere else: "87.3 %" / "87,3 %"."""
    rounded = round_pct(value)
    return MISSING if rounded is None else f"{number(rounded, lang, 1)}\u00a0%"


def count(value: int, lang: str) -> str:
    """A whole number with the language's thousands separator: "1,186" / "1 186"."""
    return number(value, lang)


# --- critical gaps ---------------------------------------------------------------------------------


def critical_gaps(figures: DashboardFigures, lang: str, limit: int) -> str:
    """The largest critical gap lines, each with the pledges named against it."""
    words = LABELS[lang]
    lines = figures.critical_gaps
    if not lines:
        return f"<p>{esc(words['no_critical_gaps'])}</p>"
    listed = lines[:limit]
    columns = (
        Column(words["unit"], 11),
        Column(words["equipment"], 31),
        Column(words["authorised"], 10, numeric=True),
        Column(words["serviceable"], 11, numeric=True),
        Column(words["pledged"], 8, numeric=True),
        Column(words["gap"], 7, numeric=True),
        Column(words["pledges"], 22),
    )
    rows = [
        [
            esc(line.unit_code),
            f"<b>{esc(line.equipment_code)}</b> {esc(line.equipment_name)}",
            esc(count(line.authorised, lang)),
            esc(count(line.serviceable, lang)),
            esc(count(line.pledged, lang)),
            f"<b>{esc(count(line.gap, lang))}</b>",
            _pledges(line.pledges, figures.live, lang),
        ]
        for line in listed
    ]
    tile = figures.tile(TileKey.CRITICAL_GAPS)
    more = (tile.value if tile.value is not None else len(lines)) - len(listed)
    note = ""
    if more > 0:
        missing = tile.detail if tile.detail is not None else sum(line.gap for line in lines)
        note = '<p class="muted">{}</p>'.format(
            esc(words["gaps_more"].format(more=count(more, lang), missing=count(missing, lang)))
        )
    return grid(columns, rows) + note


def _pledges(pledges: Sequence[str], live: bool, lang: str) -> str:
    """The pledges named against a gap; a past day's snapshot keeps their quantity only."""
    if not live:
        return MISSING
    return "<br>".join(esc(p) for p in pledges) or esc(LABELS[lang]["no_pledge"])


# --- overdue and expiring --------------------------------------------------------------------------


def due(figures: DashboardFigures, lang: str, limit: int) -> str:
    """Overdue maintenance beside expiring qualifications: two short lists read together."""
    words = LABELS[lang]
    within = count(EXPIRING_WITHIN_DAYS, lang)
    overdue = figures.tile(TileKey.OVERDUE_MAINTENANCE).value
    expiring = figures.tile(TileKey.EXPIRING_QUALIFICATIONS)
    if overdue is None:
        overdue_line = words["not_in_snapshot"]
    elif overdue:
        overdue_line = words["overdue_count"].format(count=count(overdue, lang))
    else:
        overdue_line = words["none_overdue"]
    if expiring.value is None:
        expiring_line = words["not_in_snapshot"]
    elif expiring.value:
        expiring_line = words["expiring_count"].format(
            count=count(expiring.value, lang),
            days=within,
            expired=count(expiring.detail or 0, lang),
        )
    else:
        expiring_line = words["none_expiring"].format(days=within)
    left = _named_list(
        words["overdue"],
        overdue_line,
        [
            (line.name, _service_due(line, lang), _overdue_days(line, lang))
            for line in figures.overdue[:limit]
        ],
        lang,
    )
    right = _named_list(
        words["expiring"].format(days=within),
        expiring_line,
        [
            (line.name, _expiry(line, lang), _days_left(line.days, lang))
            for line in figures.expiring[:limit]
        ],
        lang,
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 14px"><tr>'
        f'<td width="50%" valign="top" style="padding-right: 8px">{left}</td>'
        f'<td width="50%" valign="top" style="padding-left: 8px">{right}</td>'
        "</tr></table>"
    )


def _named_list(
    heading: str, count_line: str, lines: Sequence[tuple[str, str, str]], lang: str
) -> str:
    """A heading, the count in a sentence, then (name, detail, when) rows, when any."""
    words = LABELS[lang]
    # Not <h2>: inside a table cell Qt sizes headings its own way.
    parts = [_SUBHEADING.format(esc(heading)), f"<p>{esc(count_line)}</p>"]
    if lines:
        parts.append(f'<p class="muted">{esc(words["first_few"].format(count=len(lines)))}</p>')
        rows = "".join(
            f"<tr><td><b>{esc(name)}</b><br>"
            f'<span class="muted">{esc(detail)}</span></td>'
            f'<td align="right" style="white-space: nowrap">{esc(when)}</td></tr>'
            for name, detail, when in lines
        )
        parts.append(
            '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
            f"{rows}</table>"
        )
    return "".join(parts)


def _service_due(line: NamedLine, lang: str) -> str:
    """When the service was due ("service due 19 Oct 2026"), and by how many kilometres the
    mileage is past it when it is."""
    words = LABELS[lang]
    parts = []
    if line.due is not None:
        parts.append(words["service_due"].format(day=day(line.due, lang)))
    if line.km_over is not None:
        parts.append(words["km_over"].format(km=count(line.km_over, lang)))
    return "; ".join(parts) or line.detail


def _overdue_days(line: NamedLine, lang: str) -> str:
    words = LABELS[lang]
    if line.days <= 0:
        return words["by_mileage"]
    return words["day_overdue"] if line.days == 1 else words["days_overdue"].format(days=line.days)


def _expiry(line: NamedLine, lang: str) -> str:
    """What expires when: "First aid, expires 10 Dec 2026" / "…, expired 30 Sep 2026"."""
    if line.due is None:
        return line.detail
    key = "expired" if line.days < 0 else "expires"
    return LABELS[lang][key].format(what=line.what, day=day(line.due, lang))


def _days_left(days: int, lang: str) -> str:
    words = LABELS[lang]
    if days < 0:
        return words["day_ago"] if days == -1 else words["days_ago"].format(days=-days)
    if days == 0:
        return words["today"]
    return words["day_left"] if days == 1 else words["days_left"].format(days=days)


# --- changes since the previous day ----------------------------------------------------------------


def changes(figures: DashboardFigures, lang: str, limit: int) -> str:
    """One row per unit that moved, its changes joined: "readiness 25.0 % → 22.2 %; band …"."""
    words = LABELS[lang]
    if figures.compared_with is None:
        return f"<h2>{esc(words['changes_heading'])}</h2><p>{esc(words['no_snapshot'])}</p>"
    heading = f"<h2>{esc(words['changes'].format(day=day(figures.compared_with, lang)))}</h2>"
    if not figures.changes:
        return heading + f"<p>{esc(words['no_changes'])}</p>"
    by_unit: dict[str, list[Change]] = {}
    for change in figures.changes:
        by_unit.setdefault(change.unit_code, []).append(change)
    listed = list(by_unit.items())[:limit]
    # No header row: printing then keeps the list whole, with its heading, on one page.
    rows = "".join(
        f'<tr><td width="14%"><b>{esc(unit)}</b></td><td width="86%">'
        + "; ".join(f"{esc(_change_what(c, lang))} {_change_values(c, lang)}" for c in changes)
        + "</td></tr>"
        for unit, changes in listed
    )
    table = (
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"{rows}</table>"
    )
    more = len(by_unit) - len(listed)
    note = (
        f'<p class="muted">{esc(words["changes_more"].format(more=count(more, lang)))}</p>'
        if more
        else ""
    )
    return heading + table + note


def _change_what(change: Change, lang: str) -> str:
    return CHANGE_LABELS[lang][change.what].format(item=change.item)


def _change_values(change: Change, lang: str) -> str:
    def shown(value: float | int | str | None) -> str:
        if value is None:
            return MISSING
        if change.what in ("readiness", "strength"):
            return pct(float(value), lang)
        if change.what == "band":
            return BAND_LABELS[lang][Band(value)]
        return count(int(value), lang)

    text = LABELS[lang]["from_to"].format(before=shown(change.before), after=shown(change.after))
    return esc(text)
