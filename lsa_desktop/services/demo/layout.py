"""What the demo mission is made of: bases, contingents, unit layouts and their equipment.

Figures follow public reporting on the Kenya-led mission in Haiti (see CONTEXT.md): about 1,000
Kenyan officers in formed units, about 200 Jamaicans, small groups from the Bahamas, Belize,
El Salvador and Guatemala; 34 MRAPs (10 from US stocks, then 24 MaxxPro) and 8 APCs (one burnt by a
petrol bomb); no helicopters until three medical-evacuation helicopters arrived; night vision,
drones, vehicle radios and gunner kits far short. Every date is a number of days before "today", so
the demo always looks current.
"""

from __future__ import annotations

from dataclasses import dataclass

from lsa_desktop.domain.enums import AuthorisationBasis, MaintenanceKind, UnitType

MISSION = {
    "code": "MSS",
    "name": "Multinational Security Support Mission in Haiti",
    "mandate": (
        "UN Security Council resolution 2699 (2023); succeeded by the Gang Suppression Force, "
        "resolution 2793 (2025)"
    ),
    "personnel_ceiling": 5550,
}

#: code, name, Haitian department, latitude, longitude.
BASES = (
    ("PAP-TLA", "Port-au-Prince, Toussaint Louverture airport base", "Ouest", 18.5800, -72.2925),
    ("PAP-HQ", "Port-au-Prince, mission headquarters", "Ouest", 18.5392, -72.3364),
    ("KSF", "Kenscoff forward base", "Ouest", 18.4490, -72.2850),
    ("MRB", "Mirebalais", "Centre", 18.8340, -72.1050),
    ("PSD", "Pont-Sondé forward base", "Artibonite", 19.1500, -72.6100),
    ("GON", "Gonaïves", "Artibonite", 19.4500, -72.6890),
    ("CAP", "Cap-Haïtien", "Nord", 19.7590, -72.2010),
    ("JAC", "Jacmel", "Sud-Est", 18.2340, -72.5350),
)


@dataclass(frozen=True)
class ContingentLayout:
    country_code: str
    name: str
    pledged_strength: int
    tour_days: int
    ranks: str  # key of RANK_SCHEMES
    names: str  # key of NAMES
    female_share: float
    service_prefix: str  # before the service number; Kenyan rolls use bare numbers
    first_service_number: int


CONTINGENTS = (
    ContingentLayout("KE", "Kenya", 1000, 365, "KE", "KE", 0.18, "", 2_140_000),
    ContingentLayout("JM", "Jamaica", 200, 270, "POLICE", "JM", 0.25, "JCF", 14_000),
    ContingentLayout("BS", "The Bahamas", 150, 270, "POLICE", "BS", 0.20, "RBPF", 3_100),
    ContingentLayout("BZ", "Belize", 50, 270, "POLICE", "BZ", 0.15, "BPD", 1_500),
    ContingentLayout("SV", "El Salvador", 24, 180, "ARMY", "SV", 0.20, "FAES", 40_000),
    ContingentLayout("GT", "Guatemala", 150, 365, "ARMY", "GT", 0.08, "EG", 70_000),
)


@dataclass(frozen=True)
class UnitLayout:
    code: str
    name: str
    unit_type: UnitType
    contingent: str
    base: str
    authorised: int
    minimum: int
    #: (days before today, officers arriving that day)
    waves: tuple[tuple[int, int], ...]
    #: officers on their way, arriving after today
    in_transit: int
    #: officers now on leave, sick, injured, repatriated
    absent: tuple[int, int, int, int]
    parent: str | None = None

    @property
    def roster(self) -> int:
        return sum(count for _ago, count in self.waves) + self.in_transit


FPU, SWAT, HQ, MED, LOG, IPO, SEC, AVN = (
    UnitType.FPU,
    UnitType.SWAT,
    UnitType.HQ,
    UnitType.MEDICAL,
    UnitType.LOGISTICS,
    UnitType.IPO,
    UnitType.SECTION,
    UnitType.AVIATION,
)

