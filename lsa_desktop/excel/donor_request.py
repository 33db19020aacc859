"""The donor request workbook: what the mission still needs, in the form donors expect, with room
for a donor to write what they pledge and send the file back.

Sheets, in order:

- **Lines**, one row per requisition line still waiting for items (see
  :mod:`~lsa_desktop.excel.donor_request_rows`), most pressing first. Every cell is protected
  except the shaded columns a donor fills: Pledge reference, Pledge date, Pledge status (a
  drop-down: PLEDGED or COMMITTED), Quantity pledged (whole numbers), Expected delivery (dates),
  and Donor when the request is not addressed to one donor. It is the first sheet so that the
  filled-in copy goes straight back in with ``import pledges FILLED.xlsx``: its headers are the
  pledges import's (Unit, Equipment code, Requisition reference, Pledge reference...) or their
  aliases (Quantity pledged, Pledge status, Pledge date, Unit cost), and a line the donor left
  blank (no pledge reference, no quantity) is skipped by the import.
- **Summary**: needed quantities and USD by priority and by budget category, and for all lines,
  as values (no formulas to recalculate or break).
- **Pledges made**: the pledges already answering the listed lines (of the donor the request is
  addressed to, when it is), so a donor sees what is on record.
- **About**: mission, when and by whom exported, for which donor.

The sheets are protected without a password (see :mod:`~lsa_desktop.excel.form_sheet`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from lsa_desktop.domain.enums import PledgeStatus
from lsa_desktop.excel.donor_request_rows import (
    PRIORITY_ORDER,
    MadePledge,
    RequestLine,
    donor_name,
    made_pledges,
    request_lines,
)
from lsa_desktop.excel.form_sheet import FormColumn, FormSheet
from lsa_desktop.excel.model import CellValue, FieldType
from lsa_desktop.excel.writer import NOTES_SHEET, write_notes
from lsa_desktop.excel.xlsx_file import new_workbook
from lsa_desktop.services.mission_settings import mission_name
from lsa_desktop.store.engine import Store

TEXT, INT, USD, DATE = FieldType.TEXT, FieldType.INTEGER, FieldType.DECIMAL, FieldType.DATE

LINES_SHEET = "Lines"
SUMMARY_SHEET = "Summary"
PLEDGES_SHEET = "Pledges made"
CURRENCY = "USD"
#: The statuses a donor may give a new pledge; the rest follow from deliveries.
DONOR_STATUSES = (PledgeStatus.PLEDGED, PledgeStatus.COMMITTED)

_FIRST_DAY, _LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)


def _whole_number(title: str, message: str) -> dict[str, Any]:
    return {
        "validate": "integer",
        "criteria": ">=",
        "value": 1,
        "input_title": title,
        "input_message": message,
        "error_title": "A whole number",
        "error_message": "Type a whole number of items, 1 or more, or leave the cell empty.",
    }


def _a_date(title: str, message: str) -> dict[str, Any]:
    return {
        "validate": "date",
        "criteria": "between",
        "minimum": _FIRST_DAY,
        "maximum": _LAST_DAY,
        "input_title": title,
        "input_message": message,
        "error_title": "A date",
        "error_message": "Type a date, for example 2026-03-31.",
    }


def _choice(values: Sequence[str], title: str = "", message: str = "") -> dict[str, Any]:
    options: dict[str, Any] = {
        "validate": "list",
        "source": list(values),
        "error_title": "Choose from the list",
        "error_message": "Choose one of: " + ", ".join(values) + ".",
    }
    if title:
        options.update(input_title=title, input_message=message)
    return options


def lines_columns(donor: str | None) -> tuple[FormColumn, ...]:
    """The Lines sheet's columns; the Donor column is filled in only when no donor is named."""
    return (
        FormColumn("Line", INT, note="The line's number in this request."),
        FormColumn("Requisition reference", note="The requisition the line belongs to."),
        FormColumn("Unit", note="The unit that needs the items (its code)."),
        FormColumn("Budget category", note="The equipment category the items belong to."),
        FormColumn("Equipment code"),
        FormColumn("Item"),
        FormColumn("Specification", note="The requisition's remarks on the line, else the item."),
        FormColumn("Quantity needed", INT, note="Approved (else requested) less delivered."),
        FormColumn("Unit cost", USD, note="Estimated cost of one item, in USD."),
        FormColumn("Currency", validation=_choice([CURRENCY])),
        FormColumn("Total (USD)", USD, note="Quantity needed x unit cost."),
        FormColumn("Priority"),
        FormColumn("Operational impact"),
        FormColumn("Required by", DATE),
        FormColumn("Quantity delivered", INT, note="Accepted on delivery so far."),
        FormColumn(
            "Already pledged", INT, note="Pledged by donors and not yet delivered (every donor)."
        ),
        FormColumn("Remaining gap", INT, note="What no donor has offered yet."),
        FormColumn(
            "Donor",
            fill=donor is None,
            note="Your organisation's name." if donor is None else "The donor this request is for.",
        ),
        FormColumn(
            "Pledge reference",
            fill=True,
            note="Your reference for the pledge; the same one on every line it covers.",
        ),
        FormColumn(
            "Pledge date",
            DATE,
            fill=True,
            validation=_a_date(
                "Pledge date", "The date of your pledge; empty: the day the mission records it."
            ),
        ),
        FormColumn(
            "Pledge status",
            fill=True,
            validation=_choice(
                [status.value for status in DONOR_STATUSES],
                "Pledge status",
                "PLEDGED: offered. COMMITTED: confirmed in writing. Empty means PLEDGED.",
            ),
        ),
        FormColumn(
            "Quantity pledged",
            INT,
            fill=True,
            validation=_whole_number("Quantity pledged", "How many items you pledge on this line."),
        ),
        FormColumn(
            "Expected delivery",
            DATE,
            fill=True,
            validation=_a_date("Expected delivery", "When the items should arrive."),
        ),
        FormColumn("Remarks", note="The requisition's justification."),
        FormColumn("Requisition line", note="Technical: the requisition and the line's number."),
    )


