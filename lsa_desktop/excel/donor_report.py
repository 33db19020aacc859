"""The donor report workbook: for a period, what each donor pledged, what arrived and what is
still owed, per donor and per pledge, in quantities and USD, in the vocabulary donors report in
(IATI transaction types: incoming pledge 13, incoming commitment 11, incoming funds 1; DAC sector
15230, participation in international peacekeeping operations; recipient country HT).

Sheets: **Donors** (one row per donor), **Pledges** (one row per pledge, with its IATI transaction
type), **Transactions** (the period's pledges, commitments and receipts, one IATI transaction
each), **Deliveries** (every delivery line of the period) and **About** (mission, period, donor,
who exported and when, the totals). Values only, no formulas; which pledges are reported and how
their figures are worked out: :mod:`~lsa_desktop.excel.donor_report_rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from lsa_desktop.domain.enums import PledgeStatus
from lsa_desktop.errors import UserError
from lsa_desktop.excel.donor_report_rows import (
    IATI_TYPE_NAMES,
    RECIPIENT_COUNTRY,
    SECTOR,
    DeliveredLine,
    Period,
    PledgeFigures,
    Transaction,
    delivered_lines,
    reported_pledges,
    transactions,
)
from lsa_desktop.excel.donor_request_rows import donor_name
from lsa_desktop.excel.model import CellValue, FieldType
from lsa_desktop.excel.writer import SheetSpec, write_workbook
from lsa_desktop.services.mission_settings import mission_name
from lsa_desktop.store.engine import Store

TEXT, ID, INT, USD, DATE = (
    FieldType.TEXT,
    FieldType.IDENTIFIER,
    FieldType.INTEGER,
    FieldType.DECIMAL,
    FieldType.DATE,
)
CURRENCY = "USD"

DONORS_HEADERS = (
    "Donor",
    "Country",
    "Pledges",
    "Pledged quantity",
    "Pledged (USD)",
    "Received quantity",
    "Received (USD)",
    "Outstanding quantity",
    "Outstanding (USD)",
)
DONORS_KINDS = (TEXT, ID, INT, INT, USD, INT, USD, INT, USD)

PLEDGES_HEADERS = (
    "Donor",
    "Pledge reference",
    "Pledge date",
    "Kind",
    "Status",
    "IATI transaction type",
    "Transaction type name",
    "Expected delivery",
    "Pledged quantity",
    "Pledged (USD)",
    "Received quantity",
    "Received (USD)",
    "Outstanding quantity",
    "Outstanding (USD)",
    "Currency",
    "Sector (DAC)",
    "Recipient country",
)
PLEDGES_KINDS = (
    TEXT,
    ID,
    DATE,
    TEXT,
    TEXT,
    ID,
    TEXT,
    DATE,
    INT,
    USD,
    INT,
    USD,
    INT,
    USD,
    ID,
    ID,
    ID,
)

TRANSACTIONS_HEADERS = (
    "Transaction type",
    "Transaction type name",
    "Date",
    "Provider",
    "Pledge reference",
    "Value (USD)",
    "Currency",
    "Sector (DAC)",
    "Recipient country",
    "Description",
)
TRANSACTIONS_KINDS = (ID, TEXT, DATE, TEXT, ID, USD, ID, ID, ID, TEXT)

DELIVERIES_HEADERS = (
    "Date",
    "Waybill",
    "Pledge",
    "Donor",
    "Unit",
    "Equipment code",
    "Item",
    "Received",
    "Accepted",
    "Condition",
    "Discrepancy",
    "Accepted (USD)",
)
DELIVERIES_KINDS = (DATE, ID, ID, TEXT, TEXT, ID, TEXT, INT, INT, TEXT, TEXT, USD)


def default_period(today: date) -> Period:
    """The twelve months up to ``today``: from the day after the same date a year before."""
    try:
        year_before = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_before = today.replace(year=today.year - 1, day=28)
    return Period(year_before + timedelta(days=1), today)


def report_period(start: date | None, end: date | None, today: date) -> Period:
    """The period asked for: ``end`` defaults to today, ``start`` to twelve months before it."""
    end = end or today
    period = Period(start or default_period(end).start, end)
    if period.start > period.end:
        raise UserError(
            f"The period starts on {period.start.isoformat()}, after its end "
            f"({period.end.isoformat()}): give a --from date before the --to date."
        )
    return period


@dataclass(frozen=True, slots=True)
class DonorReportResult:
    path: Path
    donor: str | None
    period: Period
    pledges: int
    deliveries: int
    pledged_usd: float
    received_usd: float
    outstanding_usd: float

    def describe(self) -> str:
        whom = f" for {self.donor}" if self.donor else ""
        return (
            f"Wrote the donor report{whom} from {self.period.start.isoformat()} to "
            f"{self.period.end.isoformat()} to {self.path}: {self.pledges:,} pledges, "
            f"{self.deliveries:,} delivery lines; USD {self.pledged_usd:,.2f} pledged, "
            f"{self.received_usd:,.2f} received, {self.outstanding_usd:,.2f} outstanding."
        )


def write_donor_report(
    store: Store,
    path: Path,
    donor: str | None = None,
    *,
    start: date | None = None,
    end: date | None = None,
    user: str = "",
    now: Callable[[], datetime] = datetime.now,
) -> DonorReportResult:
    """Write the donor report of the period [``start``, ``end``] (default: the twelve months to
    today) to ``path``, of one donor (a name, any case) or of all. Raises
    :class:`~lsa_desktop.errors.UserError` for an unknown donor, a period that ends before it
    starts, or a file that cannot be written (left as it was)."""
    path = Path(path)
    exported = now()
    period = report_period(start, end, exported.date())
    with store.read() as session:
        donor = donor_name(session, donor) if donor is not None else None
        pledges = reported_pledges(session, period, donor)
        lines = delivered_lines(session, period, donor)
        mission = mission_name(session)
    result = DonorReportResult(
        path=path,
        donor=donor,
        period=period,
        pledges=len(pledges),
        deliveries=len(lines),
        pledged_usd=round(sum(p.pledged_usd for p in pledges), 2),
        received_usd=round(sum(p.received_usd for p in pledges), 2),
        outstanding_usd=round(sum(p.outstanding_usd for p in pledges), 2),
    )
    notes = _notes(mission, result, exported, user)
    write_workbook(
        path,
        [
            SheetSpec("Donors", DONORS_HEADERS, donor_rows(pledges), DONORS_KINDS),
            SheetSpec("Pledges", PLEDGES_HEADERS, map(pledge_row, pledges), PLEDGES_KINDS),
            SheetSpec(
                "Transactions",
                TRANSACTIONS_HEADERS,
                map(transaction_row, transactions(period, pledges, lines)),
                TRANSACTIONS_KINDS,
            ),
            SheetSpec(
                "Deliveries", DELIVERIES_HEADERS, map(delivery_row, lines), DELIVERIES_KINDS, notes
            ),
        ],
    )
    return result


def donor_rows(pledges: Sequence[PledgeFigures]) -> Iterable[list[CellValue]]:
    """Per donor (by name), the sums of its pledges' figures."""
    by_donor: dict[str, list[PledgeFigures]] = {}
    for pledge in pledges:
        by_donor.setdefault(pledge.donor, []).append(pledge)
    for name in sorted(by_donor):
        own = by_donor[name]
        yield [
            name,
            own[0].donor_country,
            sum(1 for p in own if p.status is not PledgeStatus.WITHDRAWN),
            sum(p.pledged_qty for p in own),
            round(sum(p.pledged_usd for p in own), 2),
            sum(p.received_qty for p in own),
            round(sum(p.received_usd for p in own), 2),
            sum(p.outstanding_qty for p in own),
            round(sum(p.outstanding_usd for p in own), 2),
        ]