# Parents come before their children.
UNITS = (
    UnitLayout("KE-HQ", "Kenya contingent headquarters", HQ, "KE", "PAP-HQ", 70, 56,
               ((330, 54), (120, 16)), 0, (3, 1, 0, 1)),
    UnitLayout("KE-FPU-1", "Kenya Formed Police Unit 1", FPU, "KE", "PAP-TLA", 140, 120,
               ((300, 142),), 0, (5, 2, 1, 2), "KE-HQ"),
    UnitLayout("KE-FPU-2", "Kenya Formed Police Unit 2", FPU, "KE", "KSF", 140, 120,
               ((280, 138),), 0, (6, 2, 0, 2), "KE-HQ"),
    UnitLayout("KE-FPU-3", "Kenya Formed Police Unit 3", FPU, "KE", "MRB", 140, 120,
               ((230, 134),), 0, (6, 3, 1, 1), "KE-HQ"),
    UnitLayout("KE-FPU-4", "Kenya Formed Police Unit 4", FPU, "KE", "GON", 140, 120,
               ((150, 86), (45, 40)), 0, (5, 3, 0, 1), "KE-HQ"),
    UnitLayout("KE-FPU-5", "Kenya Formed Police Unit 5", FPU, "KE", "PSD", 140, 120,
               ((100, 80), (20, 32)), 24, (4, 2, 0, 1), "KE-HQ"),
    UnitLayout("KE-SWAT", "Kenya SWAT company", SWAT, "KE", "PAP-TLA", 120, 100,
               ((260, 116),), 0, (4, 2, 2, 1), "KE-HQ"),
    UnitLayout("KE-MED", "Kenya level-1 medical unit", MED, "KE", "PAP-TLA", 45, 36,
               ((200, 42),), 0, (2, 0, 0, 0), "KE-HQ"),
    UnitLayout("KE-LOG", "Kenya logistics and transport unit", LOG, "KE", "PAP-TLA", 80, 64,
               ((180, 60), (70, 16)), 0, (3, 2, 0, 1), "KE-HQ"),
    UnitLayout("JM-STAFF", "Jamaica contingent staff and police advisers", IPO, "JM", "PAP-HQ",
               50, 40, ((240, 30), (60, 14)), 0, (2, 1, 0, 0)),
    UnitLayout("JM-FPU", "Jamaica Formed Police Unit", FPU, "JM", "JAC", 140, 120,
               ((210, 146),), 0, (6, 3, 0, 3), "JM-STAFF"),
    UnitLayout("BS-DET", "Bahamas detachment", SEC, "BS", "PAP-HQ", 30, 24,
               ((160, 28),), 0, (1, 0, 0, 0)),
    UnitLayout("BZ-DET", "Belize detachment", SEC, "BZ", "PAP-HQ", 12, 10,
               ((140, 9),), 0, (1, 0, 0, 0)),
    UnitLayout("SV-AVN", "El Salvador aeromedical evacuation detachment", AVN, "SV", "PAP-TLA",
               24, 18, ((120, 12), (50, 8)), 0, (1, 0, 0, 0)),
    UnitLayout("GT-MPC", "Guatemala military police company", FPU, "GT", "CAP", 75, 60,
               ((30, 48), (12, 24)), 0, (1, 1, 0, 0)),
)  # fmt: skip

