"""check constraints on assessment status and scale, response priority and scores

Rebuilds the assessments and responses tables on SQLite (batch mode), which is why
migrations run with foreign keys off: rebuilding a parent table with them on would
delete its children through ON DELETE CASCADE.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessments") as batch:
        batch.create_check_constraint("status", "status IN ('draft', 'final')")
        batch.create_check_constraint("scale", "scale_min < scale_max AND target_level BETWEEN scale_min AND scale_max")
    with op.batch_alter_table("responses") as batch:
        batch.create_check_constraint("priority", "priority IS NULL OR priority IN ('high', 'medium', 'low')")
        batch.create_check_constraint("law_score", "law_score IS NULL OR law_score BETWEEN 0 AND 100")
        batch.create_check_constraint("practice_score", "practice_score IS NULL OR practice_score BETWEEN 0 AND 100")


def downgrade() -> None:
    # op.f: the names are given in full, not to be run through the naming convention again
    with op.batch_alter_table("responses") as batch:
        batch.drop_constraint(op.f("ck_responses_practice_score"), type_="check")
        batch.drop_constraint(op.f("ck_responses_law_score"), type_="check")
        batch.drop_constraint(op.f("ck_responses_priority"), type_="check")
    with op.batch_alter_table("assessments") as batch:
        batch.drop_constraint(op.f("ck_assessments_scale"), type_="check")
        batch.drop_constraint(op.f("ck_assessments_status"), type_="check")
