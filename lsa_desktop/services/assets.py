"""Recording vehicles and other serialised items: add, edit, archive, and change the status of
many at once. Mixed into :class:`~lsa_desktop.services.fleet.FleetService`, which lists them.

Each public method is one write (``store.write()``): every change it makes is audited as one
change set, and nothing is written while any problem stands. The pure rules are in
:mod:`lsa_desktop.domain.fleet_rules`; what needs the database (a tag or plate already used, a
unit archived meanwhile, an open maintenance event) is added here to the same problems.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlmodel import Session, col

from lsa_desktop.domain.enums import AssetStatus
from lsa_desktop.domain.fleet_rules import (
    TAG_DIGITS,
    AssetDraft,
    OpenWork,
    check_asset,
    open_work_problem,
    status_change_problem,
    status_words,
    suggested_tag,
)
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import UserError, ValidationFailed
from lsa_desktop.services.asset_detail import (
    AssetDetail,
    asset_detail,
    close_work,
    get_asset,
    open_work_of,
)
from lsa_desktop.store.audit import CHANGE_KEY
from lsa_desktop.store.models import Asset, EquipmentType, MaintenanceEvent, Unit

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

#: Items named in a refusal of a bulk change before "and N more".
_NAMED_IN_REFUSAL = 5
#: Ids per query when reading many items.
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class StatusChange:
    """What a bulk status change did: how many items changed, and the change set's id."""

    changed: int
    change_id: uuid.UUID


