"""The SQL behind the Dashboard: a fixed set of aggregate statements, whatever the mission's size.

:func:`figure_statements` names every statement :meth:`DashboardService.figures` runs, and only
those, so the benchmark can time "the bare aggregate queries" by running the same dictionary
(:meth:`DashboardService.aggregate_queries_only`). Each statement is restricted to the page's
scope in SQL, on the ``unit`` table, so a one-unit Dashboard reads one unit's rows.

A past day reads its snapshot and the snapshot before it; the statements about service dates,
qualifications, requisitions and pledges exist only for today, since no snapshot keeps them.
The trend is one statement over the snapshots (:func:`trend_statement`), reading the readiness
each snapshot row stores: one row per unit and day.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    Select,
    String,
    and_,
    case,
    false,
    func,
    select,
    type_coerce,
)

from lsa_desktop.domain.enums import OPEN_PLEDGE_STATUSES, PersonStatus, RequisitionStatus
from lsa_desktop.services import readiness_rows as rows
from lsa_desktop.services.dashboard_model import EXPIRING_WITHIN_DAYS, FIRST_FEW, Scope
from lsa_desktop.services.fleet import overdue_condition
from lsa_desktop.services.holdings import accepted_on
from lsa_desktop.store.models import (
    Asset,
    Donor,
    Pledge,
    PledgeLine,
    Qualification,
    QualificationType,
    Rank,
    Requisition,
)

_unit = rows.unit_table
_type = rows.type_table
_category = rows.category_table
_contingent = rows.contingent_table
_person = rows.person_table
_snapshot = rows.snapshot_table
_snapshot_line = rows.snapshot_line_table
_asset = Asset.__table__
_qualification = Qualification.__table__
_qualification_type = QualificationType.__table__
_rank = Rank.__table__
_requisition = Requisition.__table__
_pledge = Pledge.__table__
_pledge_line = PledgeLine.__table__
_donor = Donor.__table__

#: The statement's rows, by name (what :func:`run` returns).
QueryRows = Mapping[str, Sequence[Row[Any]]]


def scope_conditions(scope: Scope) -> list[ColumnElement[bool]]:
    """The page's filters as conditions on the ``unit`` table."""
    u = _unit.c
    conditions = []
    if scope.contingent_id is not None:
        conditions.append(u.contingent_id == scope.contingent_id)
    if scope.unit_id is not None:
        conditions.append(u.id == scope.unit_id)
    return conditions


def previous_day(day: date) -> ColumnElement[Any]:
    """The latest day before ``day`` that has a snapshot (NULL when none has)."""
    s = _snapshot.c
    return select(func.max(s.as_of)).where(s.as_of < day).scalar_subquery()


#: The statements of today's lists (overdue services, expiring qualifications, requisitions
#: awaiting a decision), which :meth:`DashboardService.figures` reads on a second connection while
#: it reads the others (:mod:`lsa_desktop.services.side_reader`): each list is a scan of its
#: own table, about as long as the holdings' read, and nothing else depends on them.
LISTS = ("overdue", "expiring", "awaiting")


def figure_statements(scope: Scope, day: date, live: bool) -> dict[str, Select[Any]]:
    """Every statement the figures of ``day`` need: live ones today, the snapshot's before."""
    where = scope_conditions(scope)
    statements: dict[str, Select[Any]] = {
        "units": rows.live_units(where) if live else rows.snapshot_units(day, where),
        "lines": rows.live_lines(where) if live else rows.snapshot_lines(day, where),
        "categories": _categories(),
        "previous_units": _previous_units(day, where),
        "previous_gaps": _previous_gaps(day, where),
    }
    if not scope.everything:
        statements["scope_name"] = _scope_name(scope)
    if live:
        statements["overdue"] = _overdue(day, where)
        statements["expiring"] = _expiring(day, where)
        statements["awaiting"] = _awaiting(where)
        statements["pledges"] = _critical_pledges(where)
    return statements


