"""The demo mission's supply story: donors, requisitions, pledges and deliveries.

Modelled on public reporting: MRAPs from the United States (ten from stocks, then 24 MaxxPro in two
shipments), gunner kits partly delivered, three contracted medical-evacuation helicopters, night
vision committed by Canada, radios partly delivered by France, the UN trust fund's early cash and
its accommodation for the forward bases, a pledge withdrawn. Days are counted back from "today".
"""

from __future__ import annotations

from dataclasses import dataclass

from lsa_desktop.domain.enums import (
    Decision,
    DonorType,
    PledgeKind,
    PledgeStatus,
    Priority,
    RequisitionStatus,
)

DONORS = (
    ("United States", DonorType.GOVERNMENT, "US", "US Embassy Port-au-Prince, INL section"),
    ("Canada", DonorType.GOVERNMENT, "CA", "Embassy of Canada, Port-au-Prince"),
    ("France", DonorType.GOVERNMENT, "FR", "Ambassade de France en Haïti, attaché de sécurité"),
    (
        "UN Trust Fund for the MSS mission",
        DonorType.MULTILATERAL,
        "",
        "Trust fund secretariat, New York",
    ),
    ("Germany", DonorType.GOVERNMENT, "DE", "German Embassy Port-au-Prince"),
    ("Netherlands", DonorType.GOVERNMENT, "NL", "Netherlands Ministry of Foreign Affairs"),
    ("United Kingdom", DonorType.GOVERNMENT, "GB", "British Embassy Santo Domingo"),
)


@dataclass(frozen=True)
class RequisitionStory:
    key: str
    unit: str
    requested_ago: int
    required_in: int  # days after the request
    priority: Priority
    status: RequisitionStatus
    requested_by: str
    justification: str
    impact: str
    #: (equipment type, requested, approved or None)
    lines: tuple[tuple[str, int, int | None], ...]
    #: (decision, days before today, approver, role, comment), or None if undecided
    decision: tuple[Decision, int, str, str, str] | None = None


_CLO = ("SSP Peter Njoroge", "Chief Logistics Officer, MSS")

REQUISITIONS = (
    RequisitionStory(
        "MRAP", "KE-HQ", 240, 60, Priority.IMMEDIATE, RequisitionStatus.FULFILLED,
        "ASP Mary Wanjiru (G4)", "Formed units patrol gang-held areas in soft-skin vehicles.",
        "Patrols into Martissant and Croix-des-Bouquets suspended without armour.",
        (("VEH-MRAP", 24, 24),), (Decision.APPROVED, 235, *_CLO, "Approved: seek a donor."),
    ),
    RequisitionStory(
        "TURRET", "KE-HQ", 120, 45, Priority.URGENT, RequisitionStatus.PARTIALLY_FULFILLED,
        "ASP Mary Wanjiru (G4)", "MRAPs are operated without gunner protection kits.",
        "Gunners exposed to fire from rooftops.",
        (("VEH-TURRET", 34, 34),), (Decision.APPROVED, 116, *_CLO, ""),
    ),
    RequisitionStory(
        "NVG", "KE-HQ", 70, 60, Priority.URGENT, RequisitionStatus.APPROVED,
        "ASP Mary Wanjiru (G4)", "Night operations need night vision for every patrol.",
        "No night patrols outside Port-au-Prince.",
        (("OBS-NVG", 120, 100), ("OBS-THERM", 12, 12)),
        (Decision.APPROVED, 66, *_CLO, "Approved at 100 NVGs within the trust fund ceiling."),
    ),
    RequisitionStory(
        "RADIO", "KE-LOG", 90, 30, Priority.URGENT, RequisitionStatus.PARTIALLY_FULFILLED,
        "CIP Joseph Kiprono", "Most vehicles have no radio; patrols rely on mobile phones.",
        "Convoys cannot call for support outside phone coverage.",
        (("COM-RAD-VEH", 40, 40), ("COM-RAD-HH", 100, 100)), (Decision.APPROVED, 85, *_CLO, ""),
    ),
    RequisitionStory(
        "HELI", "SV-AVN", 150, 60, Priority.IMMEDIATE, RequisitionStatus.FULFILLED,
        "Mayor José Hernández", "No air medical evacuation for casualties outside the capital.",
        "Casualties evacuated by road through gang checkpoints.",
        (("AVN-HEL-MED", 3, 3),), (Decision.APPROVED, 146, *_CLO, ""),
    ),
    RequisitionStory(
        "DRONE", "KE-SWAT", 6, 30, Priority.URGENT, RequisitionStatus.SUBMITTED,
        "IP Kevin Otieno", "Route reconnaissance before entering contested neighbourhoods.",
        "Ambushes on approach routes.",
        (("OBS-UAV", 4, None), ("OBS-THERM", 4, None)),
    ),
    RequisitionStory(
        "TENT", "KE-FPU-5", 2, 45, Priority.ROUTINE, RequisitionStatus.DRAFT,
        "CIP Faith Chebet", "Accommodation for the rotation arriving at Pont-Sondé.",
        "", (("FLD-TENT", 8, None), ("CMP-GEN-20", 1, None)),
    ),
    RequisitionStory(
        "APC", "JM-FPU", 40, 90, Priority.ROUTINE, RequisitionStatus.REJECTED,
        "ASP Andre Campbell", "Additional APCs for operations in Jacmel.", "",
        (("VEH-APC", 4, 0),),
        (Decision.REJECTED, 33, "ACP Daniel Mutua", "Deputy Force Commander",
         "Not in the statement of requirements: resubmit with the unit's vehicle plan."),
    ),
    RequisitionStory(
        "AMB", "KE-MED", 25, 60, Priority.URGENT, RequisitionStatus.RETURNED,
        "SP Dr Grace Akinyi", "Two more field ambulances for the forward bases.", "",
        (("VEH-AMB", 2, None),),
        (Decision.RETURNED, 20, *_CLO, "Attach the MOU reference and the evacuation plan."),
    ),
)  # fmt: skip


