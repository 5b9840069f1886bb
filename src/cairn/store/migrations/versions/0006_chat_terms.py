"""chat terms: the words that raised a conversation's score (rules-2026.10)

Written by hand. Adds one JSON column to ``conversations``; rows assessed before it keep an
empty list. Forward-only.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 12:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("terms", sa.JSON(), nullable=True))
