"""Names for the demo's officers, by contingent, as their rolls would write them.

Kenyan rolls often carry a second, ethnic name after the first; Spanish-speaking ones two surnames.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Names:
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    #: second given names, drawn for most officers (the ethnic names of Kenyan rolls)
    middle_male: tuple[str, ...] = ()
    middle_female: tuple[str, ...] = ()
    #: two surnames, father's and mother's, as Spanish-speaking rolls write them
    double_surname: bool = False


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_KE_SURNAMES = _split(
    "Kamau Mwangi Otieno Odhiambo Ochieng Kiprono Kipchumba Cheruiyot Kiptoo Njoroge Kariuki "
    "Maina Mutua Musyoka Wambua Kilonzo Wafula Wekesa Barasa Juma Omondi Onyango Owino Ouma Kibet "
    "Rotich Langat Koech Ruto Mohamed Hassan Abdullahi Nyamweya Mogaka Ombati Nyaga Mugo Gitau "
    "Kimani Ndung'u Mutai Korir Kirui Wanyama Simiyu Nyongesa Makokha Ekai Lokwang Lemaiyan "
    "Sankale Kahindi Baya Katana Chege Macharia Wainaina Waweru Kiplagat Oduya Atieno Were"
)
_SPANISH_MALE = _split(
    "José Juan Carlos Luis Miguel Jorge Mario Óscar Edwin Wilber Byron Kevin Erick Josué Fredy "
    "Walter Rigoberto Nelson René Mauricio Francisco Julio"
)
_SPANISH_FEMALE = _split("María Ana Claudia Gladys Karla Sonia Brenda Evelyn Yesenia Lesly Rosa")

NAMES: dict[str, Names] = {
    "KE": Names(
        male=_split(
            "John Peter James Joseph David Daniel Samuel Stephen Paul Michael Patrick Charles "
            "George Francis Kennedy Dennis Collins Brian Kevin Victor Evans Geoffrey Wilson Benard "
            "Elijah Moses Isaac Nicholas Alex Timothy Simon Martin Edwin Hillary Gideon Amos "
            "Josphat Erick Duncan Fredrick Hassan Abdi Ali"
        ),
        female=_split(
            "Mary Grace Faith Jane Mercy Esther Caroline Catherine Lucy Ann Joyce Purity Nancy "
            "Beatrice Sharon Winnie Irene Eunice Rose Janet Susan Agnes Dorcas Naomi Halima Fatuma"
        ),
        surnames=_KE_SURNAMES,
        middle_male=_KE_SURNAMES,
        middle_female=_split(
            "Wanjiru Njeri Akinyi Atieno Chebet Jepkoech Wambui Nyambura Moraa Kemunto Nafula "
            "Mwende Mueni Kadzo Wairimu Adhiambo Jeptoo"
        ),
    ),
    "JM": Names(
        male=_split(
            "Andre Kevin Damion Marlon Ricardo Omar Rohan Delroy Oneil Kemar Shane Dwayne "
            "Garfield Everton Leroy Orville Clive Carlton Kirk Jermaine Tyrone Romaine Odane Javon"
        ),
        female=_split(
            "Shauna Kerry-Ann Tameka Simone Keisha Nadine Sashagay Tashana Latoya Shelly-Ann "
            "Camille Monique Kimberley Stacy-Ann Trudy-Ann Yanique"
        ),
        surnames=_split(
            "Brown Campbell Williams Thompson Grant Clarke Reid Morgan McKenzie Francis Gordon "
            "Lewis Wright Robinson Henry Edwards Bailey Scott Stewart Walker Powell Gayle Malcolm "
            "Palmer Bryan Spence Facey Blackwood Chambers Ellis Barrett Dixon"
        ),
    ),
    "BS": Names(
        male=_split("Anthony Dwight Kendal Lamar Travis Tavares Deangelo Rashad Dario Vandyke"),
        female=_split("Latisha Tamika Deandra Shavonne Ashley Kendra Valencia"),
        surnames=_split(
            "Rolle Ferguson Knowles Cartwright Bethel Pinder Sands Albury Moss Major Saunders "
            "Symonette Smith Johnson Mackey Miller Darville Strachan Munroe Clarke"
        ),
    ),
    "BZ": Names(
        male=_split("Carlos Luis Jose Marlon Dwight Elroy Ernesto Kareem Shane Alvin"),
        female=_split("Shantel Mirna Kenisha Alicia Dalia"),
        surnames=_split(
            "Castillo Flowers Martinez Usher Pech Chan Arana Cayetano Young Gillett Tillett "
            "Garcia Coc Sho Requena Bodden Lambey"
        ),
    ),
    "SV": Names(
        male=_SPANISH_MALE,
        female=_SPANISH_FEMALE,
        surnames=_split(
            "Hernández Martínez López García Rodríguez Pérez Flores Ramírez Rivera Cruz Méndez "
            "Portillo Orellana Quintanilla Alvarado Mejía Aguilar Guevara Chávez Ayala"
        ),
        double_surname=True,
    ),
    "GT": Names(
        male=_SPANISH_MALE,
        female=_SPANISH_FEMALE,
        surnames=_split(
            "García López Pérez Hernández Morales Gómez Castillo Chávez Ramírez Ajú Coc Tzul "
            "Xicará Ixcoy Cux Choc Pop Caal Tzoc Sical Barrios Orozco"
        ),
        double_surname=True,
    ),
}
