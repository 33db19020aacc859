"""Finding the records an import row refers to: a unit, a rank, a category... by code or by name.

Shared by every kind's importer (see also :mod:`.matching`: which stored record a row is, and the
issue helpers). Everything here reads the database once per plan and then answers from memory, so
that a 100,000-row import makes a handful of queries, not one per row:

- :class:`Lookup`: one table's records found by code or by name ("KE-FPU-1" or "Kenya Formed
  Police Unit 1"), case, accents and spacing ignored. A reference that matches two records is an
  error naming both, never a guess.
- :class:`Creatable`: a lookup whose unknown names are created when the import is written (a
  contingent or base named in a units file, a donor in a pledges file), once, shared by every row.
- :class:`References`: the lookups of one plan, built on first use: ``refs.unit(text)``,
  ``refs.rank(text)``, ``refs.category(text)``...

A resolving method either returns what it found or raises
:class:`~lsa_desktop.excel.importers.matching.ReferenceProblem`, whose text is the sentence for
the row (``matching.error(row, field, str(problem))``).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from typing import Any

from sqlalchemy import Row, Table, select
from sqlmodel import Session

from lsa_desktop.domain.text import fold
from lsa_desktop.excel.importers.matching import ReferenceProblem, match_text
from lsa_desktop.store.models import (
    Contingent,
    EquipmentCategory,
    EquipmentType,
    Location,
    QualificationType,
    Rank,
    Record,
    Unit,
    new_id,
)


def _listed(rows: Iterable[Row[Any]]) -> str:
    parts = []
    for row in rows:
        code = getattr(row, "code", None)
        parts.append(f"{code} ({row.name})" if code and code != row.name else str(row.name))
    return ", ".join(parts)


# --- references ---------------------------------------------------------------------------------


class Lookup:
    """One table's records, read in one SELECT, found by any of the ``by`` columns.

    Each found record is a row with ``id``, the ``by`` columns, ``name``, ``archived`` (if the
    table has it) and the ``columns`` asked for (``row.validity_months``...).
    """

    def __init__(
        self,
        session: Session,
        table: Table,
        noun: str,
        *,
        by: Sequence[str] = ("code", "name"),
        columns: Sequence[str] = (),
    ) -> None:
        self.noun = noun
        self.by = tuple(by)
        wanted = ["id", *self.by, *columns]
        if "name" not in wanted:
            wanted.append("name")
        #: Whether the table's records can be archived (rows then have ``archived``).
        self.archivable = "archived" in table.c
        if self.archivable:
            wanted.append("archived")
        names = list(dict.fromkeys(wanted))
        self._index: dict[str, dict[uuid.UUID, Row[Any]]] = {}
        #: What each text written in the file found: a file repeats a few units thousands of times.
        self._found: dict[str, Row[Any] | None] = {}
        for row in session.execute(select(*(table.c[name] for name in names))):
            self._remember(row)

    def _remember(self, row: Row[Any]) -> None:
        for column in self.by:
            value = getattr(row, column)
            if value:
                self._index.setdefault(match_text(str(value)), {})[row.id] = row

    def find(self, text: str) -> Row[Any] | None:
        """The one record ``text`` names, None if none does; :class:`ReferenceProblem` if it
        names two (a code of one and the name of another, or two records with that name)."""
        if text in self._found:
            return self._found[text]
        found = self._index.get(match_text(text), {})
        if len(found) > 1:
            rows = sorted(found.values(), key=lambda row: str(getattr(row, self.by[0])))
            raise ReferenceProblem(
                f"{self.noun.capitalize()} {text!r} matches {len(rows)} records: "
                f"{_listed(rows)}. Write the {self._by_words(first_only=True)} of the one you "
                "mean."
            )
        row = self._found[text] = next(iter(found.values()), None)
        return row

    def get(self, text: str, *, archived_ok: bool = False) -> Row[Any]:
        """The one record ``text`` names; :class:`ReferenceProblem` if none or two do, or if it
        is archived (unless ``archived_ok``)."""
        row = self.find(text)
        if row is None:
            raise ReferenceProblem(
                f"There is no {self.noun} {text!r}: check the {self._by_words()}, or add the "
                f"{self.noun} first."
            )
        if not archived_ok and self.archived(row):
            raise ReferenceProblem(
                f"{self.noun.capitalize()} {text!r} is archived: choose one in service."
            )
        return row

    def archived(self, row: Row[Any]) -> bool:
        return self.archivable and bool(row.archived)

    def _by_words(self, *, first_only: bool = False) -> str:
        """How the table's records are named in a sentence: "code or name", "abbreviation"."""
        columns = self.by[:1] if first_only else self.by
        words = [
            "abbreviation" if column == "code" and self.noun == "rank" else column
            for column in columns
        ]
        return " or ".join(word.replace("_", " ") for word in words)


