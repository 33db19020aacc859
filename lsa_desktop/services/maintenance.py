"""Maintenance of vehicles and serialised items: opening and closing work, and the two lists a
logistics officer watches, the work still open and what is overdue for service.

Opening work can take the item out of service (UNDER_REPAIR), which lowers the unit's
serviceable count and readiness at once; closing it can put the item back IN_SERVICE and, for a
scheduled service, plan the next one from the type's service intervals. Each is one write.

The lists are registers in :mod:`lsa_desktop.services.maintenance_lists`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session

from lsa_desktop.domain.enums import AssetStatus, MaintenanceKind
from lsa_desktop.domain.fleet_rules import (
    MaintenanceClosing,
    MaintenanceOpening,
    can_be_maintained,
    check_closing,
    check_opening,
    kind_words,
    next_service_after,
    status_words,
)
from lsa_desktop.errors import UserError
from lsa_desktop.services.asset_detail import close_work, get_asset, open_work_of, recorded_odometer
from lsa_desktop.services.maintenance_lists import OpenWorkRegister, OverdueRegister
from lsa_desktop.services.records import get_or_refuse
from lsa_desktop.store.models import EquipmentType, MaintenanceEvent

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

Clock = Callable[[], date]


@dataclass(frozen=True, slots=True)
class MaintenanceDetail:
    """One maintenance event as its forms show it, with what closing it needs to know."""

    id: uuid.UUID
    asset_id: uuid.UUID
    #: How sentences name the item: its registration, else its tag.
    asset_name: str
    type_name: str
    asset_status: AssetStatus
    asset_odometer_km: int | None
    kind: MaintenanceKind
    opened_on: date
    closed_on: date | None
    odometer_km: int | None
    cost_usd: float | None
    downtime_days: int | None
    notes: str
    service_interval_days: int | None
    service_interval_km: int | None


class MaintenanceService:
    """Opening and closing maintenance; the lists of open work and of what is overdue."""

    def __init__(self, store: Store, today: Clock = date.today) -> None:
        self.store = store
        self._today = today
        self.open_work = OpenWorkRegister(store, today)
        self.overdue = OverdueRegister(store, today)

    def event(self, event_id: uuid.UUID) -> MaintenanceDetail:
        with self.store.read() as session:
            return _detail(session, _get_event(session, event_id))

    def open_work_of(self, asset_id: uuid.UUID) -> MaintenanceDetail | None:
        """The item's maintenance still open, if any."""
        with self.store.read() as session:
            work = open_work_of(session, asset_id)
            return _detail(session, work) if work is not None else None

    def open_maintenance(
        self, asset_id: uuid.UUID, opening: MaintenanceOpening
    ) -> MaintenanceDetail:
        """Open work on an item, in one write: the event, the odometer reading if higher than
        the one on record, and (``set_under_repair``) the item taken out of service.

        An item has one piece of work open at a time; only what a unit holds can be worked on.
        Raises ``ValidationFailed`` (problems by field; ``""`` for the item as a whole)."""
        with self.store.write() as session:
            asset = get_asset(session, asset_id)
            name = asset.registration or asset.tag
            problems = check_opening(
                opening, today=self._today(), recorded_odometer_km=recorded_odometer(session, asset)
            )
            if asset.archived or not can_be_maintained(asset.status):
                state = "archived" if asset.archived else status_words(asset.status)
                problems.add("", f"{name} is {state}: only what a unit holds can be maintained.")
            elif (work := open_work_of(session, asset.id)) is not None:
                problems.add(
                    "",
                    f"{name} already has a {kind_words(work.kind)} open since "
                    f"{work.opened_on.isoformat()}: close it, or add to its notes, first.",
                )
            problems.raise_if_any()
            assert opening.opened_on is not None
            event = MaintenanceEvent(
                asset_id=asset.id,
                kind=opening.kind,
                opened_on=opening.opened_on,
                odometer_km=opening.odometer_km,
                cost_usd=opening.cost_usd,
                notes=opening.notes.strip(),
            )
            session.add(event)
            if opening.odometer_km is not None and (
                asset.odometer_km is None or opening.odometer_km > asset.odometer_km
            ):
                asset.odometer_km = opening.odometer_km
            if opening.set_under_repair:
                asset.status = AssetStatus.UNDER_REPAIR
            session.flush()
            return _detail(session, event)

    def close_maintenance(
        self, event_id: uuid.UUID, closing: MaintenanceClosing
    ) -> MaintenanceDetail:
        """Close work, in one write: dates, cost, downtime (the days it was open unless given),
        notes; the item back in service (``return_to_service``) if the work had taken it out;
        for a scheduled service (``plan_next_service``), the next service date and mileage
        from the type's intervals. Raises ``ValidationFailed``."""
        with self.store.write() as session:
            event = _get_event(session, event_id)
            if event.closed_on is not None:
                raise UserError(
                    f"This {kind_words(event.kind)} was already closed on "
                    f"{event.closed_on.isoformat()}."
                )
            asset = get_asset(session, event.asset_id)
            problems = check_closing(closing, opened_on=event.opened_on, today=self._today())
            problems.raise_if_any()
            assert closing.closed_on is not None
            close_work(event, closing.closed_on, closing.downtime_days)
            event.cost_usd = closing.cost_usd
            event.notes = closing.notes.strip()
            if closing.return_to_service and asset.status in (
                AssetStatus.UNDER_REPAIR,
                AssetStatus.UNSERVICEABLE,
            ):
                asset.status = AssetStatus.IN_SERVICE
            if closing.plan_next_service and event.kind is MaintenanceKind.SCHEDULED_SERVICE:
                kind = session.get(EquipmentType, asset.equipment_type_id)
                assert kind is not None  # a foreign key
                reading = event.odometer_km if event.odometer_km is not None else asset.odometer_km
                due_on, due_km = next_service_after(
                    closing.closed_on,
                    reading,
                    kind.service_interval_days,
                    kind.service_interval_km,
                )
                if due_on is not None:
                    asset.next_service_date = due_on
                if due_km is not None:
                    asset.next_service_km = due_km
            session.flush()
            return _detail(session, event)


def _get_event(session: Session, event_id: uuid.UUID) -> MaintenanceEvent:
    return get_or_refuse(session, MaintenanceEvent, event_id, "maintenance event")


def _detail(session: Session, event: MaintenanceEvent) -> MaintenanceDetail:
    asset = get_asset(session, event.asset_id)
    kind = session.get(EquipmentType, asset.equipment_type_id)
    assert kind is not None  # a foreign key
    return MaintenanceDetail(
        id=event.id,
        asset_id=asset.id,
        asset_name=asset.registration or asset.tag,
        type_name=kind.name,
        asset_status=asset.status,
        asset_odometer_km=asset.odometer_km,
        kind=event.kind,
        opened_on=event.opened_on,
        closed_on=event.closed_on,
        odometer_km=event.odometer_km,
        cost_usd=event.cost_usd,
        downtime_days=event.downtime_days,
        notes=event.notes,
        service_interval_days=kind.service_interval_days,
        service_interval_km=kind.service_interval_km,
    )
