"""The readiness arithmetic against cases worked by hand (the figures in each comment)."""

from __future__ import annotations

from datetime import date

import pytest

from lsa_desktop.domain.enums import Band
from lsa_desktop.domain.readiness import (
    Category,
    HoldingInput,
    UnitInput,
    assess,
    band,
    category_readiness,
    check_thresholds,
    gap_quantity,
    percent,
    personnel_readiness,
    round_pct,
    unit_readiness,
)
from lsa_desktop.errors import InvalidInput

COMMS = Category("COM", "Communications", critical=True, sort_order=40)
ARMOUR = Category("ARM", "Armoured vehicles", critical=True, sort_order=10)
CAMP = Category("CAMP", "Camp and accommodation", critical=False, sort_order=90)
MEDICAL = Category("MED", "Medical", critical=False, sort_order=90)
DAY = date(2025, 3, 1)


def holding(code, category, authorised, on_hand, serviceable, pledged_open=0):
    return HoldingInput(
        code, f"{code} name", category, authorised, on_hand, serviceable, pledged_open
    )


def unit(code="FPU1", strength=140, minimum=120, present=140, holdings=()):
    return UnitInput(code, f"{code} name", "Kenya", strength, minimum, present, tuple(holdings))


def test_a_surplus_in_one_type_does_not_hide_a_shortage_in_another():
    radios = holding("RADIO", COMMS, authorised=10, on_hand=4, serviceable=3)
    repeaters = holding("REPEATER", COMMS, authorised=2, on_hand=6, serviceable=6)

    figures = category_readiness(COMMS, [radios, repeaters])

    assert (figures.authorised, figures.on_hand, figures.serviceable) == (12, 10, 9)
    assert figures.holding_pct == pytest.approx(50.0)  # (4 + min(6, 2)) / 12
    assert figures.serviceability_pct == pytest.approx(90.0)  # raw: 9 / 10
    assert figures.readiness_pct == pytest.approx(100 * 5 / 12)  # (3 + min(6, 2)) / 12
    assert round_pct(figures.readiness_pct) == 41.7  # not 75.0 as (3 + 6) / 12 would say


def test_the_example_of_the_public_json_contract():
    figures = category_readiness(ARMOUR, [holding("MRAP", ARMOUR, 50, 40, 35)])

    assert figures.holding_pct == 80.0
    assert figures.serviceability_pct == 87.5
    assert figures.readiness_pct == 70.0


def test_items_held_but_not_authorised_count_for_nothing_in_holding_and_readiness():
    authorised = holding("RADIO", COMMS, authorised=4, on_hand=2, serviceable=2)
    unauthorised = holding("SATPHONE", COMMS, authorised=0, on_hand=5, serviceable=5)

    figures = category_readiness(COMMS, [authorised, unauthorised])

    assert figures.holding_pct == 50.0  # 2 / 4
    assert figures.readiness_pct == 50.0
    assert figures.serviceability_pct == 100.0  # 7 / 7: the state of what is held
    assert figures.on_hand == 7


def test_zero_denominators_give_none():
    held_only = category_readiness(CAMP, [holding("TENT", CAMP, 0, 3, 1)])
    assert held_only.holding_pct is None
    assert held_only.readiness_pct is None
    assert held_only.serviceability_pct == pytest.approx(100 / 3)

    nothing_held = category_readiness(CAMP, [holding("TENT", CAMP, 5, 0, 0)])
    assert nothing_held.holding_pct == 0.0
    assert nothing_held.serviceability_pct is None
    assert nothing_held.readiness_pct == 0.0

    assert percent(3, 0) is None
    assert percent(0, 4) == 0.0


def test_a_unit_without_critical_authorisations_is_as_ready_as_its_strength():
    tents = holding("TENT", CAMP, authorised=20, on_hand=5, serviceable=2)

    result = unit_readiness(unit(present=126, holdings=[tents]), 90.0, 75.0)

    assert result.personnel.strength_pct == 90.0  # 126 / 140
    assert result.readiness_pct == 90.0  # the tents (10 %) are not critical
    assert result.mean_readiness_pct == 10.0  # 2 / 20
    assert result.band is Band.GREEN


