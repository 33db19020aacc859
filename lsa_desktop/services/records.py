"""Reading one record for a write, and the sentence when it is gone."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlmodel import Session, SQLModel

from lsa_desktop.errors import UserError

T = TypeVar("T", bound=SQLModel)


def get_or_refuse(session: Session, model: type[T], record_id: uuid.UUID, what: str) -> T:
    """The ``model`` row ``record_id``, or a :class:`UserError` saying the ``what`` is gone.

    A form or a list can outlive its record (another window, an undo, a restore): the person is
    told to refresh rather than shown a bug.
    """
    row = session.get(model, record_id)
    if row is None:
        raise UserError(f"That {what} is no longer in the database: refresh the list.")
    return row