@dataclass(frozen=True)
class DeliveryStory:
    days_ago: int
    received_by: str
    #: (unit, equipment type, received, accepted, discrepancy reason)
    lines: tuple[tuple[str, str, int, int, str], ...]


@dataclass(frozen=True)
class PledgeStory:
    donor: str
    kind: PledgeKind
    status: PledgeStatus
    pledged_ago: int
    expected_ago: int  # negative: expected after today
    notes: str
    #: (unit, equipment type, quantity, requisition key or None)
    lines: tuple[tuple[str, str, int, str | None], ...] = ()
    deliveries: tuple[DeliveryStory, ...] = ()
    cash_usd: float = 0.0


_LOG = "IP Samuel Kiprono, KE-LOG stores"

PLEDGES = (
    PledgeStory(
        "UN Trust Fund for the MSS mission", PledgeKind.CASH, PledgeStatus.CLOSED, 420, 400,
        "Contributions to April 2024: Canada 8.7 M, United States 6 M, France 3.2 M.",
        cash_usd=18_000_000,
    ),
    PledgeStory(
        "United States", PledgeKind.IN_KIND, PledgeStatus.DELIVERED, 320, 260,
        "Ten MRAPs from United States stocks.",
        (("KE-FPU-1", "VEH-MRAP", 4, None), ("KE-FPU-2", "VEH-MRAP", 3, None),
         ("KE-SWAT", "VEH-MRAP", 3, None)),
        (DeliveryStory(255, _LOG, (("KE-FPU-1", "VEH-MRAP", 4, 4, ""),
                                   ("KE-FPU-2", "VEH-MRAP", 3, 3, ""),
                                   ("KE-SWAT", "VEH-MRAP", 3, 3, ""))),),
    ),
    PledgeStory(
        "United States", PledgeKind.IN_KIND, PledgeStatus.DELIVERED, 230, 40,
        "24 MaxxPro armoured vehicles, delivered in two shipments.",
        (("KE-FPU-1", "VEH-MRAP", 3, "MRAP"), ("KE-FPU-2", "VEH-MRAP", 4, "MRAP"),
         ("KE-SWAT", "VEH-MRAP", 2, "MRAP"), ("KE-FPU-3", "VEH-MRAP", 6, "MRAP"),
         ("KE-FPU-4", "VEH-MRAP", 5, "MRAP"), ("KE-FPU-5", "VEH-MRAP", 4, "MRAP")),
        (DeliveryStory(150, _LOG, (("KE-FPU-1", "VEH-MRAP", 3, 3, ""),
                                   ("KE-FPU-2", "VEH-MRAP", 4, 4, ""),
                                   ("KE-SWAT", "VEH-MRAP", 2, 2, ""),
                                   ("KE-FPU-3", "VEH-MRAP", 3, 3, ""))),
         DeliveryStory(35, _LOG, (("KE-FPU-3", "VEH-MRAP", 3, 3, ""),
                                  ("KE-FPU-4", "VEH-MRAP", 5, 5, ""),
                                  ("KE-FPU-5", "VEH-MRAP", 4, 4, "")))),
    ),
    PledgeStory(
        "United States", PledgeKind.IN_KIND, PledgeStatus.PARTIALLY_DELIVERED, 110, -45,
        "Gunner protection kits for the MRAP fleet.",
        (("KE-FPU-1", "VEH-TURRET", 7, "TURRET"), ("KE-FPU-2", "VEH-TURRET", 7, "TURRET"),
         ("KE-FPU-3", "VEH-TURRET", 6, "TURRET"), ("KE-FPU-4", "VEH-TURRET", 5, "TURRET"),
         ("KE-FPU-5", "VEH-TURRET", 4, "TURRET"), ("KE-SWAT", "VEH-TURRET", 5, "TURRET")),
        (DeliveryStory(60, _LOG, (("KE-FPU-1", "VEH-TURRET", 4, 4, ""),
                                  ("KE-FPU-2", "VEH-TURRET", 4, 4, ""))),
         DeliveryStory(10, _LOG, (("KE-SWAT", "VEH-TURRET", 3, 3, ""),
                                  ("KE-FPU-3", "VEH-TURRET", 3, 3, "")))),
    ),
    PledgeStory(
        "United States", PledgeKind.IN_KIND, PledgeStatus.DELIVERED, 140, 70,
        "Three contracted medical-evacuation helicopters with crews' equipment.",
        (("SV-AVN", "AVN-HEL-MED", 3, "HELI"),),
        (DeliveryStory(70, "Capitán Luis Portillo, SV-AVN", (("SV-AVN", "AVN-HEL-MED", 3, 3, ""),)),),
    ),
    PledgeStory(
        "Canada", PledgeKind.IN_KIND, PledgeStatus.COMMITTED, 50, -30,
        "Night-vision goggles for the formed police units.",
        (("KE-FPU-2", "OBS-NVG", 15, "NVG"), ("KE-FPU-3", "OBS-NVG", 15, "NVG"),
         ("KE-FPU-4", "OBS-NVG", 15, "NVG"), ("KE-FPU-5", "OBS-NVG", 15, "NVG")),
    ),
    PledgeStory(
        "France", PledgeKind.IN_KIND, PledgeStatus.PARTIALLY_DELIVERED, 80, -20,
        "Vehicle-mounted and handheld radios.",
        (("KE-FPU-2", "COM-RAD-VEH", 10, "RADIO"), ("KE-FPU-3", "COM-RAD-VEH", 10, "RADIO"),
         ("KE-FPU-4", "COM-RAD-VEH", 10, "RADIO"), ("KE-FPU-5", "COM-RAD-VEH", 10, "RADIO"),
         ("KE-FPU-3", "COM-RAD-HH", 20, "RADIO"), ("KE-FPU-4", "COM-RAD-HH", 40, "RADIO"),
         ("KE-FPU-5", "COM-RAD-HH", 40, "RADIO")),
        (DeliveryStory(20, _LOG, (("KE-FPU-4", "COM-RAD-VEH", 10, 10, ""),
                                  ("KE-FPU-5", "COM-RAD-VEH", 10, 10, ""),
                                  ("KE-FPU-3", "COM-RAD-HH", 20, 20, ""),
                                  ("KE-FPU-4", "COM-RAD-HH", 20, 19, "Cracked casing"),
                                  ("KE-FPU-5", "COM-RAD-HH", 20, 19, "No battery"))),),
    ),
    PledgeStory(
        "UN Trust Fund for the MSS mission", PledgeKind.IN_KIND,
        PledgeStatus.PARTIALLY_DELIVERED, 200, -60,
        "Prefabricated accommodation and generators for the forward bases.",
        (("KE-FPU-3", "CMP-PREFAB", 10, None), ("KE-FPU-4", "CMP-PREFAB", 10, None),
         ("KE-FPU-5", "CMP-PREFAB", 12, None), ("KE-FPU-4", "CMP-GEN-20", 2, None),
         ("KE-FPU-5", "CMP-GEN-20", 2, None)),
        (DeliveryStory(55, _LOG, (("KE-FPU-3", "CMP-PREFAB", 6, 6, ""),
                                  ("KE-FPU-4", "CMP-PREFAB", 4, 4, ""),
                                  ("KE-FPU-4", "CMP-GEN-20", 2, 2, ""))),
         DeliveryStory(8, _LOG, (("KE-FPU-5", "CMP-PREFAB", 4, 4, ""),))),
    ),
    PledgeStory(
        "Germany", PledgeKind.IN_KIND, PledgeStatus.DELIVERED, 120, 85,
        "Individual first aid kits.",
        (("KE-FPU-3", "MED-IFAK", 60, None), ("KE-FPU-4", "MED-IFAK", 100, None),
         ("KE-FPU-5", "MED-IFAK", 100, None)),
        (DeliveryStory(80, _LOG, (("KE-FPU-3", "MED-IFAK", 60, 60, ""),
                                  ("KE-FPU-4", "MED-IFAK", 100, 100, ""),
                                  ("KE-FPU-5", "MED-IFAK", 100, 96, "Expired tourniquets"))),),
    ),
    PledgeStory(
        "Canada", PledgeKind.IN_KIND, PledgeStatus.PARTIALLY_DELIVERED, 95, 10,
        "Body armour for the units deployed last; the second shipment is late.",
        (("KE-FPU-4", "PPE-VEST", 60, None), ("KE-FPU-5", "PPE-VEST", 60, None),
         ("JM-FPU", "PPE-VEST", 30, None)),
        (DeliveryStory(25, _LOG, (("KE-FPU-4", "PPE-VEST", 60, 60, ""),
                                  ("KE-FPU-5", "PPE-VEST", 30, 30, ""))),),
    ),
    PledgeStory(
        "United Kingdom", PledgeKind.IN_KIND, PledgeStatus.WITHDRAWN, 130, 60,
        "Thermal imaging binoculars; withdrawn when export licences were refused.",
        (("KE-FPU-3", "OBS-THERM", 4, None), ("KE-FPU-4", "OBS-THERM", 4, None)),
    ),
    PledgeStory(
        "France", PledgeKind.IN_KIND, PledgeStatus.DELIVERED, 45, 5,
        "Ballistic helmets.",
        (("KE-FPU-4", "PPE-HELM", 40, None), ("KE-FPU-5", "PPE-HELM", 40, None),
         ("GT-MPC", "PPE-HELM", 20, None)),
        (DeliveryStory(5, _LOG, (("KE-FPU-4", "PPE-HELM", 40, 40, ""),
                                 ("KE-FPU-5", "PPE-HELM", 40, 40, ""),
                                 ("GT-MPC", "PPE-HELM", 20, 20, ""))),),
    ),
    PledgeStory(
        "Netherlands", PledgeKind.IN_KIND, PledgeStatus.PLEDGED, 15, -75,
        "Surveillance drones with thermal cameras and operator training.",
        (("KE-SWAT", "OBS-UAV", 2, None), ("KE-FPU-1", "OBS-UAV", 1, None),
         ("KE-FPU-2", "OBS-UAV", 1, None)),
    ),
)  # fmt: skip
