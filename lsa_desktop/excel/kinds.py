"""The kinds of workbook the app reads and writes, and their public headers.

These header names are a public contract (README, ``export KIND``): officers build workbooks
against them and donors send them back. Rename one only with an alias for the old name (see
``aliases.json``). The order of the fields is the template's column order.
"""

from __future__ import annotations

from typing import Any

from lsa_desktop.domain.enums import (
    AssetStatus,
    AuthorisationBasis,
    Condition,
    PersonStatus,
    PledgeStatus,
    Sex,
    UnitType,
)
from lsa_desktop.excel.model import FieldSpec, FieldType, KindSpec

T, ID, INT, DEC, BOOL, DATE, CHOICE = (
    FieldType.TEXT,
    FieldType.IDENTIFIER,
    FieldType.INTEGER,
    FieldType.DECIMAL,
    FieldType.BOOLEAN,
    FieldType.DATE,
    FieldType.CHOICE,
)


def _f(
    name: str, header: str, kind: FieldType = T, required: bool = False, **more: Any
) -> FieldSpec:
    return FieldSpec(name=name, header=header, type=kind, required=required, **more)


UNITS = KindSpec(
    "units",
    "Units",
    (
        _f("code", "Code", ID, True, max_length=20),
        _f("name", "Name", T, True, max_length=160),
        _f("unit_type", "Type", CHOICE, True, choices=UnitType),
        _f("contingent", "Contingent", T, help="A contingent's name; created if new"),
        _f("parent", "Parent unit", T, help="Another unit's code or name"),
        _f("base", "Base", T, help="A base's name; created if new"),
        _f("authorised_strength", "Authorised strength", INT),
        _f("min_operational_strength", "Minimum operational strength", INT),
    ),
    key=("code",),
)

PERSONNEL = KindSpec(
    "personnel",
    "Personnel",
    (
        _f("service_number", "Service number", ID, True, max_length=40),
        _f("rank", "Rank", T, help="The rank's abbreviation or name"),
        _f("surname", "Surname", T, True, max_length=80),
        _f("given_names", "Given names", T, max_length=120),
        _f("sex", "Sex", CHOICE, choices=Sex),
        _f("unit", "Unit", T, True, help="A unit's code or name"),
        _f("role", "Role", T, max_length=120),
        _f("status", "Status", CHOICE, choices=PersonStatus),
        _f("arrival_date", "Arrival date", DATE),
        _f("tour_end_date", "Tour end date", DATE),
    ),
    key=("service_number",),
)

QUALIFICATIONS = KindSpec(
    "qualifications",
    "Qualifications",
    (
        _f("service_number", "Service number", ID, True),
        _f("qualification", "Qualification", T, True, help="A qualification type's code or name"),
        _f("number", "Number", ID, max_length=60),
        _f("issued_on", "Issued on", DATE),
        _f("expires_on", "Expires on", DATE),
    ),
    key=("service_number", "qualification"),
)

EQUIPMENT_CATEGORIES = KindSpec(
    "equipment-categories",
    "Equipment categories",
    (
        _f("code", "Code", ID, True, max_length=20),
        _f("name", "Name", T, True, max_length=120),
        _f("critical", "Critical", BOOL),
    ),
    key=("code",),
)

EQUIPMENT_TYPES = KindSpec(
    "equipment-types",
    "Equipment types",
    (
        _f("code", "Code", ID, True, max_length=30),
        _f("name", "Name", T, True, max_length=160),
        _f("category", "Category", T, True, help="A category's code or name"),
        _f("unit_of_measure", "Unit of measure", T, max_length=20),
        _f("unit_value_usd", "Unit value (USD)", DEC),
        _f("serialised", "Serialised", BOOL),
    ),
    key=("code",),
)

AUTHORISATIONS = KindSpec(
    "authorisations",
    "Authorisations",
    (
        _f("unit", "Unit", T, True),
        _f("equipment_code", "Equipment code", ID, True),
        _f("quantity", "Authorised quantity", INT, True),
        _f("basis", "Basis", CHOICE, choices=AuthorisationBasis),
    ),
    key=("unit", "equipment_code"),
)

STOCK = KindSpec(
    "stock",
    "Stock",
    (
        _f("unit", "Unit", T, True),
        _f("equipment_code", "Equipment code", ID, True),
        _f("on_hand", "On hand", INT, True),
        _f("serviceable", "Serviceable", INT),
    ),
    key=("unit", "equipment_code"),
)

VEHICLES = KindSpec(
    "vehicles",
    "Vehicles",
    (
        _f("registration", "Registration", ID, True, max_length=30),
        _f("equipment_code", "Equipment code", ID, True),
        _f("make", "Make", T, max_length=60),
        _f("model", "Model", T, max_length=60),
        _f("unit", "Unit", T),
        _f("status", "Status", CHOICE, choices=AssetStatus),
        _f("condition", "Condition", CHOICE, choices=Condition),
        _f("odometer_km", "Odometer (km)", INT),
        _f("next_service_date", "Next service date", DATE),
    ),
    key=("registration",),
)

ASSETS = KindSpec(
    "assets",
    "Assets",
    (
        _f("tag", "Asset tag", ID, True, max_length=40),
        _f("equipment_code", "Equipment code", ID, True),
        _f("serial_number", "Serial number", ID, max_length=80),
        _f("unit", "Unit", T),
        _f("status", "Status", CHOICE, choices=AssetStatus),
        _f("condition", "Condition", CHOICE, choices=Condition),
    ),
    key=("tag",),
)

PLEDGES = KindSpec(
    "pledges",
    "Pledges",
    (
        _f("donor", "Donor", T, True, help="A donor's name; created if new"),
        _f("reference", "Pledge reference", ID, True, max_length=40),
        _f("pledged_on", "Date", DATE, help="Default: the pledge's date if known, else today"),
        _f("unit", "Unit", T, True),
        _f("equipment_code", "Equipment code", ID, True),
        _f("quantity", "Quantity", INT, True),
        _f("unit_value_usd", "Unit value (USD)", DEC),
        _f("expected_delivery", "Expected delivery", DATE),
        _f("status", "Status", CHOICE, choices=PledgeStatus),
        _f("requisition", "Requisition reference", ID),
    ),
    key=("reference", "unit", "equipment_code"),
    skip_unless=("reference", "quantity", "pledged_on"),
)

DELIVERIES = KindSpec(
    "deliveries",
    "Deliveries",
    (
        _f("pledge", "Pledge reference", ID, True),
        _f("delivered_on", "Delivery date", DATE, True),
        _f("equipment_code", "Equipment code", ID, True),
        _f("quantity_received", "Quantity received", INT, True),
        _f("quantity_accepted", "Quantity accepted", INT),
        _f("condition", "Condition", CHOICE, choices=Condition),
        _f("waybill", "Waybill reference", ID, max_length=80),
        # Optional, after the contract's columns: which line of a pledge that has several lines
        # of the item (for different units), and why fewer were accepted than received.
        _f("unit", "Unit", T, help="The unit of the pledge line, when the pledge has several"),
        _f("discrepancy_reason", "Discrepancy reason", T, max_length=400),
    ),
    key=("pledge", "waybill", "unit", "equipment_code"),
)

KINDS: dict[str, KindSpec] = {
    spec.name: spec
    for spec in (
        UNITS,
        PERSONNEL,
        QUALIFICATIONS,
        EQUIPMENT_CATEGORIES,
        EQUIPMENT_TYPES,
        AUTHORISATIONS,
        STOCK,
        VEHICLES,
        ASSETS,
        PLEDGES,
        DELIVERIES,
    )
}
