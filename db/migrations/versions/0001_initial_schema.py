"""Initial schema: every table of the domain as of the first release.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 10:16:05.392341
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("username", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("display_name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("last_seen", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("user", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("old_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("new_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("reverts_change_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index(op.f("ix_audit_entry_at"), "audit_entry", ["at"])
    op.create_index(op.f("ix_audit_entry_change_id"), "audit_entry", ["change_id"])
    op.create_index(op.f("ix_audit_entry_reverts_change_id"), "audit_entry", ["reverts_change_id"])
    op.create_index(op.f("ix_audit_entry_user"), "audit_entry", ["user"])
    op.create_index("ix_audit_table_record", "audit_entry", ["table_name", "record_id"])

    op.create_table(
        "donor",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
        sa.Column(
            "donor_type",
            sa.Enum("GOVERNMENT", "MULTILATERAL", "NGO", "PRIVATE", name="donortype"),
            nullable=False,
        ),
        sa.Column("country_code", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("contact", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_donor")),
        sa.UniqueConstraint("name", name=op.f("uq_donor_name")),
    )
    op.create_table(
        "equipment_category",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("critical", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment_category")),
        sa.UniqueConstraint("code", name=op.f("uq_equipment_category_code")),
        sa.UniqueConstraint("name", name=op.f("uq_equipment_category_name")),
    )
    op.create_table(
        "import_job",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("sheet", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column(
            "status",
            sa.Enum("RUNNING", "DONE", "REFUSED", "FAILED", name="importstatus"),
            nullable=False,
        ),
        sa.Column("started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("finished_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("rows_new", sa.Integer(), nullable=False),
        sa.Column("rows_updated", sa.Integer(), nullable=False),
        sa.Column("rows_unchanged", sa.Integer(), nullable=False),
        sa.Column("rows_skipped", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_job")),
    )
    op.create_index(op.f("ix_import_job_kind"), "import_job", ["kind"])

    op.create_table(
        "location",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("department", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_location")),
        sa.UniqueConstraint("code", name=op.f("uq_location_code")),
    )
    op.create_index(op.f("ix_location_name"), "location", ["name"])

    op.create_table(
        "mission",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("mandate", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("personnel_ceiling", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mission")),
        sa.UniqueConstraint("code", name=op.f("uq_mission_code")),
    )
    op.create_table(
        "mission_setting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mission_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_mission_setting_key")),
    )
    op.create_table(
        "qualification_type",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("validity_months", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qualification_type")),
        sa.UniqueConstraint("code", name=op.f("uq_qualification_type_code")),
    )
    op.create_table(
        "rank",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("is_officer", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rank")),
        sa.UniqueConstraint("code", name=op.f("uq_rank_code")),
    )
    op.create_index(op.f("ix_rank_level"), "rank", ["level"])

    op.create_table(
        "contingent",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("mission_id", sa.Uuid(), nullable=True),
        sa.Column("country_code", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("pledged_strength", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mission_id"], ["mission.id"], name=op.f("fk_contingent_mission_id_mission")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contingent")),
        sa.UniqueConstraint("country_code", name=op.f("uq_contingent_country_code")),
        sa.UniqueConstraint("name", name=op.f("uq_contingent_name")),
    )
    op.create_index(op.f("ix_contingent_mission_id"), "contingent", ["mission_id"])

    op.create_table(
        "equipment_type",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("unit_of_measure", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("unit_value_usd", sa.Float(), nullable=False),
        sa.Column("serialised", sa.Boolean(), nullable=False),
        sa.Column("is_vehicle", sa.Boolean(), nullable=False),
        sa.Column("default_make", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("default_model", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("service_interval_km", sa.Integer(), nullable=True),
        sa.Column("service_interval_days", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["equipment_category.id"],
            name=op.f("fk_equipment_type_category_id_equipment_category"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment_type")),
        sa.UniqueConstraint("code", name=op.f("uq_equipment_type_code")),
    )
    op.create_index(op.f("ix_equipment_type_category_id"), "equipment_type", ["category_id"])
    op.create_index(op.f("ix_equipment_type_is_vehicle"), "equipment_type", ["is_vehicle"])
    op.create_index(op.f("ix_equipment_type_name"), "equipment_type", ["name"])

    op.create_table(
        "import_issue",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("import_job_id", sa.Uuid(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=True),
        sa.Column("cell", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column(
            "severity", sa.Enum("ERROR", "WARNING", "SKIPPED", name="severity"), nullable=False
        ),
        sa.Column("message", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_job_id"],
            ["import_job.id"],
            name=op.f("fk_import_issue_import_job_id_import_job"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_issue")),
    )
    op.create_index(op.f("ix_import_issue_import_job_id"), "import_issue", ["import_job_id"])

    op.create_table(
        "pledge",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("donor_id", sa.Uuid(), nullable=False),
        sa.Column("pledged_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.Enum("IN_KIND", "CASH", name="pledgekind"), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "PLEDGED",
                "COMMITTED",
                "PARTIALLY_DELIVERED",
                "DELIVERED",
                "CLOSED",
                "WITHDRAWN",
                name="pledgestatus",
            ),
            nullable=False,
        ),
        sa.Column("expected_delivery", sa.Date(), nullable=True),
        sa.Column("value_usd", sa.Float(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.ForeignKeyConstraint(["donor_id"], ["donor.id"], name=op.f("fk_pledge_donor_id_donor")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledge")),
        sa.UniqueConstraint("reference", name=op.f("uq_pledge_reference")),
    )
    op.create_index(op.f("ix_pledge_donor_id"), "pledge", ["donor_id"])
    op.create_index(op.f("ix_pledge_expected_delivery"), "pledge", ["expected_delivery"])
    op.create_index(op.f("ix_pledge_pledged_on"), "pledge", ["pledged_on"])
    op.create_index(op.f("ix_pledge_status"), "pledge", ["status"])

    op.create_table(
        "delivery",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("pledge_id", sa.Uuid(), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=False),
        sa.Column("waybill_reference", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("received_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["pledge_id"], ["pledge.id"], name=op.f("fk_delivery_pledge_id_pledge")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery")),
    )
    op.create_index(op.f("ix_delivery_delivered_on"), "delivery", ["delivered_on"])
    op.create_index(op.f("ix_delivery_pledge_id"), "delivery", ["pledge_id"])

    op.create_table(
        "unit",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
        sa.Column(
            "unit_type",
            sa.Enum(
                "HQ",
                "FPU",
                "SWAT",
                "IPO",
                "MEDICAL",
                "LOGISTICS",
                "AVIATION",
                "MARITIME",
                "SECTION",
                name="unittype",
            ),
            nullable=False,
        ),
        sa.Column("contingent_id", sa.Uuid(), nullable=True),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("base_id", sa.Uuid(), nullable=True),
        sa.Column("authorised_strength", sa.Integer(), nullable=False),
        sa.Column("min_operational_strength", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["base_id"], ["location.id"], name=op.f("fk_unit_base_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["contingent_id"], ["contingent.id"], name=op.f("fk_unit_contingent_id_contingent")
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["unit.id"], name=op.f("fk_unit_parent_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("code", name=op.f("uq_unit_code")),
    )
    op.create_index(op.f("ix_unit_base_id"), "unit", ["base_id"])
    op.create_index(op.f("ix_unit_contingent_id"), "unit", ["contingent_id"])
    op.create_index(op.f("ix_unit_name"), "unit", ["name"])
    op.create_index(op.f("ix_unit_parent_id"), "unit", ["parent_id"])
    op.create_index(op.f("ix_unit_unit_type"), "unit", ["unit_type"])

    op.create_table(
        "asset",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("tag", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("serial_number", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("registration", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
        sa.Column("equipment_type_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("make", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("model", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column(
            "owner", sa.Enum("CONTINGENT", "UN", "DONOR", "MISSION", name="owner"), nullable=False
        ),
        sa.Column(
            "acquisition",
            sa.Enum("MOU", "DONATION", "PURCHASE", "LOAN", "TRANSFER", name="acquisition"),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "IN_SERVICE",
                "UNSERVICEABLE",
                "UNDER_REPAIR",
                "IN_TRANSIT",
                "LOST",
                "WRITTEN_OFF",
                "REPATRIATED",
                name="assetstatus",
            ),
            nullable=False,
        ),
        sa.Column(
            "condition",
            sa.Enum(
                "NEW", "GOOD", "MINOR_DAMAGE", "MAJOR_DAMAGE", "NEEDS_MAINTENANCE", name="condition"
            ),
            nullable=False,
        ),
        sa.Column("odometer_km", sa.Integer(), nullable=True),
        sa.Column("next_service_date", sa.Date(), nullable=True),
        sa.Column("next_service_km", sa.Integer(), nullable=True),
        sa.Column("acquired_on", sa.Date(), nullable=True),
        sa.Column("search_text", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["equipment_type_id"],
            ["equipment_type.id"],
            name=op.f("fk_asset_equipment_type_id_equipment_type"),
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_asset_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asset")),
        sa.UniqueConstraint("registration", name=op.f("uq_asset_registration")),
        sa.UniqueConstraint("tag", name=op.f("uq_asset_tag")),
    )
    op.create_index(op.f("ix_asset_equipment_type_id"), "asset", ["equipment_type_id"])
    op.create_index("ix_asset_next_service", "asset", ["next_service_date"])
    op.create_index(op.f("ix_asset_serial_number"), "asset", ["serial_number"])
    op.create_index(op.f("ix_asset_status"), "asset", ["status"])
    op.create_index(op.f("ix_asset_unit_id"), "asset", ["unit_id"])
    op.create_index(
        "ix_asset_unit_type_status", "asset", ["unit_id", "equipment_type_id", "status", "archived"]
    )

    op.create_table(
        "authorisation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("equipment_type_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column(
            "basis", sa.Enum("MOU", "SOR", "COMMANDER", name="authorisationbasis"), nullable=False
        ),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["equipment_type_id"],
            ["equipment_type.id"],
            name=op.f("fk_authorisation_equipment_type_id_equipment_type"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_authorisation_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authorisation")),
        sa.UniqueConstraint(
            "unit_id", "equipment_type_id", name=op.f("uq_authorisation_unit_id_equipment_type_id")
        ),
    )
    op.create_index(
        op.f("ix_authorisation_equipment_type_id"), "authorisation", ["equipment_type_id"]
    )
    op.create_index(op.f("ix_authorisation_unit_id"), "authorisation", ["unit_id"])

    op.create_table(
        "inspection",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("ARRIVAL", "PERIODIC", "SPOT_CHECK", "REPATRIATION", name="inspectionkind"),
            nullable=False,
        ),
        sa.Column("inspected_on", sa.Date(), nullable=False),
        sa.Column("inspector", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("status", sa.Enum("DRAFT", "SIGNED", name="inspectionstatus"), nullable=False),
        sa.Column("signed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("remarks", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_inspection_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection")),
    )
    op.create_index(op.f("ix_inspection_inspected_on"), "inspection", ["inspected_on"])
    op.create_index(op.f("ix_inspection_kind"), "inspection", ["kind"])
    op.create_index(op.f("ix_inspection_unit_id"), "inspection", ["unit_id"])

    op.create_table(
        "person",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("service_number", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("rank_id", sa.Uuid(), nullable=True),
        sa.Column("surname", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("given_names", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("sex", sa.Enum("M", "F", name="sex"), nullable=True),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "ACTIVE",
                "LEAVE",
                "SICK",
                "INJURED",
                "IN_TRANSIT",
                "REPATRIATED",
                name="personstatus",
            ),
            nullable=False,
        ),
        sa.Column("arrival_date", sa.Date(), nullable=True),
        sa.Column("tour_end_date", sa.Date(), nullable=True),
        sa.Column("search_text", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.ForeignKeyConstraint(["rank_id"], ["rank.id"], name=op.f("fk_person_rank_id_rank")),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_person_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("service_number", name=op.f("uq_person_service_number")),
    )
    op.create_index(op.f("ix_person_arrival_date"), "person", ["arrival_date"])
    op.create_index(op.f("ix_person_rank_id"), "person", ["rank_id"])
    op.create_index(op.f("ix_person_status"), "person", ["status"])
    op.create_index("ix_person_surname_given", "person", ["surname", "given_names"])
    op.create_index(op.f("ix_person_tour_end_date"), "person", ["tour_end_date"])
    op.create_index(op.f("ix_person_unit_id"), "person", ["unit_id"])
    op.create_index("ix_person_unit_status", "person", ["unit_id", "status", "archived"])

    op.create_table(
        "readiness_snapshot",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("authorised_strength", sa.Integer(), nullable=False),
        sa.Column("min_operational_strength", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("readiness_pct", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_readiness_snapshot_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readiness_snapshot")),
        sa.UniqueConstraint("as_of", "unit_id", name=op.f("uq_readiness_snapshot_as_of_unit_id")),
    )
    op.create_index(op.f("ix_readiness_snapshot_as_of"), "readiness_snapshot", ["as_of"])
    op.create_index(op.f("ix_readiness_snapshot_unit_id"), "readiness_snapshot", ["unit_id"])

    op.create_table(
        "readiness_snapshot_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("equipment_type_id", sa.Uuid(), nullable=False),
        sa.Column("authorised", sa.Integer(), nullable=False),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.Column("serviceable", sa.Integer(), nullable=False),
        sa.Column("pledged_open", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["equipment_type_id"],
            ["equipment_type.id"],
            name=op.f("fk_readiness_snapshot_line_equipment_type_id_equipment_type"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_readiness_snapshot_line_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readiness_snapshot_line")),
        sa.UniqueConstraint(
            "as_of",
            "unit_id",
            "equipment_type_id",
            name=op.f("uq_readiness_snapshot_line_as_of_unit_id_equipment_type_id"),
        ),
    )
    op.create_index(op.f("ix_readiness_snapshot_line_as_of"), "readiness_snapshot_line", ["as_of"])

    op.create_table(
        "requisition",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("requested_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("required_by", sa.Date(), nullable=True),
        sa.Column(
            "priority", sa.Enum("IMMEDIATE", "URGENT", "ROUTINE", name="priority"), nullable=False
        ),
        sa.Column(
            "status",
            sa.Enum(
                "DRAFT",
                "SUBMITTED",
                "APPROVED",
                "REJECTED",
                "RETURNED",
                "PARTIALLY_FULFILLED",
                "FULFILLED",
                "CLOSED",
                "CANCELLED",
                name="requisitionstatus",
            ),
            nullable=False,
        ),
        sa.Column("justification", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
        sa.Column(
            "operational_impact", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False
        ),
        sa.Column("submission_round", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_requisition_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requisition")),
        sa.UniqueConstraint("reference", name=op.f("uq_requisition_reference")),
    )
    op.create_index(op.f("ix_requisition_priority"), "requisition", ["priority"])
    op.create_index(op.f("ix_requisition_requested_on"), "requisition", ["requested_on"])
    op.create_index(op.f("ix_requisition_status"), "requisition", ["status"])
    op.create_index(op.f("ix_requisition_unit_id"), "requisition", ["unit_id"])

    op.create_table(
        "stock_line",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("equipment_type_id", sa.Uuid(), nullable=False),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.Column("serviceable", sa.Integer(), nullable=False),
        sa.Column("counted_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["equipment_type_id"],
            ["equipment_type.id"],
            name=op.f("fk_stock_line_equipment_type_id_equipment_type"),
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_stock_line_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_line")),
        sa.UniqueConstraint(
            "unit_id", "equipment_type_id", name=op.f("uq_stock_line_unit_id_equipment_type_id")
        ),
    )
    op.create_index(op.f("ix_stock_line_equipment_type_id"), "stock_line", ["equipment_type_id"])
    op.create_index(op.f("ix_stock_line_unit_id"), "stock_line", ["unit_id"])

    op.create_table(
        "approval",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("requisition_id", sa.Uuid(), nullable=False),
        sa.Column("approver", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column(
            "decision", sa.Enum("APPROVED", "REJECTED", "RETURNED", name="decision"), nullable=False
        ),
        sa.Column("comment", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("decided_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("submission_round", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["requisition_id"],
            ["requisition.id"],
            name=op.f("fk_approval_requisition_id_requisition"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval")),
    )
    op.create_index(op.f("ix_approval_requisition_id"), "approval", ["requisition_id"])

    op.create_table(
        "inspection_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("equipment_type_id", sa.Uuid(), nullable=False),
        sa.Column("authorised", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("serviceable", sa.Integer(), nullable=False),
        sa.Column("findings", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.ForeignKeyConstraint(
            ["equipment_type_id"],
            ["equipment_type.id"],
            name=op.f("fk_inspection_line_equipment_type_id_equipment_type"),
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_inspection_line_inspection_id_inspection"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_line")),
        sa.UniqueConstraint(
            "inspection_id",
            "equipment_type_id",
            name=op.f("uq_inspection_line_inspection_id_equipment_type_id"),
        ),
    )
    op.create_index(
        op.f("ix_inspection_line_equipment_type_id"), "inspection_line", ["equipment_type_id"]
    )
    op.create_index(op.f("ix_inspection_line_inspection_id"), "inspection_line", ["inspection_id"])

    op.create_table(
        "maintenance_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("asset_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "SCHEDULED_SERVICE",
                "REPAIR",
                "BATTLE_DAMAGE",
                "INSPECTION",
                "MODIFICATION",
                name="maintenancekind",
            ),
            nullable=False,
        ),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("odometer_km", sa.Integer(), nullable=True),
        sa.Column("cost_usd", sa.Float(), nullable=True),
        sa.Column("downtime_days", sa.Integer(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_maintenance_event_asset_id_asset")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_event")),
    )
    op.create_index(op.f("ix_maintenance_event_asset_id"), "maintenance_event", ["asset_id"])
    op.create_index(op.f("ix_maintenance_event_closed_on"), "maintenance_event", ["closed_on"])
    op.create_index(op.f("ix_maintenance_event_opened_on"), "maintenance_event", ["opened_on"])

    op.create_table(
        "qualification",
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("qualification_type_id", sa.Uuid(), nullable=False),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_qualification_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["qualification_type_id"],
            ["qualification_type.id"],
            name=op.f("fk_qualification_qualification_type_id_qualification_type"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qualification")),
    )
    op.create_index(op.f("ix_qualification_expires_on"), "qualification", ["expires_on"])
    op.create_index(op.f("ix_qualification_person_id"), "qualification", ["person_id"])
    op.create_index(
        "ix_qualification_person_type", "qualification", ["person_id", "qualification_type_id"]
    )
    op.create_index(
        op.f("ix_qualification_qualification_type_id"), "qualification", ["qualification_type_id"]
    )

    op.create_table(
        "requisition_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("requisition_id", sa.Uuid(), nullable=False),
        sa.Column("equipment_type_id", sa.Uuid(), nullable=False),
        sa.Column("quantity_requested", sa.Integer(), nullable=False),
        sa.Column("quantity_approved", sa.Integer(), nullable=True),
        sa.Column("unit_cost_usd", sa.Float(), nullable=False),
        sa.Column("remarks", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["equipment_type_id"],
            ["equipment_type.id"],
            name=op.f("fk_requisition_line_equipment_type_id_equipment_type"),
        ),
        sa.ForeignKeyConstraint(
            ["requisition_id"],
            ["requisition.id"],
            name=op.f("fk_requisition_line_requisition_id_requisition"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requisition_line")),
    )
    op.create_index(
        op.f("ix_requisition_line_equipment_type_id"), "requisition_line", ["equipment_type_id"]
    )
    op.create_index(
        op.f("ix_requisition_line_requisition_id"), "requisition_line", ["requisition_id"]
    )

    op.create_table(
        "stock_movement",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("stock_line_id", sa.Uuid(), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "RECEIPT",
                "ISSUE",
                "COUNT",
                "LOSS",
                "TRANSFER_IN",
                "TRANSFER_OUT",
                "INSPECTION",
                "DELIVERY",
                name="stockmovementkind",
            ),
            nullable=False,
        ),
        sa.Column("delta_on_hand", sa.Integer(), nullable=False),
        sa.Column("delta_serviceable", sa.Integer(), nullable=False),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["stock_line_id"],
            ["stock_line.id"],
            name=op.f("fk_stock_movement_stock_line_id_stock_line"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    op.create_index(op.f("ix_stock_movement_moved_on"), "stock_movement", ["moved_on"])
    op.create_index(op.f("ix_stock_movement_stock_line_id"), "stock_movement", ["stock_line_id"])

    op.create_table(
        "pledge_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("pledge_id", sa.Uuid(), nullable=False),
        sa.Column("requisition_line_id", sa.Uuid(), nullable=True),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("equipment_type_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_value_usd", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["equipment_type_id"],
            ["equipment_type.id"],
            name=op.f("fk_pledge_line_equipment_type_id_equipment_type"),
        ),
        sa.ForeignKeyConstraint(
            ["pledge_id"], ["pledge.id"], name=op.f("fk_pledge_line_pledge_id_pledge")
        ),
        sa.ForeignKeyConstraint(
            ["requisition_line_id"],
            ["requisition_line.id"],
            name=op.f("fk_pledge_line_requisition_line_id_requisition_line"),
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_pledge_line_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledge_line")),
    )
    op.create_index(op.f("ix_pledge_line_equipment_type_id"), "pledge_line", ["equipment_type_id"])
    op.create_index(op.f("ix_pledge_line_pledge_id"), "pledge_line", ["pledge_id"])
    op.create_index(
        op.f("ix_pledge_line_requisition_line_id"), "pledge_line", ["requisition_line_id"]
    )
    op.create_index(op.f("ix_pledge_line_unit_id"), "pledge_line", ["unit_id"])

    op.create_table(
        "delivery_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("delivery_id", sa.Uuid(), nullable=False),
        sa.Column("pledge_line_id", sa.Uuid(), nullable=False),
        sa.Column("quantity_received", sa.Integer(), nullable=False),
        sa.Column("quantity_accepted", sa.Integer(), nullable=False),
        sa.Column(
            "condition",
            sa.Enum(
                "NEW", "GOOD", "MINOR_DAMAGE", "MAJOR_DAMAGE", "NEEDS_MAINTENANCE", name="condition"
            ),
            nullable=False,
        ),
        sa.Column(
            "discrepancy_reason", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["delivery_id"], ["delivery.id"], name=op.f("fk_delivery_line_delivery_id_delivery")
        ),
        sa.ForeignKeyConstraint(
            ["pledge_line_id"],
            ["pledge_line.id"],
            name=op.f("fk_delivery_line_pledge_line_id_pledge_line"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_line")),
    )
    op.create_index(op.f("ix_delivery_line_delivery_id"), "delivery_line", ["delivery_id"])
    op.create_index(op.f("ix_delivery_line_pledge_line_id"), "delivery_line", ["pledge_line_id"])


def downgrade() -> None:
    op.drop_table("delivery_line")
    op.drop_table("pledge_line")
    op.drop_table("stock_movement")
    op.drop_table("requisition_line")
    op.drop_table("qualification")
    op.drop_table("maintenance_event")
    op.drop_table("inspection_line")
    op.drop_table("approval")
    op.drop_table("stock_line")
    op.drop_table("requisition")
    op.drop_table("readiness_snapshot_line")
    op.drop_table("readiness_snapshot")
    op.drop_table("person")
    op.drop_table("inspection")
    op.drop_table("authorisation")
    op.drop_table("asset")
    op.drop_table("unit")
    op.drop_table("delivery")
    op.drop_table("pledge")
    op.drop_table("import_issue")
    op.drop_table("equipment_type")
    op.drop_table("contingent")
    op.drop_table("rank")
    op.drop_table("qualification_type")
    op.drop_table("mission_setting")
    op.drop_table("mission")
    op.drop_table("location")
    op.drop_table("import_job")
    op.drop_table("equipment_category")
    op.drop_table("donor")
    op.drop_table("audit_entry")
    op.drop_table("app_user")
