"""Opening the workspace store: SQLite (WAL) by default, PostgreSQL through a URL.

The schema is created and upgraded by Alembic on open, so every store is at the head
revision before any command touches it; a store from a newer Cairn is refused.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from cairn.errors import ConfigError, IncompatibleStoreVersion, StoreError

__all__ = ["Store", "database_url", "workspace_home"]

_MIGRATIONS = Path(__file__).with_name("migrations")


def workspace_home(home: str | os.PathLike[str] | None = None) -> Path:
    """The workspace folder: explicit, else ``CAIRN_HOME``, else ``./cairn-data``."""
    return Path(home or os.environ.get("CAIRN_HOME") or "cairn-data")


def database_url(home: Path, url: str | None = None) -> str:
    """The store URL: explicit, else ``CAIRN_DATABASE_URL``, else SQLite in the workspace."""
    url = url or os.environ.get("CAIRN_DATABASE_URL")
    if not url:
        return f"sqlite:///{(home / 'cairn.db').resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if not url.startswith(("sqlite", "postgresql")):
        raise ConfigError(f"CAIRN_DATABASE_URL {url!r} is neither sqlite:// nor postgresql://")
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Store:
    """One workspace's database plus its content-addressed folder for derived files."""

    def __init__(self, engine: Engine, home: Path) -> None:
        self.engine = engine
        self.home = home
        self.derived = home / "derived"
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, home: str | os.PathLike[str] | None = None, url: str | None = None) -> Store:
        """Open (creating and migrating if needed) the store of a workspace."""
        path = workspace_home(home)
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create workspace {str(path)!r}: {exc.strerror}") from exc
        resolved = database_url(path, url)
        try:
            engine = create_engine(resolved, future=True, pool_pre_ping=True)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            store = cls(engine, path)
            store.migrate()
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot open store {_redact(resolved)}: {exc.__class__.__name__}: "
                f"{str(exc).splitlines()[0]}"
            ) from exc
        return store

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _alembic_config(self) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(_MIGRATIONS))
        return cfg

    def migrate(self) -> None:
        """Bring the schema to the newest revisions; refuse a store newer than this Cairn."""
        cfg = self._alembic_config()
        script = ScriptDirectory.from_config(cfg)
        known = {rev.revision for rev in script.walk_revisions()}
        heads = set(script.get_heads())
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Serialise concurrent first opens of one database (two ingests at once).
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7340001)")
            current = set(MigrationContext.configure(conn).get_current_heads())
            unknown = sorted(current - known)
            if unknown:
                raise IncompatibleStoreVersion(
                    f"store schema revision {unknown[0]!r} is newer than this Cairn supports "
                    f"(newest known {', '.join(sorted(heads))}); upgrade Cairn"
                )
            if current != heads:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "heads")

    def schema_revision(self) -> str | None:
        """The newest applied revision (revisions are numbered, so the largest)."""
        with self.engine.connect() as conn:
            heads = MigrationContext.configure(conn).get_current_heads()
        return max(heads) if heads else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url
