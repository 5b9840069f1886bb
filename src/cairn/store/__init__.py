"""The store: SQLAlchemy schema, Alembic migrations, queries and the audit log."""

from cairn.store.database import Store, database_url, workspace_home

__all__ = ["Store", "database_url", "workspace_home"]
