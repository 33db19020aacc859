"""The readiness summary printed for the commander's morning briefing: one or two pages.

What the commander reads, in that order: the header (mission, the date the figures are as of,
when they were read, who prepared the paper, the scope and the bands), the key figures, the unit
readiness table with each band written out, the charts of readiness by unit and its trend, the
critical gaps with the pledges against them, the gaps and strength charts, what is overdue or
expiring (counts and the first few by name) and what changed since the previous day's snapshot.

Long lists are cut so the paper stays at two pages whatever the mission's size (a mission of
1,500 units still prints two pages): the least ready units, the largest critical gaps and the
first changes are listed, and a sentence says how many more there are and where to find them.

Pure Python, like :mod:`lsa_desktop.reports.requisition_html`: the figures come from
:class:`~lsa_desktop.services.dashboard.DashboardService`, the words from
:mod:`~lsa_desktop.reports.readiness_summary_labels`; the lists (gaps, overdue and expiring,
changes) are built by :mod:`~lsa_desktop.reports.readiness_summary_lists`. The charts are images the document refers
to by name (:data:`CHART_SLOTS`); :mod:`lsa_desktop.reports.readiness_summary_print` draws them and
hands them to the printer with the HTML.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from lsa_desktop.domain.enums import Band
from lsa_desktop.domain.readiness import UnitReadiness
from lsa_desktop.reports.html import (
    MISSING,
    Column,
    day,
    document,
    esc,
    fields,
    grid,
    language_of,
    moment,
    number,
)
from lsa_desktop.reports.readiness_summary_labels import (
    BAND_LABELS,
    LABELS,
    NOT_IN_SNAPSHOTS,
    TILE_DETAILS,
    TILE_LABELS,
)
from lsa_desktop.reports.readiness_summary_lists import (
    changes,
    count,
    critical_gaps,
    due,
    pct,
)
from lsa_desktop.services.dashboard_model import (
    DashboardFigures,
    Tile,
    UnitBar,
)

#: The trend printed when the caller does not say (the Dashboard's default period).
DEFAULT_TREND_DAYS = 30

#: Light fills behind the band's written name: they tell the bands apart in colour, and the word
#: tells them apart on a monochrome copy.
_BAND_FILL = {Band.GREEN: "#cfe8c6", Band.AMBER: "#fbdcae", Band.RED: "#f4c2c2"}
#: How many CSS pixels (1/96 in) a millimetre is: the unit of an ``<img>``'s width and height,
#: which ``QTextDocument`` scales to the printer.
_PX_PER_MM = 96 / 25.4
#: Marks a strength below the unit's minimum operational strength (explained under the table).
_BELOW_MINIMUM = "\u25bc"


@dataclass(frozen=True, slots=True)
class Limits:
    """How many rows each list may take: the rest is counted in a sentence, not listed."""

    #: Units in the readiness table; beyond, the least ready (the others are the better news).
    units: int = 20
    #: Critical gap lines, the largest first.
    gaps: int = 10
    #: Units whose changes since the previous day are listed.
    changes: int = 8
    #: Overdue items and expiring qualifications named (the figures hold at most FIRST_FEW).
    named: int = 5


#: From the most generous to the tightest: the printer takes the first that fits two pages.
FITTING_LIMITS: tuple[Limits, ...] = (
    Limits(),
    Limits(units=15, gaps=8, changes=6, named=4),
    Limits(units=10, gaps=6, changes=4, named=3),
    Limits(units=6, gaps=4, changes=3, named=2),
)


@dataclass(frozen=True, slots=True)
class ChartSlot:
    """Where a chart sits on the paper: its ``kind`` (as ``chart_image`` names it), the name the
    HTML refers to it by, and the size it is printed at."""

    kind: str
    resource: str
    width_mm: float
    height_mm: float

    def pixels(self, dpi: float) -> tuple[int, int]:
        """The image's size for a sharp print at ``dpi`` dots per inch."""
        return round(self.width_mm / 25.4 * dpi), round(self.height_mm / 25.4 * dpi)


#: The four charts, two side by side per row. 88 mm each fits the width A4 leaves inside its
#: margins (180 mm; Letter leaves more).
CHART_SLOTS: tuple[ChartSlot, ...] = (
    ChartSlot("units", "lsa-chart:units", 88.0, 50.0),
    ChartSlot("trend", "lsa-chart:trend", 88.0, 50.0),
    ChartSlot("gaps", "lsa-chart:gaps", 88.0, 50.0),
    ChartSlot("strength", "lsa-chart:strength", 88.0, 50.0),
)
_SLOT = {slot.kind: slot for slot in CHART_SLOTS}


def summary_title(figures: DashboardFigures, language: str = "en") -> str:
    """The document's and the PDF's title: "Readiness summary, as of 28 Nov 2026"."""
    lang = language_of(language)
    words = LABELS[lang]
    return f"{words['title']}, {words['as_of'].format(day=day(figures.as_of, lang))}"


