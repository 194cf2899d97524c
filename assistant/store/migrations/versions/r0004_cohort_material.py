"""Version 4: ``cohorts.material``, the course material a cohort's learners get answers from.

Existing cohorts get the default, ``course+instructor``. A database that the
upgrade before Alembic took from version 1 to 4 got the column with the
table, so the step skips it when it is there.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``cohorts.material`` (NOT NULL, server default) unless it is there."""
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("cohorts")}
    if "material" in columns:
        return
    with op.batch_alter_table("cohorts") as batch:
        batch.add_column(
            sa.Column(
                "material", sa.String(32), nullable=False, server_default="course+instructor"
            )
        )


def downgrade() -> None:
    """Drop ``cohorts.material`` (SQLite copies the table)."""
    with op.batch_alter_table("cohorts") as batch:
        batch.drop_column("material")
