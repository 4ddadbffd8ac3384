"""frameworks that arrived in a package: used for that package's assessment only

A framework imported from an exchange package is marked ``received``: it is never offered for a new
assessment, never the built-in one, and a framework file imported later with the same content clears
the mark. Frameworks already stored are taken as imported by the user (nothing says otherwise).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("frameworks", sa.Column("received", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("frameworks") as batch:
        batch.drop_column("received")