def _line_values(number: int, line: RequestLine, donor: str | None) -> list[CellValue]:
    return [
        number,
        line.requisition_reference,
        line.unit_code,
        line.category_name,
        line.type_code,
        line.type_name,
        line.remarks or line.type_name,
        line.needed,
        line.unit_cost_usd,
        CURRENCY,
        line.needed_usd,
        line.priority.value,
        line.operational_impact,
        line.required_by,
        line.delivered,
        line.pledged,
        line.gap,
        donor,
        None,
        None,
        None,
        None,
        None,
        line.justification,
        line.line_reference,
    ]


SUMMARY_COLUMNS = (
    FormColumn("By"),
    FormColumn("Group"),
    FormColumn("Lines", INT),
    FormColumn("Quantity needed", INT),
    FormColumn("Total (USD)", USD),
    FormColumn("Already pledged", INT),
    FormColumn("Remaining gap", INT),
    FormColumn("Remaining gap (USD)", USD),
)


def _summary_row(by: str, group: str, lines: Sequence[RequestLine]) -> list[CellValue]:
    return [
        by,
        group,
        len(lines),
        sum(line.needed for line in lines),
        round(sum(line.needed_usd for line in lines), 2),
        sum(line.pledged for line in lines),
        sum(line.gap for line in lines),
        round(sum(line.gap_usd for line in lines), 2),
    ]


def summary_rows(lines: Sequence[RequestLine]) -> Iterable[list[CellValue]]:
    """Per priority (most pressing first), per budget category (by name), then all lines."""
    for priority in PRIORITY_ORDER:
        chosen = [line for line in lines if line.priority is priority]
        if chosen:
            yield _summary_row("Priority", priority.value, chosen)
    for category in sorted({line.category_name for line in lines}):
        yield _summary_row(
            "Budget category", category, [ln for ln in lines if ln.category_name == category]
        )
    yield _summary_row("All lines", "", lines)


PLEDGES_COLUMNS = (
    FormColumn("Line", INT, note="The line's number on the Lines sheet."),
    FormColumn("Requisition reference"),
    FormColumn("Unit"),
    FormColumn("Equipment code"),
    FormColumn("Item"),
    FormColumn("Donor"),
    FormColumn("Pledge reference"),
    FormColumn("Pledge date", DATE),
    FormColumn("Status"),
    FormColumn("Quantity pledged", INT),
    FormColumn("Quantity delivered", INT, note="Accepted on delivery so far."),
    FormColumn("Outstanding", INT, note="Still to deliver (nothing once a pledge has ended)."),
    FormColumn("Unit value (USD)", USD),
    FormColumn("Expected delivery", DATE),
)


