"""Services: one module per area. Each public method is one unit of work and returns plain rows.

``Services`` is the one object the views and the command line hold; each area's service is built
on first use, so that a command that needs one area does not import them all.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lsa_desktop.services.audit import AuditService
    from lsa_desktop.services.dashboard import DashboardService
    from lsa_desktop.services.database import DatabaseService
    from lsa_desktop.services.deliveries import DeliveryService
    from lsa_desktop.services.donors import DonorService
    from lsa_desktop.services.equipment import EquipmentService
    from lsa_desktop.services.fleet import FleetService
    from lsa_desktop.services.inspections import InspectionService
    from lsa_desktop.services.maintenance import MaintenanceService
    from lsa_desktop.services.mission_settings import MissionSettingsService
    from lsa_desktop.services.personnel import PersonnelService
    from lsa_desktop.services.personnel_batch import PersonnelBatchService
    from lsa_desktop.services.pledges import PledgeService
    from lsa_desktop.services.qualifications import QualificationService
    from lsa_desktop.services.readiness import ReadinessService
    from lsa_desktop.services.requisitions import RequisitionService
    from lsa_desktop.services.supply import SupplyService
    from lsa_desktop.services.units import UnitService
    from lsa_desktop.store.engine import Store


class Services:
    def __init__(self, store: Store) -> None:
        self.store = store

    @cached_property
    def readiness(self) -> ReadinessService:
        from lsa_desktop.services.readiness import ReadinessService

        return ReadinessService(self.store)

    @cached_property
    def dashboard(self) -> DashboardService:
        from lsa_desktop.services.dashboard import DashboardService

        return DashboardService(self.store, self.readiness)

    @cached_property
    def units(self) -> UnitService:
        from lsa_desktop.services.units import UnitService

        return UnitService(self.store)

    @cached_property
    def personnel(self) -> PersonnelService:
        from lsa_desktop.services.personnel import PersonnelService

        return PersonnelService(self.store)

    @cached_property
    def fleet(self) -> FleetService:
        from lsa_desktop.services.fleet import FleetService

        return FleetService(self.store)

    @cached_property
    def equipment(self) -> EquipmentService:
        from lsa_desktop.services.equipment import EquipmentService

        return EquipmentService(self.store)

    @cached_property
    def supply(self) -> SupplyService:
        from lsa_desktop.services.supply import SupplyService

        return SupplyService(self.store)

    @cached_property
    def database(self) -> DatabaseService:
        from lsa_desktop.services.database import DatabaseService

        return DatabaseService(self.store)

    @cached_property
    def audit(self) -> AuditService:
        from lsa_desktop.services.audit import AuditService

        return AuditService(self.store)

    @cached_property
    def inspections(self) -> InspectionService:
        from lsa_desktop.services.inspections import InspectionService

        return InspectionService(self.store)

    @cached_property
    def personnel_batch(self) -> PersonnelBatchService:
        from lsa_desktop.services.personnel_batch import PersonnelBatchService

        return PersonnelBatchService(self.store)

    @cached_property
    def qualifications(self) -> QualificationService:
        from lsa_desktop.services.qualifications import QualificationService

        return QualificationService(self.store)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from lsa_desktop.services.maintenance import MaintenanceService

        return MaintenanceService(self.store)

    @cached_property
    def requisitions(self) -> RequisitionService:
        from lsa_desktop.services.requisitions import RequisitionService

        return RequisitionService(self.store)

    @cached_property
    def mission_settings(self) -> MissionSettingsService:
        from lsa_desktop.services.mission_settings import MissionSettingsService

        return MissionSettingsService(self.store)

    @cached_property
    def donors(self) -> DonorService:
        from lsa_desktop.services.donors import DonorService

        return DonorService(self.store)

    @cached_property
    def pledges(self) -> PledgeService:
        from lsa_desktop.services.pledges import PledgeService

        return PledgeService(self.store)

    @cached_property
    def deliveries(self) -> DeliveryService:
        from lsa_desktop.services.deliveries import DeliveryService

        return DeliveryService(self.store)
