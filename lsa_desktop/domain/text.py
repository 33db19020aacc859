"""Text as a search compares it: accents and case folded away.

A mission's rolls mix French, Haitian Creole, Spanish and English names typed on keyboards that may
lack the accents: an officer looking for "Célestin" types "celestin", and one looking for
"Hérard" types "HERARD". SQLite's ``LIKE`` only folds the 26 ASCII letters, so the registers keep a
folded copy of the searched fields (``search_text``) and fold what is typed with the same function,
then compare the two with a plain substring match.
"""

from __future__ import annotations

import unicodedata

#: Separates the folded fields of a ``search_text``: a typed word never contains it, so a word
#: cannot match across two fields.
FIELD_SEPARATOR = " "


def fold(text: str) -> str:
    """``text`` without accents and in case-folded form: "Célestin" -> "celestin",
    "ÇA" -> "ca", "Peña" -> "pena", "Straße" -> "strasse", "ﬁ" -> "fi".

    Compatibility decomposition (NFKD) splits each accented letter into its base letter and
    combining marks, and ligatures and full-width forms into plain letters; ``str.casefold`` folds
    case for every alphabet (unlike ``lower``, "ß" becomes "ss"); the combining marks are dropped.
    """
    if text.isascii():
        return text.lower()  # the common case, and the same result: nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def search_text(*fields: str | None) -> str:
    """The folded fields a search looks in, as stored in a ``search_text`` column: each field
    folded, empty ones left out, joined by ``FIELD_SEPARATOR``."""
    present = [field for field in fields if field]
    joined = FIELD_SEPARATOR.join(present)
    if joined.isascii():
        return joined.lower()  # what folding each field gives, in one call (a roll's common case)
    return FIELD_SEPARATOR.join(map(fold, present))
