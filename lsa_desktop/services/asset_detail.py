"""A vehicle or item as its form shows it, and the few things both the asset and the maintenance
services do inside a write: find an item, its open maintenance, its highest odometer reading, and
close a maintenance event."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session, col

from lsa_desktop.domain.enums import Acquisition, AssetStatus, Condition, MaintenanceKind, Owner
from lsa_desktop.domain.fleet_rules import AssetDraft, AssetRecord, OpenWork, downtime_days
from lsa_desktop.services.records import get_or_refuse
from lsa_desktop.store.models import Asset, EquipmentType, MaintenanceEvent, Unit


@dataclass(frozen=True, slots=True)
class OpenWorkInfo:
    """The maintenance event still open on an item."""

    id: uuid.UUID
    kind: MaintenanceKind
    opened_on: date


@dataclass(frozen=True, slots=True)
class AssetDetail:
    """One vehicle or item as its form shows it."""

    id: uuid.UUID
    tag: str
    registration: str | None
    equipment_type_id: uuid.UUID
    type_code: str
    type_name: str
    is_vehicle: bool
    make: str
    model: str
    serial_number: str
    unit_id: uuid.UUID | None
    unit_code: str | None
    owner: Owner
    acquisition: Acquisition
    status: AssetStatus
    condition: Condition
    odometer_km: int | None
    #: The highest odometer reading on record, the item's own or one noted on its maintenance.
    recorded_odometer_km: int | None
    next_service_date: date | None
    next_service_km: int | None
    acquired_on: date | None
    archived: bool
    open_work: OpenWorkInfo | None

    @property
    def name(self) -> str:
        """How sentences name it: its registration, else its tag."""
        return self.registration or self.tag

    def draft(self) -> AssetDraft:
        """The item's values as a form or a bulk change starts from."""
        return AssetDraft(
            self.equipment_type_id,
            tag=self.tag,
            registration=self.registration or "",
            make=self.make,
            model=self.model,
            serial_number=self.serial_number,
            unit_id=self.unit_id,
            owner=self.owner,
            acquisition=self.acquisition,
            status=self.status,
            condition=self.condition,
            odometer_km=self.odometer_km,
            next_service_date=self.next_service_date,
            next_service_km=self.next_service_km,
            acquired_on=self.acquired_on,
        )

    def record(self) -> AssetRecord:
        """What the rules compare a change with."""
        work = self.open_work
        return AssetRecord(
            status=self.status,
            odometer_km=self.recorded_odometer_km,
            next_service_km=self.next_service_km,
            open_work=OpenWork(work.kind, work.opened_on) if work else None,
        )


def open_work_of(session: Session, asset_id: uuid.UUID) -> MaintenanceEvent | None:
    """The item's maintenance event still open (the latest, should there be several)."""
    statement = (
        select(MaintenanceEvent)
        .where(
            col(MaintenanceEvent.asset_id) == asset_id, col(MaintenanceEvent.closed_on).is_(None)
        )
        .order_by(col(MaintenanceEvent.opened_on).desc())
        .limit(1)
    )
    return session.execute(statement).scalars().first()


def recorded_odometer(session: Session, asset: Asset) -> int | None:
    """The highest odometer reading on record: the item's own or one noted on its maintenance."""
    statement = select(func.max(MaintenanceEvent.odometer_km)).where(
        col(MaintenanceEvent.asset_id) == asset.id
    )
    noted = session.execute(statement).scalar_one_or_none()
    readings = [value for value in (asset.odometer_km, noted) if value is not None]
    return max(readings) if readings else None


def close_work(work: MaintenanceEvent, closed_on: date, downtime: int | None = None) -> None:
    """Close a maintenance event; its downtime defaults to the days it was open."""
    work.closed_on = closed_on
    work.downtime_days = (
        downtime if downtime is not None else downtime_days(work.opened_on, closed_on)
    )


def get_asset(session: Session, asset_id: uuid.UUID) -> Asset:
    """The item, or a ``UserError`` if it is gone."""
    return get_or_refuse(session, Asset, asset_id, "item")


def asset_detail(session: Session, asset: Asset) -> AssetDetail:
    kind = session.get(EquipmentType, asset.equipment_type_id)
    assert kind is not None  # a foreign key
    unit = session.get(Unit, asset.unit_id) if asset.unit_id is not None else None
    work = open_work_of(session, asset.id)
    return AssetDetail(
        id=asset.id,
        tag=asset.tag,
        registration=asset.registration,
        equipment_type_id=kind.id,
        type_code=kind.code,
        type_name=kind.name,
        is_vehicle=kind.is_vehicle,
        make=asset.make,
        model=asset.model,
        serial_number=asset.serial_number,
        unit_id=asset.unit_id,
        unit_code=unit.code if unit is not None else None,
        owner=asset.owner,
        acquisition=asset.acquisition,
        status=asset.status,
        condition=asset.condition,
        odometer_km=asset.odometer_km,
        recorded_odometer_km=recorded_odometer(session, asset),
        next_service_date=asset.next_service_date,
        next_service_km=asset.next_service_km,
        acquired_on=asset.acquired_on,
        archived=asset.archived,
        open_work=OpenWorkInfo(work.id, work.kind, work.opened_on) if work else None,
    )
