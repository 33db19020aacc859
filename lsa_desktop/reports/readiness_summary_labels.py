"""The words of the printed readiness summary, in each language it can be printed in.

Plain dictionaries, as for the requisition (:mod:`lsa_desktop.reports.requisition_labels`): the
summary is built without Qt and its language is chosen per printout. Values are plain text,
escaped when used; ``{…}`` fields are filled with values already formatted.
"""

from __future__ import annotations

from lsa_desktop.domain.enums import Band
from lsa_desktop.services.dashboard_model import TileKey

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Readiness summary",
        "as_of": "as of {day}",
        "mission": "Mission",
        "read_at": "Figures read",
        "prepared_by": "Prepared by",
        "scope": "Scope",
        "bands_text": (
            "Bands: green at or above {green}, amber at or above {amber}, red below. The {green} "
            "threshold is a setting, to be checked against each unit's MOU."
        ),
        "past": (
            "Readiness, strength and gaps are those of the daily snapshot of {day}; "
            "{unknown} are not kept in snapshots and are not shown."
        ),
        "key_figures": "Key figures",
        "of": "of {total}",
        "units_by_band": "Units: {green} green, {amber} amber, {red} red",
        "units_no_band": "{count} without a figure",
        "units": "Unit readiness",
        "unit": "Unit",
        "contingent": "Contingent",
        "present": "Present / authorised",
        "strength": "Strength",
        "readiness": "Readiness",
        "mean": "Mean",
        "band": "Band",
        "limited_by": "Limited by",
        "below_minimum": "below the unit's minimum operational strength",
        "no_units": "No unit in this scope.",
        "units_more": (
            "The {shown} least ready units of {total} are listed; the other {more} are on the "
            "Dashboard and in the readiness report."
        ),
        "readiness_note": (
            "Readiness is the lowest of strength and each critical category's operational "
            "readiness; mean is over all categories."
        ),
        "critical_gaps": "Critical gaps and what is pledged against them",
        "equipment": "Equipment",
        "category": "Category",
        "authorised": "Authorised",
        "serviceable": "Serviceable",
        "pledged": "Pledged",
        "gap": "Gap",
        "pledges": "Pledges",
        "no_pledge": "none",
        "no_critical_gaps": "No critical equipment is missing.",
        "gaps_more": (
            "{more} more critical gap lines are not listed ({missing} items missing in all); "
            "see the Equipment & gaps page."
        ),
        "overdue": "Overdue maintenance",
        "overdue_count": "{count} vehicles and items are overdue for service.",
        "none_overdue": "Nothing is overdue for service.",
        "service_due": "service due {day}",
        "km_over": "{km} km past its service mileage",
        "days_overdue": "{days} days overdue",
        "day_overdue": "1 day overdue",
        "by_mileage": "by mileage",
        "expiring": "Qualifications expired or expiring within {days} days",
        "expiring_count": (
            "{count} qualifications have expired or expire within {days} days "
            "({expired} already expired)."
        ),
        "none_expiring": "No qualification has expired or expires within {days} days.",
        "expires": "{what}, expires {day}",
        "expired": "{what}, expired {day}",
        "days_left": "in {days} days",
        "day_left": "in 1 day",
        "today": "today",
        "days_ago": "{days} days ago",
        "day_ago": "1 day ago",
        "first_few": "The first {count}:",
        "not_in_snapshot": "Not known for a past day: its snapshot keeps strength and holdings only.",
        "changes": "What changed since {day}",
        "changes_heading": "What changed since the previous day",
        "no_snapshot": "There is no snapshot of the previous day to compare with.",
        "no_changes": "Nothing changed in unit readiness, bands, strength or gaps.",
        "changes_more": "Changes in {more} more units are not listed; see the Dashboard.",
        "from_to": "{before} \u2192 {after}",
        "charts": "Charts",
        "chart_units": "Readiness by unit (dashed lines: {green} and {amber})",
        "chart_trend": "Readiness trend per unit, last {days} days",
        "chart_gaps": "Equipment by category: serviceable, pledged and gap",
        "chart_strength": "Officers present and authorised, by contingent",
        "footer": "Prepared by {user} on {at}",
        "file_name": "Readiness summary {day}.pdf",
    },
    "fr": {
        "title": "Synthèse de l’état de préparation",
        "as_of": "au {day}",
        "mission": "Mission",
        "read_at": "Chiffres lus le",
        "prepared_by": "Établi par",
        "scope": "Périmètre",
        "bands_text": (
            "Niveaux\u00a0: vert à partir de {green}, orange à partir de {amber}, rouge en dessous. "
            "Le seuil de {green} est un paramètre, à vérifier d’après le MOU de chaque unité."
        ),
        "past": (
            "Préparation, effectifs et manques sont ceux de l’instantané quotidien du {day}\u00a0; "
            "{unknown} ne sont pas conservés dans les instantanés et ne sont pas présentés."
        ),
        "key_figures": "Chiffres clés",
        "of": "sur {total}",
        "units_by_band": "Unités\u00a0: {green} en vert, {amber} en orange, {red} en rouge",
        "units_no_band": "{count} sans chiffre",
        "units": "Préparation par unité",
        "unit": "Unité",
        "contingent": "Contingent",
        "present": "Présents / autorisés",
        "strength": "Effectif",
        "readiness": "Préparation",
        "mean": "Moyenne",
        "band": "Niveau",
        "limited_by": "Limitée par",
        "below_minimum": "sous l’effectif opérationnel minimum de l’unité",
        "no_units": "Aucune unité dans ce périmètre.",
        "units_more": (
            "Les {shown} unités les moins prêtes sur {total} sont listées\u00a0; les {more} autres "
            "figurent au tableau de bord et dans le rapport de préparation."
        ),
        "readiness_note": (
            "La préparation est la plus basse de l’effectif et de la disponibilité de chaque "
            "catégorie critique\u00a0; la moyenne porte sur toutes les catégories."
        ),
        "critical_gaps": "Manques critiques et promesses de dons en regard",
        "equipment": "Matériel",
        "category": "Catégorie",
        "authorised": "Autorisé",
        "serviceable": "En état",
        "pledged": "Promis",
        "gap": "Manque",
        "pledges": "Promesses",
        "no_pledge": "aucune",
        "no_critical_gaps": "Aucun matériel critique ne manque.",
        "gaps_more": (
            "{more} autres lignes de manque critique ne sont pas listées ({missing} articles "
            "manquants en tout)\u00a0; voir la page Matériel et manques."
        ),
        "overdue": "Entretien en retard",
        "overdue_count": "{count} véhicules et articles ont dépassé la date d’entretien.",
        "none_overdue": "Aucun entretien en retard.",
        "service_due": "entretien prévu le {day}",
        "km_over": "{km} km au-delà du kilométrage d’entretien",
        "days_overdue": "{days} jours de retard",
        "day_overdue": "1 jour de retard",
        "by_mileage": "au kilométrage",
        "expiring": "Qualifications expirées ou expirant sous {days} jours",
        "expiring_count": (
            "{count} qualifications ont expiré ou expirent sous {days} jours "
            "(dont {expired} déjà expirées)."
        ),
        "none_expiring": "Aucune qualification expirée ou expirant sous {days} jours.",
        "expires": "{what}, expire le {day}",
        "expired": "{what}, expirée le {day}",
        "days_left": "dans {days} jours",
        "day_left": "dans 1 jour",
        "today": "aujourd’hui",
        "days_ago": "il y a {days} jours",
        "day_ago": "il y a 1 jour",
        "first_few": "Les {count} premiers\u00a0:",
        "not_in_snapshot": (
            "Inconnu pour un jour passé\u00a0: son instantané ne garde que les effectifs et les "
            "dotations."
        ),
        "changes": "Ce qui a changé depuis le {day}",
        "changes_heading": "Ce qui a changé depuis la veille",
        "no_snapshot": "Aucun instantané de la veille pour comparer.",
        "no_changes": "Aucun changement de préparation, de niveau, d’effectif ou de manque.",
        "changes_more": (
            "Les changements de {more} autres unités ne sont pas listés ; voir le tableau de bord."
        ),
        "from_to": "{before} \u2192 {after}",
        "charts": "Graphiques",
        "chart_units": "Préparation par unité (tirets\u00a0: {green} et {amber})",
        "chart_trend": "Évolution de la préparation par unité, {days} derniers jours",
        "chart_gaps": "Matériel par catégorie\u00a0: en état, promis et manque",
        "chart_strength": "Personnels présents et autorisés, par contingent",
        "footer": "Établi par {user} le {at}",
        "file_name": "Synthèse de préparation {day}.pdf",
    },
}

