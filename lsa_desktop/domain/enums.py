"""The closed vocabularies of the domain. Stored as text (the member name, equal to its value)."""

from __future__ import annotations

from enum import StrEnum


class UnitType(StrEnum):
    HQ = "HQ"
    FPU = "FPU"  # Formed Police Unit, about 140 officers
    SWAT = "SWAT"
    IPO = "IPO"  # individual police officers, grouped for administration
    MEDICAL = "MEDICAL"
    LOGISTICS = "LOGISTICS"
    AVIATION = "AVIATION"
    MARITIME = "MARITIME"
    SECTION = "SECTION"


class Sex(StrEnum):
    M = "M"
    F = "F"


class PersonStatus(StrEnum):
    ACTIVE = "ACTIVE"
    LEAVE = "LEAVE"
    SICK = "SICK"
    INJURED = "INJURED"
    IN_TRANSIT = "IN_TRANSIT"
    REPATRIATED = "REPATRIATED"


class AssetStatus(StrEnum):
    IN_SERVICE = "IN_SERVICE"
    UNSERVICEABLE = "UNSERVICEABLE"
    UNDER_REPAIR = "UNDER_REPAIR"
    IN_TRANSIT = "IN_TRANSIT"
    LOST = "LOST"
    WRITTEN_OFF = "WRITTEN_OFF"
    REPATRIATED = "REPATRIATED"


#: Statuses that count as held by the unit (CONTEXT: on hand).
ON_HAND_STATUSES = (AssetStatus.IN_SERVICE, AssetStatus.UNSERVICEABLE, AssetStatus.UNDER_REPAIR)
#: Statuses that count as working (CONTEXT: serviceable).
SERVICEABLE_STATUSES = (AssetStatus.IN_SERVICE,)


class Condition(StrEnum):
    NEW = "NEW"
    GOOD = "GOOD"
    MINOR_DAMAGE = "MINOR_DAMAGE"
    MAJOR_DAMAGE = "MAJOR_DAMAGE"
    NEEDS_MAINTENANCE = "NEEDS_MAINTENANCE"


class Owner(StrEnum):
    CONTINGENT = "CONTINGENT"  # contingent-owned equipment (COE)
    UN = "UN"  # UN-owned equipment
    DONOR = "DONOR"  # provided by a donor to the mission
    MISSION = "MISSION"


class Acquisition(StrEnum):
    MOU = "MOU"
    DONATION = "DONATION"
    PURCHASE = "PURCHASE"
    LOAN = "LOAN"
    TRANSFER = "TRANSFER"


class AuthorisationBasis(StrEnum):
    MOU = "MOU"
    SOR = "SOR"  # the mission's statement of requirements
    COMMANDER = "COMMANDER"


class StockMovementKind(StrEnum):
    RECEIPT = "RECEIPT"
    ISSUE = "ISSUE"
    COUNT = "COUNT"
    LOSS = "LOSS"
    TRANSFER_IN = "TRANSFER_IN"
    TRANSFER_OUT = "TRANSFER_OUT"
    INSPECTION = "INSPECTION"
    DELIVERY = "DELIVERY"


class MaintenanceKind(StrEnum):
    SCHEDULED_SERVICE = "SCHEDULED_SERVICE"
    REPAIR = "REPAIR"
    BATTLE_DAMAGE = "BATTLE_DAMAGE"
    INSPECTION = "INSPECTION"
    MODIFICATION = "MODIFICATION"


class InspectionKind(StrEnum):
    ARRIVAL = "ARRIVAL"
    PERIODIC = "PERIODIC"  # operational readiness inspection, at least every six months
    SPOT_CHECK = "SPOT_CHECK"
    REPATRIATION = "REPATRIATION"


class InspectionStatus(StrEnum):
    DRAFT = "DRAFT"
    SIGNED = "SIGNED"


class Priority(StrEnum):
    IMMEDIATE = "IMMEDIATE"
    URGENT = "URGENT"
    ROUTINE = "ROUTINE"


class RequisitionStatus(StrEnum):
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    RETURNED = "RETURNED"
    PARTIALLY_FULFILLED = "PARTIALLY_FULFILLED"
    FULFILLED = "FULFILLED"
    CLOSED = "CLOSED"
    CANCELLED = "CANCELLED"


class Decision(StrEnum):
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    RETURNED = "RETURNED"


class DonorType(StrEnum):
    GOVERNMENT = "GOVERNMENT"
    MULTILATERAL = "MULTILATERAL"
    NGO = "NGO"
    PRIVATE = "PRIVATE"


class PledgeKind(StrEnum):
    IN_KIND = "IN_KIND"
    CASH = "CASH"


class PledgeStatus(StrEnum):
    PLEDGED = "PLEDGED"
    COMMITTED = "COMMITTED"
    PARTIALLY_DELIVERED = "PARTIALLY_DELIVERED"
    DELIVERED = "DELIVERED"
    CLOSED = "CLOSED"
    WITHDRAWN = "WITHDRAWN"


#: Pledge statuses whose undelivered quantities still count against a gap.
OPEN_PLEDGE_STATUSES = (
    PledgeStatus.PLEDGED,
    PledgeStatus.COMMITTED,
    PledgeStatus.PARTIALLY_DELIVERED,
)


class ImportStatus(StrEnum):
    RUNNING = "RUNNING"
    DONE = "DONE"
    REFUSED = "REFUSED"
    FAILED = "FAILED"


class Severity(StrEnum):
    ERROR = "ERROR"
    WARNING = "WARNING"
    SKIPPED = "SKIPPED"


class Band(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
