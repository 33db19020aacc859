"""Cells into field values, forgiving what officers type and refusing what cannot be read safely.

Each :class:`~lsa_desktop.excel.model.FieldType` has one parser. A parser returns ``(value,
None)``, or ``(None, problem)`` where the problem is one sentence naming the value and saying what
to type instead; an empty cell is ``(None, None)`` (whether the field may be empty is the
caller's question). What is forgiven, and why:

- text: spaces trimmed and inner runs of spaces made one; a number cell is written as it shows
  (12.0 -> "12"), so an identifier typed as a number still matches its record;
- numbers: "1 250", "1,250", "1.250.000", "1 250,50", "1,250.50", "$850" and "USD 850" are read
  as the person meant them. A single comma followed by exactly three digits ("1,250") is a
  thousands separator, since these columns hold counts and dollar amounts, never thousandths.
  Every number field of the kinds is a count, a measure or a price, so a negative one is refused;
- dates: date cells; ISO text (2026-06-02); day/month/year text with "/", "." or "-"; month names
  in English or French ("2 juin 2026", "28-Nov-2026"). Whether "02/06/2026" is 2 June or
  6 February is decided once per column by :func:`date_order`, never guessed per cell; a
  two-digit year is refused (1926 or 2026?). A plain number in a date column is an Excel serial
  date whose cell lost its date format (say, pasted as values): it is read in Excel's 1900 date
  system when it falls between 1950 and 2099, the only dates these columns hold, and refused
  otherwise, since it is then far more likely a count or a reference typed in the wrong column;
- choices and yes/no: the words of ``aliases.json``, compared ignoring case, accents,
  punctuation and spacing.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

from lsa_desktop.domain.text import fold
from lsa_desktop.excel.aliases import (
    boolean_table,
    choice_labels,
    choice_table,
    compact,
    month_table,
)
from lsa_desktop.excel.model import CellValue, FieldSpec, FieldType, FormulaWithoutValue

#: (value, None), or (None, a sentence saying what is wrong); (None, None) for an empty cell.
Parsed = tuple[Any, str | None]
CellParser = Callable[[CellValue | FormulaWithoutValue], Parsed]

_EMPTY: Parsed = (None, None)
_MONTHS = (
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

#: Serial 1 is 1900-01-01 in Excel's 1900 date system, which counts a 29 February 1900 that never
#: was (a Lotus 1-2-3 bug kept for compatibility): from March 1900 on, serial N is this day + N.
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIALS = range((date(1950, 1, 1) - _EXCEL_EPOCH).days, (date(2100, 1, 1) - _EXCEL_EPOCH).days)
_LARGEST = 2**63 - 1  # what SQLite's INTEGER holds

# "02/06/2026", "2.6.2026", "02-06-2026", "2026-06-02", "2026/06/02", a time after it allowed.
_NUMERIC_DATE = re.compile(
    r"(\d{1,4}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{1,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)
_NAMED_DAY_FIRST = re.compile(r"(\d{1,2})(?:er|st|nd|rd|th)?[ ./-]*([^\W\d_]+)\.?[ ./,-]*(\d+)")
_NAMED_MONTH_FIRST = re.compile(r"([^\W\d_]+)\.? ?(\d{1,2})(?:st|nd|rd|th)?,? (\d+)")
_CURRENCY = re.compile(r"^(?:US\$|USD|\$)\s*|\s*(?:US\$|USD|\$)$", re.IGNORECASE)
_GROUPING = re.compile(r"[\s'’]")  # spaces (no-break, narrow, thin too) and the Swiss apostrophe


def parse_cell(
    value: CellValue | FormulaWithoutValue, field: FieldSpec, *, day_first: bool | None
) -> Parsed:
    """``value`` read as ``field`` wants it. ``day_first`` is the order of the column's
    day/month text dates (see :func:`date_order`); None when the column does not settle it."""
    if value is None or (isinstance(value, str) and (not value or value.isspace())):
        return _EMPTY
    if isinstance(value, FormulaWithoutValue):
        return None, (
            f"{field.header}: cell {value.address} holds a formula whose result was never saved; "
            "open the file in Excel or LibreOffice, let it recalculate, save it, and import it "
            "again (or type the value)."
        )
    return _PARSERS[field.type](value, field, day_first)


def column_parser(field: FieldSpec, *, day_first: bool | None = None) -> CellParser:
    """:func:`parse_cell` for one column, with the common cells taken on a short path (an import
    parses every cell of a 100,000-row roll): text in a text column, a whole number in a number
    column, a date cell in a date column. In columns whose texts repeat (choices, yes/no, text
    dates) each distinct text is parsed once: a roll has a handful of statuses."""
    slow = partial(parse_cell, field=field, day_first=day_first)
    if field.type in (FieldType.TEXT, FieldType.IDENTIFIER):
        limit = field.max_length

        def parse_text(value: CellValue | FormulaWithoutValue) -> Parsed:
            if type(value) is str:
                text = " ".join(value.split())
                if not text:
                    return _EMPTY
                if limit is None or len(text) <= limit:
                    # The cell's own string when it needed no tidying: the reader shares one
                    # string among the cells that repeat it, and so do the values.
                    return (value if text == value else text), None
            return slow(value)

        return parse_text
    if field.type is FieldType.INTEGER:

        def parse_integer(value: CellValue | FormulaWithoutValue) -> Parsed:
            if type(value) is float and value.is_integer() and 0 <= value <= _LARGEST:
                return int(value), None
            return slow(value)

        return parse_integer
    if field.type is FieldType.DECIMAL:
        return slow
    seen: dict[str, Parsed] = {}
    is_date = field.type is FieldType.DATE

    def parse_repeated(value: CellValue | FormulaWithoutValue) -> Parsed:
        if type(value) is str:
            found = seen.get(value)
            if found is None:
                found = seen[value] = slow(value)
            return found
        if is_date and type(value) is date:
            return value, None
        return slow(value)

    return parse_repeated


@dataclass(frozen=True, slots=True)
class DateOrder:
    """How a column's day/month text dates are ordered, and the text that shows it."""

    day_first: bool | None  # True day/month/year, False month/day/year, None not shown
    evidence: str = ""  # "23/01/2026": a first number over 12 (or "01/23/2026": a second)


