"""The pieces every printed document is made of: figures and dates per language, ruled tables."""

from __future__ import annotations

from datetime import date

import pytest

from lsa_desktop.reports.html import Column, day, grid, language_of, money, number

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "language", "decimals", "shown"),
    [
        (0, "en", 0, "0"),
        (1234567, "en", 0, "1,234,567"),
        (1234567.891, "en", 2, "1,234,567.89"),
        (-1500.5, "en", 2, "-1,500.50"),
        (1234567.891, "fr", 2, f"1{NBSP}234{NBSP}567,89"),
        (999, "fr", 0, "999"),
    ],
)
def test_numbers(value, language, decimals, shown):
    assert number(value, language, decimals) == shown


def test_money_is_to_the_cent():
    assert money(0.5, "en") == "0.50"


@pytest.mark.parametrize(("setting", "language"), [("fr_HT", "fr"), ("en-GB", "en"), ("ht", "en")])
def test_a_language_setting_finds_the_nearest_printable_language(setting, language):
    assert language_of(setting) == language


def test_dates_are_unambiguous_in_both_languages():
    assert day(date(2026, 2, 4), "en") == "4 Feb 2026"
    assert day(date(2026, 8, 4), "fr") == "4 août 2026"
    assert day(None, "en") == "\u2014"


# --- the table helper ----------------------------------------------------------------------------


def test_grouped_columns_share_a_header_above_their_own():
    columns = (
        Column("Item", 40),
        Column("Requested", 30, numeric=True, group="Quantity"),
        Column("Approved", 30, numeric=True, group="Quantity"),
    )
    html = grid(columns, [["a", "1", "2"]], footer=[["", "Total", "9"]])
    assert '<th width="40%" rowspan="2">Item</th>' in html
    assert '<th colspan="2" width="60%">Quantity</th>' in html
    assert html.index("Quantity") < html.index(">Requested<") < html.index(">Approved<")
    assert '<tr class="total"><td colspan="2" align="right"' in html


def test_a_row_that_does_not_fit_the_columns_is_a_bug():
    with pytest.raises(ValueError):
        grid((Column("a", 50), Column("b", 50)), [["only one"]])
