"""Alembic environment: runs on the connection Cairn hands over, never reads a URL itself."""

from __future__ import annotations

from alembic import context

from cairn.store.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - Cairn always passes a connection
    raise RuntimeError("Cairn migrations run through cairn.store, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
