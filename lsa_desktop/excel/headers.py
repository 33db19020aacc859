"""Finding the header row of a real workbook, and reading the rows below it.

Officers' workbooks put a title, a subtitle or a note above the header, name the columns in French
or English and in their own words, leave blank rows between sections and add a totals row at the
bottom. :func:`find_header` finds the header row among the first rows and which column holds which
field (through the aliases of ``aliases.json``); :func:`interpret` turns the rows below it into
:class:`ParsedRow` s, parsing every cell with :mod:`~lsa_desktop.excel.values` and saying what it
skipped and why.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from lsa_desktop.domain.enums import Severity
from lsa_desktop.domain.text import fold
from lsa_desktop.errors import InvalidInput
from lsa_desktop.excel.aliases import compact, header_table, normalise, totals_words
from lsa_desktop.excel.model import (
    BadSpreadsheet,
    CellValue,
    FieldSpec,
    FieldType,
    FormulaWithoutValue,
    HeaderMatch,
    Issue,
    KindSpec,
    ParsedRow,
    RawRow,
    column_letter,
)
from lsa_desktop.excel.values import CellParser, DateOrder, column_parser, date_order

__all__ = ["find_header", "interpret", "normalise"]

Cell = CellValue | FormulaWithoutValue


def find_header(
    rows: Sequence[RawRow],
    spec: KindSpec,
    mapping: Mapping[str, str] | None = None,
    scan: int = 30,
    *,
    sheet: str | None = None,
) -> HeaderMatch:
    """The header row among the first ``scan`` rows: the one whose cells name the most fields of
    ``spec`` (the first such row on a tie), provided it names at least two of them or all the
    required ones. A cell names a field by its public header, its field name or an alias, case,
    accents, punctuation and spacing ignored; each field is held by one column, the first that
    names it (a later one is listed in ``unknown`` and :func:`interpret` warns about it).

    ``mapping`` (``--map "HEADER=Field"``, or the wizard's choices) maps a header text to a field
    (its name, public header or an alias), or to "" to ignore that column; it wins over the
    aliases. Raises :class:`BadSpreadsheet` when no row qualifies (``sheet`` names the sheet in
    the sentence) and :class:`InvalidInput` when ``mapping`` names no field or no column."""
    mapped = _resolve_mapping(mapping or {}, spec)
    table = header_table(spec)
    required = {f.name for f in spec.fields if f.required}
    best: HeaderMatch | None = None
    for row in rows[:scan]:
        match = _match_row(row, table, mapped)
        named = set(match.columns.values())
        if len(named) < 2 and not (named and required <= named):
            continue
        if best is None or len(named) > len(best.columns):
            best = match
    where = f' of sheet "{sheet}"' if sheet else ""
    if best is None:
        if all(row.is_blank() for row in rows[:scan]):
            raise BadSpreadsheet(
                f"The first {scan} rows{where} are empty: there is nothing to import."
            )
        examples = ", ".join(f.header for f in spec.fields if f.required)
        raise BadSpreadsheet(
            f"No header row in the first {scan} rows{where}: name the columns as the "
            f"{spec.title} template does (for example {examples})."
        )
    written = {compact(text) for text in best.headers.values()}
    for header, target in (mapping or {}).items():
        if compact(header) not in written:
            raise InvalidInput(
                f'The mapping "{header}={target}" names a column that is not in the header row '
                f"(row {best.row}{where}), whose columns are: {', '.join(best.headers.values())}."
            )
    named = set(best.columns.values())
    missing = tuple(f.name for f in spec.fields if f.required and f.name not in named)
    return HeaderMatch(best.row, best.columns, best.headers, best.unknown, missing)


def _resolve_mapping(mapping: Mapping[str, str], spec: KindSpec) -> dict[str, str | None]:
    """compact(header text) -> the field it is mapped to, or None for a column to ignore."""
    table = header_table(spec)
    resolved: dict[str, str | None] = {}
    for header, target in mapping.items():
        if not target.strip():
            resolved[compact(header)] = None
        elif (field := table.get(compact(target))) is not None:
            resolved[compact(header)] = field
        else:
            raise InvalidInput(
                f'The mapping "{header}={target}" names no {spec.title} field: the fields are '
                f"{', '.join(spec.headers)}."
            )
    return resolved


def _match_row(
    row: RawRow, table: Mapping[str, str], mapped: Mapping[str, str | None]
) -> HeaderMatch:
    """Which field each header cell of ``row`` names: the mapped columns first, so that a mapping
    wins over an alias of another column, then the others from left to right."""
    headers = {i: text for i, cell in enumerate(row.cells) if (text := _header_text(cell))}
    columns: dict[int, str] = {}
    taken: set[str] = set()
    unknown: list[int] = []
    for automatic in (False, True):
        for column, text in headers.items():
            key = compact(text)
            if (key in mapped) == automatic:
                continue
            field = table.get(key) if automatic else mapped[key]
            if field is None and not automatic:
                continue  # mapped to nothing: ignored on purpose, no warning
            if field is None or field in taken:
                unknown.append(column)
            else:
                columns[column] = field
                taken.add(field)
    return HeaderMatch(row.number, dict(sorted(columns.items())), headers, tuple(sorted(unknown)))


def _header_text(cell: Cell) -> str:
    if cell is None or isinstance(cell, FormulaWithoutValue):
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def interpret(
    rows: Sequence[RawRow], header: HeaderMatch, spec: KindSpec
) -> tuple[list[ParsedRow], list[Issue]]:
    """The data rows below ``header``, each cell parsed for its column's field, and the issues
    that belong to no data row: unknown and repeated columns, columns with values but no header,
    a date column read month first (warnings), and the rows skipped as blank or as totals.

    A ParsedRow's ``values`` hold one entry per mapped column (a field with no column is absent,
    so that an update leaves it alone); its issues are the errors of its cells: a value that
    cannot be read, a required value missing, a formula without a saved result. Blank rows after
    the last data row are the sheet's end, not rows, and are not reported."""
    fields = {column: spec.field(name) for column, name in header.columns.items()}
    keys = [column for column, name in header.columns.items() if name in spec.key]
    below = [row for row in rows if row.number > header.row]
    while below and below[-1].is_blank():
        below.pop()
    issues = _column_issues(header, spec)
    data: list[RawRow] = []
    for row in below:
        skipped = _skipped(row, keys) or _left_blank(row, header, spec)
        if skipped:
            issues.append(Issue(Severity.SKIPPED, skipped, row=row.number))
        else:
            data.append(row)
    issues.extend(_unheaded_columns(data, header))
    columns = []
    for column, field in fields.items():
        order = DateOrder(None)
        if field.type is FieldType.DATE:
            order = date_order(_cell(row, column) for row in data)
            if order.day_first is False:
                issues.append(_month_first_warning(header, column, field.name, order.evidence))
        columns.append((column, field, column_parser(field, day_first=order.day_first)))
    absent = [f for f in spec.fields if f.required and f.name not in header.columns.values()]
    parsed = _parse_rows(data, columns, absent, issues)
    issues.sort(key=lambda issue: (issue.row or 0, -1 if issue.column is None else issue.column))
    return parsed, issues


