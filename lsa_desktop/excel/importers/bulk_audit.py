"""The audit entries of records added in bulk: their text exactly as the audit hook writes it.

Two ways to the same text: :func:`json_texts` builds each new record's JSON in Python, column
by column; :func:`json_in_sql` writes it as an SQL expression over the stored row, so that
:func:`audit_appended` has SQLite make a chunk's entries in one ``INSERT ... SELECT`` (the JSON
by ``json_quote``, which escapes as Python's encoder does: a test compares the two on hostile
text). :func:`text_of` is :func:`~lsa_desktop.store.audit.to_text` for one column's values.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String, Table, TypeDecorator, Uuid

from lsa_desktop.store.audit import to_text

#: ``json.dumps(value, ensure_ascii=False)`` as the audit hook calls it, without making an encoder
#: per call.
_JSON = json.JSONEncoder(ensure_ascii=False)
#: A string as that encoder writes it (json's C function).
_encode_text = json.encoder.encode_basestring


def json_texts(
    audited: Sequence[tuple[str, Callable[[Any], str | None]]],
    columns: Mapping[str, Sequence[Any]],
) -> list[str]:
    """Each row's audited values as the JSON text the audit hook writes
    (``json.dumps(values, ensure_ascii=False)``), built column by column from ``columns`` (the
    chunk's values by column): each value's text (converted only where the column needs it,
    ``audited`` says how) encoded once as a JSON token, then each row's tokens put into the
    object's template. Every audited value is text or None."""
    tokens = []
    for key, text in audited:
        values: Any = columns[key]
        if text is not same_text:
            values = map(text, values)
        tokens.append(map(_json_token, values))
    template = "{" + ", ".join(f"{_JSON.encode(key)}: %s" for key, _ in audited) + "}"
    return [template % row for row in zip(*tokens, strict=True)]


def _json_token(text: str | None) -> str:
    return "null" if text is None else _encode_text(text)


def text_of(column: Any) -> Callable[[Any], str | None]:
    """:func:`~lsa_desktop.store.audit.to_text` for one column's values: the same text, without
    asking each value its type when the column's type says it (a test compares the two)."""
    kind = _kind(column)
    if isinstance(kind, Enum):
        return _enum_text
    if isinstance(kind, String):
        return same_text
    if isinstance(kind, Uuid):
        return _uuid_text
    if isinstance(kind, Boolean):
        return _bool_text
    if isinstance(kind, Date | DateTime):
        return _iso_text
    return to_text


def same_text(value: Any) -> str | None:
    return value  # type: ignore[no-any-return]


def _enum_text(value: Any) -> str | None:
    return None if value is None else str(value.value)


def _uuid_text(value: Any) -> str | None:
    return None if value is None else value.hex  # type: ignore[no-any-return]


def _bool_text(value: Any) -> str | None:
    return None if value is None else ("true" if value else "false")


def _iso_text(value: Any) -> str | None:
    return None if value is None else value.isoformat()  # type: ignore[no-any-return]


def json_in_sql(
    table: Table, audited: Sequence[tuple[str, Callable[[Any], str | None]]]
) -> str | None:
    """The SQL expression, over a stored row of ``table``, of the JSON text the audit hook
    writes for it (``json.dumps(values, ensure_ascii=False)`` of each audited column's
    :func:`~lsa_desktop.store.audit.to_text`); None when a column's text is not one SQLite can
    make exactly (a time of day, a decimal), and the entries are then made in Python.

    ``json_quote`` escapes as Python's encoder does (a backslash before a quote or a backslash,
    the short escapes of newline, tab and the like, a ``u00XX`` escape for the other control
    characters); a test compares the two texts."""
    parts = []
    for key, text in audited:
        column = table.c[key]
        quoted = f'json_quote("{column.name}")'
        if text in (same_text, _uuid_text) or (text is _iso_text and _is_date(column)):
            token = quoted  # stored as the text itself: the hex of a UUID, the ISO date
        elif text is _bool_text:
            token = f"""CASE "{column.name}" WHEN 1 THEN '"true"' WHEN 0 THEN '"false"' ELSE 'null' END"""
        elif text is _enum_text:
            kind = column.type
            members = list(kind.enum_class) if getattr(kind, "enum_class", None) else []
            if not members or any(m.name != str(m.value) for m in members):
                return None  # stored by name, audited by value: made in Python
            token = quoted
        elif text is to_text and _is_integer(column):
            token = f'CASE WHEN "{column.name}" IS NULL THEN \'null\' ELSE json_quote(CAST("{column.name}" AS TEXT)) END'
        else:
            return None
        key_text = _JSON.encode(key).replace("'", "''")
        parts.append((key_text, token))
    if not parts:
        return None
    pieces = []
    for number, (key_text, token) in enumerate(parts):
        lead = "{" if number == 0 else ", "
        pieces.append(f"'{lead}{key_text}: ' || {token}")
    return " || ".join(pieces) + " || '}'"


def _kind(column: Any) -> Any:
    """The column's type, under SQLModel's decorators (AutoString is a String underneath)."""
    kind = column.type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def _is_date(column: Any) -> bool:
    kind = _kind(column)
    return isinstance(kind, Date) and not isinstance(kind, DateTime)


def _is_integer(column: Any) -> bool:
    kind = _kind(column)
    return isinstance(kind, Integer) and not isinstance(kind, Boolean)


def audit_appended(
    connection: Any,
    audit: Table,
    table: Table,
    json_sql: str,
    same: Mapping[str, Any],
    after_rowid: int,
) -> None:
    """One audit entry per row of ``table`` past ``after_rowid`` (those just appended), made by
    one ``INSERT ... SELECT``: its JSON by ``json_sql``, its id a version-7 UUID as
    :func:`~lsa_desktop.store.models.base.new_id` makes (this moment's milliseconds, then 74
    bits: 12 random, and 62 counted from a random start, one step per row, so the entries of a
    chunk are distinct and in order)."""
    dialect = connection.dialect
    constants = [
        value if (convert := _converter(audit, name, dialect)) is None else convert(value)
        for name, value in same.items()
    ]
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in ["id", "record_id", "new_value", *same])
    marks = ", ".join("?" * len(same))
    start = secrets.randbits(62)
    counted = f"(? + rowid - {int(after_rowid)})"
    uuid_sql = (
        f"printf('%012x7%03x%x%015x', ?, ?, 8 + (({counted} >> 60) & 3), "
        f"{counted} & {(1 << 60) - 1})"
    )
    sql = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(audit)} ({columns}) "
        f"SELECT {uuid_sql}, id, {json_sql}, {marks} "
        f"FROM {dialect.identifier_preparer.format_table(table)} "
        f"WHERE rowid > {int(after_rowid)} ORDER BY rowid"
    )
    milliseconds = time.time_ns() // 1_000_000
    connection.exec_driver_sql(sql, (milliseconds, secrets.randbits(12), start, start, *constants))


def _converter(table: Table, name: str, dialect: Any) -> Callable[[Any], Any] | None:
    return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[no-any-return]
