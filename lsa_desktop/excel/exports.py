"""``export KIND OUT.xlsx``: a kind's records (or a blank template) under its public headers.

The file is the template officers fill and the import reads: the headers are the kind's public
ones (:mod:`lsa_desktop.excel.kinds`), each with a comment saying what it holds; references are
codes and names the import accepts back; a column of fixed values offers them in a drop-down.
Exporting a kind and importing the file again finds every row unchanged. The "About" sheet says
which mission, when, who, and what was left out (archived records).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lsa_desktop.errors import UserError
from lsa_desktop.excel.export_queries import QUERIES
from lsa_desktop.excel.kinds import KINDS
from lsa_desktop.excel.model import CellValue, FieldSpec, FieldType, KindSpec
from lsa_desktop.excel.writer import SheetSpec, write_workbook
from lsa_desktop.services.mission_settings import mission_name

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store


def export_kind(store: Store, kind: str, path: Path, *, empty: bool = False, user: str = "") -> int:
    """Write ``kind``'s records (archived ones left out, in natural-key order) to ``path``, or
    with ``empty`` a blank template; returns the number of rows written. Raises ``UserError``
    for an unknown kind or a file that cannot be written (then ``path`` is untouched)."""
    spec = KINDS.get(kind)
    if spec is None:
        raise UserError(f"There is no kind {kind!r} to export: use one of {', '.join(KINDS)}.")
    with store.read() as session:
        # Rows stream from the cursor straight into the file, never all held at once.
        rows: Iterable[Sequence[CellValue]] = (
            () if empty else _plain(session.execute(QUERIES[kind]()))
        )
        sheet = SheetSpec(
            name=spec.title,
            headers=spec.headers,
            rows=rows,
            kinds=[f.type for f in spec.fields],
            notes=export_notes(spec, mission_name(session), user, empty=empty),
            header_notes=[header_note(f) for f in spec.fields],
            drop_downs={
                column: [choice.value for choice in f.choices]
                for column, f in enumerate(spec.fields)
                if f.type is FieldType.CHOICE and f.choices is not None
            },
        )
        (count,) = write_workbook(path, [sheet])
    return count


def _plain(rows: Iterable[Sequence[object]]) -> Iterator[Sequence[CellValue]]:
    return (tuple(row) for row in rows)  # type: ignore[misc]


def export_notes(
    spec: KindSpec, mission: str, user: str, *, empty: bool, now: datetime | None = None
) -> list[tuple[str, str]]:
    """The "About" sheet of a kind's export."""
    at = _local_time(now or datetime.now().astimezone())
    key = ", ".join(spec.field(name).header for name in spec.key)
    notes = [("Mission", mission or "(no mission name recorded)"), ("Contents", spec.title)]
    notes.append(("Exported at", at))
    if user:
        notes.append(("Exported by", user))
    if empty:
        notes.append(
            (
                "Filter",
                "None: a blank template. Fill one row per record under the headers, "
                "keeping the header names; the import also reads English and French variants.",
            )
        )
    else:
        notes.append(("Filter", f"All records except archived ones, in order of {key}."))
    notes.append(
        (
            "Importing",
            f"lsa-desktop import {spec.name} FILE.xlsx reads this sheet back; "
            f"a row updates the record with the same {key}.",
        )
    )
    return notes


def header_note(field: FieldSpec) -> str:
    """What a template column holds, for the comment on its header."""
    parts = ["Required." if field.required else "Optional."]
    if field.help:
        parts.append(field.help.rstrip(".") + ".")
    if field.type is FieldType.CHOICE and field.choices is not None:
        parts.append("One of " + ", ".join(c.value for c in field.choices) + ".")
    elif field.type is FieldType.DATE:
        parts.append("A date: 2025-03-31 or 31/03/2025.")
    elif field.type is FieldType.BOOLEAN:
        parts.append("yes or no.")
    elif field.type is FieldType.INTEGER:
        parts.append("A whole number.")
    elif field.type is FieldType.DECIMAL:
        parts.append("A number.")
    if field.max_length:
        parts.append(f"At most {field.max_length} characters.")
    return " ".join(parts)


def _local_time(moment: datetime) -> str:
    """ "2026-11-28 14:05 (UTC-05:00)": the time as the person read it, and its offset."""
    offset = moment.strftime("%z") or "+0000"
    return f"{moment:%Y-%m-%d %H:%M} (UTC{offset[:3]}:{offset[3:5]})"