class AssetWrites:
    """Writes of vehicles and serialised items (a mixin: the class gives ``store``, ``_today``)."""

    store: Store
    _today: Callable[[], date]

    def asset(self, asset_id: uuid.UUID) -> AssetDetail:
        """The item as its form shows it; a ``UserError`` if it is gone."""
        with self.store.read() as session:
            return asset_detail(session, get_asset(session, asset_id))

    def suggest_tag(self, equipment_type_id: uuid.UUID) -> str:
        """The next free tag of a type: its code and a number one above the highest in use."""
        with self.store.read() as session:
            kind = session.get(EquipmentType, equipment_type_id)
            if kind is None:
                raise UserError("That equipment type no longer exists. Choose another one.")
            return next_tag(session, kind.code)

    def save_asset(
        self,
        draft: AssetDraft,
        asset_id: uuid.UUID | None = None,
        *,
        close_open_work: bool = False,
    ) -> AssetDetail:
        """Add an item (``asset_id`` None) or change one, in one write.

        A blank tag gets the type's next one; a blank make and model, the type's defaults.
        ``close_open_work`` closes the item's open maintenance event today when the item is put
        back in service by this save. Raises ``ValidationFailed`` with a sentence per field.
        """
        draft = draft.cleaned()
        today = self._today()
        with self.store.write() as session:
            asset = get_asset(session, asset_id) if asset_id is not None else None
            recorded = asset_detail(session, asset).record() if asset is not None else None
            kind = (
                session.get(EquipmentType, draft.equipment_type_id)
                if draft.equipment_type_id is not None
                else None
            )
            problems = check_asset(
                draft,
                is_vehicle=kind.is_vehicle if kind is not None else False,
                today=today,
                recorded=recorded,
                closing_open_work=close_open_work,
            )
            _check_references(session, problems, draft, kind, asset)
            tag = draft.tag or (next_tag(session, kind.code) if kind is not None else "")
            _check_unique(session, problems, "tag", Asset.tag, tag, asset_id)
            if draft.registration:
                _check_unique(
                    session,
                    problems,
                    "registration",
                    Asset.registration,
                    draft.registration,
                    asset_id,
                )
            problems.raise_if_any()
            assert kind is not None
            if asset is None:
                asset = Asset(tag=tag, equipment_type_id=kind.id)
                session.add(asset)
            make, model = draft.make, draft.model
            if not make and not model:
                make, model = kind.default_make, kind.default_model
            asset.tag = tag
            asset.equipment_type_id = kind.id
            asset.registration = draft.registration or None
            asset.make, asset.model = make, model
            asset.serial_number = draft.serial_number
            asset.unit_id = draft.unit_id
            asset.owner, asset.acquisition = draft.owner, draft.acquisition
            asset.status, asset.condition = draft.status, draft.condition
            asset.odometer_km = draft.odometer_km
            asset.next_service_date = draft.next_service_date
            asset.next_service_km = draft.next_service_km
            asset.acquired_on = draft.acquired_on
            if close_open_work and draft.status is AssetStatus.IN_SERVICE:
                work = open_work_of(session, asset.id)
                if work is not None:
                    close_work(work, max(today, work.opened_on))
            session.flush()
            return asset_detail(session, asset)

    def archive_assets(self, asset_ids: Sequence[uuid.UUID]) -> int:
        """Archive items (they leave the registers and the holdings); returns how many.

        Refused, for all of them, if any has maintenance still open: close it first."""
        with self.store.write() as session:
            assets = _get_assets(session, asset_ids)
            open_work = _open_work(session, assets)
            busy = [asset for asset in assets if asset.id in open_work]
            if busy:
                raise UserError(
                    _refusal(
                        f"{len(busy)} of the {len(assets)} selected items have maintenance still "
                        "open, so nothing was archived. Close their maintenance first",
                        [_name(a) for a in busy],
                    )
                )
            for asset in assets:
                asset.archived = True
            return len(assets)

    def set_status(
        self,
        asset_ids: Sequence[uuid.UUID],
        status: AssetStatus,
        *,
        close_open_work: bool = False,
    ) -> StatusChange:
        """Give many items one status, in one write (one change set, each item audited).

        All or nothing: if the change makes no sense for any of them (see
        :func:`~lsa_desktop.domain.fleet_rules.status_change_problem`), nothing is changed and
        the ``ValidationFailed`` names them. Putting items in service that have maintenance
        open closes it today if ``close_open_work``, and is refused otherwise.
        """
        today = self._today()
        with self.store.write() as session:
            assets = _get_assets(session, asset_ids)
            open_work = _open_work(session, assets)
            refused: list[str] = []
            closing: list[MaintenanceEvent] = []
            for asset in assets:
                reason = status_change_problem(asset.status, status)
                work = open_work.get(asset.id)
                if reason is None and status is AssetStatus.IN_SERVICE and work is not None:
                    if close_open_work:
                        closing.append(work)
                    else:
                        reason = open_work_problem(OpenWork(work.kind, work.opened_on))
                if reason:
                    refused.append(f"{_name(asset)}: {reason[0].lower()}{reason[1:]}")
            if refused:
                opening = (
                    f"{len(refused)} of the {len(assets)} selected items cannot be set "
                    f"{status_words(status)}, so nothing was changed."
                )
                raise ValidationFailed({"status": _reasons(opening, refused)})
            changed = 0
            for asset in assets:
                if asset.status != status:
                    asset.status = status
                    changed += 1
            for work in closing:
                close_work(work, max(today, work.opened_on))
            change_id = session.info[CHANGE_KEY]
            return StatusChange(changed=changed, change_id=change_id)


# --- inside a session -------------------------------------------------------------------------------


def _get_assets(session: Session, asset_ids: Sequence[uuid.UUID]) -> list[Asset]:
    """The items, read by chunks of ids (SQLite takes a bounded number of parameters)."""
    wanted = list(dict.fromkeys(asset_ids))
    if not wanted:
        raise UserError("Select the items to change first.")
    found: list[Asset] = []
    for chunk in _chunks(wanted):
        found += session.execute(select(Asset).where(col(Asset.id).in_(chunk))).scalars()
    if len(found) != len(wanted):
        raise UserError(
            "Some of the selected items are no longer in the database. Refresh and select again."
        )
    return found