# What each unit is authorised and holds, type by type: "authorised/own" or
# "authorised/own/broken"; "-" when the unit is not authorised the type and holds none.
# "own" is what the unit holds apart from the donor deliveries of story.PLEDGES (they add to it);
# "broken" is how many of the held items are not serviceable today (when absent, a few at random).
EQUIPMENT = """
type         basis      KE-FPU-1 KE-FPU-2 KE-FPU-3 KE-FPU-4 KE-FPU-5 KE-SWAT JM-FPU  GT-MPC
VEH-MRAP     SOR        7/0      7/0      7/0      7/0      7/0      6/0     4/0     -
VEH-TURRET   SOR        7/0      7/0      7/0      7/0      7/0      6/0     4/0     -
VEH-APC      MOU        2/2      2/2/1    2/0      2/0      2/0      2/2     2/2     -
VEH-LC       MOU        8/8      8/7      8/7      8/6      8/5      6/6     8/8     6/4
VEH-TRK      MOU        2/2      2/2      2/2      2/1      2/1      1/1     2/2     1/1
VEH-AMB      MOU        1/1      1/1      1/1      1/1      1/0      1/1     1/1     -
COM-RAD-HH   MOU        60/58    60/52    60/30    60/22    60/18    80/70   60/56   40/30
COM-RAD-VEH  SOR        20/12    20/6     20/4     20/2     20/2     16/8    17/8    7/2
COM-RAD-BASE MOU        1/1      1/1      1/1      1/1      1/0      1/1     1/1     1/1
COM-SATPH    MOU        2/2      2/2      2/1      2/1      2/1      4/3     2/2     1/1
OBS-NVG      SOR        30/28    30/6     30/4     30/2     30/0     40/18   30/10   10/4
OBS-UAV      SOR        2/1      2/0      2/0      2/0      2/0      4/1     2/0     -
OBS-THERM    SOR        4/4      4/2      4/1      4/0      4/0      6/3     4/2     -
PPE-HELM     MOU        140/148  140/150  140/130  140/80   140/76   120/118 140/140 75/55
PPE-VEST     MOU        140/138  140/126  140/118  140/40   140/50   120/116 140/132 75/75
PPE-SHLD     MOU        60/60    60/56    60/50    60/40    60/30    -       60/60   30/30
WPN-RIF      MOU        120/120  120/118  120/116  120/110  120/104  110/110 120/120 70/70
WPN-PST      MOU        20/20    20/20    20/18    20/16    20/14    40/40   20/20   10/10
WPN-LMG      MOU        -        -        -        -        -        6/6     -       -
MED-IFAK     MOU        140/138  140/132  140/70   140/30   140/20   120/118 140/140 75/75
FLD-TENT     MOU        16/16    16/14    16/12    16/10    16/8     10/10   16/16   8/8
CMP-PREFAB   SOR        18/18    18/14    18/6     18/4     18/0     10/8    18/12   -
CMP-GEN-20   MOU        2/2      2/2      2/1      2/0      2/1      1/1     2/2     1/1

type         basis      KE-HQ    KE-MED   KE-LOG   JM-STAFF BS-DET   BZ-DET  SV-AVN
AVN-HEL-MED  SOR        -        -        -        -        -        -       3/0/1
VEH-LC       MOU        10/10    2/2      4/4      6/5      3/3      1/1     2/2
VEH-TRK      MOU        -        -        8/7      -        -        -       -
VEH-BUS      MOU        -        -        2/2      -        -        -       -
VEH-WTR      MOU        -        -        2/2      -        -        -       -
VEH-FUEL     MOU        -        -        2/1      -        -        -       -
VEH-RECOV    MOU        -        -        1/1      -        -        -       -
VEH-AMB      MOU        -        4/4/1    -        -        -        -       -
COM-RAD-HH   MOU        30/30    10/10    20/20    20/18    10/10    4/4     8/8
COM-RAD-VEH  SOR        10/9     6/4      19/6     6/2      3/3      1/0     2/2
COM-RAD-BASE MOU        2/2      -        1/1      -        -        -       1/1
COM-RPT      SOR        2/2      -        -        -        -        -       -
COM-VSAT     SOR        1/1      -        -        -        -        -       1/1
COM-SATPH    MOU        6/6      2/2      2/2      2/2      1/1      1/1     2/2
COM-LAPTOP   MOU        20/18    -        4/4      10/10    -        -       -
PPE-HELM     MOU        70/70    45/45    80/80    50/50    30/30    12/12   24/24
PPE-VEST     MOU        70/70    45/45    80/76    50/48    30/30    12/12   24/24
WPN-RIF      MOU        -        -        60/60    -        24/24    10/10   -
WPN-PST      MOU        40/40    -        20/20    50/50    6/6      2/2     24/24
MED-IFAK     MOU        70/70    45/45    80/80    50/50    30/30    12/12   24/24
MED-TRAUMA   MOU        -        10/10    -        -        -        -       6/6
MED-STRETCH  MOU        -        20/20    -        -        -        -       6/6
MED-AED      MOU        -        4/3      -        -        -        -       2/2
FLD-TENT     MOU        -        6/6      6/6      -        4/4      2/2     -
FLD-JERR     COMMANDER  -        -        200/180  -        -        -       -
CMP-GEN-100  MOU        1/1      -        2/2      -        -        -       -
CMP-GEN-20   MOU        -        1/1      -        -        -        -       1/1
CMP-WPU      SOR        -        -        2/1      -        -        -       -
CMP-FUELBL   SOR        -        -        4/4      -        -        -       1/1
CMP-PREFAB   SOR        10/8     -        -        -        -        -       -
"""

BASIS_REFERENCE = {
    AuthorisationBasis.MOU: "MOU {contingent} 2024/01, annex B",
    AuthorisationBasis.SOR: "MSS statement of requirements, rev. 2",
    AuthorisationBasis.COMMANDER: "Force Commander's directive 07/2025",
}