def pledge_row(pledge: PledgeFigures) -> list[CellValue]:
    return [
        pledge.donor,
        pledge.reference,
        pledge.pledged_on,
        pledge.kind.value,
        pledge.status.value,
        str(pledge.iati_type),
        IATI_TYPE_NAMES[pledge.iati_type],
        pledge.expected_delivery,
        pledge.pledged_qty if pledge.itemised else None,
        round(pledge.pledged_usd, 2),
        pledge.received_qty if pledge.itemised else None,
        round(pledge.received_usd, 2),
        pledge.outstanding_qty if pledge.itemised else None,
        round(pledge.outstanding_usd, 2),
        CURRENCY,
        SECTOR,
        RECIPIENT_COUNTRY,
    ]


def transaction_row(transaction: Transaction) -> list[CellValue]:
    return [
        str(transaction.type_code),
        IATI_TYPE_NAMES[transaction.type_code],
        transaction.day,
        transaction.donor,
        transaction.pledge_reference,
        transaction.value_usd,
        CURRENCY,
        SECTOR,
        RECIPIENT_COUNTRY,
        transaction.description,
    ]


def delivery_row(line: DeliveredLine) -> list[CellValue]:
    return [
        line.delivered_on,
        line.waybill,
        line.pledge_reference,
        line.donor,
        line.unit_code,
        line.type_code,
        line.type_name,
        line.received,
        line.accepted,
        line.condition.value,
        line.discrepancy,
        round(line.accepted_usd, 2),
    ]


def _notes(
    mission: str, result: DonorReportResult, exported: datetime, user: str
) -> list[tuple[str, str]]:
    return [
        ("Mission", mission),
        ("Workbook", "Donor report"),
        ("Donor", result.donor or "Every donor"),
        ("Period", f"{result.period.start.isoformat()} to {result.period.end.isoformat()}"),
        ("Exported at", f"{exported:%Y-%m-%d %H:%M}"),
        ("Exported by", user),
        ("Pledged (USD)", f"{result.pledged_usd:,.2f}"),
        ("Received (USD)", f"{result.received_usd:,.2f}"),
        ("Outstanding (USD)", f"{result.outstanding_usd:,.2f}"),
        (
            "Pledges reported",
            "Made by the end of the period and either made within it, delivered within it, or "
            "still open. Figures are as at the end of the period; statuses are today's.",
        ),
        (
            "IATI",
            "Transaction types: 13 incoming pledge, 11 incoming commitment, 1 incoming funds "
            f"(goods accepted on delivery, at their pledged unit value). Sector {SECTOR} (DAC: "
            f"participation in international peacekeeping operations); recipient country "
            f"{RECIPIENT_COUNTRY}; currency {CURRENCY}.",
        ),
    ]
