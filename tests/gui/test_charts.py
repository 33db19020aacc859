"""The Dashboard's four charts: drawn, clicked, hovered and exported.

The figures are built by hand (the charts only read the dataclasses), modelled on the demo
mission: fifteen units across the three bands, nine equipment categories, six contingents.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from lsa_desktop.domain.enums import Band
from lsa_desktop.domain.readiness import ReadinessReport, band
from lsa_desktop.services.dashboard_model import (
    CategoryBar,
    ContingentBar,
    DashboardFigures,
    RowsBehind,
    Scope,
    Trend,
    TrendSeries,
    UnitBar,
)
from lsa_desktop.views.charts import (
    CHART_KINDS,
    ChartWidget,
    GapsChart,
    StrengthChart,
    TrendChart,
    UnitReadinessChart,
    build_chart,
    chart_image,
)
from lsa_desktop.views.charts.rows import MAX_ROWS, MIN_ROWS
from lsa_desktop.views.pages.row_list_model import number_text

TODAY = date(2026, 3, 31)
THRESHOLD, AMBER = 90.0, 75.0

# (code, contingent, readiness %, strength %, limited by)
UNITS = (
    ("BS-DET", "The Bahamas", 93.3, 96.0, "strength"),
    ("BZ-DET", "Belize", 88.0, 88.0, "strength"),
    ("GT-MPC", "Guatemala", 61.5, 94.0, "Armoured vehicles"),
    ("JM-FPU", "Jamaica", 79.2, 91.0, "Communications"),
    ("JM-STAFF", "Jamaica", 100.0, 100.0, None),
    ("KE-FPU-1", "Kenya", 90.0, 97.5, "Protection"),
    ("KE-FPU-2", "Kenya", 47.4, 92.0, "Armoured vehicles"),
    ("KE-FPU-3", "Kenya", 76.5, 95.0, "Communications"),
    ("KE-FPU-4", "Kenya", 57.3, 80.0, "Armoured vehicles"),
    ("KE-FPU-5", "Kenya", 40.0, 71.4, "Armoured vehicles"),
    ("KE-HQ", "Kenya", 95.7, 95.7, "strength"),
    ("KE-LOG", "Kenya", 80.0, 93.8, "Soft-skin vehicles"),
    ("KE-MED", "Kenya", 88.9, 88.9, "strength"),
    ("KE-SWAT", "Kenya", 96.7, 98.0, None),
    ("SV-AVN", "El Salvador", None, 100.0, None),
)
# (code, name, critical, authorised, serviceable, pledged)
CATEGORIES = (
    ("ARMD", "Armoured vehicles", True, 64, 34, 10),
    ("SOFT", "Soft-skin vehicles", False, 210, 180, 0),
    ("AVN", "Aviation", True, 3, 3, 0),
    ("COMMS", "Communications", True, 520, 400, 60),
    ("OBS", "Observation", True, 40, 12, 8),
    ("PROT", "Protection", True, 1100, 1050, 30),
    ("WPN", "Weapons", True, 1000, 1000, 0),
    ("MED", "Medical", True, 60, 41, 0),
    ("CAMP", "Camp and accommodation", False, 300, 210, 45),
)
# (name, country code, present, authorised)
CONTINGENTS = (
    ("El Salvador", "SV", 24, 24),
    ("Guatemala", "GT", 141, 150),
    ("Jamaica", "JM", 182, 200),
    ("Kenya", "KE", 702, 1000),
    ("Belize", "BZ", 44, 50),
    ("The Bahamas", "BS", 144, 150),
)


def unit_bars() -> tuple[UnitBar, ...]:
    return tuple(
        UnitBar(
            unit_id=uuid.uuid5(uuid.NAMESPACE_DNS, code),
            code=code,
            name=f"{contingent} {code}",
            contingent=contingent,
            readiness_pct=readiness,
            band=band(readiness, THRESHOLD, AMBER),
            strength_pct=strength,
            limited_by=limited_by,
            behind=RowsBehind.of(
                "equipment", unit_id=uuid.uuid5(uuid.NAMESPACE_DNS, code), only_gaps=True
            ),
        )
        for code, contingent, readiness, strength, limited_by in UNITS
    )


def category_bars() -> tuple[CategoryBar, ...]:
    return tuple(
        CategoryBar(
            category_id=uuid.uuid5(uuid.NAMESPACE_DNS, code),
            code=code,
            name=name,
            critical=critical,
            authorised=authorised,
            serviceable=serviceable,
            pledged=pledged,
            gap=authorised - serviceable - pledged,
            behind=RowsBehind.of(
                "equipment", category_id=uuid.uuid5(uuid.NAMESPACE_DNS, code), only_gaps=True
            ),
        )
        for code, name, critical, authorised, serviceable, pledged in CATEGORIES
    )


def contingent_bars() -> tuple[ContingentBar, ...]:
    return tuple(
        ContingentBar(
            contingent_id=uuid.uuid5(uuid.NAMESPACE_DNS, name),
            name=name,
            country_code=country,
            present=present,
            authorised=authorised,
            behind=RowsBehind.of(
                "personnel", contingent_id=uuid.uuid5(uuid.NAMESPACE_DNS, name), status="ACTIVE"
            ),
        )
        for name, country, present, authorised in CONTINGENTS
    )


def trend(days: int = 90) -> Trend:
    """Each unit drifts from 20 points lower up to today's figure; a week without figures."""
    first = TODAY - timedelta(days=days - 1)
    series = []
    for unit in unit_bars():
        points = []
        for offset in range(days):
            day = first + timedelta(days=offset)
            if unit.readiness_pct is None or (unit.code == "KE-FPU-4" and 40 <= offset < 47):
                value = None
            else:
                value = max(0.0, unit.readiness_pct - 20.0 * (days - 1 - offset) / days)
            points.append((day, value))
        series.append(TrendSeries(unit.unit_id, unit.code, tuple(points)))
    return Trend(first, TODAY, days, tuple(series), THRESHOLD, AMBER)


