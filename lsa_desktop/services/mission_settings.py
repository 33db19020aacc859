"""Rules the whole mission shares, kept in its database rather than in one laptop's settings file:
who must approve a requisition of each priority; and the mission's name, for printouts.

The approvers of a priority are a list of entries, each a person's name, a role, or ``*`` for
anybody but the requester (:mod:`lsa_desktop.domain.requisitions`). Each entry needs its own
approval, so listing a role twice asks for two people in that role. An empty list means the
default: one approval by anybody but the requester. They are stored as a JSON list under the key
``approvers.<PRIORITY>`` of ``mission_setting``; every change is an audited write.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session, col

from lsa_desktop.domain.enums import Priority
from lsa_desktop.domain.requisition_rules import NAME_MAX
from lsa_desktop.domain.validation import Problems
from lsa_desktop.store.models import Mission, MissionSetting

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

_setting = MissionSetting.__table__
_mission = Mission.__table__

_APPROVERS_KEY = "approvers."


def approvers_key(priority: Priority) -> str:
    """The setting that holds the approvers of ``priority``: ``approvers.URGENT``."""
    return _APPROVERS_KEY + priority.value


def _entries(value: str) -> tuple[str, ...]:
    """A stored list read back; anything but a list of text (edited by hand, or by a later
    version) counts as nothing configured rather than stopping every approval."""
    try:
        loaded = json.loads(value)
    except ValueError:
        return ()
    if not isinstance(loaded, list):
        return ()
    return tuple(entry.strip() for entry in loaded if isinstance(entry, str) and entry.strip())


def approver_settings(session: Session) -> dict[Priority, tuple[str, ...]]:
    """Per priority, the approvers configured (``()``: none, the default applies), read in
    ``session``: a write that decides on a requisition reads the rules it applies in its own
    transaction."""
    statement = select(_setting.c.key, _setting.c.value).where(
        _setting.c.key.like(_APPROVERS_KEY + "%")
    )
    stored = {key: value for key, value in session.execute(statement)}
    return {priority: _entries(stored.get(approvers_key(priority), "[]")) for priority in Priority}


def mission_name(session: Session) -> str:
    """The mission's name ("" when none is recorded); the first recorded if there are several."""
    statement = select(_mission.c.name).order_by(_mission.c.created_at, _mission.c.code).limit(1)
    return session.execute(statement).scalar_one_or_none() or ""


class MissionSettingsService:
    """The mission-wide rules: approvers per requisition priority, the mission's name."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def approvers(self) -> dict[Priority, tuple[str, ...]]:
        """Every priority with its configured approvers; ``()`` means one approval by anyone
        but the requester."""
        with self.store.read() as session:
            return approver_settings(session)

    def set_approvers(self, priority: Priority, entries: Sequence[str]) -> None:
        """Replace the approvers ``priority`` needs (names, roles or ``*``; blanks dropped,
        repeats kept: each entry is one more approval). Raises ``ValidationFailed`` (key
        ``approvers``) for an entry too long to be a name or a role."""
        cleaned = [entry.strip() for entry in entries if entry.strip()]
        problems = Problems()
        for entry in cleaned:
            problems.check(
                len(entry) <= NAME_MAX,
                "approvers",
                f"An approver is a name or a role of {NAME_MAX} characters at most: "
                f"shorten \u201c{entry[:30]}\u2026\u201d.",
            )
        problems.raise_if_any()
        value = json.dumps(cleaned, ensure_ascii=False)
        key = approvers_key(priority)
        with self.store.write() as session:
            setting = session.execute(
                select(MissionSetting).where(col(MissionSetting.key) == key)
            ).scalar_one_or_none()
            if setting is None:
                session.add(MissionSetting(key=key, value=value))
            elif setting.value != value:
                setting.value = value

    def mission_name(self) -> str:
        with self.store.read() as session:
            return mission_name(session)
