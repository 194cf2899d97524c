"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
${imports if imports else ""}
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Upgrade to this revision (portable: SQLite and PostgreSQL)."""
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    """Downgrade to the previous revision."""
    ${downgrades if downgrades else "pass"}