def figures() -> DashboardFigures:
    return DashboardFigures(
        as_of=TODAY,
        read_at=datetime(2026, 3, 31, 6, 30, tzinfo=UTC),
        scope=Scope(),
        scope_text="All contingents",
        threshold_pct=THRESHOLD,
        amber_pct=AMBER,
        report=ReadinessReport(TODAY, THRESHOLD, AMBER, (), ()),
        tiles=(),
        units=unit_bars(),
        categories=category_bars(),
        contingents=contingent_bars(),
        critical_gaps=(),
        overdue=(),
        expiring=(),
        compared_with=None,
        changes=(),
    )


def filled(kind: str) -> ChartWidget:
    """A chart of ``kind`` showing the figures above."""
    if kind == "units":
        units = UnitReadinessChart()
        units.set_figures(figures())
        return units
    if kind == "gaps":
        gaps = GapsChart()
        gaps.set_figures(figures())
        return gaps
    if kind == "strength":
        strength = StrengthChart()
        strength.set_figures(figures())
        return strength
    chart = TrendChart()
    chart.set_trend(trend())
    return chart


def distinct_colours(image: QImage) -> set[int]:
    """The colours of a coarse grid of pixels: a blank or one-colour image has one or two."""
    return {
        image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    }


@pytest.fixture
def shown(qtbot: QtBot) -> Callable[..., ChartWidget]:
    """A chart of ``kind`` with the test figures, shown at ``width`` x ``height`` and laid out."""

    def show(kind: str, width: int = 900, height: int = 560) -> ChartWidget:
        chart = filled(kind)
        qtbot.addWidget(chart)
        chart.resize(width, height)
        chart.show()
        qtbot.waitExposed(chart)
        qtbot.waitUntil(chart.is_laid_out)
        return chart

    return show


@pytest.mark.parametrize("kind", CHART_KINDS)
def test_chart_image_is_drawn(qapp: object, kind: str) -> None:
    image = chart_image(kind, figures(), trend(), 1200, 720, dpi=300)
    assert (image.width(), image.height()) == (1200, 720)
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    # White, ink, and each part's own colour (and the hatching's blends): far from blank.
    assert len(distinct_colours(image)) > 12