class Creatable:
    """A lookup whose unknown names become new records when the import is written.

    :meth:`resolve` gives the id to refer to at once (a new record's id is chosen when it is
    first named, so every row naming it shares it); :meth:`ensure` adds the record to the
    session, once, from the ``apply`` of each row that refers to it; :meth:`created` gives the
    sentences for the plan ("Contingent Belize will be created.").
    """

    def __init__(
        self,
        lookup: Lookup,
        model: type[Record],
        values_for: Callable[[str], Mapping[str, Any]],
    ) -> None:
        self.lookup = lookup
        self.model = model
        #: The new record's column values for a name; raises ReferenceProblem if it cannot be
        #: made (a contingent whose country is not known).
        self._values_for = values_for
        self._new: dict[str, uuid.UUID] = {}  # matched text -> the new record's id
        self._pending: dict[uuid.UUID, tuple[str, Mapping[str, Any]]] = {}  # id -> name, values
        self._added: set[uuid.UUID] = set()

    def resolve(self, text: str) -> uuid.UUID:
        row = self.lookup.find(text)
        if row is not None:
            if self.lookup.archived(row):
                raise ReferenceProblem(
                    f"{self.lookup.noun.capitalize()} {text!r} is archived: choose one in service."
                )
            return row.id  # type: ignore[no-any-return]
        key = match_text(text)
        if key not in self._new:
            values = self._values_for(" ".join(text.split()))
            record_id = new_id()
            self._new[key] = record_id
            self._pending[record_id] = (str(values["name"]), values)
        return self._new[key]

    def is_new(self, record_id: uuid.UUID) -> bool:
        return record_id in self._pending

    def ensure(self, session: Session, record_id: uuid.UUID) -> None:
        """Add the new record ``record_id`` stands for, once; nothing if it is not new."""
        if record_id in self._pending and record_id not in self._added:
            session.add(self.model(id=record_id, **self._pending[record_id][1]))
            # Written now, before the records that refer to it: without relationships the ORM
            # orders the tables of a flush by class name, not by their foreign keys.
            session.flush()
            self._added.add(record_id)

    def created(self, used: Iterable[uuid.UUID]) -> list[str]:
        """Sentences for the new records among ``used`` (the ids the valid rows refer to)."""
        noun = self.lookup.noun.capitalize()
        return [
            f"{noun} {self._pending[record_id][0]} will be created."
            for record_id in dict.fromkeys(used)
            if record_id in self._pending
        ]


#: Country names (English and French, matched like references) to ISO 3166 codes, for a
#: contingent a units file names before it exists. Others can be written "Name (CC)".
_COUNTRIES = {
    "KE": "Kenya", "JM": "Jamaica|Jamaïque", "BS": "Bahamas|The Bahamas", "BZ": "Belize",
    "SV": "El Salvador|Salvador", "GT": "Guatemala", "HT": "Haiti", "BJ": "Benin", "TD": "Chad|Tchad",
    "BD": "Bangladesh", "BF": "Burkina Faso", "SN": "Senegal", "RW": "Rwanda", "NG": "Nigeria",
    "GH": "Ghana", "CM": "Cameroon|Cameroun", "NE": "Niger", "TG": "Togo",
    "CI": "Cote d'Ivoire|Ivory Coast", "EG": "Egypt|Egypte", "JO": "Jordan|Jordanie",
    "NP": "Nepal", "PK": "Pakistan", "IN": "India|Inde", "LK": "Sri Lanka",
    "ID": "Indonesia|Indonesie", "CA": "Canada", "US": "United States|Etats-Unis|USA",
    "FR": "France", "BR": "Brazil|Bresil", "AR": "Argentina|Argentine", "CL": "Chile|Chili",
    "UY": "Uruguay", "PE": "Peru|Perou", "CO": "Colombia|Colombie", "MX": "Mexico|Mexique",
    "DO": "Dominican Republic|Republique dominicaine", "TT": "Trinidad and Tobago|Trinite-et-Tobago",
    "BB": "Barbados|Barbade", "AG": "Antigua and Barbuda|Antigua-et-Barbuda", "GY": "Guyana",
    "SR": "Suriname", "GD": "Grenada|Grenade", "LC": "Saint Lucia|Sainte-Lucie",
    "DM": "Dominica|Dominique", "KN": "Saint Kitts and Nevis|Saint-Christophe-et-Nieves",
    "VC": "Saint Vincent and the Grenadines|Saint-Vincent-et-les-Grenadines",
    "EC": "Ecuador|Equateur", "HN": "Honduras", "NI": "Nicaragua", "CR": "Costa Rica",
    "PA": "Panama", "PY": "Paraguay", "BO": "Bolivia|Bolivie", "ES": "Spain|Espagne",
    "DE": "Germany|Allemagne", "GB": "United Kingdom|Royaume-Uni", "IT": "Italy|Italie",
    "BI": "Burundi", "TZ": "Tanzania|Tanzanie", "UG": "Uganda|Ouganda", "ET": "Ethiopia|Ethiopie",
    "ZM": "Zambia|Zambie", "MW": "Malawi", "ZA": "South Africa|Afrique du Sud",
    "ZW": "Zimbabwe", "ML": "Mali", "GN": "Guinea|Guinee", "MG": "Madagascar",
    "MR": "Mauritania|Mauritanie", "TN": "Tunisia|Tunisie", "MA": "Morocco|Maroc",
    "DJ": "Djibouti", "GA": "Gabon", "CG": "Congo", "CN": "China|Chine", "JP": "Japan|Japon",
    "PH": "Philippines", "MY": "Malaysia|Malaisie", "FJ": "Fiji|Fidji", "MN": "Mongolia|Mongolie",
}  # fmt: skip
_COUNTRY_CODES = {
    match_text(name): code for code, names in _COUNTRIES.items() for name in names.split("|")
}
_NAME_WITH_CODE = re.compile(r"^(.*\S)\s*\(([A-Za-z]{2})\)$")


