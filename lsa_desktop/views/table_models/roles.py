"""The item data roles every table model of the app answers beyond Qt's own, defined once: the
lazy register models (:mod:`lsa_desktop.views.table_models.register_model`) and the in-memory
lists (:mod:`lsa_desktop.views.pages.row_list_model`) answer them alike, so a view, a proxy or a
test reads a row or its native value the same way from either."""

from __future__ import annotations

from PySide6.QtCore import Qt

#: The row dataclass itself.
ROW_ROLE = Qt.ItemDataRole.UserRole
#: The native value (date, number, enum member) behind the displayed text: what sorting compares.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