def suggested_file_name(figures: DashboardFigures, language: str = "en") -> str:
    """The PDF's name offered by the save dialog: "Readiness summary 2026-11-28.pdf"."""
    return LABELS[language_of(language)]["file_name"].format(day=figures.as_of.isoformat())


def summary_html(
    figures: DashboardFigures,
    charts: Mapping[str, str],
    *,
    mission: str,
    prepared_by: str,
    classification: str,
    language: str = "en",
    printed_at: datetime | None = None,
    trend_days: int = DEFAULT_TREND_DAYS,
    limits: Limits = Limits(),
) -> str:
    """The summary as an HTML document for :mod:`lsa_desktop.reports.printing`.

    ``charts`` maps a chart's kind ("units", "trend", "gaps", "strength") to the name of the
    image resource drawn for it (:attr:`ChartSlot.resource`); a chart not in it is not printed.
    ``classification`` is the marking printed at the top and bottom of every page;
    ``printed_at`` (aware, in the local zone; now when not given) is the clock every time on the
    paper is shown on. ``limits`` cut the lists (see :data:`FITTING_LIMITS`).
    """
    lang = language_of(language)
    words = LABELS[lang]
    printed_at = printed_at or datetime.now().astimezone()
    title = summary_title(figures, lang)
    footer = words["footer"].format(user=prepared_by.strip(), at=moment(printed_at, lang))
    mission_line = f'<p class="mission">{esc(mission)}</p>' if mission.strip() else ""
    body = "".join(
        (
            mission_line,
            f"<h1>{esc(title)}</h1>",
            _header(figures, lang, prepared_by, printed_at),
            f"<h2>{esc(words['key_figures'])}</h2>",
            _key_figures(figures, lang),
            f"<h2>{esc(words['units'])}</h2>",
            _units(figures, lang, limits.units),
            _charts(("units", "trend"), charts, figures, lang, trend_days),
            changes(figures, lang, limits.changes),
            f"<h2>{esc(words['critical_gaps'])}</h2>",
            critical_gaps(figures, lang, limits.gaps),
            _charts(("gaps", "strength"), charts, figures, lang, trend_days),
            due(figures, lang, limits.named),
        )
    )
    return document(
        title=title, body=body, classification=classification, footer=footer, language=lang
    )


def _threshold(value: float, lang: str) -> str:
    """A threshold as set: "90 %", or "87.5 %" when it has a fraction."""
    decimals = 0 if float(value).is_integer() else 1
    return f"{number(value, lang, decimals)}\u00a0%"


# --- header ----------------------------------------------------------------------------------------


def _header(figures: DashboardFigures, lang: str, prepared_by: str, printed_at: datetime) -> str:
    words = LABELS[lang]
    green, amber = _threshold(figures.threshold_pct, lang), _threshold(figures.amber_pct, lang)
    block = fields(
        [
            (esc(words["read_at"]), esc(moment(figures.read_at, lang, printed_at))),
            (esc(words["prepared_by"]), esc(prepared_by.strip() or MISSING)),
            (esc(words["scope"]), esc(figures.scope_text)),
        ]
    )
    notes = [words["bands_text"].format(green=green, amber=amber)]
    if not figures.live:
        notes.append(
            words["past"].format(day=day(figures.as_of, lang), unknown=NOT_IN_SNAPSHOTS[lang])
        )
    return block + "".join(f'<p class="muted">{esc(note)}</p>' for note in notes)


# --- key figures -----------------------------------------------------------------------------------


def _key_figures(figures: DashboardFigures, lang: str) -> str:
    """The six tiles, three a row, then the units counted by band."""
    cells = [_tile(tile, lang) for tile in figures.tiles]
    rows = "".join(
        "<tr>" + "".join(cells[start : start + 3]) + "</tr>" for start in range(0, len(cells), 3)
    )
    table = (
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="5">'
        f"{rows}</table>"
    )
    return table + f"<p>{esc(_bands_line(figures.report.units, lang))}</p>"


def _tile(tile: Tile, lang: str) -> str:
    """The figure large, "of N (P %)" beside it, the label and any second figure under it; a
    figure a past day cannot know is a dash (the header says why)."""
    words = LABELS[lang]
    value = MISSING if tile.value is None else count(tile.value, lang)
    figure = f'<span style="font-size: 15pt; font-weight: bold">{value}</span>'
    if tile.value is not None and tile.out_of is not None:
        figure += "&nbsp;" + esc(words["of"].format(total=count(tile.out_of, lang)))
        if tile.out_of:
            figure += f" ({esc(pct(100 * tile.value / tile.out_of, lang))})"
    label = esc(TILE_LABELS[lang][tile.key])
    detail_text = TILE_DETAILS[lang].get(tile.key)
    if detail_text is not None and tile.detail is not None:
        label += "<br>" + esc(detail_text.format(detail=count(tile.detail, lang)))
    return f'<td width="33%">{figure}<br><span class="muted">{label}</span></td>'


