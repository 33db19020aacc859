"""The printed readiness summary as HTML: what the commander reads, in which words, and what is
cut when the mission is large.

Figures are built by hand (the service is tested on its own); the HTML is read back as a reader
sees it (tags dropped, entities decoded), so a test checks the words on the page.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from html.parser import HTMLParser

import pytest

from lsa_desktop.domain.readiness import Category, HoldingInput, UnitInput, assess
from lsa_desktop.reports.html import page_furniture
from lsa_desktop.reports.readiness_summary import (
    CHART_SLOTS,
    Limits,
    suggested_file_name,
    summary_html,
    summary_title,
)
from lsa_desktop.services.dashboard_model import (
    Change,
    CriticalGapLine,
    DashboardFigures,
    NamedLine,
    RowsBehind,
    Scope,
    Tile,
    TileKey,
    UnitBar,
)

HAITI = timezone(timedelta(hours=-5))
PRINTED_AT = datetime(2026, 3, 5, 7, 30, tzinfo=HAITI)
AS_OF = date(2026, 3, 5)
NBSP = "\u00a0"
PROTECTION = Category("PPE", "Protection", critical=True)
BEHIND = RowsBehind.of("personnel")


def unit(code: str, present: int, authorised: int = 140, vests: int = 140, contingent="Kenya"):
    """A unit whose readiness is the lower of its strength and its serviceable vests of 140."""
    holding = HoldingInput("PPE-VEST", "Body armour vest", PROTECTION, 140, 140, vests)
    return UnitInput(code, f"Unit {code}", contingent, authorised, 120, present, (holding,))


def figures(units=None, **overrides) -> DashboardFigures:
    """Three Kenyan units on 5 March 2026:
    KE-FPU-1 green (133/140 = 95 %), KE-FPU-2 amber (vests 112/140 = 80 %),
    KE-FPU-3 red (present 105 < minimum 120: 75 % strength; vests 70/140 = 50 %)."""
    inputs = units or [
        unit("KE-FPU-1", 133),
        unit("KE-FPU-2", 140, vests=112),
        unit("KE-FPU-3", 105, vests=70),
    ]
    report = assess(inputs, AS_OF, 90.0, 75.0)
    bars = tuple(
        UnitBar(
            uuid.uuid4(),
            u.code,
            u.name,
            u.contingent,
            u.readiness_pct,
            u.band,
            u.personnel.strength_pct,
            "Protection",
            BEHIND,
        )
        for u in report.units
    )
    values = dict(
        as_of=AS_OF,
        read_at=datetime(2026, 3, 5, 12, 25, tzinfo=UTC),
        scope=Scope(),
        scope_text="All contingents",
        threshold_pct=90.0,
        amber_pct=75.0,
        report=report,
        tiles=(
            Tile(TileKey.STRENGTH, 378, 420, None, BEHIND),
            Tile(TileKey.VEHICLES, 31, 34, None, BEHIND),
            Tile(TileKey.CRITICAL_GAPS, 2, None, 98, BEHIND),
            Tile(TileKey.OVERDUE_MAINTENANCE, 7, None, None, BEHIND),
            Tile(TileKey.EXPIRING_QUALIFICATIONS, 12, None, 4, BEHIND),
            Tile(TileKey.AWAITING_APPROVAL, 3, None, None, BEHIND),
        ),
        units=bars,
        categories=(),
        contingents=(),
        critical_gaps=(
            CriticalGapLine(
                "KE-FPU-3",
                "PPE-VEST",
                "Body armour vest",
                "Protection",
                140,
                70,
                15,
                55,
                ("PLG-2026-011 (Canada, 15)",),
            ),
            CriticalGapLine(
                "KE-FPU-2", "PPE-VEST", "Body armour vest", "Protection", 140, 112, 0, 28, ()
            ),
        ),
        overdue=(
            NamedLine(
                "KE-FPU-2 · Toyota Land Cruiser GKB 512E",
                "service due 2026-02-20",
                13,
                "KE-FPU-2",
                "Toyota Land Cruiser",
                date(2026, 2, 20),
            ),
            NamedLine(
                "KE-FPU-1 · MRAP MaxxPro HT-0042",
                "3,200 km past",
                0,
                "KE-FPU-1",
                "MRAP",
                None,
                3200,
            ),
        ),
        expiring=(
            NamedLine(
                "CPL Otieno Mercy (2141449)",
                "First aid, expired 2026-03-01",
                -4,
                "KE-FPU-1",
                "First aid",
                date(2026, 3, 1),
            ),
            NamedLine(
                "PC Mwangi Geoffrey (2143409)",
                "Driving licence, expires 2026-03-06",
                1,
                "KE-FPU-3",
                "Driving licence",
                date(2026, 3, 6),
            ),
        ),
        compared_with=date(2026, 3, 4),
        changes=(
            Change("KE-FPU-2", "readiness", 92.5, 80.0),
            Change("KE-FPU-2", "band", "green", "amber"),
            Change("KE-FPU-3", "gap", 50, 55, "Body armour vest"),
        ),
    )
    values.update(overrides)
    return DashboardFigures(**values)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "title"):
            self._skip += 1
        elif tag in ("p", "tr", "br", "h1", "h2"):
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_endtag(self, tag):
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def text_of(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return re.sub(r"[ \t]+", " ", "".join(parser.parts).replace(NBSP, " "))


def summary(fig=None, language="en", charts=None, **kwargs) -> str:
    return summary_html(
        fig or figures(),
        charts or {},
        mission="Multinational Security Support Mission",
        prepared_by="Capt. A. Wanjiru",
        classification="RESTRICTED",
        language=language,
        printed_at=PRINTED_AT,
        **kwargs,
    )


def line_with(text: str, start: str) -> str:
    """The one line of ``text`` that starts (after a cell bar) with ``start``."""
    found = [line for line in text.splitlines() if line.lstrip(" |").startswith(start)]
    assert len(found) == 1, (start, found)
    return found[0]


# --- header and key figures ------------------------------------------------------------------------


def test_the_header_says_whose_figures_of_when_and_how_secret():
    html = summary()
    text = text_of(html)
    assert "Multinational Security Support Mission" in text
    assert "Readiness summary, as of 5 Mar 2026" in text
    # Read at 12:25 UTC, shown on the clock of the printing laptop (Haiti, UTC-5).
    assert "Figures read | 5 Mar 2026 07:25 UTC-05:00" in text
    assert "Prepared by | Capt. A. Wanjiru" in text
    assert "Scope | All contingents" in text
    assert "green at or above 90 %, amber at or above 75 %, red below" in text
    assert "to be checked against each unit's MOU" in text
    furniture = page_furniture(html)
    assert furniture.classification == "RESTRICTED"
    assert furniture.footer == "Prepared by Capt. A. Wanjiru on 5 Mar 2026 07:30 UTC-05:00"
    assert furniture.title == summary_title(figures()) == "Readiness summary, as of 5 Mar 2026"
    assert suggested_file_name(figures()) == "Readiness summary 2026-03-05.pdf"


def test_the_key_figures_say_each_number_with_what_it_is_out_of():
    text = text_of(summary())
    assert "378 of 420 (90.0 %)\nOfficers present" in text
    assert "31 of 34 (91.2 %)\nVehicles serviceable" in text
    assert "2\nCritical gap lines\n98 items missing" in text
    assert "7\nOverdue maintenance" in text
    assert "12\nQualifications expired or expiring within 30 days\n4 already expired" in text
    assert "3\nRequisitions awaiting approval" in text
    assert "Units: 1 green, 1 amber, 1 red" in text


# --- units -----------------------------------------------------------------------------------------


def test_each_unit_has_its_figures_and_its_band_written_out():
    text = text_of(summary())
    assert line_with(text, "KE-FPU-1 |") == (
        " | KE-FPU-1 | Kenya | 133 / 140 | 95.0 % | 95.0 % | Green | Protection | 100.0 %"
    )
    assert "| 80.0 % | Amber |" in line_with(text, "KE-FPU-2 | Kenya")
    # Below its minimum of 120: marked, and the mark explained under the table.
    assert "| ▼ 75.0 % | 50.0 % | Red |" in line_with(text, "KE-FPU-3 | Kenya")
    assert "▼ below the unit's minimum operational strength" in text


def test_a_large_mission_lists_its_least_ready_units_and_says_how_many_more():
    many = [unit(f"U-{n:03}", 140, vests=140 - n) for n in range(30)]
    text = text_of(summary(figures(units=many), limits=Limits(units=5)))
    listed = re.findall(r"\| (U-\d{3}) \|", text)
    assert listed == ["U-029", "U-028", "U-027", "U-026", "U-025"]
    assert "The 5 least ready units of 30 are listed; the other 25 are on the Dashboard" in text


# --- gaps, due, changes ----------------------------------------------------------------------------


def test_critical_gaps_say_what_is_pledged_against_them_and_how_many_are_not_listed():
    text = text_of(summary(limits=Limits(gaps=1)))
    assert line_with(text, "KE-FPU-3 | PPE-VEST") == (
        " | KE-FPU-3 | PPE-VEST Body armour vest | 140 | 70 | 15 | 55 | PLG-2026-011 (Canada, 15)"
    )
    assert "KE-FPU-2 | PPE-VEST" not in text
    assert "1 more critical gap lines are not listed (98 items missing in all)" in text
    all_listed = text_of(summary())
    assert line_with(all_listed, "KE-FPU-2 | PPE-VEST").endswith("| 28 | none")
    assert "more critical gap lines" not in all_listed


def test_overdue_and_expiring_give_counts_then_the_first_by_name():
    text = text_of(summary())
    assert "7 vehicles and items are overdue for service." in text
    assert (
        "KE-FPU-2 · Toyota Land Cruiser GKB 512E\nservice due 20 Feb 2026 | 13 days overdue" in text
    )
    assert "3,200 km past its service mileage | by mileage" in text
    assert "12 qualifications have expired or expire within 30 days (4 already expired)." in text
    assert "CPL Otieno Mercy (2141449)\nFirst aid, expired 1 Mar 2026 | 4 days ago" in text
    assert "Driving licence, expires 6 Mar 2026 | in 1 day" in text


def test_changes_since_the_previous_day_are_grouped_by_unit():
    text = text_of(summary())
    assert "What changed since 4 Mar 2026" in text
    assert line_with(text, "KE-FPU-2 | readiness") == (
        " | KE-FPU-2 | readiness 92.5 % → 80.0 %; band Green → Amber"
    )
    assert " | KE-FPU-3 | Body armour vest gap 50 → 55" in text


@pytest.mark.parametrize(
    ("overrides", "said"),
    [
        ({"compared_with": None, "changes": ()}, "no snapshot of the previous day to compare"),
        ({"changes": ()}, "Nothing changed in unit readiness, bands, strength or gaps."),
    ],
)
def test_no_change_is_said_so(overrides, said):
    assert said in text_of(summary(figures(**overrides)))


def test_a_past_day_says_what_its_snapshot_cannot_know_instead_of_showing_today():
    fig = figures()
    unknown = {
        TileKey.OVERDUE_MAINTENANCE,
        TileKey.EXPIRING_QUALIFICATIONS,
        TileKey.AWAITING_APPROVAL,
    }
    past = replace(
        fig,
        live=False,
        tiles=tuple(
            replace(t, value=None, detail=None) if t.key in unknown else t for t in fig.tiles
        ),
        overdue=(),
        expiring=(),
        critical_gaps=tuple(replace(g, pledges=()) for g in fig.critical_gaps),
    )
    text = text_of(summary(past))
    assert "are those of the daily snapshot of 5 Mar 2026" in text
    assert "—\nOverdue maintenance" in text
    assert "—\nRequisitions awaiting approval" in text
    assert text.count("Not known for a past day") == 2
    assert line_with(text, "KE-FPU-2 | PPE-VEST").endswith("| 28 | —")  # pledged, names unknown


# --- charts, language, safety ----------------------------------------------------------------------


def test_charts_are_images_named_by_the_caller_at_their_printed_size():
    charts = {"units": "lsa-chart:units", "gaps": "lsa-chart:gaps"}
    html = summary(charts=charts)
    assert re.findall(r'<img src="([^"]+)" width="(\d+)" height="(\d+)"', html) == [
        ("lsa-chart:units", "333", "189"),  # 88 x 50 mm at 96 px an inch
        ("lsa-chart:gaps", "333", "189"),
    ]
    assert "Readiness by unit (dashed lines: 90 % and 75 %)" in text_of(html)
    assert "lsa-chart:trend" not in html
    assert {slot.kind for slot in CHART_SLOTS} == {"units", "trend", "gaps", "strength"}
    assert CHART_SLOTS[0].pixels(300) == (1039, 591)


def test_french_has_its_words_and_its_numbers():
    text = text_of(summary(language="fr", charts={"trend": "t"}, trend_days=90))
    assert "Synthèse de l’état de préparation, au 5 mars 2026" in text
    assert "378 sur 420 (90,0 %)\nPersonnels présents" in text
    assert "| 80,0 % | Orange |" in line_with(text, "KE-FPU-2 | Kenya")
    assert "Évolution de la préparation par unité, 90 derniers jours" in text
    assert "Ce qui a changé depuis le 4 mars 2026" in text
    assert "First aid, expirée le 1 mars 2026 | il y a 4 jours" in text
    assert page_furniture(summary(language="fr")).footer.startswith(
        "Établi par Capt. A. Wanjiru le"
    )


def test_typed_names_stay_text():
    fig = figures(scope_text="<b>Kenya</b> & co")
    html = summary(fig)
    assert "&lt;b&gt;Kenya&lt;/b&gt; &amp; co" in html
    assert "Scope | <b>Kenya</b> & co" in text_of(html)


def test_units_without_a_figure_are_counted_apart():
    empty = UnitInput("KE-NEW", "New unit", "Kenya", 0, 0, 0)
    fig = figures(units=[unit("KE-FPU-1", 133), empty])
    text = text_of(summary(fig))
    assert "Units: 1 green, 0 amber, 0 red, 1 without a figure" in text
    assert line_with(text, "KE-NEW |").startswith(" | KE-NEW | Kenya | 0 / 0 | — | — | — |")
