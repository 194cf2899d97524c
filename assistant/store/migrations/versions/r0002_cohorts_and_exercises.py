"""Version 2: cohorts, cohort members, exercise launches and exercise progress.

New tables only, so the upgrade touches no existing row. A table that is
already there is left alone, as the step before Alembic did (``checkfirst``).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_UTC = sa.DateTime(timezone=True)
_TABLES = ("cohorts", "cohort_members", "launches", "exercise_progress")


def upgrade() -> None:
    """Create the cohort and exercise tables that are missing."""
    present = set(sa.inspect(op.get_bind()).get_table_names())
    if "cohorts" not in present:
        op.create_table(  # ``material`` comes with version 4
            "cohorts",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("name", sa.Text, nullable=False),
            sa.Column("join_code", sa.String(16), nullable=False, unique=True),
            sa.Column("note", sa.Text, nullable=False),
            sa.Column("created_at", _UTC, nullable=False, index=True),
        )
    if "cohort_members" not in present:
        op.create_table(
            "cohort_members",
            sa.Column(
                "cohort_id",
                sa.Integer,
                sa.ForeignKey("cohorts.id", ondelete="CASCADE"),
                primary_key=True,
            ),
            sa.Column("learner_id", sa.String(255), primary_key=True, index=True),
            sa.Column("display_name", sa.String(40), nullable=False),
            sa.Column("joined_at", _UTC, nullable=False),
        )
    if "launches" not in present:
        op.create_table(
            "launches",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column(
                "cohort_id",
                sa.Integer,
                sa.ForeignKey("cohorts.id", ondelete="CASCADE"),
                nullable=False,
                index=True,
            ),
            sa.Column("exercise_id", sa.String(64), nullable=False),
            sa.Column("launched_at", _UTC, nullable=False),
            sa.Column("closed_at", _UTC, nullable=True),
        )
    if "exercise_progress" not in present:
        op.create_table(
            "exercise_progress",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("learner_id", sa.String(255), nullable=False),
            sa.Column(
                "cohort_id",
                sa.Integer,
                sa.ForeignKey("cohorts.id", ondelete="SET NULL"),
                nullable=True,
                index=True,
            ),
            sa.Column("exercise_id", sa.String(64), nullable=False),
            sa.Column("step_id", sa.String(64), nullable=False),
            sa.Column("status", sa.String(16), nullable=False),
            sa.Column("answer", sa.JSON, nullable=False),
            sa.Column("checks", sa.JSON, nullable=False),
            sa.Column("created_at", _UTC, nullable=False),
            sa.Column("updated_at", _UTC, nullable=False, index=True),
            sa.UniqueConstraint("learner_id", "exercise_id", "step_id", name="uq_progress_step"),
            sa.CheckConstraint("status IN ('started', 'done')", name="ck_progress_status"),
        )


def downgrade() -> None:
    """Drop the cohort and exercise tables."""
    for name in reversed(_TABLES):
        op.drop_table(name)
