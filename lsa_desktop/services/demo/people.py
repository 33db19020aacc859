"""The demo mission's officers: names, ranks, roles, statuses, arrival waves and qualifications.

Everything is drawn from the caller's seeded ``random.Random``, so the same seed gives the same
roll. Each unit is filled from its establishment (the commander, deputies, platoon and section
leaders), then the rest of its roll from role weights typical of the unit type.
"""

from __future__ import annotations

import calendar
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from lsa_desktop.domain.enums import PersonStatus, Sex, UnitType
from lsa_desktop.services.demo.layout import ContingentLayout, UnitLayout
from lsa_desktop.services.demo.names import NAMES, Names
from lsa_desktop.store.models.personnel import PERSON_SEARCH_FIELDS
from lsa_desktop.store.models.search import search_text_of

#: Kenyan rank codes (the establishments below use them) as other services' rolls write them.
RANK_SCHEMES: dict[str, dict[str, str]] = {
    "KE": {},
    "POLICE": {"PC": "CONST", "S/SGT": "SGT", "IP": "INSP", "CIP": "INSP", "SP": "SUPT"},
    "ARMY": {
        "PC": "SDO", "CPL": "CBO", "SGT": "SGTO", "S/SGT": "SGTO", "IP": "TTE", "CIP": "TTE",
        "ASP": "CAP", "SP": "MAY", "SSP": "MAY",
    },
}  # fmt: skip

#: The leading posts of each unit type: (rank, role, how many), filled first and in this order.
ESTABLISHMENTS: dict[UnitType, tuple[tuple[str, str, int], ...]] = {
    UnitType.FPU: (
        ("SP", "Unit commander", 1), ("ASP", "Deputy commander", 1),
        ("CIP", "Operations officer", 1), ("CIP", "Logistics officer", 1),
        ("IP", "Platoon commander", 4), ("S/SGT", "Platoon sergeant", 4),
        ("SGT", "Section leader", 12), ("SGT", "Transport sergeant", 1),
        ("CPL", "Section second-in-command", 12),
    ),
    UnitType.SWAT: (
        ("SP", "Unit commander", 1), ("ASP", "Deputy commander", 1),
        ("CIP", "Operations officer", 1), ("IP", "Team leader", 6),
        ("SGT", "Assault team sergeant", 12), ("CPL", "Sniper", 4), ("CPL", "Breacher", 6),
        ("CPL", "Drone operator", 2),
    ),
    UnitType.HQ: (
        ("CP", "Force commander", 1), ("SSP", "Contingent commander", 1),
        ("SP", "Chief of staff", 1), ("ASP", "Personnel officer (G1)", 1),
        ("ASP", "Intelligence officer (G2)", 1), ("ASP", "Operations officer (G3)", 1),
        ("ASP", "Logistics officer (G4)", 1), ("CIP", "Communications officer (G6)", 1),
        ("IP", "Staff officer", 8), ("S/SGT", "Chief clerk", 2), ("SGT", "Staff clerk", 8),
    ),
    UnitType.MEDICAL: (
        ("SP", "Senior medical officer", 1), ("CIP", "Medical officer", 3),
        ("IP", "Nursing officer", 4), ("SGT", "Senior nurse", 4),
    ),
    UnitType.LOGISTICS: (
        ("SP", "Logistics commander", 1), ("CIP", "Transport officer", 1),
        ("IP", "Supply officer", 2), ("S/SGT", "Workshop sergeant", 1),
        ("SGT", "Stores sergeant", 4),
    ),
    UnitType.IPO: (
        ("SSP", "Contingent commander", 1), ("SP", "Deputy contingent commander", 1),
        ("ASP", "Staff officer", 4), ("IP", "Liaison officer", 6),
    ),
    UnitType.SECTION: (
        ("IP", "Detachment commander", 1), ("SGT", "Second-in-command", 1),
        ("CPL", "Section leader", 2),
    ),
    UnitType.AVIATION: (
        ("SP", "Detachment commander", 1), ("ASP", "Pilot", 4), ("IP", "Flight medical officer", 2),
        ("SGT", "Flight paramedic", 4),
    ),
}  # fmt: skip

#: The rest of a unit's roll: (role, weight).
FILL_ROLES: dict[UnitType, tuple[tuple[str, int], ...]] = {
    UnitType.FPU: (
        ("Patrol officer", 60), ("Armoured vehicle driver", 10), ("Driver", 8), ("Gunner", 8),
        ("Radio operator", 6), ("Medic", 5), ("Mechanic", 3),
    ),
    UnitType.SWAT: (
        ("Assault team member", 65), ("Armoured vehicle driver", 10), ("Gunner", 10),
        ("Medic", 8), ("Radio operator", 7),
    ),
    UnitType.HQ: (
        ("Close protection officer", 30), ("Driver", 30), ("Radio operator", 20), ("Clerk", 20),
    ),
    UnitType.MEDICAL: (
        ("Nurse", 30), ("Paramedic", 25), ("Ambulance driver", 20),
        ("Laboratory technician", 10), ("Pharmacist", 5),
    ),
    UnitType.LOGISTICS: (
        ("Driver", 35), ("Heavy vehicle driver", 15), ("Mechanic", 20), ("Storekeeper", 15),
        ("Fuel handler", 8), ("Electrician", 4), ("Radio technician", 3),
    ),
    UnitType.IPO: (("Police adviser", 60), ("Liaison officer", 20), ("Driver", 20)),
    UnitType.SECTION: (
        ("Patrol officer", 70), ("Driver", 15), ("Radio operator", 10), ("Medic", 5),
    ),
    UnitType.AVIATION: (("Aircraft technician", 50), ("Flight paramedic", 30), ("Driver", 20)),
}  # fmt: skip

