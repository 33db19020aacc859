"""Filling a combo box with records: the one place every picker and filter does it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

#: Characters a record combo is sized for; the layout stretches it further where there is room.
RECORD_COMBO_WIDTH = 24


def refill(
    combo: QComboBox, options: Iterable[tuple[str, object]], first: tuple[str, object] | None = None
) -> None:
    """Replace the options with ``(text, value)`` pairs, after ``first`` if given; no signal.

    The combo is sized to its field, not to its longest option: Qt otherwise measures every
    option as the form is first shown, which at 1,500 units costs more than the rest of opening
    the form.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(RECORD_COMBO_WIDTH)
    combo.blockSignals(True)
    try:
        combo.clear()
        if first is not None:
            combo.addItem(*first)
        for text, value in options:
            combo.addItem(text, value)
    finally:
        combo.blockSignals(False)