@dataclass(frozen=True)
class Holding:
    """One cell of the EQUIPMENT tables: a unit's authorisation and holding of one type."""

    type_code: str
    basis: AuthorisationBasis
    authorised: int
    own: int
    broken: int | None


def parse_equipment(text: str = EQUIPMENT) -> dict[str, list[Holding]]:
    """The EQUIPMENT tables as holdings per unit code, in table order."""
    holdings: dict[str, list[Holding]] = {}
    units: list[str] = []
    for line in text.strip().splitlines():
        cells = line.split()
        if not cells:
            continue
        if cells[0] == "type":
            units = cells[2:]
            continue
        type_code, basis, values = cells[0], AuthorisationBasis(cells[1]), cells[2:]
        if len(values) != len(units):
            raise ValueError(
                f"equipment table: {type_code}: {len(values)} cells, {len(units)} units"
            )
        for unit, value in zip(units, values, strict=True):
            if value == "-":
                continue
            numbers = [int(part) for part in value.split("/")]
            broken = numbers[2] if len(numbers) == 3 else None
            holdings.setdefault(unit, []).append(
                Holding(type_code, basis, numbers[0], numbers[1], broken)
            )
    return holdings


#: Make and model of the serialised items that are not vehicles (vehicles take their type's).
MAKES = {
    "VEH-TURRET": ("Arotech", "O-GPK gunner kit"),
    "COM-RAD-HH": ("Motorola Solutions", "APX 900"),
    "COM-RAD-VEH": ("Motorola Solutions", "APX 6500"),
    "COM-RAD-BASE": ("Motorola Solutions", "MTR3000"),
    "COM-RPT": ("Motorola Solutions", "SLR 8000"),
    "COM-SATPH": ("Iridium", "9555"),
    "COM-VSAT": ("Hughes", "HT2000"),
    "COM-LAPTOP": ("Panasonic", "Toughbook 55"),
    "OBS-NVG": ("L3Harris", "AN/PVS-14"),
    "OBS-UAV": ("DJI", "Matrice 30T"),
    "OBS-THERM": ("Teledyne FLIR", "Recon V"),
    "OBS-BWC": ("Axon", "Body 3"),
    "WPN-RIF": ("IWI", "Galil ACE 22"),
    "WPN-PST": ("Glock", "17"),
    "WPN-LMG": ("FN Herstal", "MAG"),
    "WPN-LL": ("B&T", "GL06"),
    "MED-AED": ("Philips", "HeartStart FRx"),
    "CMP-GEN-20": ("Caterpillar", "DE22E3"),
    "CMP-GEN-100": ("Caterpillar", "DE110E2"),
    "CMP-WPU": ("Berkefeld", "Aquaboss 4000"),
}

#: Why an item is out of service: (kind of maintenance event, note), for vehicles and the rest.
VEHICLE_FAULTS = (
    (MaintenanceKind.REPAIR, "Gearbox failure; awaiting parts"),
    (MaintenanceKind.REPAIR, "Suspension damaged on RN1"),
    (MaintenanceKind.REPAIR, "Engine overheating"),
    (MaintenanceKind.REPAIR, "Electrical fault, no start"),
    (MaintenanceKind.REPAIR, "Brake system failure"),
    (MaintenanceKind.BATTLE_DAMAGE, "Gunfire damage to windscreen and tyres"),
    (MaintenanceKind.BATTLE_DAMAGE, "Struck by a road barricade under fire"),
)
ITEM_FAULTS = (
    (MaintenanceKind.REPAIR, "Does not power on"),
    (MaintenanceKind.REPAIR, "Damaged in the field"),
    (MaintenanceKind.REPAIR, "Water ingress"),
    (MaintenanceKind.REPAIR, "Failed function check"),
)
#: What broke the items EQUIPMENT marks broken: (kind, days before today, note). The APC is the one
#: public reporting tells of; types not listed here draw a fault from the lists above.
KNOWN_FAULTS = {
    "VEH-APC": (MaintenanceKind.BATTLE_DAMAGE, 200, "Burnt by a petrol bomb; engine bay destroyed"),
    "AVN-HEL-MED": (MaintenanceKind.REPAIR, 12, "Main gearbox chip light; grounded awaiting parts"),
    "VEH-AMB": (MaintenanceKind.REPAIR, 30, "Cracked chassis; awaiting a welding slot"),
}
