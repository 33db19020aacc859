"""The mission's approval rules: who must approve a requisition, for each priority.

Each line of a priority's box is one approval the requisition needs, by a different person: a
name ("Supt. Kamau"), a role ("Chief Logistics Officer", matched against the role an approver
gives), or ``*`` for anyone other than the requester. An empty box means one approval by anyone
other than the requester. The rules are kept in the database (they are the mission's, not one
laptop's) and count from the next decision on.

Open it with :func:`open_approval_rules`, which reads the rules off the GUI thread first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QWidget

from lsa_desktop.domain.enums import Priority
from lsa_desktop.domain.requisition_rules import NAME_MAX
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import ValidationFailed
from lsa_desktop.views.dialogs.fleet_fields import hide_problem_labels
from lsa_desktop.views.dialogs.form_dialog import FormDialog
from lsa_desktop.views.forms.ui_approval_rules_dialog import Ui_ApprovalRulesDialog

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication

#: The field (and box) of each priority's approvers.
FIELDS = {
    Priority.IMMEDIATE: "immediate_approvers",
    Priority.URGENT: "urgent_approvers",
    Priority.ROUTINE: "routine_approvers",
}


def entries_of(text: str) -> tuple[str, ...]:
    """The approvers typed in a box: one per line, blank lines and spaces around left out."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def open_approval_rules(
    app: LsaApplication,
    parent: QWidget,
    *,
    opened: Callable[[ApprovalRulesDialog], object] | None = None,
) -> None:
    """Read the rules, then open the dialog on them (``opened`` is called with it once shown)."""
    service = app.services.mission_settings

    def show(rules: dict[Priority, tuple[str, ...]]) -> None:
        dialog = ApprovalRulesDialog(app, rules, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if opened is not None:
            opened(dialog)

    app.tasks.run(service.approvers, parent=parent, show_progress=False, on_success=show)


class ApprovalRulesDialog(FormDialog):
    """``saved`` carries the rules as saved, per priority."""

    def __init__(
        self,
        app: LsaApplication,
        rules: Mapping[Priority, tuple[str, ...]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, parent)
        self.ui = Ui_ApprovalRulesDialog()
        self.ui.setupUi(self)
        hide_problem_labels(self)
        self._rules = {priority: tuple(rules.get(priority, ())) for priority in FIELDS}
        self.ui.noteLabel.setText(
            self.tr(
                "Who must approve a requisition, by its priority: one name or role per line "
                "(for example Chief Logistics Officer). Each line is one more approval, by a "
                "different person; a role is matched with the role the approver gives, and * "
                "stands for anyone. Leave a priority empty for one approval by anyone. The "
                "requester never approves their own requisition. The rules count from the next "
                "decision on."
            )
        )
        for priority, field in FIELDS.items():
            self._box(priority).setPlainText("\n".join(self._rules[priority]))
            self.watch(field, self._box(priority))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self.connect_buttons(self.ui.buttonBox)
        self._box(Priority.IMMEDIATE).setFocus()

    def _box(self, priority: Priority) -> QPlainTextEdit:
        box = getattr(self.ui, FIELDS[priority])
        assert isinstance(box, QPlainTextEdit)
        return box

    def collect(self) -> dict[str, Any]:
        return {
            field: entries_of(self._box(priority).toPlainText())
            for priority, field in FIELDS.items()
        }

    def check(self, values: Mapping[str, Any]) -> Problems:
        problems = Problems()
        for field in FIELDS.values():
            for entry in values[field]:
                problems.check(
                    len(entry) <= NAME_MAX,
                    field,
                    self.tr(
                        "An approver is a name or a role of {limit} characters at most: "
                        "shorten “{start}…”."
                    ).format(limit=NAME_MAX, start=entry[:30]),
                )
        return problems

    def submit(self, values: Mapping[str, Any]) -> dict[Priority, tuple[str, ...]]:
        """Write the priorities whose approvers changed (each an audited write of its own)."""
        service = self.app.services.mission_settings
        for priority, field in FIELDS.items():
            entries = values[field]
            if entries == self._rules[priority]:
                continue
            try:
                service.set_approvers(priority, entries)
            except ValidationFailed as exc:  # told beside the priority's box
                raise ValidationFailed({field: " ".join(exc.problems.values())}) from exc
        return {priority: values[field] for priority, field in FIELDS.items()}