@pytest.mark.parametrize("kind", CHART_KINDS)
def test_a_chart_laid_out_for_its_image_first_draws_it_the_same(
    qapp: object, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summary's charts are laid out for the image before their figures are drawn, so that
    they are drawn once: the image must be the one a chart drawn for the screen first gives."""
    drawn_once = chart_image(kind, figures(), trend(), 1039, 591, dpi=300)
    redrawn = build_chart(kind, figures(), trend()).export_image(1039, 591, dpi=300)
    assert drawn_once == redrawn

    chart_type = type(build_chart(kind, figures(), trend()))
    original = chart_type._draw
    draws: list[str] = []

    def counted(self: ChartWidget, *state: object) -> object:
        draws.append(kind)
        return original(self, *state)

    monkeypatch.setattr(chart_type, "_draw", counted)
    chart_image(kind, figures(), trend(), 1039, 591, dpi=300)
    # Drawn for the image's layout, then again only if the legend and the note, once in place,
    # leave room for other rows (a chart for the screen first was drawn four times).
    assert len(draws) <= 3


@pytest.mark.parametrize("kind", CHART_KINDS)
def test_export_of_a_chart_on_screen_leaves_it_as_it_was(
    shown: Callable[[str], ChartWidget], kind: str
) -> None:
    chart = shown(kind)
    before = chart.target_point(0)
    image = chart.export_image(2400, 1000)
    assert len(distinct_colours(image)) > 12
    assert chart.target_point(0) == before


def test_chart_painted_into_a_pdf(qapp: object, tmp_path: object) -> None:
    path = f"{tmp_path}/chart.pdf"
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(1200)
    painter = QPainter(writer)
    chart = filled("units")
    chart.paint_into(painter, QRectF(0, 0, 6.5 * 1200, 3.5 * 1200))
    painter.end()
    with open(path, "rb") as pdf:
        assert len(pdf.read()) > 20_000  # a 300 dpi picture of the chart, not an empty page


def test_empty_figures_say_so(qapp: object) -> None:
    chart = UnitReadinessChart()
    chart.set_units((), THRESHOLD, AMBER)
    assert chart.target_count() == 0
    assert len(distinct_colours(chart.export_image(800, 400))) > 2


@pytest.mark.parametrize(
    ("kind", "index", "expected"),
    [
        ("units", 6, unit_bars()[6].behind),  # KE-FPU-2, red
        ("gaps", 0, category_bars()[0].behind),  # armoured vehicles
        ("strength", 3, contingent_bars()[3].behind),  # Kenya
    ],
)
def test_clicking_a_bar_emits_the_rows_behind_it(
    qtbot: QtBot,
    shown: Callable[[str], ChartWidget],
    kind: str,
    index: int,
    expected: RowsBehind,
) -> None:
    chart = shown(kind)
    with qtbot.waitSignal(chart.barClicked) as clicked:
        qtbot.mouseClick(
            chart.canvas.viewport(), Qt.MouseButton.LeftButton, pos=chart.target_point(index)
        )
    assert clicked.args == [expected]


def test_clicking_beside_the_bars_emits_nothing(
    qtbot: QtBot, shown: Callable[[str], ChartWidget]
) -> None:
    chart = shown("units")
    with qtbot.assertNotEmitted(chart.barClicked):
        qtbot.mouseClick(chart.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))


def test_clicking_a_trend_line_emits_its_unit(
    qtbot: QtBot, shown: Callable[[str], ChartWidget]
) -> None:
    chart = shown("trend")
    assert chart.target_count() == 8  # the least ready eight of fourteen units with figures
    codes = sorted(code for code, *_rest in UNITS)
    worst = unit_bars()[codes.index("KE-FPU-5")]
    index = next(
        i
        for i in range(chart.target_count())
        if chart.target_behind(i).filters["unit_id"] == worst.unit_id
    )
    with qtbot.waitSignal(chart.barClicked) as clicked:
        qtbot.mouseClick(
            chart.canvas.viewport(), Qt.MouseButton.LeftButton, pos=chart.target_point(index)
        )
    assert clicked.args == [RowsBehind.of("equipment", unit_id=worst.unit_id, only_gaps=True)]


def test_trend_clicks_open_what_the_page_gives(qapp: object) -> None:
    chart = TrendChart()
    behind = {
        unit.unit_id: RowsBehind.of("personnel", unit_id=unit.unit_id) for unit in unit_bars()
    }
    chart.set_trend(trend(30), behind)
    pages = {chart.target_behind(i).page for i in range(chart.target_count())}
    assert pages == {"personnel"}


# The headless platform's own warning when the tooltip window is raised; not the chart's.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
@pytest.mark.parametrize(
    ("kind", "index", "words"),
    [
        ("units", 6, ["KE-FPU-2", "47.4 %", "RED", "92.0 %", "Armoured vehicles"]),
        (
            "gaps",
            3,
            [
                "Communications",
                "Authorised: 520",
                "Serviceable: 400",
                "Pledged, not yet delivered: 60",
                "Missing, not covered: 60",
            ],
        ),
        ("strength", 3, ["Kenya", "Present: 702", "Authorised: 1", "70.2 %"]),
    ],
)
def test_hovering_a_bar_shows_its_exact_figures(
    qtbot: QtBot, shown: Callable[[str], ChartWidget], kind: str, index: int, words: list[str]
) -> None:
    chart = shown(kind)
    qtbot.mouseMove(chart.canvas.viewport(), chart.target_point(index))
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    for word in words:
        assert word in text


def many_units(count: int = 1500) -> tuple[UnitBar, ...]:
    """``count`` units from 0 % to 99 % ready (ten at each figure), in code order."""
    return tuple(
        UnitBar(
            uuid.uuid5(uuid.NAMESPACE_DNS, f"U-{n:04}"),
            f"U-{n:04}",
            f"Unit {n}",
            "Kenya",
            float(n % 100),
            band(float(n % 100), THRESHOLD, AMBER),
            90.0,
            None,
            RowsBehind.of("equipment", only_gaps=True),
        )
        for n in range(count)
    )


def test_many_units_are_cut_to_the_least_ready_and_the_chart_says_so(qtbot: QtBot) -> None:
    many = many_units()
    chart = UnitReadinessChart()
    qtbot.addWidget(chart)
    chart.set_units(many, THRESHOLD, AMBER)
    chart.resize(480, 490)
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(chart.is_laid_out)
    shown = chart.target_count()
    assert MIN_ROWS <= shown <= MAX_ROWS
    # The least ready, least ready first: the ten units at 0 %, then those at 1 %, ...
    least_ready = sorted(many, key=lambda unit: unit.readiness_pct or 0.0)[:shown]
    assert [chart.target_behind(i) for i in range(shown)] == [u.behind for u in least_ready]
    assert f"{number_text(shown)} least ready of {number_text(1500)} units" in chart.note_text()
    # Every bar shown is named, and wears its figure.
    assert len(chart.plot.getAxis("left")._tickLevels[0]) == shown
    assert all(label.isVisible() for label in chart._row_labels)
    assert len(distinct_colours(chart.export_image(900, 560))) > 12


def test_on_paper_every_row_drawn_is_named_and_no_note_says_to_point(qapp: object) -> None:
    """The printed summary's units chart (88 x 50 mm at 300 dpi): nothing can be pointed at on
    paper, so it draws only as many units as it can name, each with its figure, and its note
    says what is shown without what to do on screen."""
    chart = UnitReadinessChart()
    chart.lay_out_for_image(1039, 591, dpi=300)
    chart.set_units(many_units(), THRESHOLD, AMBER)
    image = chart.export_image(1039, 591, dpi=300)

    shown = chart.target_count()
    assert 5 <= shown < MIN_ROWS  # fewer than on screen: as many as the height names
    assert len(chart.plot.getAxis("left")._tickLevels[0]) == shown
    assert all(label.isVisible() for label in chart._row_labels)
    note = chart.note_text()
    assert (
        note
        == f"The {number_text(shown)} least ready of {number_text(1500)} units, least ready first."
    )
    assert "point" not in note and "filter" not in note
    assert len(distinct_colours(image)) > 12


def test_a_taller_chart_shows_more_of_the_units_up_to_the_cap(qtbot: QtBot) -> None:
    chart = UnitReadinessChart()
    qtbot.addWidget(chart)
    chart.set_units(many_units(), THRESHOLD, AMBER)
    chart.resize(480, 420)
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(chart.is_laid_out)
    short = chart.target_count()
    chart.resize(480, 1400)
    qtbot.waitUntil(lambda: chart.target_count() > short)
    assert chart.target_count() == MAX_ROWS


def test_fifteen_units_are_all_shown_in_code_order(qapp: object) -> None:
    chart = filled("units")
    image = chart.export_image(480, 300)
    assert len(distinct_colours(image)) > 12
    assert [chart.target_behind(i) for i in range(chart.target_count())] == [
        unit.behind for unit in unit_bars()
    ]
    assert chart.note_text() == ""


@pytest.mark.parametrize("kind", CHART_KINDS)
@pytest.mark.parametrize("width", [480, 1000])
def test_at_laptop_width_every_word_stays_inside_the_chart(
    shown: Callable[..., ChartWidget], kind: str, width: int
) -> None:
    """Two charts a row on a 1366-pixel screen: nothing may be cut at the right (or left)."""
    chart = shown(kind, width, 490)
    chart.grab()  # painted: the figures' text items place themselves when painted
    canvas = QRectF(chart.canvas.viewport().rect())
    assert chart.canvas.ci.geometry().width() <= canvas.width()
    for item in chart.legend.items:
        assert canvas.contains(item.sceneBoundingRect()), item
    if chart.note_text():
        assert canvas.contains(chart.note.sceneBoundingRect())
    plot = chart.plot.vb.sceneBoundingRect()
    figures = [item for item in chart.plot.items if isinstance(item, pg.TextItem)]
    for item in figures:
        if item.isVisible():
            assert plot.contains(item.textItem.sceneBoundingRect()), item.textItem.toPlainText()
    if kind != "trend":  # the bars' figures are written, not left to the tooltips
        assert figures and all(item.isVisible() for item in figures)
    for name in ("left", "bottom"):
        assert canvas.contains(chart.plot.getAxis(name).sceneBoundingRect())


@pytest.mark.parametrize("kind", CHART_KINDS)
def test_at_laptop_width_the_bottom_ticks_stand_apart(
    shown: Callable[..., ChartWidget], kind: str
) -> None:
    chart = shown(kind, 480, 490)
    axis = chart.plot.getAxis("bottom")
    metrics = QFontMetricsF(axis.style["tickFont"])
    ticks = axis._tickLevels[0]
    assert len(ticks) >= 2
    x_of = chart.plot.vb.mapViewToScene
    for (first, first_text), (second, second_text) in itertools.pairwise(sorted(ticks)):
        gap = abs(x_of(QPointF(second, 0)).x() - x_of(QPointF(first, 0)).x())
        half_texts = (
            metrics.horizontalAdvance(first_text) + metrics.horizontalAdvance(second_text)
        ) / 2
        assert gap > half_texts + metrics.horizontalAdvance(" ")


def test_a_narrow_chart_uses_smaller_type_and_fewer_legend_columns(
    qtbot: QtBot, shown: Callable[..., ChartWidget]
) -> None:
    chart = shown("trend", 1000, 490)
    wide_font = chart.plot.getAxis("left").style["tickFont"].pixelSize()
    wide_rows = chart.legend.layout.rowCount()
    chart.resize(480, 490)
    qtbot.waitUntil(lambda: chart.plot.getAxis("left").style["tickFont"].pixelSize() < wide_font)
    assert chart.legend.layout.rowCount() > wide_rows


def test_band_is_written_out(qapp: object) -> None:
    chart = UnitReadinessChart()
    assert [chart.band_text(b) for b in (Band.GREEN, Band.AMBER, Band.RED, None)] == [
        "GREEN",
        "AMBER",
        "RED",
        "no figure",
    ]