BAND_LABELS: dict[str, dict[Band, str]] = {
    "en": {Band.GREEN: "Green", Band.AMBER: "Amber", Band.RED: "Red"},
    "fr": {Band.GREEN: "Vert", Band.AMBER: "Orange", Band.RED: "Rouge"},
}

#: Each tile's label under its figure.
TILE_LABELS: dict[str, dict[TileKey, str]] = {
    "en": {
        TileKey.STRENGTH: "Officers present",
        TileKey.VEHICLES: "Vehicles serviceable",
        TileKey.CRITICAL_GAPS: "Critical gap lines",
        TileKey.OVERDUE_MAINTENANCE: "Overdue maintenance",
        TileKey.EXPIRING_QUALIFICATIONS: "Qualifications expired or expiring within 30 days",
        TileKey.AWAITING_APPROVAL: "Requisitions awaiting approval",
    },
    "fr": {
        TileKey.STRENGTH: "Personnels présents",
        TileKey.VEHICLES: "Véhicules en état",
        TileKey.CRITICAL_GAPS: "Lignes de manque critique",
        TileKey.OVERDUE_MAINTENANCE: "Entretiens en retard",
        TileKey.EXPIRING_QUALIFICATIONS: "Qualifications expirées ou expirant sous 30 jours",
        TileKey.AWAITING_APPROVAL: "Demandes en attente d’approbation",
    },
}

#: The second figure some tiles carry (``Tile.detail``).
TILE_DETAILS: dict[str, dict[TileKey, str]] = {
    "en": {
        TileKey.CRITICAL_GAPS: "{detail} items missing",
        TileKey.EXPIRING_QUALIFICATIONS: "{detail} already expired",
    },
    "fr": {
        TileKey.CRITICAL_GAPS: "{detail} articles manquants",
        TileKey.EXPIRING_QUALIFICATIONS: "dont {detail} déjà expirées",
    },
}

#: What a :class:`~lsa_desktop.services.dashboard_model.Change` is about.
CHANGE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "readiness": "readiness",
        "band": "band",
        "strength": "strength",
        "gap": "{item} gap",
    },
    "fr": {
        "readiness": "préparation",
        "band": "niveau",
        "strength": "effectif",
        "gap": "manque de {item}",
    },
}

#: What a past day's snapshot does not hold (see ``past`` above).
NOT_IN_SNAPSHOTS: dict[str, str] = {
    "en": "service dates, qualifications, requisitions and the pledges' names",
    "fr": "dates d’entretien, qualifications, demandes et références des promesses",
}
