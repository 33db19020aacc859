"""What the importers of equipment and supplies share when they check a row: references found or
refused at a cell, the domain rules' problems moved to the file's columns, and a group of rows
that is imported whole (a pledge, a delivery) refused whole.

See :mod:`.matching` and :mod:`.references` for what every kind shares (stored records, the
file's keys, units and types by code or name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import Row

from lsa_desktop.domain.enums import Severity
from lsa_desktop.excel.importers.matching import ReferenceProblem, error
from lsa_desktop.excel.model import Issue, ParsedRow

#: "Line 3: the quantity must be at least 1." -> "The quantity must be at least 1.": the rules
#: of a form with lines name the line; in a file the row and the cell say where it is.
_LINE_LABEL = re.compile(r"^Line \d+: ")


def refused_fields(row: ParsedRow) -> set[str]:
    """The fields whose cell the reading step already refused: their problems are not reported
    twice (a rule's "The quantity is required." after "Quantity is not a number.")."""
    return {i.field for i in row.issues if i.severity is Severity.ERROR and i.field}


def has_error(issues: Iterable[Issue]) -> bool:
    return any(issue.severity is Severity.ERROR for issue in issues)


def without_line_label(sentence: str) -> str:
    plain = _LINE_LABEL.sub("", sentence, count=1)
    return plain[:1].upper() + plain[1:]


def rule_issues(
    row: ParsedRow,
    problems: Mapping[str, str],
    field_of: Mapping[str, str],
    *,
    skip: Iterable[str] = (),
) -> list[Issue]:
    """Errors at the row's cells for the problems a domain check found: each problem key (the
    form's field) becomes the kind's field through ``field_of`` (unmapped keys are the kind's
    own names). Fields in ``skip`` and those the reading step refused already are left out."""
    left_out = refused_fields(row) | set(skip)
    issues = []
    for key, sentence in problems.items():
        field = field_of.get(key, key)
        if field not in left_out:
            issues.append(error(row.number, field, without_line_label(sentence)))
            left_out.add(field)
    return issues


def find(
    row: ParsedRow,
    field: str,
    lookup: Callable[[str], Row[Any]],
    issues: list[Issue],
) -> Row[Any] | None:
    """The record the row's ``field`` names (None if the cell is empty or names nothing usable,
    with the lookup's sentence added to ``issues``)."""
    text = row.values.get(field)
    if not text:
        return None
    try:
        return lookup(str(text))
    except ReferenceProblem as problem:
        issues.append(error(row.number, field, str(problem)))
        return None


def refuse_whole_groups(
    groups: Iterable[list[int]],
    issues_of: Mapping[int, list[Issue]],
    valid: Callable[[int], bool],
    field: str,
    what: Callable[[int], str],
) -> None:
    """Rows imported together (``groups`` of row numbers): when one has an error, each other
    row of its group gets an error naming it, so that none of the group is written."""
    for numbers in groups:
        bad = [number for number in numbers if not valid(number)]
        if not bad:
            continue
        for number in numbers:
            if number in bad:
                continue
            rows = ", ".join(str(n) for n in bad)
            issues_of[number].append(
                error(
                    number,
                    field,
                    f"{what(number)} is imported whole, and row{'s' if len(bad) > 1 else ''} "
                    f"{rows} of it {'have' if len(bad) > 1 else 'has'} errors: fix "
                    f"{'them' if len(bad) > 1 else 'it'} to import this row.",
                )
            )