def _bands_line(units: Sequence[UnitReadiness], lang: str) -> str:
    words = LABELS[lang]
    counts = Counter(unit.band for unit in units)
    line = words["units_by_band"].format(
        green=count(counts[Band.GREEN], lang),
        amber=count(counts[Band.AMBER], lang),
        red=count(counts[Band.RED], lang),
    )
    if counts[None]:
        line += ", " + words["units_no_band"].format(count=count(counts[None], lang))
    return line


# --- units -----------------------------------------------------------------------------------------


def _units(figures: DashboardFigures, lang: str, limit: int) -> str:
    words = LABELS[lang]
    units = figures.report.units
    if not units:
        return f"<p>{esc(words['no_units'])}</p>"
    bars = {bar.code: bar for bar in figures.units}
    listed = list(units)
    note = ""
    if len(listed) > limit:
        listed.sort(key=_least_ready_first)
        listed = listed[:limit]
        note = words["units_more"].format(
            shown=count(len(listed), lang),
            total=count(len(units), lang),
            more=count(len(units) - len(listed), lang),
        )
    columns = (
        Column(words["unit"], 12),
        Column(words["contingent"], 14),
        Column(words["present"], 13, numeric=True),
        Column(words["strength"], 13, numeric=True),
        Column(words["readiness"], 11, numeric=True),
        Column(words["band"], 9),
        Column(words["limited_by"], 19),
        Column(words["mean"], 9, numeric=True),
    )
    rows = [_unit_row(unit, bars.get(unit.code), lang) for unit in listed]
    notes = [note] if note else []
    if any(unit.personnel.below_minimum for unit in listed):
        notes.append(f"{_BELOW_MINIMUM} {words['below_minimum']}")
    notes.append(words["readiness_note"])
    return grid(columns, rows) + "".join(f'<p class="muted">{esc(n)}</p>' for n in notes)


def _least_ready_first(unit: UnitReadiness) -> tuple[bool, float, str]:
    """Units without a figure last; ties by code, so the list is the same on every print."""
    missing = unit.readiness_pct is None
    return missing, unit.readiness_pct or 0.0, unit.code


def _unit_row(unit: UnitReadiness, bar: UnitBar | None, lang: str) -> list[str]:
    people = unit.personnel
    present = f"{count(people.present, lang)} / {count(people.authorised, lang)}"
    strength = esc(pct(people.strength_pct, lang))
    if people.below_minimum:
        strength = f"<b>{_BELOW_MINIMUM}&nbsp;{strength}</b>"
    return [
        f"<b>{esc(unit.code)}</b>",
        esc(unit.contingent or MISSING),
        esc(present),
        strength,
        f"<b>{esc(pct(unit.readiness_pct, lang))}</b>",
        _band(unit.band, lang),
        esc(_limited_by(bar, lang)),
        esc(pct(unit.mean_readiness_pct, lang)),
    ]


def _band(band: Band | None, lang: str) -> str:
    if band is None:
        return MISSING
    name = esc(BAND_LABELS[lang][band])
    return f'<span style="background-color: {_BAND_FILL[band]}">&nbsp;<b>{name}</b>&nbsp;</span>'


def _limited_by(bar: UnitBar | None, lang: str) -> str:
    if bar is None or not bar.limited_by:
        return MISSING
    return LABELS[lang]["strength"] if bar.limited_by == "strength" else bar.limited_by


# --- charts ----------------------------------------------------------------------------------------


def _charts(
    kinds: Sequence[str],
    charts: Mapping[str, str],
    figures: DashboardFigures,
    lang: str,
    trend_days: int,
) -> str:
    """A row of charts side by side, each under its caption; nothing when none is given."""
    cells = []
    for kind in kinds:
        resource = charts.get(kind)
        if resource is None:
            continue
        slot = _SLOT[kind]
        width, height = round(slot.width_mm * _PX_PER_MM), round(slot.height_mm * _PX_PER_MM)
        caption = _chart_caption(kind, figures, lang, trend_days)
        cells.append(
            f'<td width="50%" valign="top"><p><b>{esc(caption)}</b></p>'
            f'<img src="{esc(resource)}" width="{width}" height="{height}"></td>'
        )
    if not cells:
        return ""
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 12px"><tr>'
        f"{''.join(cells)}</tr></table>"
    )


def _chart_caption(kind: str, figures: DashboardFigures, lang: str, trend_days: int) -> str:
    words = LABELS[lang]
    if kind == "units":
        return words["chart_units"].format(
            green=_threshold(figures.threshold_pct, lang),
            amber=_threshold(figures.amber_pct, lang),
        )
    if kind == "trend":
        return words["chart_trend"].format(days=count(trend_days, lang))
    return words[f"chart_{kind}"]
