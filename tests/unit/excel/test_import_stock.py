"""The stock importer: counts per unit and bulk type, written as the stock form writes them (a
COUNT movement each), and the LibreOffice stock count of the fixtures end to end."""

from __future__ import annotations

import pytest
from people_import_helpers import TODAY, apply_rows, errors, outcomes, plan_rows, row, warnings
from sqlmodel import select
from supply_import_helpers import FIXTURES, movements, reference_mission, stock_lines

from lsa_desktop.domain.enums import Severity
from lsa_desktop.excel.importer import import_file
from lsa_desktop.excel.model import ImportOptions, Outcome
from lsa_desktop.store.models import StockLine, Unit

NEW, UPDATED, UNCHANGED, SKIPPED = Outcome.NEW, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.SKIPPED
COUNT = "stock_count_libreoffice.xlsx"


@pytest.fixture
def store(tmp_store):
    reference_mission(tmp_store)
    return tmp_store


def count(number, unit, code, on_hand, serviceable=None):
    return row(number, unit=unit, equipment_code=code, on_hand=on_hand, serviceable=serviceable)


def test_a_count_adds_lines_and_records_each_change_as_a_count_movement(store):
    apply_rows(store, "stock", [count(2, "KE-FPU-1", "PPE-HELM", 150, 146)])

    plan = apply_rows(
        store,
        "stock",
        [
            count(2, "Kenya Formed Police Unit 1", "ppe-helm", 140, 139),  # by name, recounted
            count(3, "KE-FPU-2", "FLD-JERR", 0, 0),  # a zero count is a count
        ],
    )

    assert outcomes(plan) == [UPDATED, NEW]
    assert stock_lines(store) == {
        ("KE-FPU-1", "PPE-HELM"): (140, 139),
        ("KE-FPU-2", "FLD-JERR"): (0, 0),
    }
    assert movements(store) == [("COUNT", 150, 146), ("COUNT", -10, -7), ("COUNT", 0, 0)]
    with store.read() as session:
        assert {line.counted_on for line in session.exec(select(StockLine))} == {TODAY}


def test_the_same_count_again_is_unchanged_and_records_nothing(store):
    apply_rows(store, "stock", [count(2, "KE-FPU-1", "PPE-HELM", 150, 146)])

    plan = apply_rows(store, "stock", [count(2, "KE-FPU-1", "PPE-HELM", 150, 146)])

    assert outcomes(plan) == [UNCHANGED]
    assert len(movements(store)) == 1


def test_an_empty_serviceable_counts_everything_on_hand_and_says_so(store):
    plan = apply_rows(store, "stock", [count(2, "KE-FPU-1", "PPE-VEST", 140)])

    assert outcomes(plan) == [NEW]
    assert warnings(plan) == {
        2: [("serviceable", "Serviceable is empty: all 140 on hand are counted serviceable.")]
    }
    assert stock_lines(store) == {("KE-FPU-1", "PPE-VEST"): (140, 140)}


def test_counts_the_stock_form_refuses_are_refused_at_their_cell(store):
    with store.write() as session:
        swat = session.exec(select(Unit).where(Unit.code == "KE-SWAT")).one()
        swat.archived = True
    rows = [
        count(2, "KE-FPU-2", "PPE-SHLD", 40, 44),
        count(3, "KE-FPU-1", "COM-RAD-HH", 10, 10),
        count(4, "KE-SWAT", "PPE-HELM", 40, 40),
        count(5, "KE-FPU-9", "PPE-HELM", 40, 40),
        count(6, "KE-FPU-1", "PPE-HELM", 10, 10),
        count(7, "ke-fpu-1", "PPE-HELM", 12, 12),
    ]

    plan = plan_rows(store, "stock", rows)

    assert outcomes(plan) == [SKIPPED, SKIPPED, SKIPPED, SKIPPED, NEW, SKIPPED]
    found = errors(plan)
    assert found[2] == [
        (
            "serviceable",
            "Serviceable cannot be more than on hand (40): what works is part of what is held.",
        )
    ]
    assert found[3] == [
        (
            "equipment_code",
            "Handheld radio (COM-RAD-HH) is counted one by one: record each as a serialised item "
            "(an assets or vehicles file), not as stock.",
        )
    ]
    assert found[4] == [("unit", "Unit KE-SWAT is archived: choose a unit in service.")]
    assert [field for field, _ in found[5]] == ["unit"]
    assert found[7][0][0] == "equipment_code" and "already on row 6" in found[7][0][1]


def test_an_archived_line_is_brought_back_with_the_new_count(store):
    apply_rows(store, "stock", [count(2, "KE-FPU-1", "FLD-TENT", 14, 12)])
    with store.write() as session:
        session.exec(select(StockLine)).one().archived = True

    plan = apply_rows(store, "stock", [count(2, "KE-FPU-1", "FLD-TENT", 14, 12)])

    assert outcomes(plan) == [UPDATED]
    assert stock_lines(store) == {("KE-FPU-1", "FLD-TENT"): (14, 12)}
    assert movements(store) == [("COUNT", 14, 12), ("COUNT", 0, 0)]


def test_the_libreoffice_stock_count_is_refused_at_e12(store):
    report = import_file(store, FIXTURES / COUNT, "stock", user="Sgt Otieno", today=TODAY)

    assert report.refused and not report.written
    bad = report.errors
    assert [(issue.row, issue.cell) for issue in bad] == [(12, "E12")]
    assert "Serviceable cannot be more than on hand (40)" in bad[0].message
    assert [i.severity for i in report.issues if i.column == 2] == [Severity.WARNING]  # Description
    assert stock_lines(store) == {}


def test_the_libreoffice_stock_count_writes_its_19_good_lines_when_asked(store):
    options = ImportOptions(skip_invalid=True)

    report = import_file(store, FIXTURES / COUNT, "stock", options, user="Sgt Otieno", today=TODAY)

    assert report.written and (report.new, report.skipped) == (19, 1)
    lines = stock_lines(store)
    assert len(lines) == 19 and ("KE-FPU-2", "PPE-SHLD") not in lines
    assert lines[("KE-FPU-1", "PPE-HELM")] == (150, 146)
    assert lines[("JM-FPU", "FLD-JERR")] == (0, 0)
    assert len(movements(store)) == 19