_DRIVER = ("DL-CIVIL",)
_HEAVY = ("DL-CIVIL", "DL-HEAVY")
_MEDIC = ("FIRST-AID", "MEDIC")
#: Qualifications that go with a role, beyond those every officer of the unit type holds.
ROLE_QUALIFICATIONS: dict[str, tuple[str, ...]] = {
    "Armoured vehicle driver": ("DL-CIVIL", "DL-HEAVY", "DRV-ARMD"),
    "Driver": _DRIVER, "Ambulance driver": _DRIVER, "Close protection officer": _DRIVER,
    "Heavy vehicle driver": _HEAVY, "Transport sergeant": _HEAVY, "Transport officer": _HEAVY,
    "Radio operator": ("RADIO-OP",), "Communications officer (G6)": ("RADIO-OP",),
    "Radio technician": ("RADIO-OP",), "Drone operator": ("UAV-OP",),
    "Medic": _MEDIC, "Nurse": _MEDIC, "Paramedic": _MEDIC, "Flight paramedic": _MEDIC,
    "Medical officer": _MEDIC, "Senior medical officer": _MEDIC, "Nursing officer": _MEDIC,
    "Senior nurse": _MEDIC, "Flight medical officer": _MEDIC,
}  # fmt: skip

#: Unit types whose officers all carry weapons (and so hold the annual weapons handling test).
ARMED = {
    UnitType.FPU,
    UnitType.SWAT,
    UnitType.HQ,
    UnitType.LOGISTICS,
    UnitType.IPO,
    UnitType.SECTION,
}
#: Unit types trained for public order (crowd control) as formed units.
PUBLIC_ORDER = {UnitType.FPU, UnitType.SWAT}

#: A short prefix for the number of each qualification's certificate or licence.
_NUMBER_PREFIX = {"DL-CIVIL": "DL", "DL-HEAVY": "HV", "DRV-ARMD": "AV"}


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, on the month's last day if it is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@dataclass
class PeopleContext:
    """What the person generator needs from the demo builder."""

    rng: random.Random
    today: date
    new_id: Callable[[], uuid.UUID]
    rank_ids: dict[str, uuid.UUID]
    #: qualification code -> (id, validity in months or None)
    qualification_types: dict[str, tuple[uuid.UUID, int | None]]
    #: contingent code -> the next service number
    service_numbers: dict[str, int]

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)


