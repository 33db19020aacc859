"""What ``export KIND`` reads: one SELECT per kind, giving its public columns in template order.

References are written as the import reads them back (a unit by its code, a rank by its
abbreviation, a contingent or base or donor by its name, a category, type or qualification by its
code), so that exporting a kind and importing the file again changes nothing. Archived records are
left out, and so are records that hang on an archived unit, person or equipment type (the import
refuses to attach anything to those). Rows come in the order of the kind's natural key.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Select, false, select

from lsa_desktop.store.models import (
    Asset,
    Authorisation,
    Contingent,
    Delivery,
    DeliveryLine,
    Donor,
    EquipmentCategory,
    EquipmentType,
    Location,
    Person,
    Pledge,
    PledgeLine,
    Qualification,
    QualificationType,
    Rank,
    Requisition,
    RequisitionLine,
    StockLine,
    Unit,
)

_unit = Unit.__table__
_parent = _unit.alias("parent_unit")
_contingent = Contingent.__table__
_location = Location.__table__
_person = Person.__table__
_rank = Rank.__table__
_qualification = Qualification.__table__
_qualification_type = QualificationType.__table__
_category = EquipmentCategory.__table__
_type = EquipmentType.__table__
_authorisation = Authorisation.__table__
_stock = StockLine.__table__
_asset = Asset.__table__
_donor = Donor.__table__
_pledge = Pledge.__table__
_pledge_line = PledgeLine.__table__
_requisition = Requisition.__table__
_requisition_line = RequisitionLine.__table__
_delivery = Delivery.__table__
_delivery_line = DeliveryLine.__table__


def units() -> Select:
    u = _unit
    return (
        select(
            u.c.code,
            u.c.name,
            u.c.unit_type,
            _contingent.c.name,
            _parent.c.code,
            _location.c.name,
            u.c.authorised_strength,
            u.c.min_operational_strength,
        )
        .select_from(
            u.outerjoin(_contingent, _contingent.c.id == u.c.contingent_id)
            .outerjoin(_parent, _parent.c.id == u.c.parent_id)
            .outerjoin(_location, _location.c.id == u.c.base_id)
        )
        .where(u.c.archived == false())
        .order_by(u.c.code)
    )


def personnel() -> Select:
    p = _person
    return (
        select(
            p.c.service_number,
            _rank.c.code,
            p.c.surname,
            p.c.given_names,
            p.c.sex,
            _unit.c.code,
            p.c.role,
            p.c.status,
            p.c.arrival_date,
            p.c.tour_end_date,
        )
        .select_from(
            p.outerjoin(_rank, _rank.c.id == p.c.rank_id).outerjoin(
                _unit, _unit.c.id == p.c.unit_id
            )
        )
        .where(p.c.archived == false())
        .order_by(p.c.service_number)
    )


def qualifications() -> Select:
    q = _qualification
    return (
        select(
            _person.c.service_number,
            _qualification_type.c.code,
            q.c.number,
            q.c.issued_on,
            q.c.expires_on,
        )
        .select_from(
            q.join(_person, _person.c.id == q.c.person_id).join(
                _qualification_type, _qualification_type.c.id == q.c.qualification_type_id
            )
        )
        .where(q.c.archived == false(), _person.c.archived == false())
        .order_by(_person.c.service_number, _qualification_type.c.code)
    )


def equipment_categories() -> Select:
    c = _category
    return (
        select(c.c.code, c.c.name, c.c.critical).where(c.c.archived == false()).order_by(c.c.code)
    )


def equipment_types() -> Select:
    t = _type
    return (
        select(
            t.c.code,
            t.c.name,
            _category.c.code,
            t.c.unit_of_measure,
            t.c.unit_value_usd,
            t.c.serialised,
        )
        .select_from(t.join(_category, _category.c.id == t.c.category_id))
        .where(t.c.archived == false())
        .order_by(t.c.code)
    )


def authorisations() -> Select:
    a = _authorisation
    return (
        select(_unit.c.code, _type.c.code, a.c.quantity, a.c.basis)
        .select_from(
            a.join(_unit, _unit.c.id == a.c.unit_id).join(
                _type, _type.c.id == a.c.equipment_type_id
            )
        )
        .where(_unit.c.archived == false(), _type.c.archived == false())
        .order_by(_unit.c.code, _type.c.code)
    )


def stock() -> Select:
    s = _stock
    return (
        select(_unit.c.code, _type.c.code, s.c.on_hand, s.c.serviceable)
        .select_from(
            s.join(_unit, _unit.c.id == s.c.unit_id).join(
                _type, _type.c.id == s.c.equipment_type_id
            )
        )
        .where(s.c.archived == false(), _unit.c.archived == false(), _type.c.archived == false())
        .order_by(_unit.c.code, _type.c.code)
    )


def _assets(*columns: object) -> Select:
    a = _asset
    return (
        select(*columns)  # type: ignore[call-overload]
        .select_from(
            a.join(_type, _type.c.id == a.c.equipment_type_id).outerjoin(
                _unit, _unit.c.id == a.c.unit_id
            )
        )
        .where(a.c.archived == false(), _type.c.archived == false())
    )


def vehicles() -> Select:
    """The vehicle register: items whose equipment type is a vehicle (as the Vehicles page)."""
    a = _asset
    return (
        _assets(
            a.c.registration,
            _type.c.code,
            a.c.make,
            a.c.model,
            _unit.c.code,
            a.c.status,
            a.c.condition,
            a.c.odometer_km,
            a.c.next_service_date,
        )
        .where(_type.c.is_vehicle)
        .order_by(a.c.registration.is_(None), a.c.registration, a.c.tag)
    )


def assets() -> Select:
    """The other serialised items (as the Equipment page's item register)."""
    a = _asset
    return (
        _assets(a.c.tag, _type.c.code, a.c.serial_number, _unit.c.code, a.c.status, a.c.condition)
        .where(_type.c.is_vehicle == false())
        .order_by(a.c.tag)
    )


def pledges() -> Select:
    """One row per pledge line: the pledge's columns repeated on each of its lines."""
    line = _pledge_line
    return (
        select(
            _donor.c.name,
            _pledge.c.reference,
            _pledge.c.pledged_on,
            _unit.c.code,
            _type.c.code,
            line.c.quantity,
            line.c.unit_value_usd,
            _pledge.c.expected_delivery,
            _pledge.c.status,
            _requisition.c.reference,
        )
        .select_from(
            line.join(_pledge, _pledge.c.id == line.c.pledge_id)
            .join(_donor, _donor.c.id == _pledge.c.donor_id)
            .join(_unit, _unit.c.id == line.c.unit_id)
            .join(_type, _type.c.id == line.c.equipment_type_id)
            .outerjoin(_requisition_line, _requisition_line.c.id == line.c.requisition_line_id)
            .outerjoin(_requisition, _requisition.c.id == _requisition_line.c.requisition_id)
        )
        .order_by(_pledge.c.reference, _unit.c.code, _type.c.code)
    )


def deliveries() -> Select:
    """One row per delivery line: what one waybill brought of one pledged item."""
    line = _delivery_line
    return (
        select(
            _pledge.c.reference,
            _delivery.c.delivered_on,
            _type.c.code,
            line.c.quantity_received,
            line.c.quantity_accepted,
            line.c.condition,
            _delivery.c.waybill_reference,
            _unit.c.code,
            line.c.discrepancy_reason,
        )
        .select_from(
            line.join(_delivery, _delivery.c.id == line.c.delivery_id)
            .join(_pledge_line, _pledge_line.c.id == line.c.pledge_line_id)
            .join(_pledge, _pledge.c.id == _pledge_line.c.pledge_id)
            .join(_type, _type.c.id == _pledge_line.c.equipment_type_id)
            .join(_unit, _unit.c.id == _pledge_line.c.unit_id)
        )
        .order_by(
            _pledge.c.reference,
            _delivery.c.waybill_reference,
            _type.c.code,
            _delivery.c.delivered_on,
            _unit.c.code,
        )
    )


#: Per kind (the command line's KIND), the query of its rows.
QUERIES: dict[str, Callable[[], Select]] = {
    "units": units,
    "personnel": personnel,
    "qualifications": qualifications,
    "equipment-categories": equipment_categories,
    "equipment-types": equipment_types,
    "authorisations": authorisations,
    "stock": stock,
    "vehicles": vehicles,
    "assets": assets,
    "pledges": pledges,
    "deliveries": deliveries,
}
