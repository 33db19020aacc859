"""The donor report workbook, read back with openpyxl, against the figures worked out in
``donor_workbook_data``: per donor and per pledge, pledged, received and outstanding at the
period's end; the IATI transactions of the period; the deliveries within it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from donor_workbook_data import build_story

from lsa_desktop.errors import UserError
from lsa_desktop.excel.donor_report import default_period, write_donor_report
from lsa_desktop.excel.donor_report_rows import Period

H1_2025 = {"start": date(2025, 1, 1), "end": date(2025, 6, 30)}
EXPORTED = datetime(2025, 7, 1, 9, 30)


@pytest.fixture
def story(tmp_store):
    return build_story(tmp_store)


def report(store, tmp_path: Path, donor: str | None = None, **period):
    path = tmp_path / "report.xlsx"
    result = write_donor_report(
        store, path, donor, user="Insp. Otieno", now=lambda: EXPORTED, **period
    )
    return result, openpyxl.load_workbook(path)


def table(sheet) -> list[dict]:
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_per_donor_and_per_pledge_figures_at_the_period_end(tmp_store, story, tmp_path):
    result, book = report(tmp_store, tmp_path, **H1_2025)

    assert book.sheetnames == ["Donors", "Pledges", "Transactions", "Deliveries", "About"]
    pledges = [
        (
            row["Donor"],
            row["Pledge reference"],
            row["Status"],
            row["IATI transaction type"],
            row["Pledged quantity"],
            row["Pledged (USD)"],
            row["Received quantity"],
            row["Received (USD)"],
            row["Outstanding quantity"],
            row["Outstanding (USD)"],
        )
        for row in table(book["Pledges"])
    ]
    assert pledges == [
        ("Canada", "PLG-CA-2", "DELIVERED", "11", 10, 8_500, 10, 8_500, 0, 0),
        ("Canada", "PLG-CA-CASH", "CLOSED", "11", None, 50_000, None, 50_000, None, 0),
        ("Canada", "PLG-CA-1", "COMMITTED", "11", 30, 25_500, 10, 8_500, 20, 17_000),
        ("United States", "PLG-US-2", "PARTIALLY_DELIVERED", "11", 5, 20_500, 2, 8_200, 3, 12_300),
        ("United States", "PLG-US-W", "WITHDRAWN", "13", 0, 0, 0, 0, 0, 0),
        ("United States", "PLG-US-1", "PLEDGED", "13", 4, 15_600, 0, 0, 4, 15_600),
    ]  # fmt: skip
    first = table(book["Pledges"])[0]
    assert (first["Sector (DAC)"], first["Recipient country"], first["Currency"]) == (
        "15230",
        "HT",
        "USD",
    )
    assert first["Transaction type name"] == "Incoming Commitment"
    donors = [tuple(row.values()) for row in table(book["Donors"])]
    assert donors == [
        ("Canada", "CA", 3, 40, 84_000, 20, 67_000, 20, 17_000),
        ("United States", "US", 2, 9, 36_100, 2, 8_200, 7, 27_900),
    ]
    assert (result.pledges, result.deliveries) == (6, 3)
    assert (result.pledged_usd, result.received_usd, result.outstanding_usd) == (
        120_100.0,
        75_200.0,
        44_900.0,
    )


def test_transactions_of_the_period_in_iati_terms(tmp_store, story, tmp_path):
    _, book = report(tmp_store, tmp_path, **H1_2025)

    rows = [
        (row["Transaction type"], row["Date"].date(), row["Provider"], row["Pledge reference"], row["Value (USD)"])
        for row in table(book["Transactions"])
    ]  # fmt: skip
    assert rows == [
        ("11", date(2025, 1, 15), "Canada", "PLG-CA-CASH", 50_000),
        ("1", date(2025, 2, 1), "Canada", "PLG-CA-2", 8_500),
        ("11", date(2025, 3, 10), "Canada", "PLG-CA-1", 25_500),
        ("13", date(2025, 4, 1), "United States", "PLG-US-1", 15_600),
        ("1", date(2025, 4, 15), "Canada", "PLG-CA-CASH", 50_000),
        ("1", date(2025, 5, 10), "Canada", "PLG-CA-1", 8_500),
        ("1", date(2025, 6, 20), "United States", "PLG-US-2", 8_200),
    ]
    every = table(book["Transactions"])
    assert {(r["Sector (DAC)"], r["Recipient country"], r["Currency"]) for r in every} == {
        ("15230", "HT", "USD")
    }
    assert {r["Transaction type name"] for r in every if r["Transaction type"] == "1"} == {
        "Incoming Funds"
    }


def test_deliveries_of_the_period(tmp_store, story, tmp_path):
    _, book = report(tmp_store, tmp_path, **H1_2025)

    deliveries = table(book["Deliveries"])
    assert [
        (
            row["Date"].date(),
            row["Pledge"],
            row["Donor"],
            row["Unit"],
            row["Item"],
            row["Received"],
            row["Accepted"],
            row["Condition"],
            row["Discrepancy"],
            row["Accepted (USD)"],
        )
        for row in deliveries
    ] == [
        (date(2025, 2, 1), "PLG-CA-2", "Canada", "KEN-FPU-1", "Handheld radio", 10, 10, "NEW", None, 8_500),
        (date(2025, 5, 10), "PLG-CA-1", "Canada", "KEN-FPU-1", "Handheld radio", 12, 10, "MINOR_DAMAGE", "2 cracked", 8_500),
        (date(2025, 6, 20), "PLG-US-2", "United States", "KEN-FPU-1", "Night-vision goggles", 2, 2, "NEW", None, 8_200),
    ]  # fmt: skip
    assert deliveries[1]["Waybill"] == "WB-PLG-CA-1-0510"
    assert deliveries[1]["Equipment code"] == "RAD-HH"
    sheet = book["Deliveries"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A2"].number_format == "yyyy-mm-dd"
    assert sheet.column_dimensions["A"].width >= 10  # a date never shows as ###


def test_received_counts_only_deliveries_up_to_the_period_end(tmp_store, story, tmp_path):
    """PLG-US-2's delivery of 20 June is after a May period: still owed then."""
    _, book = report(tmp_store, tmp_path, start=date(2025, 5, 1), end=date(2025, 5, 31))

    pledges = {row["Pledge reference"]: row for row in table(book["Pledges"])}
    # Reported: CA-1 (open, and delivered in May), US-2 and US-1 (open); the others ended
    # before May with nothing arriving in it.
    assert sorted(pledges) == ["PLG-CA-1", "PLG-US-1", "PLG-US-2"]
    us2 = pledges["PLG-US-2"]
    assert (us2["Received quantity"], us2["Outstanding quantity"]) == (0, 5)
    assert pledges["PLG-CA-1"]["Received quantity"] == 10
    transactions = table(book["Transactions"])
    assert [(t["Transaction type"], t["Pledge reference"]) for t in transactions] == [
        ("1", "PLG-CA-1")
    ]
    assert [row["Pledge"] for row in table(book["Deliveries"])] == ["PLG-CA-1"]


