"""figures of operational indicators: a team's own indicators, and per indicator and period a total and breakdowns

Adds three tables and widens the audit log's field name, which now names a figure ("2024: sex=female").
Rebuilds audit_log on SQLite (batch mode); it is a child table only, so nothing cascades.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "own_indicators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("disaggregations", sa.JSON(), nullable=False),
        sa.Column("measures", sa.JSON(), nullable=False),
        sa.Column("target", sa.String(length=40), nullable=True),
        sa.Column("direction", sa.String(length=10), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "unit IN ('count', 'percentage', 'currency', 'days', 'yes-no')", name=op.f("ck_own_indicators_unit")
        ),
        sa.CheckConstraint(
            "direction IS NULL OR direction IN ('higher', 'lower')", name=op.f("ck_own_indicators_direction")
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_own_indicators_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_own_indicators")),
        sa.UniqueConstraint("assessment_id", "code", name=op.f("uq_own_indicators_assessment_id")),
    )
    with op.batch_alter_table("own_indicators") as batch:
        batch.create_index(batch.f("ix_own_indicators_assessment_id"), ["assessment_id"], unique=False)
    op.create_table(
        "indicator_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("indicator_code", sa.String(length=60), nullable=False),
        sa.Column("period", sa.String(length=21), nullable=False),
        sa.Column("starts", sa.Date(), nullable=False),
        sa.Column("ends", sa.Date(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("starts <= ends", name=op.f("ck_indicator_periods_days")),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_indicator_periods_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_periods")),
        sa.UniqueConstraint(
            "assessment_id", "indicator_code", "period", name=op.f("uq_indicator_periods_assessment_id")
        ),
    )
    op.create_table(
        "indicator_values",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(length=80), nullable=False),
        sa.Column("category", sa.String(length=80), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "(dimension = '' AND category = '') OR (dimension <> '' AND category <> '')",
            name=op.f("ck_indicator_values_breakdown"),
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["indicator_periods.id"],
            name=op.f("fk_indicator_values_period_id_indicator_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("period_id", "dimension", "category", name=op.f("pk_indicator_values")),
    )
    with op.batch_alter_table("audit_log") as batch:
        batch.alter_column("field", existing_type=sa.String(length=60), type_=sa.String(length=200))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.alter_column("field", existing_type=sa.String(length=200), type_=sa.String(length=60))
    op.drop_table("indicator_values")
    op.drop_table("indicator_periods")
    with op.batch_alter_table("own_indicators") as batch:
        batch.drop_index(batch.f("ix_own_indicators_assessment_id"))
    op.drop_table("own_indicators")