def _left_blank(row: RawRow, header: HeaderMatch, spec: KindSpec) -> str:
    """The sentence for a row left blank where it matters (``spec.skip_unless``), else ""."""
    if not spec.skip_unless:
        return ""
    columns = [column for column, name in header.columns.items() if name in spec.skip_unless]
    if any(_filled(_cell(row, column)) for column in columns):
        return ""
    names = [spec.field(name).header for name in spec.skip_unless]
    listed = ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]
    return f"Nothing to import on this row (no {listed}): skipped."


def _parse_rows(
    data: Sequence[RawRow],
    columns: Sequence[tuple[int, FieldSpec, CellParser]],
    absent: Sequence[FieldSpec],
    issues: list[Issue],
) -> list[ParsedRow]:
    """Each row's cells parsed by their column's parser. Written for speed, since an import may
    parse a million cells: a row's results are split into values and problems in one step, and
    its problems, which are rare, are looked at only when it has some."""
    names = [field.name for _, field, _ in columns]
    parsers = [(column, parse) for column, _, parse in columns]
    required = [i for i, (_, field, _) in enumerate(columns) if field.required]
    width = max((column + 1 for column, _, _ in columns), default=0)
    parsed = []
    for row in data:
        cells, number = row.cells, row.number
        if len(cells) < width:
            cells = cells + (None,) * (width - len(cells))
        # Each cell's (value, problem), split into the values and the problems in C.
        pairs = [parse(cells[column]) for column, parse in parsers]
        values, problems = zip(*pairs, strict=True) if pairs else ((), ())
        errors = []
        if problems.count(None) != len(problems):
            errors = [
                Issue(Severity.ERROR, problem, number, column, field.name)
                for (column, field, _), problem in zip(columns, problems, strict=True)
                if problem is not None
            ]
        elif values.count(None) == len(values):  # a note beside the table, in other columns
            issues.append(
                Issue(Severity.SKIPPED, "Nothing in the columns imported: skipped.", number)
            )
            continue
        for i in required:
            if values[i] is None and problems[i] is None:
                column, field, _ = columns[i]
                message = f"{field.header} is required, and this cell is empty."
                errors.append(Issue(Severity.ERROR, message, number, column, field.name))
        if len(errors) > 1:
            errors.sort(key=lambda issue: issue.column or 0)
        for field in absent:
            message = f"{field.header} is required, and the sheet has no column for it."
            errors.append(Issue(Severity.ERROR, message, number, field=field.name))
        parsed.append(ParsedRow(number, dict(zip(names, values, strict=True)), tuple(errors)))
    return parsed


