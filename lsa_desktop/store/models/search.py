"""``search_text``: a folded copy of the fields a register searches, kept beside them.

SQLite's ``LIKE`` folds ASCII letters only, so "celestin" would not find "Célestin". A table whose
rows are searched by name carries a ``search_text`` column holding those fields passed through
:func:`lsa_desktop.domain.text.search_text` (accents dropped, case folded, fields joined by
spaces); a search folds what is typed the same way and matches it as a substring of that column.

Whatever writes such a row keeps the column up to date:

- ORM writes (the services, later the seed and the forms): :func:`keep_search_text` recomputes it
  from the instance before every INSERT and UPDATE;
- Core INSERTs (the demo, bulk imports): the row's dict should carry it
  (:func:`search_text_of`); if it does not, the column's default computes it from the row;
- a Core UPDATE that changes a searched field must set ``search_text`` in the same statement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlmodel import Field, SQLModel

from lsa_desktop.domain.text import search_text

if TYPE_CHECKING:
    from sqlalchemy.engine.default import DefaultExecutionContext

#: Room for the folded fields: folding can lengthen text ("ß" becomes "ss").
SEARCH_TEXT_LENGTH = 500


def search_text_of(values: Mapping[str, Any], fields: Sequence[str]) -> str:
    """The ``search_text`` of a row given as a mapping of its values (absent fields are empty)."""
    return search_text(*(values.get(name) for name in fields))


def search_text_field(fields: Sequence[str]) -> Any:
    """The ``search_text`` column of a table searched in ``fields``. Its default fills a Core
    INSERT that leaves it out, from the values the statement inserts."""

    def from_inserted_values(context: DefaultExecutionContext) -> str:
        return search_text_of(context.get_current_parameters(), fields)

    return Field(
        default="",
        max_length=SEARCH_TEXT_LENGTH,
        sa_column_kwargs={"default": from_inserted_values},
    )


def keep_search_text(model: type[SQLModel], fields: Sequence[str]) -> None:
    """Recompute ``model``'s ``search_text`` from ``fields`` whenever the ORM writes a row."""

    def refold(_mapper: object, _connection: object, row: Any) -> None:
        row.search_text = search_text(*(getattr(row, name) for name in fields))

    event.listen(model, "before_insert", refold)
    event.listen(model, "before_update", refold)
