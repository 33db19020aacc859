"""Officers, ranks and qualifications (driving licences, weapons, first aid...).

``Person.search_text`` holds the officer's surname, given names and service number folded for
search (see :mod:`lsa_desktop.store.models.search`): the ORM keeps it up to date; a Core INSERT
should pass ``search_text_of(row, PERSON_SEARCH_FIELDS)``, and a Core UPDATE of those fields must
set it again.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Index
from sqlmodel import Field

from lsa_desktop.domain.enums import PersonStatus, Sex
from lsa_desktop.store.models.base import Archivable, Record
from lsa_desktop.store.models.search import keep_search_text, search_text_field

#: What a search of the roll looks in, folded into ``Person.search_text``.
PERSON_SEARCH_FIELDS = ("surname", "given_names", "service_number")


class Rank(Record, table=True):
    __tablename__ = "rank"

    code: str = Field(max_length=20, unique=True)  # as rolls write it: PC, CPL, SGT, S/SGT...
    name: str = Field(max_length=80)
    level: int = Field(default=0, index=True)  # for sorting: higher is more senior
    is_officer: bool = False


class Person(Record, Archivable, table=True):
    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_unit_status", "unit_id", "status", "archived"),
        Index("ix_person_surname_given", "surname", "given_names"),
    )

    service_number: str = Field(max_length=30, unique=True)  # text: leading zeros are kept
    rank_id: uuid.UUID | None = Field(default=None, foreign_key="rank.id", index=True)
    surname: str = Field(max_length=80)
    given_names: str = Field(default="", max_length=120)
    sex: Sex | None = None
    unit_id: uuid.UUID | None = Field(default=None, foreign_key="unit.id", index=True)
    role: str = Field(default="", max_length=120)
    status: PersonStatus = Field(default=PersonStatus.ACTIVE, index=True)
    arrival_date: date | None = Field(default=None, index=True)
    tour_end_date: date | None = Field(default=None, index=True)
    search_text: str = search_text_field(PERSON_SEARCH_FIELDS)


keep_search_text(Person, PERSON_SEARCH_FIELDS)


class QualificationType(Record, table=True):
    __tablename__ = "qualification_type"

    code: str = Field(max_length=30, unique=True)
    name: str = Field(max_length=120)
    validity_months: int | None = None  # None: does not expire


class Qualification(Record, Archivable, table=True):
    __tablename__ = "qualification"
    __table_args__ = (Index("ix_qualification_person_type", "person_id", "qualification_type_id"),)

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    qualification_type_id: uuid.UUID = Field(foreign_key="qualification_type.id", index=True)
    number: str = Field(default="", max_length=60)
    issued_on: date | None = None
    expires_on: date | None = Field(default=None, index=True)
