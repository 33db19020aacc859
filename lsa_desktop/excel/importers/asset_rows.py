"""Importing serialised items, vehicles and others alike: one ``Asset`` row per sheet row, matched
by its natural key (a vehicle by registration, an item by tag), checked by the item form's rules
(:func:`~lsa_desktop.domain.fleet_rules.check_asset`) with what is on record of it.

Shared by the ``vehicles`` and ``assets`` importers, which differ in their key and the types they
take. What the form refuses, an import refuses, cell by cell: a type counted in bulk, an
archived type or unit (unless the item is in it already), an odometer lower than the highest
reading on record (the item's or its maintenance's: re-importing an old list never winds a
vehicle's odometer back), a status that cannot follow the recorded one (a written-off item stays
written off). The one rule judged only on a change: an item with maintenance still open cannot be
*put* in service, but one already in service re-imported as it is stays unchanged.

A matched item is updated with the fields the file gives (an empty cell keeps what is stored); a
new one gets its type's next tag when the file has no tag column (vehicles), the type's make and
model when the file gives neither, and is in service and in good condition unless the file says
otherwise.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import Row, func, select
from sqlmodel import Session

from lsa_desktop.domain.fleet_rules import (
    AssetDraft,
    AssetRecord,
    OpenWork,
    check_asset,
    clean_key,
    suggested_tag,
)
from lsa_desktop.excel.importers.base import KindPlan, RowPlan
from lsa_desktop.excel.importers.bulk import BulkInsert
from lsa_desktop.excel.importers.equipment_rows import find, has_error, rule_issues
from lsa_desktop.excel.importers.matching import (
    FileKeys,
    ReferenceProblem,
    Stored,
    error,
    today_of,
)
from lsa_desktop.excel.importers.references import References
from lsa_desktop.excel.model import Issue, KindSpec, Outcome, ParsedRow
from lsa_desktop.services.assets import next_tag
from lsa_desktop.store.models import Asset, EquipmentType, MaintenanceEvent
from lsa_desktop.store.models.equipment import ASSET_SEARCH_FIELDS

#: The form's field names (the rules' problem keys) -> the kind's fields (the file's columns).
_FIELD_OF = {"equipment_type_id": "equipment_code", "unit_id": "unit"}
#: The draft's fields as stored on ``Asset`` under the same names.
_DRAFT_FIELDS = tuple(f.name for f in fields(AssetDraft))


@dataclass(frozen=True)
class AssetKind:
    """How one kind of file holds serialised items."""

    spec: KindSpec
    key: str  # "registration" or "tag": the field that identifies an item
    noun: str  # "vehicle", "item": how sentences name one
    #: Why a type cannot be used for a new item of this kind (None if it can), given the row
    #: ``kind`` of the equipment type; a matched item keeps whatever type it has.
    refuse_type: Callable[[Row[Any]], str | None]


class AssetImporter:
    def __init__(self, kind: AssetKind) -> None:
        self.kind = kind
        self.spec = kind.spec

    def plan(self, session: Session, rows: Sequence[ParsedRow]) -> KindPlan:
        key = self.kind.key
        column = getattr(Asset.__table__.c, key)
        stored = Stored(
            session,
            Asset,
            lambda row: clean_key(getattr(row, key)),  # "gkb  634e" is GKB 634E
            noun=self.kind.noun,
            where=column.is_not(None),
        )
        bulk = BulkInsert(session, Asset, search_fields=ASSET_SEARCH_FIELDS)
        planner = _Planner(self.kind, session, stored, bulk)
        return KindPlan([planner.plan(row) for row in rows])


class _Planner:
    def __init__(
        self, kind: AssetKind, session: Session, stored: Stored[Asset], bulk: BulkInsert
    ) -> None:
        self.kind = kind
        self.session = session
        self.stored = stored
        self.bulk = bulk
        self.refs = References(session)
        self.today = today_of(session)
        self.seen = FileKeys(kind.noun)
        self.odometers = _maintenance_odometers(session)
        self.open_work = _open_work(session)
        self.defaults = _type_defaults(session)
        self.last_tags: dict[str, str] = {}  # type code -> the last tag this plan gave

    def plan(self, row: ParsedRow) -> RowPlan:
        issues: list[Issue] = []
        existing = self._match(row, issues)
        kind = self._type(row, existing, issues)
        unit_id = self._unit(row, existing, issues)
        current = _draft_of(existing) if existing is not None else None
        merged = self._merged(row, current, kind, unit_id)
        problems = check_asset(
            merged,
            is_vehicle=bool(kind is not None and kind.is_vehicle),
            today=self.today,
            recorded=self._record(existing, current, merged),
        ).as_dict()
        skip = {i.field for i in issues}
        if self.kind.key == "tag":
            skip.add("registration")  # a vehicle's plate is checked by refuse_type
        issues += rule_issues(row, problems, _FIELD_OF, skip=skip)
        if not row.valid or has_error(issues):
            return RowPlan(row.number, Outcome.SKIPPED, issues)
        assert kind is not None
        if existing is None or current is None:
            values = {name: getattr(merged, name) for name in _DRAFT_FIELDS}
            values["tag"] = merged.tag or self._next_tag(kind.code)
            values["registration"] = merged.registration or None
            bulk = self.bulk
            return RowPlan(row.number, Outcome.NEW, issues, lambda _session: bulk.add(values))
        changes = {
            name: getattr(merged, name)
            for name in _DRAFT_FIELDS
            if getattr(merged, name) != getattr(current, name)
        }
        if not changes:
            return RowPlan(row.number, Outcome.UNCHANGED, issues)
        if "registration" in changes:
            changes["registration"] = changes["registration"] or None
        self.stored.want(existing.id)
        stored, record_id = self.stored, existing.id

        def update(_session: Session) -> None:
            asset = stored.record(record_id)
            for name, value in changes.items():
                setattr(asset, name, value)

        return RowPlan(row.number, Outcome.UPDATED, issues, update)

    def _match(self, row: ParsedRow, issues: list[Issue]) -> Row[Any] | None:
        field = self.kind.key
        text = row.values.get(field)
        if not text:
            return None
        key = clean_key(text)
        shown = f"{self.kind.spec.field(field).header} {key}"
        try:
            self.seen.claim(key, row.number, shown)
            existing = self.stored.match(key, shown, _described)
        except ReferenceProblem as problem:
            issues.append(error(row.number, field, str(problem)))
            return None
        if existing is not None and existing.archived:
            issues.append(
                error(
                    row.number,
                    field,
                    f"{shown} is an archived {self.kind.noun}{_tag_of(existing, field)}: an "
                    "archived record is kept for the history and is not edited.",
                )
            )
        return existing

    def _type(
        self, row: ParsedRow, existing: Row[Any] | None, issues: list[Issue]
    ) -> Row[Any] | None:
        kind = find(
            row,
            "equipment_code",
            lambda text: self.refs.equipment_types.get(text, archived_ok=True),
            issues,
        )
        if kind is None or (existing is not None and existing.equipment_type_id == kind.id):
            return kind  # an item keeps the type it has, whatever became of the type
        named = f"{kind.name} ({kind.code})"
        if not kind.serialised:
            sentence: str | None = (
                f"{named} is counted in bulk, not one by one: record it in a stock count."
            )
        elif kind.archived:
            sentence = f"{named} is archived: choose a type in use."
        else:
            sentence = self.kind.refuse_type(kind)
        if sentence:
            issues.append(error(row.number, "equipment_code", sentence))
        return kind

    def _unit(
        self, row: ParsedRow, existing: Row[Any] | None, issues: list[Issue]
    ) -> uuid.UUID | None:
        """The unit's id; an archived unit only if the item is in it already (as the form)."""
        unit = find(row, "unit", lambda text: self.refs.units.get(text, archived_ok=True), issues)
        if unit is None:
            return None
        if unit.archived and (existing is None or existing.unit_id != unit.id):
            issues.append(
                error(
                    row.number, "unit", f"Unit {unit.code} is archived: choose a unit in service."
                )
            )
        return unit.id  # type: ignore[no-any-return]

    def _merged(
        self,
        row: ParsedRow,
        current: AssetDraft | None,
        kind: Row[Any] | None,
        unit_id: uuid.UUID | None,
    ) -> AssetDraft:
        """The item as the file makes it: the stored values, each replaced by the file's when
        its cell holds one; defaults for a new item."""
        given = {
            name: row.values.get(name)
            for name in _DRAFT_FIELDS
            if name in row.values and row.values.get(name) is not None
        }
        if kind is not None:
            given["equipment_type_id"] = kind.id
        if unit_id is not None:
            given["unit_id"] = unit_id
        if current is not None:
            return replace(current, **given).cleaned()
        draft = AssetDraft(**{"equipment_type_id": None, **given})
        if kind is not None and not draft.make and not draft.model:
            make, model = self.defaults.get(kind.id, ("", ""))
            draft = replace(draft, make=make, model=model)
        return draft.cleaned()

    def _record(
        self, existing: Row[Any] | None, current: AssetDraft | None, merged: AssetDraft
    ) -> AssetRecord | None:
        """What is on record of a matched item, for the rules that compare with the past."""
        if existing is None or current is None:
            return None
        readings = [
            reading
            for reading in (existing.odometer_km, self.odometers.get(existing.id))
            if reading is not None
        ]
        work = self.open_work.get(existing.id) if merged.status != current.status else None
        return AssetRecord(
            status=existing.status,
            odometer_km=max(readings) if readings else None,
            next_service_km=existing.next_service_km,
            open_work=work,
        )

    def _next_tag(self, type_code: str) -> str:
        """The type's next free tag, one above the last this plan gave (the database is read
        once per type)."""
        last = self.last_tags.get(type_code)
        tag = suggested_tag(type_code, last) if last else next_tag(self.session, type_code)
        self.last_tags[type_code] = tag
        return tag


