"""Equipment: the catalogue, what units are authorised, and what they hold.

Serialised items and vehicles are ``Asset`` rows (one per item); bulk items are ``StockLine`` rows
(one per unit and equipment type).

``Asset.search_text`` holds the item's tag, registration, serial number, make and model folded for
search (see :mod:`lsa_desktop.store.models.search`): the ORM keeps it up to date; a Core INSERT
should pass ``search_text_of(row, ASSET_SEARCH_FIELDS)``, and a Core UPDATE of those fields must
set it again.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from lsa_desktop.domain.enums import (
    Acquisition,
    AssetStatus,
    AuthorisationBasis,
    Condition,
    InspectionKind,
    InspectionStatus,
    MaintenanceKind,
    Owner,
    StockMovementKind,
)
from lsa_desktop.store.models.base import Archivable, Record
from lsa_desktop.store.models.search import keep_search_text, search_text_field

#: What a search of vehicles and items looks in, folded into ``Asset.search_text``.
ASSET_SEARCH_FIELDS = ("tag", "registration", "serial_number", "make", "model")


class EquipmentCategory(Record, Archivable, table=True):
    __tablename__ = "equipment_category"

    code: str = Field(max_length=20, unique=True)
    name: str = Field(max_length=120, unique=True)
    critical: bool = Field(default=False)
    sort_order: int = 0


class EquipmentType(Record, Archivable, table=True):
    __tablename__ = "equipment_type"

    code: str = Field(max_length=30, unique=True)
    name: str = Field(max_length=160, index=True)
    category_id: uuid.UUID = Field(foreign_key="equipment_category.id", index=True)
    unit_of_measure: str = Field(default="each", max_length=20)
    unit_value_usd: float = Field(default=0.0, ge=0)
    serialised: bool = True
    is_vehicle: bool = Field(default=False, index=True)
    default_make: str = Field(default="", max_length=60)
    default_model: str = Field(default="", max_length=60)
    service_interval_km: int | None = None
    service_interval_days: int | None = None


class Authorisation(Record, table=True):
    """What a unit should hold of one equipment type, and on what basis."""

    __tablename__ = "authorisation"
    __table_args__ = (UniqueConstraint("unit_id", "equipment_type_id"),)

    unit_id: uuid.UUID = Field(foreign_key="unit.id", index=True)
    equipment_type_id: uuid.UUID = Field(foreign_key="equipment_type.id", index=True)
    quantity: int = Field(ge=0)
    basis: AuthorisationBasis = AuthorisationBasis.MOU
    reference: str = Field(default="", max_length=120)


class Asset(Record, Archivable, table=True):
    """A serialised item or a vehicle."""

    __tablename__ = "asset"
    __table_args__ = (
        Index("ix_asset_unit_type_status", "unit_id", "equipment_type_id", "status", "archived"),
        Index("ix_asset_next_service", "next_service_date"),
    )

    tag: str = Field(max_length=40, unique=True)
    serial_number: str = Field(default="", max_length=80, index=True)
    registration: str | None = Field(default=None, max_length=30, unique=True)
    equipment_type_id: uuid.UUID = Field(foreign_key="equipment_type.id", index=True)
    unit_id: uuid.UUID | None = Field(default=None, foreign_key="unit.id", index=True)
    make: str = Field(default="", max_length=60)
    model: str = Field(default="", max_length=60)
    owner: Owner = Owner.CONTINGENT
    acquisition: Acquisition = Acquisition.MOU
    status: AssetStatus = Field(default=AssetStatus.IN_SERVICE, index=True)
    condition: Condition = Condition.GOOD
    odometer_km: int | None = Field(default=None, ge=0)
    next_service_date: date | None = None
    next_service_km: int | None = Field(default=None, ge=0)
    acquired_on: date | None = None
    search_text: str = search_text_field(ASSET_SEARCH_FIELDS)


keep_search_text(Asset, ASSET_SEARCH_FIELDS)


class StockLine(Record, Archivable, table=True):
    """Bulk items of one type held by one unit; archived once the unit no longer holds them."""

    __tablename__ = "stock_line"
    __table_args__ = (UniqueConstraint("unit_id", "equipment_type_id"),)

    unit_id: uuid.UUID = Field(foreign_key="unit.id", index=True)
    equipment_type_id: uuid.UUID = Field(foreign_key="equipment_type.id", index=True)
    on_hand: int = Field(default=0, ge=0)
    serviceable: int = Field(default=0, ge=0)
    counted_on: date | None = None


class StockMovement(Record, table=True):
    __tablename__ = "stock_movement"

    stock_line_id: uuid.UUID = Field(foreign_key="stock_line.id", index=True)
    moved_on: date = Field(index=True)
    kind: StockMovementKind
    delta_on_hand: int = 0
    delta_serviceable: int = 0
    reference: str = Field(default="", max_length=80)
    note: str = Field(default="", max_length=400)


class MaintenanceEvent(Record, table=True):
    __tablename__ = "maintenance_event"

    asset_id: uuid.UUID = Field(foreign_key="asset.id", index=True)
    kind: MaintenanceKind
    opened_on: date = Field(index=True)
    closed_on: date | None = Field(default=None, index=True)
    odometer_km: int | None = Field(default=None, ge=0)
    cost_usd: float | None = Field(default=None, ge=0)
    downtime_days: int | None = Field(default=None, ge=0)
    notes: str = Field(default="", max_length=2000)


class Inspection(Record, table=True):
    """A COE inspection of one unit: arrival, periodic readiness, spot check, repatriation."""

    __tablename__ = "inspection"

    unit_id: uuid.UUID = Field(foreign_key="unit.id", index=True)
    kind: InspectionKind = Field(index=True)
    inspected_on: date = Field(index=True)
    inspector: str = Field(default="", max_length=120)
    status: InspectionStatus = InspectionStatus.DRAFT
    signed_at: datetime | None = None
    remarks: str = Field(default="", max_length=2000)


class InspectionLine(Record, table=True):
    __tablename__ = "inspection_line"
    __table_args__ = (UniqueConstraint("inspection_id", "equipment_type_id"),)

    inspection_id: uuid.UUID = Field(foreign_key="inspection.id", index=True)
    equipment_type_id: uuid.UUID = Field(foreign_key="equipment_type.id", index=True)
    authorised: int = Field(default=0, ge=0)
    present: int = Field(default=0, ge=0)
    serviceable: int = Field(default=0, ge=0)
    findings: str = Field(default="", max_length=1000)