def test_unit_readiness_is_the_lowest_of_strength_and_each_critical_category():
    result = unit_readiness(
        unit(
            present=133,
            holdings=[
                holding("MRAP", ARMOUR, 10, 9, 8),  # 80 %
                holding("RADIO", COMMS, 20, 18, 17),  # 85 %
                holding("TENT", CAMP, 10, 2, 1),  # 10 %, not critical
            ],
        ),
        90.0,
        75.0,
    )

    assert result.personnel.strength_pct == 95.0  # 133 / 140
    assert result.readiness_pct == 80.0
    assert result.mean_readiness_pct == 65.0  # (8 + 17 + 1) / 40
    assert result.band is Band.AMBER
    assert [c.code for c in result.categories] == ["ARM", "COM", "CAMP"]


def test_a_critical_category_at_zero_makes_the_unit_red():
    result = unit_readiness(
        unit(present=140, holdings=[holding("NVG", COMMS, 30, 4, 0)]), 90.0, 75.0
    )

    assert result.readiness_pct == 0.0
    assert result.band is Band.RED


def test_strength_above_authorised_is_capped_at_one_hundred_percent():
    result = unit_readiness(unit(strength=140, present=150), 90.0, 75.0)

    assert result.personnel.strength_pct == pytest.approx(100 * 150 / 140)
    assert round_pct(result.personnel.strength_pct) == 107.1
    assert result.readiness_pct == 100.0


def test_no_authorised_strength_leaves_the_critical_categories_to_decide():
    result = unit_readiness(
        unit(strength=0, minimum=0, present=12, holdings=[holding("MRAP", ARMOUR, 4, 4, 3)]),
        90.0,
        75.0,
    )

    assert result.personnel.strength_pct is None
    assert result.readiness_pct == 75.0
    assert result.band is Band.AMBER


def test_a_unit_with_nothing_to_be_ready_against_has_no_readiness_and_no_band():
    result = unit_readiness(
        unit(strength=0, minimum=0, present=0, holdings=[holding("TENT", CAMP, 0, 3, 3)]),
        90.0,
        75.0,
    )

    assert result.readiness_pct is None
    assert result.mean_readiness_pct is None
    assert result.band is None
    assert [c.code for c in result.categories] == ["CAMP"]  # held, so shown


@pytest.mark.parametrize(
    ("minimum", "present", "below"),
    [(120, 119, True), (120, 120, False), (120, 121, False), (0, 0, False)],
)
def test_below_minimum_operational_strength(minimum, present, below):
    figures = personnel_readiness(unit(strength=140, minimum=minimum, present=present))

    assert figures.below_minimum is below
    assert (figures.authorised, figures.minimum, figures.present) == (140, minimum, present)


@pytest.mark.parametrize(
    ("readiness", "expected"),
    [
        (100.0, Band.GREEN),
        (90.0, Band.GREEN),
        (89.99, Band.AMBER),
        (75.0, Band.AMBER),
        (74.99, Band.RED),
        (0.0, Band.RED),
        (None, None),
    ],
)
def test_band_edges(readiness, expected):
    assert band(readiness, 90.0, 75.0) is expected


def test_band_edges_reached_exactly_by_the_arithmetic():
    # 9 / 10 and 3 / 4 of a critical category: exactly 90.0 and 75.0, no float drift.
    green = unit_readiness(unit(holdings=[holding("MRAP", ARMOUR, 10, 10, 9)]), 90.0, 75.0)
    amber = unit_readiness(unit(holdings=[holding("MRAP", ARMOUR, 4, 4, 3)]), 90.0, 75.0)

    assert (green.readiness_pct, green.band) == (90.0, Band.GREEN)
    assert (amber.readiness_pct, amber.band) == (75.0, Band.AMBER)


