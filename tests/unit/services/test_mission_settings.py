"""The mission-wide rules kept in the database: approvers per requisition priority (stored as JSON,
audited) and the mission's name for printouts."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from lsa_desktop.domain.enums import Priority
from lsa_desktop.errors import ValidationFailed
from lsa_desktop.services.mission_settings import MissionSettingsService, approvers_key
from lsa_desktop.store.models import AuditEntry, Mission, MissionSetting


@pytest.fixture
def settings(tmp_store):
    return MissionSettingsService(tmp_store)


def stored(store) -> dict[str, str]:
    with store.read() as session:
        rows = session.execute(select(MissionSetting.key, MissionSetting.value)).all()
    return {key: value for key, value in rows}


def test_nothing_configured_means_the_default_for_every_priority(settings):
    assert settings.approvers() == {priority: () for priority in Priority}


def test_approvers_are_kept_per_priority_blanks_dropped_and_repeats_kept(tmp_store, settings):
    settings.set_approvers(Priority.URGENT, [" Chief Logistics Officer ", "", "Insp. Wanjiru"])
    settings.set_approvers(Priority.IMMEDIATE, ["Commander", "Commander", "  "])

    assert settings.approvers() == {
        Priority.IMMEDIATE: ("Commander", "Commander"),
        Priority.URGENT: ("Chief Logistics Officer", "Insp. Wanjiru"),
        Priority.ROUTINE: (),
    }
    assert json.loads(stored(tmp_store)["approvers.URGENT"]) == [
        "Chief Logistics Officer",
        "Insp. Wanjiru",
    ]


def test_a_change_rewrites_the_one_row_and_is_audited(tmp_store, settings):
    tmp_store.user = "logs.officer"
    settings.set_approvers(Priority.ROUTINE, ["*"])
    settings.set_approvers(Priority.ROUTINE, ["Chef logistique", "*"])
    settings.set_approvers(Priority.ROUTINE, ["Chef logistique", "*"])  # the same: no change

    assert settings.approvers()[Priority.ROUTINE] == ("Chef logistique", "*")
    assert list(stored(tmp_store)) == [approvers_key(Priority.ROUTINE)]
    with tmp_store.read() as session:
        trail = session.execute(
            select(AuditEntry.action, AuditEntry.field, AuditEntry.new_value, AuditEntry.user)
            .where(AuditEntry.table_name == "mission_setting")
            .order_by(AuditEntry.at)
        ).all()
    assert [(action, field, user) for action, field, _, user in trail] == [
        ("INSERT", "", "logs.officer"),
        ("UPDATE", "value", "logs.officer"),
    ]
    assert json.loads(trail[1].new_value) == ["Chef logistique", "*"]


def test_clearing_the_list_brings_back_the_default(settings):
    settings.set_approvers(Priority.URGENT, ["Commander"])
    settings.set_approvers(Priority.URGENT, [])
    assert settings.approvers()[Priority.URGENT] == ()


def test_an_entry_too_long_for_a_name_or_role_is_refused(tmp_store, settings):
    with pytest.raises(ValidationFailed) as refused:
        settings.set_approvers(Priority.URGENT, ["Commander", "x" * 121])
    assert set(refused.value.problems) == {"approvers"}
    assert "120 characters at most" in refused.value.problems["approvers"]
    assert stored(tmp_store) == {}


@pytest.mark.parametrize("value", ["not json", '{"a": 1}', '["Commander", 7, " "]'])
def test_a_value_that_is_not_a_list_of_names_counts_as_nothing_configured(
    tmp_store, settings, value
):
    with tmp_store.write() as session:
        session.add(MissionSetting(key=approvers_key(Priority.URGENT), value=value))
    expected = ("Commander",) if value.startswith("[") else ()
    assert settings.approvers()[Priority.URGENT] == expected


def test_the_mission_name_is_the_first_mission_recorded(tmp_store, settings):
    assert settings.mission_name() == ""
    with tmp_store.write() as session:
        session.add(Mission(code="MSS", name="Multinational Security Support Mission in Haiti"))
    with tmp_store.write() as session:
        session.add(Mission(code="GSF", name="Gang Suppression Force"))
    assert settings.mission_name() == "Multinational Security Support Mission in Haiti"
