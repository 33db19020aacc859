"""The demo mission's equipment: authorisations, serialised items and vehicles, bulk stock.

Each unit's table in ``layout.EQUIPMENT`` says what it is authorised and what it holds; donor
deliveries add to that. Items that are out of service have an open maintenance event; some vehicles
came back from repair during the history window, and every vehicle has its last scheduled service,
so that some are overdue. Each change is also told to the ``History``.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Table

from lsa_desktop.domain.enums import (
    Acquisition,
    AssetStatus,
    AuthorisationBasis,
    Condition,
    MaintenanceKind,
    Owner,
    StockMovementKind,
)
from lsa_desktop.services.demo.history import History
from lsa_desktop.services.demo.layout import (
    BASIS_REFERENCE,
    ITEM_FAULTS,
    KNOWN_FAULTS,
    MAKES,
    VEHICLE_FAULTS,
    Holding,
)
from lsa_desktop.store.models import (
    Asset,
    Authorisation,
    MaintenanceEvent,
    StockLine,
    StockMovement,
)
from lsa_desktop.store.models.equipment import ASSET_SEARCH_FIELDS
from lsa_desktop.store.models.search import search_text_of

AUTHORISATION: Table = Authorisation.__table__  # type: ignore[assignment]
ASSET: Table = Asset.__table__  # type: ignore[assignment]
MAINTENANCE: Table = MaintenanceEvent.__table__  # type: ignore[assignment]
STOCK_LINE: Table = StockLine.__table__  # type: ignore[assignment]
STOCK_MOVEMENT: Table = StockMovement.__table__  # type: ignore[assignment]

HELICOPTER = "AVN-HEL-MED"


@dataclass(frozen=True)
class EquipmentKind:
    """What the demo needs to know of an equipment type, read from the catalogue."""

    id: uuid.UUID
    code: str
    serialised: bool
    is_vehicle: bool
    make: str
    model: str
    service_interval_km: int | None
    service_interval_days: int | None
    unit_value_usd: float


class _Movement(NamedTuple):
    """A change of a stock line, as a StockMovement row records it."""

    day: date
    kind: StockMovementKind
    on_hand: int
    serviceable: int
    reference: str
    note: str


@dataclass(frozen=True)
class UnitCopy:
    """One copy of a unit layout, as built."""

    id: uuid.UUID
    layout_code: str
    contingent: str
    #: the day the unit's own equipment arrived
    equipment_day: date


class EquipmentBuilder:
    """Turns a unit's holdings into rows; keeps the counters that make tags and plates unique."""

    def __init__(
        self,
        rng: random.Random,
        today: date,
        new_id: Callable[[], uuid.UUID],
        add: Callable[[Table, dict[str, Any]], None],
        history: History,
        kinds: dict[str, EquipmentKind],
    ) -> None:
        self.rng = rng
        self.today = today
        self.new_id = new_id
        self.add = add
        self.history = history
        self.kinds = kinds
        self.authorised: list[tuple[uuid.UUID, uuid.UUID, int]] = []
        self.vehicles = 0
        self._tags: dict[str, int] = {}
        self._mission_plate = 0
        self._kenyan_plate = rng.randint(100, 900)
        self._tail_number = 401

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def unit(
        self,
        unit: UnitCopy,
        holdings: list[Holding],
        received: dict[tuple[str, str], list[tuple[date, int, str]]],
    ) -> None:
        """Authorisations and holdings of one unit; ``received``: deliveries per (unit, type)."""
        for holding in holdings:
            kind = self.kinds[holding.type_code]
            self.authorised.append((unit.id, kind.id, holding.authorised))
            self.add(
                AUTHORISATION,
                {
                    "id": self.new_id(),
                    "unit_id": unit.id,
                    "equipment_type_id": kind.id,
                    "quantity": holding.authorised,
                    "basis": holding.basis,
                    "reference": BASIS_REFERENCE[holding.basis].format(contingent=unit.contingent),
                },
            )
            deliveries = received.get((unit.layout_code, holding.type_code), [])
            if kind.serialised:
                self._items(unit, kind, holding, deliveries)
            else:
                self._stock(unit, kind, holding, deliveries)

    # -- serialised items and vehicles -------------------------------------------------------

    def _items(
        self,
        unit: UnitCopy,
        kind: EquipmentKind,
        holding: Holding,
        deliveries: list[tuple[date, int, str]],
    ) -> None:
        if holding.basis is AuthorisationBasis.MOU:
            own_terms = (Owner.CONTINGENT, Acquisition.MOU)
        else:
            own_terms = (Owner.MISSION, Acquisition.PURCHASE)
        items = [(unit.equipment_day, *own_terms)] * holding.own
        for day, accepted, _waybill in deliveries:
            items += [(day, Owner.DONOR, Acquisition.DONATION)] * accepted
        broken: set[int] | None = None
        if holding.broken is not None:
            broken = set(self.rng.sample(range(len(items)), min(holding.broken, len(items))))
        for position, (acquired, owner, acquisition) in enumerate(items):
            if broken is None:
                status = self._random_status(kind)
            else:
                status = AssetStatus.UNSERVICEABLE if position in broken else AssetStatus.IN_SERVICE
            self._item(unit, kind, acquired, owner, acquisition, status, known=broken is not None)

    def _random_status(self, kind: EquipmentKind) -> AssetStatus:
        draw = self.rng.random()
        unserviceable, under_repair = (0.05, 0.11) if kind.is_vehicle else (0.03, 0.05)
        if draw < unserviceable:
            return AssetStatus.UNSERVICEABLE
        if draw < under_repair:
            return AssetStatus.UNDER_REPAIR
        return AssetStatus.IN_SERVICE

    def _registration(self, unit: UnitCopy, kind: EquipmentKind, owner: Owner) -> str | None:
        if not kind.is_vehicle:
            return None
        if kind.code == HELICOPTER:
            self._tail_number += 1
            return f"N{self._tail_number - 1}MS"
        if owner is Owner.CONTINGENT and unit.contingent == "KE":
            return self._kenyan_plate_number()
        self._mission_plate += 1
        return f"MSS {self._mission_plate:04d}"

    def _kenyan_plate_number(self) -> str:
        """The next Government of Kenya plate, "GKB 634E": unique for 650,000 vehicles.

        The middle letter and the digits repeat every 25,000 plates; the last letter steps by 7
        (prime to 26) at each repeat, so no two plates are the same.
        """
        n = self._kenyan_plate
        self._kenyan_plate += 1
        series = (n // 1000) % 25
        last = (7 * (n // 25_000) + 3 * series + 4) % 26
        return f"GK{chr(66 + series)} {n % 1000:03d}{chr(65 + last)}"

    def _item(
        self,
        unit: UnitCopy,
        kind: EquipmentKind,
        acquired: date,
        owner: Owner,
        acquisition: Acquisition,
        status: AssetStatus,
        *,
        known: bool,
    ) -> None:
        asset_id = self.new_id()
        number = self._tags.get(kind.code, 0) + 1
        self._tags[kind.code] = number
        make, model = (kind.make, kind.model) if kind.is_vehicle else MAKES.get(kind.code, ("", ""))
        odometer, next_service_date, next_service_km = self._service(
            asset_id, kind, owner, acquired
        )
        self.history.holding(unit.id, kind.id, acquired, on_hand=1, serviceable=1)
        condition = self._repairs(asset_id, unit, kind, acquired, status, odometer, known)
        if kind.is_vehicle:
            self.vehicles += 1
        asset = {
            "id": asset_id,
            "archived": False,
            "tag": f"{kind.code}-{number:06d}",
            "serial_number": f"{make[:3].upper() or 'SN'}{self.rng.getrandbits(48):012X}",
            "registration": self._registration(unit, kind, owner),
            "equipment_type_id": kind.id,
            "unit_id": unit.id,
            "make": make,
            "model": model,
            "owner": owner,
            "acquisition": acquisition,
            "status": status,
            "condition": condition,
            "odometer_km": odometer,
            "next_service_date": next_service_date,
            "next_service_km": next_service_km,
            "acquired_on": acquired,
        }
        asset["search_text"] = search_text_of(asset, ASSET_SEARCH_FIELDS)
        self.add(ASSET, asset)

    def _service(
        self, asset_id: uuid.UUID, kind: EquipmentKind, owner: Owner, acquired: date
    ) -> tuple[int | None, date | None, int | None]:
        """(odometer, next service date, next service km); a vehicle's last service is recorded.

        The last service fell at some point of the last interval and a bit more, so about one
        vehicle in six is overdue.
        """
        rng = self.rng
        odometer = rate = None
        if kind.is_vehicle and kind.service_interval_km:
            rate = rng.uniform(12, 55)  # km a day
            start = rng.randint(50, 400) if owner is Owner.DONOR else rng.randint(2_000, 40_000)
            odometer = start + int((self.today - acquired).days * rate)
        if not kind.service_interval_days:
            return odometer, None, None
        last = max(acquired, self.ago(rng.randint(3, kind.service_interval_days + 40)))
        at_last = next_km = None
        if odometer is not None and rate is not None and kind.service_interval_km:
            at_last = max(0, odometer - int((self.today - last).days * rate))
            next_km = at_last + kind.service_interval_km
        if kind.is_vehicle:
            cost = round(rng.uniform(300, 1500), 2)
            self._event(
                asset_id,
                MaintenanceKind.SCHEDULED_SERVICE,
                last,
                last,
                at_last,
                "Scheduled service",
                cost,
            )
        return odometer, last + timedelta(days=kind.service_interval_days), next_km

    def _repairs(
        self,
        asset_id: uuid.UUID,
        unit: UnitCopy,
        kind: EquipmentKind,
        acquired: date,
        status: AssetStatus,
        odometer: int | None,
        known: bool,
    ) -> Condition:
        """The item's open fault if it is out of service, or a recent repair; its condition."""
        rng = self.rng
        if status is not AssetStatus.IN_SERVICE:
            fault_kind, opened, note = self._fault(kind, acquired, known)
            self._event(asset_id, fault_kind, opened, None, odometer, note)
            self.history.holding(unit.id, kind.id, opened, serviceable=-1)
            if fault_kind is MaintenanceKind.BATTLE_DAMAGE:
                return Condition.MAJOR_DAMAGE
            return Condition.NEEDS_MAINTENANCE
        if kind.is_vehicle and rng.random() < 0.2:  # broke down and was repaired lately
            opened = self.ago(rng.randint(8, 85))
            if opened > acquired:
                closed = min(opened + timedelta(days=rng.randint(2, 20)), self.ago(1))
                fault_kind, note = rng.choice(VEHICLE_FAULTS)
                cost = round(rng.uniform(400, 9000), 2)
                self._event(asset_id, fault_kind, opened, closed, odometer, note, cost)
                self.history.holding(unit.id, kind.id, opened, serviceable=-1)
                self.history.holding(unit.id, kind.id, closed, serviceable=1)
        return Condition.NEW if (self.today - acquired).days < 90 else Condition.GOOD

    def _fault(
        self, kind: EquipmentKind, acquired: date, known: bool
    ) -> tuple[MaintenanceKind, date, str]:
        """What put an item out of service, and since when."""
        if known and kind.code in KNOWN_FAULTS:
            fault_kind, days_ago, note = KNOWN_FAULTS[kind.code]
        else:
            fault_kind, note = self.rng.choice(VEHICLE_FAULTS if kind.is_vehicle else ITEM_FAULTS)
            days_ago = self.rng.randint(1, 45)
        opened = max(self.ago(days_ago), acquired)
        return fault_kind, opened, note

    def _event(
        self,
        asset_id: uuid.UUID,
        kind: MaintenanceKind,
        opened: date,
        closed: date | None,
        odometer: int | None,
        notes: str,
        cost: float | None = None,
    ) -> None:
        self.add(
            MAINTENANCE,
            {
                "id": self.new_id(),
                "asset_id": asset_id,
                "kind": kind,
                "opened_on": opened,
                "closed_on": closed,
                "odometer_km": odometer,
                "cost_usd": cost,
                "downtime_days": (closed - opened).days if closed else None,
                "notes": notes,
            },
        )

    # -- bulk stock ---------------------------------------------------------------------------

    def _stock(
        self,
        unit: UnitCopy,
        kind: EquipmentKind,
        holding: Holding,
        deliveries: list[tuple[date, int, str]],
    ) -> None:
        own, receipt, delivery = holding.own, StockMovementKind.RECEIPT, StockMovementKind.DELIVERY
        movements = [_Movement(unit.equipment_day, receipt, own, own, "", "Arrived with the unit")]
        movements += [
            _Movement(day, delivery, accepted, accepted, waybill, "Donor delivery")
            for day, accepted, waybill in deliveries
        ]
        movements = [movement for movement in movements if movement.on_hand]
        on_hand = sum(movement.on_hand for movement in movements)
        if not on_hand:
            return
        broken = holding.broken if holding.broken is not None else on_hand // 25
        last_receipt = max(movement.day for movement in movements)
        counted = self.ago(self.rng.randint(0, max(0, (self.today - last_receipt).days)))
        if broken:
            note = "Found unserviceable at the stock count"
            movements.append(_Movement(counted, StockMovementKind.INSPECTION, 0, -broken, "", note))
        line_id = self.new_id()
        self.add(
            STOCK_LINE,
            {
                "id": line_id,
                "unit_id": unit.id,
                "equipment_type_id": kind.id,
                "on_hand": on_hand,
                "serviceable": on_hand - broken,
                "counted_on": counted,
                "archived": False,
            },
        )
        for movement in movements:
            self.add(
                STOCK_MOVEMENT,
                {
                    "id": self.new_id(),
                    "stock_line_id": line_id,
                    "moved_on": movement.day,
                    "kind": movement.kind,
                    "delta_on_hand": movement.on_hand,
                    "delta_serviceable": movement.serviceable,
                    "reference": movement.reference,
                    "note": movement.note,
                },
            )
            self.history.holding(
                unit.id, kind.id, movement.day, movement.on_hand, movement.serviceable
            )
