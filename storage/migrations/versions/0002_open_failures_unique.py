"""At most one open failure per (URL key, stage, reason); versions remember their source.

Databases made by 0001 may hold duplicate open failures (two crawls racing); the older
duplicates are resolved with a note before the unique index is created.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 23:31:44
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_failures = sa.table(
    "failures",
    sa.column("id", sa.Integer()), sa.column("url_key", sa.Text()), sa.column("stage", sa.Text()),
    sa.column("reason", sa.Text()), sa.column("resolved", sa.Boolean()), sa.column("resolution_note", sa.Text()),
)


def upgrade() -> None:
    op.add_column("article_versions", sa.Column("source", sa.Text(), nullable=True))
    _resolve_duplicate_open_failures()
    op.drop_index("ix_failures_url_key_stage_reason", table_name="failures")
    op.create_index(
        "uq_failures_open_url_key_stage_reason", "failures", ["url_key", "stage", "reason"], unique=True,
        sqlite_where=sa.text("NOT resolved"), postgresql_where=sa.text("NOT resolved"),
    )


def downgrade() -> None:
    op.drop_index("uq_failures_open_url_key_stage_reason", table_name="failures")
    op.create_index("ix_failures_url_key_stage_reason", "failures", ["url_key", "stage", "reason"], unique=False)
    with op.batch_alter_table("article_versions") as batch:  # SQLite before 3.35 cannot drop columns
        batch.drop_column("source")


def _resolve_duplicate_open_failures() -> None:
    """Keep the newest open failure of each (url_key, stage, reason); resolve the others."""
    newest = (sa.select(sa.func.max(_failures.c.id)).where(_failures.c.resolved.is_(False))
              .group_by(_failures.c.url_key, _failures.c.stage, _failures.c.reason))
    op.execute(
        _failures.update()
        .where(_failures.c.resolved.is_(False), _failures.c.id.not_in(newest))
        .values(resolved=True, resolution_note="duplicate of a newer open failure (merged by migration 0002)")
    )