def date_order(cells: Iterable[object]) -> DateOrder:
    """The order of the day/month text dates among ``cells`` (one column). A text date whose
    first number is over 12 shows day first; one whose second number is over 12 shows month
    first. Day first is the mission's convention, so one such date settles the column even if
    others look month first (those then fail as dates naming their value)."""
    month_first = ""
    for cell in cells:
        if not isinstance(cell, str):
            continue
        match = _NUMERIC_DATE.fullmatch(" ".join(cell.split()))
        if match is None or len(match[1]) > 2 or len(match[4]) != 4:
            continue
        first, second = int(match[1]), int(match[3])
        if 12 < first <= 31 and second <= 12:
            return DateOrder(True, cell.strip())
        if 12 < second <= 31 and first <= 12 and not month_first:
            month_first = cell.strip()
    return DateOrder(False, month_first) if month_first else DateOrder(None)


# --- text --------------------------------------------------------------------------------------


def _number_text(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _limited(text: str, field: FieldSpec) -> Parsed:
    if field.max_length is not None and len(text) > field.max_length:
        return None, (
            f"{field.header} is {len(text):,} characters long; at most {field.max_length} are "
            "allowed."
        )
    return text, None


def _parse_text(value: CellValue, field: FieldSpec, day_first: bool | None) -> Parsed:
    if isinstance(value, str):
        return _limited(" ".join(value.split()), field)
    if isinstance(value, bool):
        return _limited("TRUE" if value else "FALSE", field)  # as the spreadsheet shows it
    if isinstance(value, int | float):
        return _limited(_number_text(value), field)
    # A date where text belongs: the spreadsheet program turned what was typed ("1-2", "3/4")
    # into a date, and the text as typed cannot be recovered.
    shown = value.date() if isinstance(value, datetime) else value
    return None, (
        f"{field.header} holds the date {shown.isoformat()}, not text: format the cell as "
        "text and type the value again."
    )


# --- numbers -----------------------------------------------------------------------------------


def _decimal_from_text(text: str) -> Decimal | None:
    """The number ``text`` shows, with its thousands and decimal separators read as written
    (see the module's docstring), or None when it is not a number."""
    text = _CURRENCY.sub("", text.strip().replace("−", "-"))
    sign = ""
    if text[:1] in ("+", "-"):
        sign, text = text[0], text[1:]
    text = _GROUPING.sub("", text)
    if not text or text.strip("0123456789.,") or not any(c.isdigit() for c in text):
        return None
    if "," in text and "." in text:
        point = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if point == "," else ","
        whole, _, fraction = text.rpartition(point)
        if not re.fullmatch(rf"\d{{1,3}}(?:\{grouping}\d{{3}})*", whole) or not fraction.isdigit():
            return None
        text = f"{whole.replace(grouping, '')}.{fraction}"
    elif "," in text or "." in text:
        mark = "," if "," in text else "."
        if re.fullmatch(rf"[1-9]\d{{0,2}}(?:\{mark}\d{{3}})+", text) and (
            mark == "," or text.count(".") > 1
        ):
            text = text.replace(mark, "")  # 1,250 / 1,250,000 / 1.250.000: thousands
        elif text.count(mark) == 1 and re.fullmatch(rf"\d*\{mark}\d+|\d+\{mark}", text):
            text = text.replace(mark, ".")  # 12,5 / 1.25: a decimal mark
        else:
            return None
    return Decimal(sign + text)


def _number(value: CellValue, field: FieldSpec) -> tuple[Decimal | None, str | None]:
    """``value`` as a non-negative number, or a problem sentence."""
    if isinstance(value, bool | date):
        return None, f"{field.header} must be a number; the cell holds {_shown(value)}."
    if isinstance(value, str):
        number = _decimal_from_text(value)
        if number is None:
            return None, f'{field.header} "{value.strip()}" is not a number.'
    elif isinstance(value, float) and not math.isfinite(value):
        return None, f"{field.header} {value} is not a number."
    else:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if number < 0:
        return None, f"{field.header} cannot be below zero ({_plain(number)})."
    return number, None


def _parse_integer(value: CellValue, field: FieldSpec, day_first: bool | None) -> Parsed:
    if type(value) is int and 0 <= value <= _LARGEST:  # the common case, checked first
        return value, None
    number, problem = _number(value, field)
    if number is None:
        return None, problem
    if number != number.to_integral_value():
        return None, f"{field.header} must be a whole number; {_plain(number)} is not."
    if number > _LARGEST:
        return None, f"{field.header} {_plain(number)} is too large."
    return int(number), None


def _parse_decimal(value: CellValue, field: FieldSpec, day_first: bool | None) -> Parsed:
    number, problem = _number(value, field)
    if number is None:
        return None, problem
    return float(number), None  # as the store keeps it (a float column), so re-imports compare


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f") if number == number.to_integral_value() else str(number)


def _shown(value: CellValue) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime | date):
        return f"the date {value.isoformat()[:10]}"
    if isinstance(value, int | float):
        return _number_text(value)
    return f'"{value}"'