def _previous_units(day: date, where: Sequence[ColumnElement[bool]]) -> Select[Any]:
    """The units of the latest snapshot before ``day``: their strength and the readiness the
    snapshot stored (what changed since is told from these, without the arithmetic again)."""
    s, u = _snapshot.c, _unit.c
    return (
        select(s.as_of, u.code, s.present, s.readiness_pct)
        .join(_unit, u.id == s.unit_id)
        .where(s.as_of == previous_day(day), *where)
    )


def _previous_gaps(day: date, where: Sequence[ColumnElement[bool]]) -> Select[Any]:
    """The (unit, type) lines of the latest snapshot before ``day`` that had a gap, with it:
    ``gap_quantity`` of :mod:`lsa_desktop.domain.readiness`, computed by the database."""
    sl, u, t = _snapshot_line.c, _unit.c, _type.c
    gap = sl.authorised - sl.serviceable - sl.pledged_open
    return (
        select(
            u.code.label("unit_code"),
            t.code.label("equipment_code"),
            t.name.label("equipment_name"),
            gap.label("gap"),
        )
        .join(_unit, u.id == sl.unit_id)
        .join(_type, t.id == sl.equipment_type_id)
        .where(sl.as_of == previous_day(day), gap > 0, *where)
    )


def run(conn: Connection, statements: Mapping[str, Select[Any]]) -> dict[str, list[Row[Any]]]:
    return {name: list(conn.execute(statement).all()) for name, statement in statements.items()}


def snapshot_exists(conn: Connection, day: date) -> bool:
    """Whether any unit has a snapshot on ``day`` (asked only when the scope's units have none,
    to tell "no snapshot that day" from "none of these units that day")."""
    s = _snapshot.c
    return conn.execute(select(s.id).where(s.as_of == day).limit(1)).first() is not None


def _categories() -> Select[Any]:
    """Every category with its id, name and place (the lines carry only codes: the bars and
    the summary's lists label and order them from these few rows)."""
    k = _category.c
    return select(k.id, k.code, k.name, k.critical, k.sort_order)


def _scope_name(scope: Scope) -> Select[Any]:
    """The unit's code or the contingent's name, said on screen and on paper."""
    if scope.unit_id is not None:
        return select(_unit.c.code.label("name")).where(_unit.c.id == scope.unit_id)
    c = _contingent.c
    return select(c.name.label("name")).where(c.id == scope.contingent_id)


def _overdue(day: date, where: Sequence[ColumnElement[bool]]) -> Select[Any]:
    """The items the Maintenance page lists as overdue (the same condition, archived left out):
    the first few, most overdue by date first, then by mileage; ``total`` counts them all."""
    a, t, u = _asset.c, _type.c, _unit.c
    overdue_since = case((a.next_service_date < day, a.next_service_date), else_=None)
    return (
        select(
            a.tag,
            a.registration,
            t.name.label("type_name"),
            u.code.label("unit_code"),
            a.next_service_date,
            a.odometer_km,
            a.next_service_km,
            func.count().over().label("total"),
        )
        .select_from(
            _asset.join(_type, t.id == a.equipment_type_id).outerjoin(_unit, u.id == a.unit_id)
        )
        .where(overdue_condition(day), a.archived == false(), *where)
        .order_by(overdue_since.nulls_last(), (a.odometer_km - a.next_service_km).desc(), a.tag)
        .limit(FIRST_FEW)
    )


def _expiring(day: date, where: Sequence[ColumnElement[bool]]) -> Select[Any]:
    """The qualifications the Qualifications page lists with ``within_days`` = 30 (those
    already expired included), the soonest expiry first; ``total`` counts them all and
    ``expired`` those already past."""
    q, p, u = _qualification.c, _person.c, _unit.c
    expired = case((q.expires_on < day, 1), else_=0)
    return (
        select(
            p.surname,
            p.given_names,
            p.service_number,
            _rank.c.code.label("rank_code"),
            u.code.label("unit_code"),
            _qualification_type.c.name.label("type_name"),
            q.expires_on,
            func.count().over().label("total"),
            func.sum(expired).over().label("expired"),
        )
        .select_from(
            _qualification.join(_person, p.id == q.person_id)
            .join(_qualification_type, _qualification_type.c.id == q.qualification_type_id)
            .outerjoin(_unit, u.id == p.unit_id)
            .outerjoin(_rank, _rank.c.id == p.rank_id)
        )
        .where(
            q.expires_on.is_not(None),
            q.expires_on <= day + timedelta(days=EXPIRING_WITHIN_DAYS),
            q.archived == false(),
            p.archived == false(),
            p.status != PersonStatus.REPATRIATED,
            *where,
        )
        .order_by(q.expires_on, q.id)
        .limit(FIRST_FEW)
    )