def _cell(row: RawRow, column: int) -> Cell:
    return row.cells[column] if column < len(row.cells) else None


def _filled(cell: Cell) -> bool:
    return cell is not None and not (isinstance(cell, str) and (not cell or cell.isspace()))


def _skipped(row: RawRow, keys: Sequence[int]) -> str:
    """Why ``row`` is not a data row ("" when it may be one): blank, or a totals row (its first
    filled cell opens with a totals word, and its key cells hold nothing else)."""
    cells = row.cells
    first = next((column for column, cell in enumerate(cells) if _filled(cell)), None)
    if first is None:
        return "Blank row: skipped."
    text = cells[first]
    if (
        isinstance(text, str)
        and not text.lstrip()[:1].isdigit()  # a service number, a tag: no totals word
        and _is_totals(text)
        and not any(_filled(_cell(row, column)) for column in keys if column != first)
    ):
        return f'Totals row ("{" ".join(text.split())}"): skipped.'
    return ""


def _is_totals(text: str) -> bool:
    """Whether ``text`` opens with a totals word: "Total", "Total : 60", "TOTAL GÉNÉRAL",
    "Sous-total" (but not "Totalement")."""
    return _totals_pattern().match(fold(text)) is not None


@cache
def _totals_pattern() -> re.Pattern[str]:
    """The totals words of ``aliases.json`` as one pattern over folded text, punctuation and
    spacing ignored (asked of every row's first cell, so one match rather than a loop)."""
    words = sorted(totals_words(), key=len, reverse=True)
    either = "|".join(r"[\W_]+".join(map(re.escape, word.split())) for word in words)
    return re.compile(rf"[\W_]*(?:{either})(?![^\W_])")


def _column_issues(header: HeaderMatch, spec: KindSpec) -> list[Issue]:
    """One warning per column ignored: a header that names no field, or a second column for a
    field that an earlier column already holds."""
    table = header_table(spec)
    holder = {name: column for column, name in header.columns.items()}
    issues = []
    for column in header.unknown:
        text = header.headers[column]
        field = table.get(compact(text))
        if field is not None and field in holder:
            message = (
                f'The header "{text}" names {spec.field(field).header} again: ignored (column '
                f"{column_letter(holder[field])} is read)."
            )
        else:
            message = f'The header "{text}" matches no {spec.title} field: ignored.'
        issues.append(Issue(Severity.WARNING, message, column=column, field=field or ""))
    return issues


def _unheaded_columns(data: Sequence[RawRow], header: HeaderMatch) -> list[Issue]:
    """A warning for each column that holds values below the header but has no header itself:
    ignored, and said, since the person may have forgotten to name it."""
    width = max((len(row.cells) for row in data), default=0)
    unnamed = [column for column in range(width) if column not in header.headers]
    found = sorted({column for row in data for column in unnamed if _filled(_cell(row, column))})
    return [
        Issue(
            Severity.WARNING,
            "This column has values but no header: ignored.",
            column=column,
        )
        for column in found
    ]


def _month_first_warning(header: HeaderMatch, column: int, field: str, evidence: str) -> Issue:
    return Issue(
        Severity.WARNING,
        f'"{header.headers[column]}" has dates typed month first (such as {evidence}): its '
        "day/month dates are read as month/day/year.",
        column=column,
        field=field,
    )