def _pledge_values(number: int, line: RequestLine, pledge: MadePledge) -> list[CellValue]:
    return [
        number,
        line.requisition_reference,
        pledge.unit_code,
        pledge.type_code,
        pledge.type_name,
        pledge.donor,
        pledge.reference,
        pledge.pledged_on,
        pledge.status.value,
        pledge.quantity,
        pledge.accepted,
        pledge.outstanding,
        pledge.unit_value_usd,
        pledge.expected_delivery,
    ]


@dataclass(frozen=True, slots=True)
class DonorRequestResult:
    """What was written, for the one line a command or a status bar shows."""

    path: Path
    donor: str | None  # as recorded, when the request is addressed to one donor
    lines: int
    needed_usd: float
    gap_usd: float

    def describe(self) -> str:
        whom = f" for {self.donor}" if self.donor else ""
        return (
            f"Wrote the donor request{whom} to {self.path}: {self.lines:,} lines, "
            f"USD {self.needed_usd:,.2f} needed, USD {self.gap_usd:,.2f} not yet pledged."
        )


def write_donor_request(
    store: Store,
    path: Path,
    donor: str | None = None,
    *,
    user: str = "",
    now: Callable[[], datetime] = datetime.now,
) -> DonorRequestResult:
    """Write the donor request workbook to ``path`` (replaced whole, or left as it was on any
    failure). ``donor``: a donor's name (any case) to address the request to; raises
    :class:`~lsa_desktop.errors.UserError` when there is no such donor or the file cannot be
    written."""
    path = Path(path)
    with store.read() as session:
        donor = donor_name(session, donor) if donor is not None else None
        lines = request_lines(session)
        pledges = made_pledges(session, [line.requisition_line_id for line in lines], donor)
        mission = mission_name(session)
    exported = now()
    titles = _titles(mission, donor, exported)
    with new_workbook(path) as (book, styles):
        sheet = FormSheet(book, LINES_SHEET, lines_columns(donor), titles)
        for number, line in enumerate(lines, start=1):
            sheet.write_row(_line_values(number, line, donor))
        sheet.finish()
        sheet.activate()
        summary = FormSheet(book, SUMMARY_SHEET, SUMMARY_COLUMNS, titles[:2])
        for row in summary_rows(lines):
            summary.write_row(row)
        summary.finish()
        made = FormSheet(book, PLEDGES_SHEET, PLEDGES_COLUMNS, titles[:2])
        number_of = {line.requisition_line_id: n for n, line in enumerate(lines, start=1)}
        line_of = {line.requisition_line_id: line for line in lines}
        for pledge in sorted(pledges, key=lambda p: number_of[p.requisition_line_id]):
            line_id = pledge.requisition_line_id
            made.write_row(_pledge_values(number_of[line_id], line_of[line_id], pledge))
        made.finish()
        write_notes(
            book.add_worksheet(NOTES_SHEET),
            styles,
            _notes(mission, donor, exported, user),
        )
    return DonorRequestResult(
        path=path,
        donor=donor,
        lines=len(lines),
        needed_usd=round(sum(line.needed_usd for line in lines), 2),
        gap_usd=round(sum(line.gap_usd for line in lines), 2),
    )


def _titles(mission: str, donor: str | None, exported: datetime) -> list[str]:
    what = f"Donor request for {donor}" if donor else "Donor request"
    fill = "Pledge reference, Pledge date, Pledge status, Quantity pledged, Expected delivery"
    if donor is None:
        fill = "Donor, " + fill
    return [
        f"{what}: {mission}" if mission else what,
        f"Items still needed on {exported:%Y-%m-%d}, in USD, most pressing first.",
        f"To pledge: fill in the shaded columns ({fill}) on the lines you answer, leave the other "
        "lines empty, and send this file back.",
    ]


def _notes(mission: str, donor: str | None, exported: datetime, user: str) -> list[tuple[str, str]]:
    return [
        ("Mission", mission),
        ("Workbook", "Donor request"),
        ("Donor", donor or "Every donor"),
        ("Exported at", f"{exported:%Y-%m-%d %H:%M}"),
        ("Exported by", user),
        (
            "Lines",
            "Requisitions submitted, approved or partly fulfilled, with items still to arrive.",
        ),
        (
            "Protection",
            "The sheets are protected without a password, against typing over the figures by "
            "mistake: Review > Unprotect Sheet lifts it.",
        ),
        (
            "Sending it back",
            "The mission reads the Lines sheet back as pledges (lsa-desktop import pledges); "
            "lines without a pledge reference and quantity are skipped.",
        ),
    ]