def _open_work(session: Session, assets: Sequence[Asset]) -> dict[uuid.UUID, MaintenanceEvent]:
    """The maintenance still open on each of the items that have some, in one query a chunk."""
    open_work: dict[uuid.UUID, MaintenanceEvent] = {}
    for chunk in _chunks([asset.id for asset in assets]):
        statement = (
            select(MaintenanceEvent)
            .where(
                col(MaintenanceEvent.asset_id).in_(chunk),
                col(MaintenanceEvent.closed_on).is_(None),
            )
            .order_by(col(MaintenanceEvent.opened_on))
        )
        for work in session.execute(statement).scalars():
            open_work[work.asset_id] = work  # the latest, should an item have several
    return open_work


def _chunks(ids: list[uuid.UUID]) -> list[list[uuid.UUID]]:
    return [ids[start : start + _CHUNK] for start in range(0, len(ids), _CHUNK)]


def _check_references(
    session: Session,
    problems: Problems,
    draft: AssetDraft,
    kind: EquipmentType | None,
    asset: Asset | None,
) -> None:
    """The type and the unit exist, are in use, and the type is counted one by one."""
    if draft.equipment_type_id is not None and kind is None:
        problems.add("equipment_type_id", "That equipment type no longer exists. Choose another.")
    elif kind is not None:
        if not kind.serialised:
            problems.add(
                "equipment_type_id",
                f"{kind.name} is counted in bulk, not one by one: record it as a stock line.",
            )
        elif kind.archived and (asset is None or asset.equipment_type_id != kind.id):
            problems.add("equipment_type_id", f"{kind.name} is archived: choose a type in use.")
    if draft.unit_id is not None and (asset is None or asset.unit_id != draft.unit_id):
        unit = session.get(Unit, draft.unit_id)
        if unit is None or unit.archived:
            problems.add("unit_id", "That unit is archived or gone: choose another unit.")


def _check_unique(
    session: Session,
    problems: Problems,
    field: str,
    column: object,
    value: str,
    asset_id: uuid.UUID | None,
) -> None:
    statement = select(Asset).where(column == value)  # type: ignore[arg-type]
    if asset_id is not None:
        statement = statement.where(col(Asset.id) != asset_id)
    other = session.execute(statement.limit(1)).scalars().first()
    if other is None:
        return
    kind = session.get(EquipmentType, other.equipment_type_id)
    item = "vehicle" if kind is not None and kind.is_vehicle else "item"
    type_name = f" ({kind.name})" if kind is not None else ""
    if field == "tag":
        what, described = "Tag", other.registration or f"another {item}"
    else:
        what, described = "Registration", other.tag
    problems.add(
        field,
        f"{what} {value} is already used by {described}{type_name}. "
        f"Check the {what.lower()} or edit that {item}.",
    )


def next_tag(session: Session, type_code: str) -> str:
    """The type's next tag, from the highest "<code>-NNNNNN" in use (read on the tag index:
    a range of the index, then a pattern, rather than a case-folding LIKE that reads them all)."""
    prefix = f"{type_code}-"
    literal = "".join(f"[{char}]" if char in "*?[" else char for char in prefix)
    pattern = literal + "[0-9]" * TAG_DIGITS
    statement = select(func.max(Asset.tag)).where(
        col(Asset.tag) >= prefix,
        col(Asset.tag) < prefix[:-1] + ".",  # "." follows "-": every tag with the prefix is below
        col(Asset.tag).op("GLOB")(pattern),
    )
    return suggested_tag(type_code, session.execute(statement).scalar_one_or_none())


def _name(asset: Asset) -> str:
    return asset.registration or asset.tag


def _reasons(opening: str, reasons: list[str]) -> str:
    """A refusal of a bulk change: the opening, then the first items' reasons, one sentence each."""
    shown = reasons[:_NAMED_IN_REFUSAL]
    more = len(reasons) - len(shown)
    return " ".join([opening, *shown, *([f"And {more} more."] if more else [])])


def _refusal(opening: str, names: list[str]) -> str:
    shown = names[:_NAMED_IN_REFUSAL]
    more = len(names) - len(shown)
    listed = "; ".join(shown) + (f"; and {more} more" if more else "")
    return f"{opening}: {listed}."