def test_the_band_follows_the_exact_figure_not_the_rounded_one():
    # 1259 / 1399 = 89.9928...: it reads 90.0 but stays amber.
    result = unit_readiness(unit(strength=1399, minimum=0, present=1259), 90.0, 75.0)

    assert round_pct(result.readiness_pct) == 90.0
    assert result.band is Band.AMBER


@pytest.mark.parametrize(
    ("value", "rounded"),
    [
        (87.25, 87.3),
        (87.24, 87.2),
        (12.35, 12.4),
        (100 * 2 / 3, 66.7),
        (100 * 5 / 12, 41.7),
        (-0.25, -0.3),
        (0.0, 0.0),
        (None, None),
    ],
)
def test_round_pct_is_half_away_from_zero(value, rounded):
    assert round_pct(value) == rounded


@pytest.mark.parametrize(
    ("authorised", "serviceable", "pledged", "gap"),
    [(140, 20, 50, 70), (10, 8, 5, 0), (10, 12, 0, 0), (10, 0, 0, 10), (0, 0, 3, 0)],
)
def test_gap_quantity(authorised, serviceable, pledged, gap):
    assert gap_quantity(authorised, serviceable, pledged) == gap


def test_assess_orders_units_and_gaps_and_lists_only_positive_gaps():
    report = assess(
        [
            unit(
                "FPU2",
                holdings=[
                    holding("TENT", CAMP, 40, 10, 10),  # gap 30, not critical
                    holding("RADIO", COMMS, 20, 20, 20),  # gap 0
                ],
            ),
            unit(
                "FPU1",
                holdings=[
                    holding("NVG", COMMS, 140, 20, 20, pledged_open=50),  # gap 70
                    holding("MRAP", ARMOUR, 10, 8, 6),  # gap 4
                    holding("APC", ARMOUR, 6, 3, 2, pledged_open=0),  # gap 4
                    holding("DRONE", COMMS, 0, 0, 0, pledged_open=5),  # pledged only
                ],
            ),
        ],
        DAY,
    )

    assert [u.code for u in report.units] == ["FPU1", "FPU2"]
    assert (report.as_of, report.threshold_pct, report.amber_pct) == (DAY, 90.0, 75.0)
    assert [(g.unit_code, g.equipment_code, g.gap) for g in report.gaps] == [
        ("FPU1", "NVG", 70),
        ("FPU1", "APC", 4),
        ("FPU1", "MRAP", 4),
        ("FPU2", "TENT", 30),
    ]
    nvg = report.gaps[0]
    assert (nvg.category_code, nvg.critical, nvg.authorised, nvg.serviceable) == (
        "COM",
        True,
        140,
        20,
    )
    assert (nvg.pledged_open, nvg.equipment_name) == (50, "NVG name")
    assert [c.code for c in report.units[0].categories] == ["ARM", "COM"]  # DRONE adds nothing


def test_categories_sort_by_order_then_code():
    result = unit_readiness(
        unit(holdings=[holding("KIT", MEDICAL, 1, 1, 1), holding("TENT", CAMP, 1, 1, 1)]),
        90.0,
        75.0,
    )

    assert [c.code for c in result.categories] == ["CAMP", "MED"]


def test_custom_thresholds_move_the_bands():
    report = assess([unit(present=119)], DAY, threshold_pct=80.0, amber_pct=50.0)

    assert report.units[0].band is Band.GREEN  # 85 %


@pytest.mark.parametrize(("threshold", "amber"), [(70.0, 75.0), (101.0, 75.0), (90.0, -1.0)])
def test_thresholds_that_make_no_sense_are_refused(threshold, amber):
    with pytest.raises(InvalidInput, match="thresholds"):
        check_thresholds(threshold, amber)
    with pytest.raises(InvalidInput):
        assess([], DAY, threshold, amber)
