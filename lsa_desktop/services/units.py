"""Units and contingents, as the filters and pickers list them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import false, select

from lsa_desktop.domain.enums import UnitType
from lsa_desktop.store.models import Contingent, Unit

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

_unit = Unit.__table__
_contingent = Contingent.__table__


@dataclass(frozen=True, slots=True)
class UnitOption:
    id: uuid.UUID
    code: str
    name: str
    unit_type: UnitType
    contingent_id: uuid.UUID | None
    contingent_name: str | None


@dataclass(frozen=True, slots=True)
class ContingentOption:
    id: uuid.UUID
    country_code: str
    name: str


class UnitService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def units(self, include_archived: bool = False) -> list[UnitOption]:
        """Every unit, in code order (the order the readiness report uses)."""
        u = _unit.c
        statement = (
            select(
                u.id,
                u.code,
                u.name,
                u.unit_type,
                u.contingent_id,
                _contingent.c.name.label("contingent_name"),
            )
            .select_from(_unit.outerjoin(_contingent, _contingent.c.id == u.contingent_id))
            .order_by(u.code)
        )
        if not include_archived:
            statement = statement.where(u.archived == false())
        with self.store.read() as session:
            return [UnitOption(*values) for values in session.execute(statement)]

    def contingents(self, include_archived: bool = False) -> list[ContingentOption]:
        """Every contingent, by name."""
        c = _contingent.c
        statement = select(c.id, c.country_code, c.name).order_by(c.name)
        if not include_archived:
            statement = statement.where(c.archived == false())
        with self.store.read() as session:
            return [ContingentOption(*values) for values in session.execute(statement)]
