"""File > Settings…: what the readiness figures and the printed documents depend on.

The readiness threshold (green at or above it) and the amber threshold (amber at or above it, red
below) band every unit on the Dashboard and in the printed summary; the paper size and the
classification marking lay out every printed page and PDF. They are per-person settings (the
settings file in the user's data folder). On OK they take effect at once: the application emits
``settingsChanged``, which the Dashboard follows, and the summary reads them as it prints.

The default threshold (90 %) is the figure often quoted in UN contingent-owned equipment practice,
not a rule: the dialog says so beside the field, so that an officer checks it against the unit's
MOU. The amber threshold must stay below the threshold; a value that is not is refused at the
field, and OK waits until it is put right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lsa_desktop.settings import PAPER_SIZES, Settings
from lsa_desktop.views.forms.ui_settings_dialog import Ui_SettingsDialog

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication


class SettingsDialog(QDialog):
    """Shows the settings in force; on OK applies and saves the ones changed."""

    def __init__(self, app: LsaApplication, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        papers = {"A4": self.tr("A4 (210 × 297 mm)"), "Letter": self.tr("Letter (8.5 × 11 in)")}
        for paper in PAPER_SIZES:
            self.ui.paper_size.addItem(papers[paper], paper)
        self._show(app.settings)
        ui = self.ui
        ui.readiness_threshold_pct.valueChanged.connect(self._check_bands)
        ui.amber_threshold_pct.valueChanged.connect(self._check_bands)
        buttons = ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setToolTip(self.tr("Put back the values the app comes with (not saved until OK)"))
        defaults.clicked.connect(self.restore_defaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._check_bands()
        ui.readiness_threshold_pct.setFocus()

    def _show(self, settings: Settings) -> None:
        ui = self.ui
        ui.readiness_threshold_pct.setValue(settings.readiness_threshold_pct)
        ui.amber_threshold_pct.setValue(settings.amber_threshold_pct)
        paper = ui.paper_size.findData(_paper(settings.paper_size))
        ui.paper_size.setCurrentIndex(paper)
        ui.classification.setText(settings.classification)

    @Slot()
    def restore_defaults(self) -> None:
        """Fill the fields with the defaults (the name of the user is not one of these fields)."""
        self._show(Settings())

    def problem_text(self) -> str:
        """The reason shown under the amber threshold ("" when none)."""
        label = self.ui.amber_threshold_pctError
        return label.text() if not label.isHidden() else ""

    @Slot()
    def _check_bands(self) -> None:
        """Say at the amber field, as the values change, whether the bands still make sense."""
        threshold = self.ui.readiness_threshold_pct.value()
        amber = self.ui.amber_threshold_pct.value()
        problem = ""
        if amber >= threshold:
            problem = self.tr(
                "The amber threshold must be below the readiness threshold ({threshold} %): "
                "otherwise no unit could be amber."
            ).format(threshold=self.ui.readiness_threshold_pct.textFromValue(threshold))
        label = self.ui.amber_threshold_pctError
        label.setText(problem)
        label.setVisible(bool(problem))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self.problem_text():
            self.ui.amber_threshold_pct.setFocus()
            return
        ui = self.ui
        wanted = {
            "readiness_threshold_pct": ui.readiness_threshold_pct.value(),
            "amber_threshold_pct": ui.amber_threshold_pct.value(),
            "paper_size": ui.paper_size.currentData(),
            "classification": " ".join(ui.classification.text().split()),
        }
        settings = self._app.settings
        changed = {
            name: value for name, value in wanted.items() if getattr(settings, name) != value
        }
        if changed:
            self._app.update_settings(**changed)
        super().accept()


def _paper(setting: str) -> str:
    """The paper the combo offers for a setting as stored (A4 for anything unknown)."""
    for paper in PAPER_SIZES:
        if paper.lower() == setting.strip().lower():
            return paper
    return PAPER_SIZES[0]


def open_settings(app: LsaApplication, parent: QWidget) -> SettingsDialog:
    """Open the dialog over ``parent`` (window-modal, deleted when closed) and return it."""
    dialog = SettingsDialog(app, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