# --- yes/no and choices ------------------------------------------------------------------------


def _parse_boolean(value: CellValue, field: FieldSpec, day_first: bool | None) -> Parsed:
    if isinstance(value, bool):
        return value, None
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value), None
    if isinstance(value, str):
        text = value.strip()
        table = boolean_table()
        answer = table.get(fold(text), table.get(compact(text)))
        if answer is not None:
            return answer, None
    return None, (
        f"{field.header} {_shown(value)} is not yes or no: type yes or no (oui or non; x for yes)."
    )


def _parse_choice(value: CellValue, field: FieldSpec, day_first: bool | None) -> Parsed:
    assert field.choices is not None, f"{field.name} is a CHOICE field without choices"
    if isinstance(value, str | int) and not isinstance(value, bool):
        member = choice_table(field.choices).get(compact(str(value)))
        if member is not None:
            return member, None
    accepted = ", ".join(choice_labels(field.choices))
    return None, f"{field.header} {_shown(value)} is not one of: {accepted}."


# --- dates -------------------------------------------------------------------------------------


def _parse_date(value: CellValue, field: FieldSpec, day_first: bool | None) -> Parsed:
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, bool):
        return None, f"{field.header} must be a date; the cell holds {_shown(value)}."
    if isinstance(value, int | float):
        if math.isfinite(value) and math.floor(value) in _SERIALS:
            return _EXCEL_EPOCH + timedelta(days=math.floor(value)), None
        return None, (
            f"{field.header} {_number_text(value) if math.isfinite(value) else value} is a "
            "number, not a date: enter a date cell or type the date as 2026-06-02."
        )
    return _parse_date_text(value, field, day_first)


