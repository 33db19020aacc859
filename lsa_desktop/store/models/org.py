"""The mission's organisation: mission, contingents, bases, units."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field

from lsa_desktop.domain.enums import UnitType
from lsa_desktop.store.models.base import Archivable, Record


class Mission(Record, table=True):
    __tablename__ = "mission"

    code: str = Field(max_length=20, unique=True)
    name: str = Field(max_length=200)
    mandate: str = Field(default="", max_length=400)
    start_date: date | None = None
    personnel_ceiling: int | None = None


class Contingent(Record, Archivable, table=True):
    __tablename__ = "contingent"

    mission_id: uuid.UUID | None = Field(default=None, foreign_key="mission.id", index=True)
    country_code: str = Field(max_length=2, unique=True)  # ISO 3166-1 alpha-2
    name: str = Field(max_length=100, unique=True)
    pledged_strength: int | None = None


class Location(Record, Archivable, table=True):
    """A base or other site where units are stationed."""

    __tablename__ = "location"

    code: str = Field(max_length=30, unique=True)
    name: str = Field(max_length=120, index=True)
    department: str = Field(default="", max_length=80)  # Haitian administrative department
    latitude: float | None = None
    longitude: float | None = None


class Unit(Record, Archivable, table=True):
    __tablename__ = "unit"

    code: str = Field(max_length=30, unique=True)
    name: str = Field(max_length=160, index=True)
    unit_type: UnitType = Field(index=True)
    contingent_id: uuid.UUID | None = Field(default=None, foreign_key="contingent.id", index=True)
    parent_id: uuid.UUID | None = Field(default=None, foreign_key="unit.id", index=True)
    base_id: uuid.UUID | None = Field(default=None, foreign_key="location.id", index=True)
    authorised_strength: int = Field(default=0, ge=0)
    min_operational_strength: int = Field(default=0, ge=0)