def _awaiting(where: Sequence[ColumnElement[bool]]) -> Select[Any]:
    """Requisitions submitted and not yet decided."""
    r = _requisition.c
    return (
        select(func.count().label("total"))
        .select_from(_requisition.join(_unit, _unit.c.id == r.unit_id))
        .where(r.status == RequisitionStatus.SUBMITTED, *where)
    )


def _critical_pledges(where: Sequence[ColumnElement[bool]]) -> Select[Any]:
    """Open pledge lines of critical types still to be delivered, per (unit, type) code: what
    the summary names beside each critical gap."""
    pl, p, d, u, t, k = _pledge_line.c, _pledge.c, _donor.c, _unit.c, _type.c, _category.c
    outstanding = pl.quantity - accepted_on(pl.id)
    return (
        select(
            u.code.label("unit_code"),
            t.code.label("equipment_code"),
            p.reference,
            d.name.label("donor"),
            outstanding.label("outstanding"),
        )
        .select_from(
            _pledge_line.join(
                _pledge, and_(p.id == pl.pledge_id, p.status.in_(OPEN_PLEDGE_STATUSES))
            )
            .join(_donor, d.id == p.donor_id)
            .join(_unit, u.id == pl.unit_id)
            .join(_type, t.id == pl.equipment_type_id)
            .join(_category, k.id == t.category_id)
        )
        .where(k.critical.is_(True), outstanding > 0, u.archived == false(), *where)
        .order_by(p.reference)
    )


def scope_option_statements() -> dict[str, Select[Any]]:
    """The filters' choices: contingents by name, units by code (neither archived)."""
    c, u = _contingent.c, _unit.c
    return {
        "contingents": select(c.id, c.name, c.country_code)
        .where(c.archived == false())
        .order_by(c.name),
        "units": select(u.id, u.code, u.name, u.contingent_id)
        .where(u.archived == false())
        .order_by(u.code),
    }


def trend_points(
    history: Sequence[Row[Any]],
) -> tuple[dict[uuid.UUID, list[tuple[date, float | None]]], dict[uuid.UUID, str]]:
    """The rows of :func:`trend_statement` as each unit's points and code."""
    days: dict[str, date] = {}
    ids: dict[str, uuid.UUID] = {}
    points: dict[uuid.UUID, list[tuple[date, float | None]]] = {}
    codes: dict[uuid.UUID, str] = {}
    for as_of, unit_text, code, readiness_pct in history:
        day = days.get(as_of)
        if day is None:
            day = days[as_of] = date.fromisoformat(as_of)
        unit_id = ids.get(unit_text)
        if unit_id is None:
            unit_id = ids[unit_text] = uuid.UUID(unit_text)
            codes[unit_id] = code
        points.setdefault(unit_id, []).append((day, readiness_pct))
    return points, codes


def trend_statement(first_day: date, last_day: date, scope: Scope) -> Select[Any]:
    """Per unit in scope and snapshot day from ``first_day`` to ``last_day``: the readiness
    stored with the snapshot (:mod:`lsa_desktop.services.snapshot_readiness`), one row per unit
    and day."""
    s, u = _snapshot.c, _unit.c
    # The day and the unit's id come as their stored text: tens of thousands of rows share a
    # few dozen days and units, converted once each by the caller (trend_points).
    return (
        select(
            type_coerce(s.as_of, String).label("as_of"),
            type_coerce(s.unit_id, String).label("unit_id"),
            u.code,
            s.readiness_pct,
        )
        .join(_unit, u.id == s.unit_id)
        .where(s.as_of.between(first_day, last_day), *scope_conditions(scope))
        .order_by(u.code, s.as_of)
    )