def _described(row: Row[Any]) -> str:
    return f"{row.registration or row.tag}" + (f" (tag {row.tag})" if row.registration else "")


def _tag_of(row: Row[Any], key: str) -> str:
    return f" (tag {row.tag})" if key != "tag" else ""


def _draft_of(row: Row[Any]) -> AssetDraft:
    values = {name: getattr(row, name) for name in _DRAFT_FIELDS}
    values["registration"] = row.registration or ""
    return AssetDraft(**values)


def _maintenance_odometers(session: Session) -> dict[uuid.UUID, int]:
    """The highest odometer reading noted on each item's maintenance, in one query."""
    m = MaintenanceEvent.__table__.c
    statement = (
        select(m.asset_id, func.max(m.odometer_km))
        .where(m.odometer_km.is_not(None))
        .group_by(m.asset_id)
    )
    return {asset_id: int(reading) for asset_id, reading in session.execute(statement)}


def _open_work(session: Session) -> dict[uuid.UUID, OpenWork]:
    """The maintenance still open on each item that has some (the latest), in one query."""
    m = MaintenanceEvent.__table__.c
    statement = select(m.asset_id, m.kind, m.opened_on).where(m.closed_on.is_(None))
    found: dict[uuid.UUID, OpenWork] = {}
    for asset_id, kind, opened_on in session.execute(statement.order_by(m.opened_on)):
        found[asset_id] = OpenWork(kind, opened_on)
    return found


def _type_defaults(session: Session) -> dict[uuid.UUID, tuple[str, str]]:
    """Each type's default make and model, in one query."""
    t = EquipmentType.__table__.c
    statement = select(t.id, t.default_make, t.default_model)
    return {type_id: (make, model) for type_id, make, model in session.execute(statement)}
