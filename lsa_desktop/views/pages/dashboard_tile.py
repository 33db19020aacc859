"""A key figure of the Dashboard: a big number, what it is out of, what it counts, one line more.

A tile is a push button, so it takes keyboard focus (Tab), answers Space and Enter, shows a focus
frame, and is announced as a button by screen readers; a click asks for the rows behind the
figure. The number is sized to be read across a briefing room; the coloured edge repeats what
the words under the number say (a band, or that something needs doing), never alone.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class Tone(StrEnum):
    """What the figure means at a glance: the colour of the tile's edge."""

    NEUTRAL = "neutral"
    GOOD = "good"  # the green band, or nothing to do
    WARNING = "warning"  # the amber band, or something due soon
    BAD = "bad"  # the red band, or something overdue or missing


#: Edge colours: dark enough to tell apart in greyscale (green and red differ in lightness too).
TONE_COLOURS = {
    Tone.NEUTRAL: "#8593a1",
    Tone.GOOD: "#2e7d32",
    Tone.WARNING: "#c77700",
    Tone.BAD: "#c62828",
}

_STYLE = """
DashboardTile {{
    background: #ffffff;
    border: 1px solid #cfd6dd;
    border-left: 7px solid {edge};
    border-radius: 3px;
    padding: 0;
    text-align: left;
}}
DashboardTile:hover {{ background: #f2f6fa; border-color: #9fb3c8; border-left-color: {edge}; }}
DashboardTile:pressed {{ background: #e3ecf5; }}
DashboardTile:focus {{ border: 2px solid #1a5fb4; border-left: 7px solid {edge}; }}
QLabel {{ background: transparent; border: none; }}
QLabel#tileValue {{ color: #14202b; }}
QLabel#tileOutOf, QLabel#tileDetail {{ color: #4a5968; }}
QLabel#tileCaption {{ color: #1c2833; }}
"""


class DashboardTile(QPushButton):
    """One figure; ``clicked`` asks for the rows behind it (the page knows which)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        base = self.font().pointSizeF()
        self.value_label = self._label("tileValue", base * 2.4, QFont.Weight.Bold)
        self.out_of_label = self._label("tileOutOf", base * 1.25, QFont.Weight.Normal)
        self.caption_label = self._label("tileCaption", base * 1.1, QFont.Weight.DemiBold)
        self.detail_label = self._label("tileDetail", base, QFont.Weight.Normal)
        # Every tile keeps two lines for its caption, so the six line up whatever they say.
        self.caption_label.setWordWrap(True)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.caption_label.setMinimumHeight(2 * self.caption_label.fontMetrics().lineSpacing())
        self._figure = figure = QHBoxLayout()
        figure.setSpacing(6)
        figure.addWidget(self.value_label, 0, Qt.AlignmentFlag.AlignBaseline)
        figure.addWidget(self.out_of_label, 1, Qt.AlignmentFlag.AlignBaseline)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 10, 10)
        layout.setSpacing(2)
        layout.addLayout(figure)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.detail_label)
        self.tone = Tone.NEUTRAL
        self.setStyleSheet(_STYLE.format(edge=TONE_COLOURS[self.tone]))

    def _label(self, name: str, points: float, weight: QFont.Weight) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        font = label.font()
        font.setPointSizeF(points)
        font.setWeight(weight)
        label.setFont(font)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def set_figure(
        self, value: str, out_of: str, caption: str, detail: str, tone: Tone, tip: str
    ) -> None:
        """Show a figure: ``out_of`` is "of 1,200" or empty; ``tip`` gives the exact figures."""
        self.value_label.setText(value)
        self.out_of_label.setText(out_of)
        self.caption_label.setText(caption)
        self.detail_label.setText(detail)
        self.setToolTip(tip)
        self.setAccessibleName(" ".join(part for part in (caption, value, out_of) if part))
        self.setAccessibleDescription(detail)
        if tone is not self.tone:
            self.tone = tone
            self.setStyleSheet(_STYLE.format(edge=TONE_COLOURS[tone]))
        # The figure may have grown ("980" to "1,020"): measure it again now (Qt would only on
        # the next layout pass), so that the page lays the tiles out for it and never cuts it.
        self._figure.invalidate()
        self._layout.invalidate()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """The layout's size: a push button would otherwise size itself to its (empty) text."""
        return self._layout.sizeHint()

    def minimumSizeHint(self) -> QSize:
        """Room for the figure and what it is out of, never cut; the caption wraps."""
        return self._layout.minimumSize()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the rows too, as on a link (a push button answers only Space)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.animateClick()
            return
        super().keyPressEvent(event)
