"""All tables, imported here so that ``SQLModel.metadata`` knows every one of them."""

from lsa_desktop.store.models.base import Archivable, Record, new_id, utcnow
from lsa_desktop.store.models.equipment import (
    Asset,
    Authorisation,
    EquipmentCategory,
    EquipmentType,
    Inspection,
    InspectionLine,
    MaintenanceEvent,
    StockLine,
    StockMovement,
)
from lsa_desktop.store.models.org import Contingent, Location, Mission, Unit
from lsa_desktop.store.models.personnel import Person, Qualification, QualificationType, Rank
from lsa_desktop.store.models.supply import (
    Approval,
    Delivery,
    DeliveryLine,
    Donor,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
)
from lsa_desktop.store.models.system import (
    AuditEntry,
    ImportIssue,
    ImportJob,
    MissionSetting,
    ReadinessSnapshot,
    ReadinessSnapshotLine,
    User,
)

__all__ = [
    "Approval",
    "Archivable",
    "Asset",
    "AuditEntry",
    "Authorisation",
    "Contingent",
    "Delivery",
    "DeliveryLine",
    "Donor",
    "EquipmentCategory",
    "EquipmentType",
    "ImportIssue",
    "ImportJob",
    "Inspection",
    "InspectionLine",
    "Location",
    "MaintenanceEvent",
    "Mission",
    "MissionSetting",
    "Person",
    "Pledge",
    "PledgeLine",
    "Qualification",
    "QualificationType",
    "Rank",
    "ReadinessSnapshot",
    "ReadinessSnapshotLine",
    "Record",
    "Requisition",
    "RequisitionLine",
    "StockLine",
    "StockMovement",
    "Unit",
    "User",
    "new_id",
    "utcnow",
]
