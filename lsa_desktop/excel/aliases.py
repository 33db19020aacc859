"""The words workbooks use for the app's columns and values, read from ``aliases.json``.

Officers' workbooks name a column "N° matricule", "Service No." or "SERVICE NUMBER", and write a
status as "U/S", "Hors service" or "unserviceable". The words live in ``aliases.json`` (data: a
new alias is a line there, not a change of code); this module loads them once and turns them into
lookup tables keyed by :func:`compact`, so that every comparison ignores case, accents,
punctuation and spacing in the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from lsa_desktop.domain.text import fold
from lsa_desktop.excel.model import KindSpec

ALIASES_FILE = "aliases.json"

_NOT_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """``text`` as headers and values are compared: accents and case folded, every run of
    punctuation, symbols and spacing made one space. "N° matricule" -> "n matricule",
    "Date d'arrivée" -> "date d arrivee", "Odometer (km)" -> "odometer km"."""
    return _NOT_WORD.sub(" ", fold(text)).strip()


def compact(text: str) -> str:
    """:func:`normalise` without its spaces: the key of every lookup here, so that spacing is
    ignored too ("In service", "IN_SERVICE", "in-service" and "inservice" are one key)."""
    return _NOT_WORD.sub("", fold(text))


@cache
def _data() -> Mapping[str, Any]:
    text = resources.files("lsa_desktop.excel").joinpath(ALIASES_FILE).read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def header_aliases(kind: str, field: str) -> tuple[str, ...]:
    """The other names ``field`` of ``kind`` may have: the kind's own aliases, then the aliases
    every kind with that field shares."""
    headers = _data()["headers"]
    return tuple(headers.get(f"{kind}:{field}", ())) + tuple(headers.get(field, ()))


@cache
def header_table(spec: KindSpec) -> Mapping[str, str]:
    """compact(header) -> field name, for every header ``spec`` recognises: aliases, field names
    and public headers. Should two fields claim one key (a test keeps the data free of that), the
    public header wins over the field name, and the field name over an alias."""
    table: dict[str, str] = {}
    for field in spec.fields:
        for alias in reversed(header_aliases(spec.name, field.name)):
            table[compact(alias)] = field.name
    for field in spec.fields:
        table[compact(field.name)] = field.name
    for field in spec.fields:
        table[compact(field.header)] = field.name
    return table


@cache
def choice_table(choices: type[StrEnum]) -> Mapping[str, StrEnum]:
    """compact(word) -> member, for the member names, their values and their aliases."""
    aliases = _data()["choices"].get(choices.__name__, {})
    table: dict[str, StrEnum] = {}
    for member in choices:
        for word in aliases.get(member.name, ()):
            table[compact(word)] = member
    for member in choices:
        table[compact(member.value)] = member
        table[compact(member.name)] = member
    return table


def choice_labels(choices: type[StrEnum]) -> tuple[str, ...]:
    """The plain English word for each member, in the enumeration's order ("In transit" for
    IN_TRANSIT): the first alias listed for it, else its name in words."""
    aliases = _data()["choices"].get(choices.__name__, {})
    return tuple(
        (aliases.get(member.name) or [member.name.replace("_", " ").capitalize()])[0]
        for member in choices
    )


@cache
def boolean_table() -> Mapping[str, bool]:
    """The words for yes and no, each keyed both by its folded text (for the ticks "✓" and "✗",
    which normalising would erase) and by its compact form."""
    table: dict[str, bool] = {}
    for key, answer in (("true", True), ("false", False)):
        for word in _data()["booleans"][key]:
            table[fold(word)] = answer
            if compact(word):
                table[compact(word)] = answer
    return table


@cache
def totals_words() -> tuple[str, ...]:
    """The normalised words that open a totals row ("total", "sous total", "grand total")."""
    return tuple(normalise(word) for word in _data()["totals"])


@cache
def month_table() -> Mapping[str, int]:
    """compact(month name or abbreviation) -> month number, in English and French."""
    return {
        compact(word): int(number) for number, words in _data()["months"].items() for word in words
    }