def _posts(layout: UnitLayout, rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(rank, role) for ``count`` officers: the establishment first, then weighted roles."""
    posts = [(rank, role) for rank, role, n in ESTABLISHMENTS[layout.unit_type] for _ in range(n)]
    roles, weights = zip(*FILL_ROLES[layout.unit_type], strict=True)
    rest = max(0, count - len(posts))
    fill = rng.choices(roles, weights, k=rest)
    return posts[:count] + [("CPL" if rng.random() < 0.2 else "PC", role) for role in fill]


def _qualification_codes(unit_type: UnitType, role: str, rng: random.Random) -> list[str]:
    codes = ["UN-PDT"]
    if unit_type in ARMED:
        codes.append("WPN-HNDL")
    if unit_type in PUBLIC_ORDER and rng.random() < 0.6:
        codes.append("PUB-ORD")
    codes.extend(ROLE_QUALIFICATIONS.get(role, ()))
    if "DL-CIVIL" not in codes and rng.random() < 0.25:
        codes.append("DL-CIVIL")
    if "FIRST-AID" not in codes and rng.random() < 0.2:
        codes.append("FIRST-AID")
    return codes


def _expiry(ctx: PeopleContext, validity_months: int) -> date:
    """Most qualifications valid for a while; 7 % expiring within 60 days, 3 % already expired."""
    draw = ctx.rng.random()
    if draw < 0.03:
        return ctx.ago(ctx.rng.randint(1, 60))
    if draw < 0.10:
        return ctx.ago(-ctx.rng.randint(1, 60))
    return ctx.ago(-ctx.rng.randint(61, max(62, validity_months * 30 - 30)))


def _statuses(layout: UnitLayout, rng: random.Random) -> list[PersonStatus]:
    """Everyone active but the unit's absentees, drawn among those arrived (never the commander)."""
    arrived = layout.roster - layout.in_transit
    statuses = [PersonStatus.ACTIVE] * arrived + [PersonStatus.IN_TRANSIT] * layout.in_transit
    absent = iter(rng.sample(range(1, arrived), sum(layout.absent)))
    kinds = (PersonStatus.LEAVE, PersonStatus.SICK, PersonStatus.INJURED, PersonStatus.REPATRIATED)
    for status, count in zip(kinds, layout.absent, strict=True):
        for _ in range(count):
            statuses[next(absent)] = status
    return statuses


def _name(names: Names, female: bool, rng: random.Random) -> tuple[str, str]:
    """(surname, given names) as the contingent's rolls write them."""
    given = rng.choice(names.female if female else names.male)
    middle = names.middle_female if female else names.middle_male
    if middle and rng.random() < 0.6:
        given = f"{given} {rng.choice(middle)}"
    surname = rng.choice(names.surnames)
    if names.double_surname:
        surname = f"{surname} {rng.choice(names.surnames)}"
    return surname, given


def _service_number(ctx: PeopleContext, contingent: ContingentLayout) -> str:
    """The contingent's next number: rising, with gaps, so unique within the contingent."""
    number = ctx.service_numbers[contingent.country_code]
    ctx.service_numbers[contingent.country_code] = number + ctx.rng.randint(1, 7)
    return f"{contingent.service_prefix}-{number}" if contingent.service_prefix else str(number)


def _qualifications(
    ctx: PeopleContext, person_id: uuid.UUID, unit_type: UnitType, role: str, arrival: date
) -> list[dict[str, Any]]:
    rng = ctx.rng
    rows = []
    for code in _qualification_codes(unit_type, role, rng):
        type_id, validity = ctx.qualification_types[code]
        if code == "UN-PDT":  # the course before deployment
            issued = arrival - timedelta(days=rng.randint(20, 90))
            expires = add_months(issued, validity) if validity else None
        elif validity:
            expires = _expiry(ctx, validity)
            issued = add_months(expires, -validity)
        else:
            issued, expires = ctx.ago(rng.randint(60, 2000)), None
        rows.append(
            {
                "id": ctx.new_id(),
                "archived": False,
                "person_id": person_id,
                "qualification_type_id": type_id,
                "number": f"{_NUMBER_PREFIX.get(code, 'C')}{rng.randrange(1_000_000, 10_000_000)}",
                "issued_on": issued,
                "expires_on": expires,
            }
        )
    return rows


def unit_people(
    ctx: PeopleContext,
    layout: UnitLayout,
    contingent: ContingentLayout,
    unit_id: uuid.UUID,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[date, date | None]]]:
    """The officers of one unit, their qualifications, and each officer's (arrived, left) days.

    ``left`` is the day an officer stopped being present (leave, sick, injured, repatriated),
    None for those present today; officers still in transit have no presence at all.
    """
    rng = ctx.rng
    names = NAMES[contingent.names]
    ranks = RANK_SCHEMES[contingent.ranks]
    posts = _posts(layout, rng, layout.roster)
    statuses = _statuses(layout, rng)
    arrivals = [ctx.ago(ago) for ago, count in layout.waves for _ in range(count)]
    arrivals += [ctx.ago(-6)] * layout.in_transit

    people: list[dict[str, Any]] = []
    qualifications: list[dict[str, Any]] = []
    presence: list[tuple[date, date | None]] = []
    for (rank, role), status, arrival in zip(posts, statuses, arrivals, strict=True):
        female = rng.random() < contingent.female_share
        surname, given = _name(names, female, rng)
        if status is not PersonStatus.IN_TRANSIT and rng.random() < 0.1:
            arrival = min(arrival + timedelta(days=rng.randint(1, 7)), ctx.ago(1))  # came later
        tour_end = arrival + timedelta(days=contingent.tour_days)
        left = None
        if status in (PersonStatus.LEAVE, PersonStatus.SICK, PersonStatus.INJURED):
            left = max(ctx.ago(rng.randint(1, 25)), arrival + timedelta(days=1))
        elif status is PersonStatus.REPATRIATED:
            left = tour_end = max(ctx.ago(rng.randint(3, 80)), arrival + timedelta(days=1))
        if status is not PersonStatus.IN_TRANSIT:
            presence.append((arrival, left))
        person_id = ctx.new_id()
        person = {
            "id": person_id,
            "archived": status is PersonStatus.REPATRIATED and rng.random() < 0.5,
            "service_number": _service_number(ctx, contingent),
            "rank_id": ctx.rank_ids[ranks.get(rank, rank)],
            "surname": surname,
            "given_names": given,
            "sex": Sex.F if female else Sex.M,
            "unit_id": unit_id,
            "role": role,
            "status": status,
            "arrival_date": arrival,
            "tour_end_date": tour_end,
        }
        person["search_text"] = search_text_of(person, PERSON_SEARCH_FIELDS)
        people.append(person)
        qualifications += _qualifications(ctx, person_id, layout.unit_type, role, arrival)
    return people, qualifications, presence