def test_one_donor(tmp_store, story, tmp_path):
    result, book = report(tmp_store, tmp_path, "united states", **H1_2025)

    assert result.donor == "United States"
    assert {row["Donor"] for row in table(book["Pledges"])} == {"United States"}
    assert [row["Donor"] for row in table(book["Donors"])] == ["United States"]
    assert [row["Pledge"] for row in table(book["Deliveries"])] == ["PLG-US-2"]
    about = dict(book["About"].iter_rows(min_row=2, values_only=True))
    assert about["Donor"] == "United States"
    assert about["Period"] == "2025-01-01 to 2025-06-30"
    assert about["Outstanding (USD)"] == "27,900.00"


def test_the_default_period_is_the_twelve_months_to_today(tmp_store, story, tmp_path):
    result, book = report(tmp_store, tmp_path)

    assert result.period == Period(date(2024, 7, 2), date(2025, 7, 1))
    assert default_period(date(2024, 2, 29)) == Period(date(2023, 3, 1), date(2024, 2, 29))
    assert "PLG-CA-2" in {row["Pledge reference"] for row in table(book["Pledges"])}


def test_a_period_that_ends_before_it_starts_is_refused(tmp_store, tmp_path):
    with pytest.raises(UserError, match="starts on 2025-06-01, after its end"):
        write_donor_report(
            tmp_store, tmp_path / "r.xlsx", start=date(2025, 6, 1), end=date(2025, 5, 1)
        )
    assert not (tmp_path / "r.xlsx").exists()


def test_without_pledges_the_report_has_its_headers(tmp_store, tmp_path):
    result, book = report(tmp_store, tmp_path, **H1_2025)

    assert (result.pledges, result.deliveries, result.pledged_usd) == (0, 0, 0.0)
    for name in ("Donors", "Pledges", "Transactions", "Deliveries"):
        assert table(book[name]) == []
    assert "0 pledges" in result.describe()
