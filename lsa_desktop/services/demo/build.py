"""Building the demo mission: the public entry points and the builder that drives the parts."""

from __future__ import annotations

import random
import uuid
from collections.abc import Generator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, Table, select

from lsa_desktop.errors import InvalidInput, NotEmpty
from lsa_desktop.progress import Progress
from lsa_desktop.services.demo.batch import BatchWriter
from lsa_desktop.services.demo.equipment import EquipmentBuilder, EquipmentKind, UnitCopy
from lsa_desktop.services.demo.history import History
from lsa_desktop.services.demo.layout import (
    BASES,
    CONTINGENTS,
    MISSION,
    UNITS,
    UnitLayout,
    parse_equipment,
)
from lsa_desktop.services.demo.people import PeopleContext, unit_people
from lsa_desktop.services.demo.story import DONORS
from lsa_desktop.services.demo.supply import SupplyBuilder
from lsa_desktop.services.snapshot_readiness import fill_readiness
from lsa_desktop.store import models
from lsa_desktop.store.engine import Store
from lsa_desktop.store.seed import load_reference_rows

DEMO_USER = "demo"
HISTORY_DAYS = 90

_MISSION: Table = models.Mission.__table__  # type: ignore[assignment]
_CONTINGENT: Table = models.Contingent.__table__  # type: ignore[assignment]
_LOCATION: Table = models.Location.__table__  # type: ignore[assignment]
_UNIT: Table = models.Unit.__table__  # type: ignore[assignment]
_PERSON: Table = models.Person.__table__  # type: ignore[assignment]
_QUALIFICATION: Table = models.Qualification.__table__  # type: ignore[assignment]
_DONOR: Table = models.Donor.__table__  # type: ignore[assignment]
_SNAPSHOT: Table = models.ReadinessSnapshot.__table__  # type: ignore[assignment]
_SNAPSHOT_LINE: Table = models.ReadinessSnapshotLine.__table__  # type: ignore[assignment]

#: The tables whose rows make a database "hold data"; reference data does not count.
_DATA_TABLES: tuple[Table, ...] = (_CONTINGENT, _UNIT, _PERSON, models.Asset.__table__)  # type: ignore[assignment]


@dataclass(frozen=True)
class DemoSummary:
    """What ``build_demo`` wrote."""

    scale: int
    seed: int
    today: date
    contingents: int
    units: int
    people: int
    qualifications: int
    vehicles: int
    assets: int  # serialised items, vehicles included
    stock_lines: int
    authorisations: int
    requisitions: int
    pledges: int
    deliveries: int
    snapshot_days: int
    rows: int  # every row written, reference data included

    def describe(self) -> str:
        """One line for the command line and the log: what was written."""
        return (
            f"{self.contingents} contingents, {self.units:,} units, {self.people:,} officers, "
            f"{self.qualifications:,} qualifications, {self.assets:,} items "
            f"({self.vehicles:,} vehicles), {self.stock_lines:,} stock lines, "
            f"{self.requisitions:,} requisitions, {self.pledges} pledges, "
            f"{self.snapshot_days} days of readiness history ({self.rows:,} rows)"
        )


def copy_suffix(copy: int) -> str:
    """The unit-code suffix of copy ``copy`` (0-based): "" for the first, then -B ... -Z, -AA..."""
    if copy == 0:
        return ""
    letters = ""
    number = copy + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return f"-{letters}"


def _holds_data(conn: Connection) -> bool:
    return any(conn.execute(select(table.c.id).limit(1)).first() for table in _DATA_TABLES)


def database_is_empty(store: Store) -> bool:
    """True when the database holds no contingent, unit, officer or item (reference data aside)."""
    with store.read() as session:
        return not _holds_data(session.connection())


