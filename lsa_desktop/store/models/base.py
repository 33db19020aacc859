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


def new_id_texts(count: int) -> list[str]:
    """``count`` ids as :func:`new_id` makes them, as the 32 hex digits the database stores,
    made at once for a chunk of new records: this moment's milliseconds, the version, then 74
    random bits each (12, 2 in the variant's digit, 60)."""
    moment = f"{time.time_ns() // 1_000_000:012x}7"
    noise = os.urandom(10 * count).hex()
    return [
        f"{moment}{noise[k : k + 3]}{_VARIANT_DIGIT[noise[k + 3]]}{noise[k + 4 : k + 19]}"
        for k in range(0, 20 * count, 20)
    ]


#: The variant's digit (binary 10xx) from a random hex digit's two low bits.
_VARIANT_DIGIT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


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
