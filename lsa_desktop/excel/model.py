"""The shapes the spreadsheet layer passes between its steps: read, interpret, check, write.

Reading (``preflight`` then ``reader``) turns a file into :class:`RawRow` s of plain cell values;
interpreting (``headers``, ``values``) finds the header row and turns each cell into a field value
of a :class:`KindSpec`; importing (``importer`` with one module per kind) checks rows, matches them
to records by their natural key and writes them. Every step reports what it finds as
:class:`Issue` s, so the person sees one list, by row and cell, whatever step found it.

No Qt and no database here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from lsa_desktop.domain.enums import Severity
from lsa_desktop.errors import UserError

#: A cell as read: what the file holds, typed (text, number, bool, date), None when empty.
CellValue = str | int | float | bool | date | datetime | None


class BadSpreadsheet(UserError):
    """A file that cannot be read as a workbook, or must not be: one sentence naming the file and
    saying what to do (``str(error)``). Nothing has been written when it is raised."""


@dataclass(frozen=True, slots=True)
class FormulaWithoutValue:
    """A formula cell whose file holds no cached result (saved by a program that does not
    compute, or never recalculated): reported with its address, never read as empty."""

    address: str  # "D12"


@dataclass(frozen=True, slots=True)
class RawRow:
    """One sheet row as read. ``number`` is the 1-based sheet row (what Excel shows)."""

    number: int
    cells: tuple[CellValue | FormulaWithoutValue, ...]

    def is_blank(self) -> bool:
        return all(c is None or (isinstance(c, str) and not c.strip()) for c in self.cells)


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    index: int


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_address(column: int, row: int) -> str:
    """(0-based column, 1-based row) -> "D12"."""
    return f"{column_letter(column)}{row}"


@dataclass(frozen=True, slots=True)
class Issue:
    """Something found in a file: an error (the row cannot be imported), a warning (it can, but
    look), or a skipped row (blank, a totals row), with where it is."""

    severity: Severity
    message: str  # one sentence, says what is wrong and what to do
    row: int | None = None  # 1-based sheet row; None for the whole file or a column
    column: int | None = None  # 0-based sheet column; None for the whole row
    field: str = ""  # the KindSpec field concerned, if any

    @property
    def cell(self) -> str:
        """ "D12", or "" when the issue is not about one cell."""
        if self.row is None or self.column is None:
            return ""
        return cell_address(self.column, self.row)

    @property
    def where(self) -> str:
        """ "Row 12, cell D12", "Row 12", "Column D" or "" for the person to read."""
        if self.row is not None and self.column is not None:
            return f"Row {self.row}, cell {self.cell}"
        if self.row is not None:
            return f"Row {self.row}"
        if self.column is not None:
            return f"Column {column_letter(self.column)}"
        return ""


class FieldType(StrEnum):
    """How a cell becomes a field value (see ``excel/values.py``)."""

    TEXT = "TEXT"  # trimmed text; numbers written as they show (12 -> "12")
    IDENTIFIER = "IDENTIFIER"  # text kept exactly, leading zeros kept; 123.0 -> "123"
    INTEGER = "INTEGER"
    DECIMAL = "DECIMAL"
    BOOLEAN = "BOOLEAN"  # yes/no, oui/non, true/false, 1/0, x
    DATE = "DATE"  # date cells, ISO text, day-first text (ambiguous columns flagged)
    CHOICE = "CHOICE"  # one of ``choices`` (an enum), in English, French or abbreviations


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One column of a kind: its public header (the template's, a contract), how it is read."""

    name: str  # the attribute name in the kind's record, e.g. "service_number"
    header: str  # the public header, e.g. "Service number"
    type: FieldType = FieldType.TEXT
    required: bool = False
    choices: type[StrEnum] | None = None  # for CHOICE
    max_length: int | None = None
    help: str = ""  # what the column holds, for the template's note and the wizard


@dataclass(frozen=True, slots=True)
class KindSpec:
    """What one kind of import/export holds: its fields in template order and its natural key."""

    name: str  # "personnel", "equipment-types"... (the command line's KIND)
    title: str  # "Personnel" (the sheet name of the template)
    fields: tuple[FieldSpec, ...]
    key: tuple[str, ...]  # the fields that identify a record, e.g. ("service_number",)
    #: A row with none of these fields filled is skipped, not refused: a form sent out with
    #: lines to fill (the donor request) comes back with most lines left blank.
    skip_unless: tuple[str, ...] = ()

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(f.header for f in self.fields)


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """Where the header row is and which sheet column holds which field."""

    row: int  # 1-based sheet row of the header
    columns: Mapping[int, str]  # 0-based sheet column -> field name
    headers: Mapping[int, str]  # 0-based sheet column -> the header text as written
    unknown: tuple[int, ...] = ()  # columns with a header that matches no field (ignored)
    missing: tuple[str, ...] = ()  # required fields with no column


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """A data row turned into field values (None where empty or unreadable), with its issues."""

    number: int
    values: Mapping[str, Any]
    issues: tuple[Issue, ...] = ()

    @property
    def valid(self) -> bool:
        return not self.issues or not any(i.severity is Severity.ERROR for i in self.issues)


class Outcome(StrEnum):
    NEW = "NEW"
    UPDATED = "UPDATED"
    UNCHANGED = "UNCHANGED"
    SKIPPED = "SKIPPED"  # invalid (with --skip-invalid), blank or a totals row


@dataclass(frozen=True, slots=True)
class ImportOptions:
    sheet: str | None = None  # None: the first sheet
    mapping: Mapping[str, str] = field(default_factory=dict)  # header text -> field name or header
    dry_run: bool = False
    skip_invalid: bool = False


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import found and did (or, refused or dry run, would have done)."""

    kind: str
    file_name: str
    sheet: str
    header: HeaderMatch | None
    issues: tuple[Issue, ...]
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    written: bool = False  # False: refused, dry run or cancelled: the database is untouched
    created: tuple[str, ...] = ()  # sentences: "Contingent Belize created." (references made)

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.WARNING)

    @property
    def refused(self) -> bool:
        """All-or-nothing import with an error: nothing written (exit code 3)."""
        return not self.written and bool(self.errors)


#: A check of one parsed row that needs nothing but the row: returns its issues.
RowCheck = Callable[[ParsedRow], Sequence[Issue]]
