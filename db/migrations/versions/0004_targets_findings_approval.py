"""targets per branch and item, key findings, the history of an assessment's status, methodology

Adds three tables (targets, findings, status_changes) and two columns to assessments (target_reason,
methodology). Columns are added with ALTER TABLE ADD COLUMN, so no table is rebuilt on SQLite and no row of a
child table is touched. An assessment that is final already gets one status change recording that it was
marked final, by nobody named (it was marked before approvals were recorded).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("assessments", sa.Column("target_reason", sa.Text(), nullable=False, server_default=""))
    op.add_column("assessments", sa.Column("methodology", sa.JSON(), nullable=True))
    op.create_table(
        "targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("level >= 0", name=op.f("ck_targets_level")),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessments.id"], name=op.f("fk_targets_assessment_id_assessments"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_targets")),
        sa.UniqueConstraint("assessment_id", "code", name=op.f("uq_targets_assessment_id")),
    )
    op.create_index(op.f("ix_targets_assessment_id"), "targets", ["assessment_id"], unique=False)
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=60), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_findings_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
        sa.UniqueConstraint("assessment_id", "scope", name=op.f("uq_findings_assessment_id")),
    )
    op.create_index(op.f("ix_findings_assessment_id"), "findings", ["assessment_id"], unique=False)
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("body", sa.String(length=300), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("forced", sa.Boolean(), nullable=False),
        sa.CheckConstraint("status IN ('draft', 'final')", name=op.f("ck_status_changes_status")),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_status_changes_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_changes")),
    )
    op.create_index(op.f("ix_status_changes_assessment_id"), "status_changes", ["assessment_id"], unique=False)
    # an assessment already final keeps a record of it: when it was last changed, by nobody named
    op.execute(
        "INSERT INTO status_changes "
        '(assessment_id, at, "user", status, approved_by, role, body, approved_on, reason, forced) '
        "SELECT id, updated_at, '', 'final', '', '', '', NULL, '', false FROM assessments WHERE status = 'final'"
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_status_changes_assessment_id"), table_name="status_changes")
    op.drop_table("status_changes")
    op.drop_index(op.f("ix_findings_assessment_id"), table_name="findings")
    op.drop_table("findings")
    op.drop_index(op.f("ix_targets_assessment_id"), table_name="targets")
    op.drop_table("targets")
    with op.batch_alter_table("assessments") as batch:
        batch.drop_column("methodology")
        batch.drop_column("target_reason")
