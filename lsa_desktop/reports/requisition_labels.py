"""The words of the printed requisition, in each language a printout can be made in.

Plain dictionaries rather than Qt's translator: the printout is built without Qt, and its language
is chosen per printout (an English-speaking officer may print the French copy for the Haitian
police). A language is added by adding a key to each dictionary.
"""

from __future__ import annotations

from lsa_desktop.domain.enums import Decision, Priority, RequisitionStatus

S = RequisitionStatus

#: Every word the printout prints, per language. Values are plain text (escaped when used);
#: ``{…}`` fields are filled with values already formatted.
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Requisition {reference}",
        "unit": "Requesting unit",
        "requested_by": "Requested by",
        "requested_on": "Requested on",
        "required_by": "Required by",
        "priority": "Priority",
        "status": "Status",
        "lines": "Items requested",
        "no": "No.",
        "item": "Item",
        "uom": "Unit of measure",
        "quantity": "Quantity",
        "value": "Value (USD)",
        "requested": "Requested",
        "approved": "Approved",
        "unit_cost": "Unit cost (USD)",
        "total": "Total",
        "no_lines": "No items on this requisition.",
        "justification": "Justification",
        "impact": "Operational impact",
        "approvals": "Approvals",
        "requires": "Requires the approval of: {entries}.",
        "requires_anyone": "Requires one approval by a person other than the requester.",
        "anyone": "any approver",
        "requester": "Requester",
        "approver": "Approver",
        "name": "Name",
        "role": "Role",
        "decision": "Decision",
        "date": "Date",
        "date_time": "Date and time",
        "comment": "Comment",
        "signature": "Signature",
        "earlier": "Earlier decisions",
        "round": "Submission",
        "printed": "Printed by {user} on {at}",
    },
    "fr": {
        "title": "Demande de matériel {reference}",
        "unit": "Unité demandeuse",
        "requested_by": "Demandé par",
        "requested_on": "Date de la demande",
        "required_by": "Requis pour le",
        "priority": "Priorité",
        "status": "Statut",
        "lines": "Articles demandés",
        "no": "N°",
        "item": "Article",
        "uom": "Unité de mesure",
        "quantity": "Quantité",
        "value": "Valeur (USD)",
        "requested": "Demandée",
        "approved": "Approuvée",
        "unit_cost": "Coût unitaire (USD)",
        "total": "Total",
        "no_lines": "Aucun article dans cette demande.",
        "justification": "Justification",
        "impact": "Impact opérationnel",
        "approvals": "Approbations",
        "requires": "Approbation requise de\u00a0: {entries}.",
        "requires_anyone": "Requiert une approbation par une personne autre que le demandeur.",
        "anyone": "tout approbateur",
        "requester": "Demandeur",
        "approver": "Approbateur",
        "name": "Nom",
        "role": "Fonction",
        "decision": "Décision",
        "date": "Date",
        "date_time": "Date et heure",
        "comment": "Commentaire",
        "signature": "Signature",
        "earlier": "Décisions antérieures",
        "round": "Soumission",
        "printed": "Imprimé par {user} le {at}",
    },
}

PRIORITY_LABELS: dict[str, dict[Priority, str]] = {
    "en": {
        Priority.IMMEDIATE: "Immediate",
        Priority.URGENT: "Urgent",
        Priority.ROUTINE: "Routine",
    },
    "fr": {
        Priority.IMMEDIATE: "Immédiate",
        Priority.URGENT: "Urgente",
        Priority.ROUTINE: "Routine",
    },
}

STATUS_LABELS: dict[str, dict[RequisitionStatus, str]] = {
    "en": {
        S.DRAFT: "Draft",
        S.SUBMITTED: "Submitted, awaiting approval",
        S.APPROVED: "Approved",
        S.REJECTED: "Rejected",
        S.RETURNED: "Returned for changes",
        S.PARTIALLY_FULFILLED: "Partly fulfilled",  # as the screen says it
        S.FULFILLED: "Fulfilled",
        S.CLOSED: "Closed",
        S.CANCELLED: "Cancelled",
    },
    "fr": {
        S.DRAFT: "Brouillon",
        S.SUBMITTED: "Soumise, en attente d’approbation",
        S.APPROVED: "Approuvée",
        S.REJECTED: "Rejetée",
        S.RETURNED: "Renvoyée pour modification",
        S.PARTIALLY_FULFILLED: "Partiellement satisfaite",
        S.FULFILLED: "Satisfaite",
        S.CLOSED: "Clôturée",
        S.CANCELLED: "Annulée",
    },
}

DECISION_LABELS: dict[str, dict[Decision, str]] = {
    "en": {
        Decision.APPROVED: "Approved",
        Decision.REJECTED: "Rejected",
        Decision.RETURNED: "Returned for changes",
    },
    "fr": {
        Decision.APPROVED: "Approuvée",
        Decision.REJECTED: "Rejetée",
        Decision.RETURNED: "Renvoyée pour modification",
    },
}