def build_demo(
    store: Store,
    *,
    scale: int = 1,
    seed: int = 42,
    today: date | None = None,
) -> Generator[Progress, None, DemoSummary]:
    """Fill an empty database with the demo mission; a job yielding progress.

    Raises ``NotEmpty`` (nothing written) when the database already holds data. Reference data is
    loaded first if it is missing. Stopping the job (closing the generator) writes nothing.
    """
    if scale < 1:
        raise InvalidInput("The demo scale must be 1 or more.")
    day = today or date.today()
    with store.write_connection() as conn:
        if _holds_data(conn):  # type: ignore[arg-type]
            raise NotEmpty(
                "The database already holds data: the demo mission can only be loaded into an "
                "empty database. Use --db with a new file."
            )
        builder = _DemoBuilder(conn, scale=scale, seed=seed, today=day)  # type: ignore[arg-type]
        summary = yield from builder.run()
    return summary


class _DemoBuilder:
    """One build: the seeded generator every value and key comes from, and the parts' builders."""

    def __init__(self, conn: Connection, *, scale: int, seed: int, today: date) -> None:
        self.conn = conn
        self.scale = scale
        self.seed = seed
        self.today = today
        self.rng = random.Random(seed)
        self.at = datetime.combine(today, time(0, 0), tzinfo=UTC)
        stamp = {"created_at": self.at, "updated_at": self.at}
        self.writer = BatchWriter(conn, {**stamp, "created_by": DEMO_USER, "updated_by": DEMO_USER})
        self.history = History(today, HISTORY_DAYS)
        self.units: list[tuple[uuid.UUID, int, int]] = []

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def run(self) -> Generator[Progress, None, DemoSummary]:
        yield Progress(0, 0, "Loading reference data")
        self.writer.done = sum(load_reference_rows(self.conn, at=self.at, user=DEMO_USER).values())
        kinds = self._kinds()
        contingent_ids, base_ids = self._organisation()
        people = self._people_context()
        equipment = EquipmentBuilder(
            self.rng, self.today, self.new_id, self.writer.add, self.history, kinds
        )
        supply = SupplyBuilder(
            self.today, self.new_id, self.writer.add, self.history, kinds, self.scale
        )
        supply.headers(self._donors())
        yield from self.writer.flush("Organisation")

        contingents = {layout.country_code: layout for layout in CONTINGENTS}
        holdings = parse_equipment()
        for copy in range(self.scale):
            suffix = copy_suffix(copy)
            units: dict[str, UnitCopy] = {}
            for layout in UNITS:
                unit = self._unit(layout, suffix, units, contingent_ids, base_ids)
                units[layout.code] = unit
                officers, qualifications, presence = unit_people(
                    people, layout, contingents[layout.contingent], unit.id
                )
                self.writer.add_all(_PERSON, officers)
                self.writer.add_all(_QUALIFICATION, qualifications)
                for arrived, left in presence:
                    self.history.person(unit.id, arrived, left)
                equipment.unit(unit, holdings[layout.code], supply.received)
            supply.copy(units)
            if copy == 0:  # every copy is alike: estimate the whole job from the first
                history = HISTORY_DAYS * (len(self.units) + len(equipment.authorised))
                self.writer.total = self.writer.done + (self.writer.size + history) * self.scale
            yield from self.writer.flush_if_full(f"Units, copy {copy + 1} of {self.scale}")
        yield from self.writer.flush("Units")

        days = zip(
            self.history.strength_days(self.units, self.new_id),
            self.history.holding_days(equipment.authorised, self.new_id),
            strict=True,
        )
        for index, ((day, strength), (_same_day, lines)) in enumerate(days, start=1):
            self.writer.insert(_SNAPSHOT, strength, as_of=day)
            self.writer.insert(_SNAPSHOT_LINE, lines, as_of=day)
            yield from self.writer.flush(f"Readiness history, day {index} of {HISTORY_DAYS}")
        fill_readiness(self.conn, self.history.first, self.today)
        return self._summary(equipment.vehicles)

    def _summary(self, vehicles: int) -> DemoSummary:
        counts = self.writer.counts
        return DemoSummary(
            scale=self.scale,
            seed=self.seed,
            today=self.today,
            contingents=counts.get("contingent", 0),
            units=counts.get("unit", 0),
            people=counts.get("person", 0),
            qualifications=counts.get("qualification", 0),
            vehicles=vehicles,
            assets=counts.get("asset", 0),
            stock_lines=counts.get("stock_line", 0),
            authorisations=counts.get("authorisation", 0),
            requisitions=counts.get("requisition", 0),
            pledges=counts.get("pledge", 0),
            deliveries=counts.get("delivery", 0),
            snapshot_days=HISTORY_DAYS,
            rows=self.writer.done,
        )

    def _kinds(self) -> dict[str, EquipmentKind]:
        kind = models.EquipmentType
        columns = (
            kind.id,
            kind.code,
            kind.serialised,
            kind.is_vehicle,
            kind.default_make,
            kind.default_model,
            kind.service_interval_km,
            kind.service_interval_days,
            kind.unit_value_usd,
        )
        return {row[1]: EquipmentKind(*row) for row in self.conn.execute(select(*columns))}

    def _people_context(self) -> PeopleContext:
        rank = models.Rank
        qualification = models.QualificationType
        return PeopleContext(
            self.rng,
            self.today,
            self.new_id,
            {code: id_ for code, id_ in self.conn.execute(select(rank.code, rank.id))},
            {
                code: (id_, validity)
                for code, id_, validity in self.conn.execute(
                    select(qualification.code, qualification.id, qualification.validity_months)
                )
            },
            {
                layout.country_code: layout.first_service_number + self.rng.randint(0, 900)
                for layout in CONTINGENTS
            },
        )

    def _organisation(self) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]]:
        """The mission, its contingents and its bases; returns their keys by code."""
        add = self.writer.add
        mission_id = self.new_id()
        first_arrival = max(ago for unit in UNITS for ago, _count in unit.waves)
        add(_MISSION, {"id": mission_id, **MISSION, "start_date": self.ago(first_arrival)})
        contingent_ids = {}
        for contingent in CONTINGENTS:
            contingent_ids[contingent.country_code] = self.new_id()
            add(
                _CONTINGENT,
                {
                    "id": contingent_ids[contingent.country_code],
                    "archived": False,
                    "mission_id": mission_id,
                    "country_code": contingent.country_code,
                    "name": contingent.name,
                    "pledged_strength": contingent.pledged_strength,
                },
            )
        base_ids = {}
        for code, name, department, latitude, longitude in BASES:
            base_ids[code] = self.new_id()
            add(
                _LOCATION,
                {
                    "id": base_ids[code],
                    "archived": False,
                    "code": code,
                    "name": name,
                    "department": department,
                    "latitude": latitude,
                    "longitude": longitude,
                },
            )
        return contingent_ids, base_ids

    def _donors(self) -> dict[str, uuid.UUID]:
        donor_ids = {}
        for name, donor_type, country, contact in DONORS:
            donor_ids[name] = self.new_id()
            self.writer.add(
                _DONOR,
                {
                    "id": donor_ids[name],
                    "archived": False,
                    "name": name,
                    "donor_type": donor_type,
                    "country_code": country,
                    "contact": contact,
                },
            )
        return donor_ids

    def _unit(
        self,
        layout: UnitLayout,
        suffix: str,
        units: dict[str, UnitCopy],
        contingent_ids: dict[str, uuid.UUID],
        base_ids: dict[str, uuid.UUID],
    ) -> UnitCopy:
        """One copy of a unit; its own equipment arrived within two weeks of its first officers."""
        unit_id = self.new_id()
        first_wave = max(ago for ago, _count in layout.waves)
        equipment_day = self.ago(max(1, first_wave - self.rng.randint(0, 14)))
        self.writer.add(
            _UNIT,
            {
                "id": unit_id,
                "archived": False,
                "code": layout.code + suffix,
                "name": f"{layout.name} ({suffix[1:]})" if suffix else layout.name,
                "unit_type": layout.unit_type,
                "contingent_id": contingent_ids[layout.contingent],
                "parent_id": units[layout.parent].id if layout.parent else None,
                "base_id": base_ids[layout.base],
                "authorised_strength": layout.authorised,
                "min_operational_strength": layout.minimum,
            },
        )
        self.units.append((unit_id, layout.authorised, layout.minimum))
        return UnitCopy(unit_id, layout.code, layout.contingent, equipment_day)
