"""Version 3: instructor sessions (a new table only).

Which browser sessions are logged in as the instructor, so that every app
instance sharing the database agrees (see :mod:`assistant.auth`).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create ``instructor_sessions`` unless it is there."""
    if sa.inspect(op.get_bind()).has_table("instructor_sessions"):
        return
    op.create_table(
        "instructor_sessions",
        sa.Column("session_key", sa.String(64), primary_key=True),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("expires_at", _UTC, nullable=False, index=True),
        sa.Column("password_tag", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    """Drop ``instructor_sessions``."""
    op.drop_table("instructor_sessions")