def _slug(name: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "-", fold(name).upper()).strip("-")


class References:
    """The lookups of one plan, each read from the plan's session on first use."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @cached_property
    def units(self) -> Lookup:
        return Lookup(self.session, Unit.__table__, "unit")

    @cached_property
    def ranks(self) -> Lookup:
        return Lookup(self.session, Rank.__table__, "rank")

    @cached_property
    def qualification_types(self) -> Lookup:
        return Lookup(
            self.session,
            QualificationType.__table__,
            "qualification",
            columns=("validity_months",),
        )

    @cached_property
    def categories(self) -> Lookup:
        return Lookup(
            self.session, EquipmentCategory.__table__, "equipment category", columns=("critical",)
        )

    @cached_property
    def equipment_types(self) -> Lookup:
        """Equipment types by code only: names are long and repeat across kinds of item."""
        return Lookup(
            self.session,
            EquipmentType.__table__,
            "equipment type",
            by=("code",),
            columns=("category_id", "serialised", "is_vehicle", "unit_value_usd"),
        )

    @cached_property
    def contingents(self) -> Creatable:
        table = Contingent.__table__
        lookup = Lookup(self.session, table, "contingent", by=("name", "country_code"))
        used_codes = {str(code) for (code,) in self.session.execute(select(table.c.country_code))}

        def values_for(text: str) -> Mapping[str, Any]:
            written = _NAME_WITH_CODE.match(text)
            name, code = (
                (written.group(1), written.group(2).upper())
                if written
                else (text, _COUNTRY_CODES.get(match_text(text)))
            )
            if code is None:
                raise ReferenceProblem(
                    f"Contingent {text!r} is new and its country is not one the app knows: "
                    f"write it with its two-letter country code, for example '{text} (XY)'."
                )
            if code in used_codes:
                raise ReferenceProblem(
                    f"Contingent {name!r} would have the country code {code}, which another "
                    "contingent already has: write that contingent's name instead."
                )
            used_codes.add(code)
            return {"name": name, "country_code": code}

        return Creatable(lookup, Contingent, values_for)

    @cached_property
    def bases(self) -> Creatable:
        lookup = Lookup(self.session, Location.__table__, "base")
        used = {str(code) for (code,) in self.session.execute(select(Location.__table__.c.code))}

        def values_for(name: str) -> Mapping[str, Any]:
            stem = (_slug(name) or "BASE")[:26]
            code, number = stem, 1
            while code in used:
                number += 1
                code = f"{stem}-{number}"
            used.add(code)
            return {"name": name, "code": code}

        return Creatable(lookup, Location, values_for)

    def unit(self, text: str) -> Row[Any]:
        """A unit in service, by code or name."""
        return self.units.get(text)

    def rank(self, text: str) -> Row[Any]:
        """A rank by abbreviation ("S/SGT") or name ("Senior Sergeant")."""
        return self.ranks.get(text)

    def qualification_type(self, text: str) -> Row[Any]:
        """A qualification type by code or name; ``row.validity_months`` is its validity."""
        return self.qualification_types.get(text)

    def category(self, text: str) -> Row[Any]:
        """An equipment category in service, by code or name."""
        return self.categories.get(text)

    def equipment_type(self, text: str) -> Row[Any]:
        """An equipment type in service, by code."""
        return self.equipment_types.get(text)

    def contingent(self, text: str) -> uuid.UUID:
        """A contingent's id by name or country code; a new one's if the name is new."""
        return self.contingents.resolve(text)

    def base(self, text: str) -> uuid.UUID:
        """A base's id by name or code; a new one's if the name is new."""
        return self.bases.resolve(text)