def _parse_date_text(value: str, field: FieldSpec, day_first: bool | None) -> Parsed:
    text = " ".join(value.split())
    if match := _NUMERIC_DATE.fullmatch(text):
        first, second, third = match[1], match[3], match[4]
        if len(first) == 4 and len(third) <= 2:  # ISO order: year, month, day
            return _make_date(int(first), int(second), int(third), text, field)
        if len(first) <= 2 and len(third) == 4:
            return _day_month_date(int(first), int(second), int(third), text, field, day_first)
        if len(first) <= 2 and len(third) == 2:
            return None, _two_digit_year(text, field)
    for pattern, day_group, month_group in ((_NAMED_DAY_FIRST, 1, 2), (_NAMED_MONTH_FIRST, 2, 1)):
        if (match := pattern.fullmatch(text)) and (
            month := month_table().get(compact(match[month_group]))
        ):
            if len(match[3]) == 2:
                return None, _two_digit_year(text, field)
            if len(match[3]) == 4:
                return _make_date(int(match[3]), month, int(match[day_group]), text, field)
    try:
        return datetime.fromisoformat(text).date(), None  # 2026-06-02T10:30:00+00:00, 20260602
    except ValueError:
        return None, (
            f'{field.header} "{text}" is not a date: enter a date cell, or type it as 2026-06-02 '
            "or as day/month/year (02/06/2026)."
        )


def _day_month_date(
    first: int, second: int, year: int, text: str, field: FieldSpec, day_first: bool | None
) -> Parsed:
    if day_first is None and first != second and first <= 12 and second <= 12:
        return None, (
            f'{field.header} "{text}" is ambiguous: it could be {first} {_MONTHS[second]} or '
            f"{second} {_MONTHS[first]} {year}, and no other date in the column settles the "
            f"order; type it as {year}-{second:02}-{first:02} or enter it as a date cell."
        )
    if day_first is False or (day_first is None and second > 12 >= first):
        first, second = second, first  # month first: shown by the column, or by this date
    return _make_date(year, second, first, text, field)


def _make_date(year: int, month: int, day: int, text: str, field: FieldSpec) -> Parsed:
    if not 1 <= month <= 12:
        reason = f"there is no month {month}"
    elif year < 1:
        reason = f"there is no year {year}"
    elif not 1 <= day <= calendar.monthrange(year, month)[1]:
        reason = f"{_MONTHS[month]} {year} has no day {day}"
    else:
        return date(year, month, day), None
    return None, f'{field.header} "{text}" is not a date: {reason}.'


def _two_digit_year(text: str, field: FieldSpec) -> str:
    return (
        f'{field.header} "{text}" has a two-digit year: type the year in full (four digits), '
        "or enter a date cell."
    )


_PARSERS: dict[FieldType, Callable[[Any, FieldSpec, bool | None], Parsed]] = {
    FieldType.TEXT: _parse_text,
    FieldType.IDENTIFIER: _parse_text,  # the same rules: text kept as typed, leading zeros too
    FieldType.INTEGER: _parse_integer,
    FieldType.DECIMAL: _parse_decimal,
    FieldType.BOOLEAN: _parse_boolean,
    FieldType.DATE: _parse_date,
    FieldType.CHOICE: _parse_choice,
}
