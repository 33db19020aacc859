"""Donors: the list with what each pledged, delivered and still owes, the lines behind each of
those figures, and recording a donor (add, edit, archive).

The figures come from :mod:`lsa_desktop.services.donor_figures`, one query over the pledge lines,
so a donor's figure and the lines listed behind it cannot disagree.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlmodel import Session

from lsa_desktop.domain.enums import OPEN_PLEDGE_STATUSES, DonorType
from lsa_desktop.domain.pledge_inputs import DonorInput, check_donor
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import UserError
from lsa_desktop.services.donor_figures import (
    DonorSummary,
    Figure,
    FigureLine,
    donor_summaries,
    figure_line_of,
    figure_lines_query,
    summary_of,
)
from lsa_desktop.services.pledge_details import PledgeRow, pledge_row_of, pledge_rows_query
from lsa_desktop.services.records import get_or_refuse
from lsa_desktop.store.models import Donor, Pledge

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

__all__ = [
    "DonorDetail",
    "DonorInput",
    "DonorService",
    "DonorSummary",
    "Figure",
    "FigureLine",
    "PledgeRow",
]

_donor = Donor.__table__
_pledge = Pledge.__table__
#: Pledges named in the refusal to archive a donor, before "and N more".
_NAMED = 5


@dataclass(frozen=True, slots=True)
class DonorDetail:
    id: uuid.UUID
    name: str
    donor_type: DonorType
    country_code: str
    contact: str
    archived: bool


class DonorService:
    """Donors and their figures; each public method is one read or one write."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today

    def summaries(self) -> list[DonorSummary]:
        """Every donor not archived, with its figures; by name."""
        with self.store.read() as session:
            rows = session.execute(donor_summaries(self._today())).all()
        return [summary_of(row) for row in rows]

    def figure_lines(self, donor_id: uuid.UUID, figure: Figure) -> list[FigureLine]:
        """The pledge lines behind one of the donor's figures, newest pledge first: their
        quantities and ``value_usd`` sum to the figure of :meth:`summaries`."""
        with self.store.read() as session:
            rows = session.execute(figure_lines_query(donor_id, figure, self._today())).all()
        return [figure_line_of(row) for row in rows]

    def pledges(self, donor_id: uuid.UUID | None = None) -> list[PledgeRow]:
        """The pledges of a donor (of every donor if None), with their money; newest first."""
        with self.store.read() as session:
            rows = session.execute(pledge_rows_query(self._today(), donor_id=donor_id)).all()
        return [pledge_row_of(row) for row in rows]

    def detail(self, donor_id: uuid.UUID) -> DonorDetail:
        with self.store.read() as session:
            return _detail(_get(session, donor_id))

    def donor_choices(self) -> list[DonorDetail]:
        """The donors a pledge can name: those not archived, by name."""
        d = _donor.c
        with self.store.read() as session:
            donors = session.execute(
                select(Donor).where(d.archived.is_(False)).order_by(d.name)
            ).scalars()
            return [_detail(donor) for donor in donors]

    def create(self, values: DonorInput) -> DonorDetail:
        """Add a donor; ``ValidationFailed`` with a sentence per field."""
        values = values.cleaned()
        with self.store.write() as session:
            problems = check_donor(values)
            _check_name(session, problems, values.name, None)
            problems.raise_if_any()
            donor = Donor(
                name=values.name,
                donor_type=values.donor_type,
                country_code=values.country_code,
                contact=values.contact,
            )
            session.add(donor)
            session.flush()
            return _detail(donor)

    def update(self, donor_id: uuid.UUID, values: DonorInput) -> DonorDetail:
        """Save a donor's form; only the fields that changed are written (and audited)."""
        values = values.cleaned()
        with self.store.write() as session:
            donor = _get(session, donor_id)
            if donor.archived:
                raise UserError(
                    f"Donor {donor.name} is archived: an archived record is kept for the history "
                    "and is not edited."
                )
            problems = check_donor(values)
            _check_name(session, problems, values.name, donor.id)
            problems.raise_if_any()
            for name in ("name", "donor_type", "country_code", "contact"):
                value = getattr(values, name)
                if getattr(donor, name) != value:
                    setattr(donor, name, value)
            session.flush()
            return _detail(donor)

    def archive(self, donor_id: uuid.UUID) -> None:
        """Archive a donor (it leaves the lists; its pledges stay), once none of its pledges is
        open."""
        with self.store.write() as session:
            donor = _get(session, donor_id)
            p = _pledge.c
            open_pledges = list(
                session.execute(
                    select(p.reference)
                    .where(p.donor_id == donor.id, p.status.in_(OPEN_PLEDGE_STATUSES))
                    .order_by(p.reference)
                ).scalars()
            )
            if open_pledges:
                shown = ", ".join(open_pledges[:_NAMED])
                more = len(open_pledges) - _NAMED
                listed = shown + (f" and {more} more" if more > 0 else "")
                pledges = "an open pledge" if len(open_pledges) == 1 else "open pledges"
                raise UserError(
                    f"{donor.name} still has {pledges} ({listed}). Close or withdraw "
                    f"{'it' if len(open_pledges) == 1 else 'them'} first, then archive the donor."
                )
            donor.archived = True


def _get(session: Session, donor_id: uuid.UUID) -> Donor:
    return get_or_refuse(session, Donor, donor_id, "donor")


def _detail(donor: Donor) -> DonorDetail:
    return DonorDetail(
        id=donor.id,
        name=donor.name,
        donor_type=donor.donor_type,
        country_code=donor.country_code,
        contact=donor.contact,
        archived=donor.archived,
    )


def _check_name(
    session: Session, problems: Problems, name: str, donor_id: uuid.UUID | None
) -> None:
    """A donor's name is unique (case and spacing aside), archived donors included."""
    if not name:
        return
    d = _donor.c
    statement = select(d.name, d.archived).where(func.lower(d.name) == name.lower())
    if donor_id is not None:
        statement = statement.where(d.id != donor_id)
    holder = session.execute(statement).first()
    if holder is not None:
        other, archived = holder
        whose = f"an archived donor, {other}" if archived else f"donor {other}"
        problems.add(
            "name",
            f"The name {name} is already used by {whose}. Use that donor, or tell the two apart "
            "in the name.",
        )
