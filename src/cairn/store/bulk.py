"""Loading millions of rows into one table quickly, inside the caller's transaction.

Used by hash-set import (``known_entries``). On SQLite it does three things; elsewhere it is a
plain ``INSERT`` of each batch:

* rows go through the DB-API ``executemany`` as lists of values, JSON columns serialised
  once, compactly (by the C encoder called directly: ``JSONEncoder.encode``'s set-up per call
  cost more than the encoding of a small ``extra``; an empty dict is not encoded at all),
  skipping SQLAlchemy's per-row parameter processing (about 7 µs a row);
* the connection's page cache is raised to ``CACHE_MIB`` for the load and restored after,
  so the table's hash indexes, whose inserts land at random pages, stay in memory longer;
* once a load has inserted ``REBUILD_AFTER`` rows and at least as many as the table held
  before, the table's indexes are dropped and built again, sorted, when the load finishes:
  far cheaper than millions of random index inserts, and bounded by twice the load's own
  size. DDL is transactional in SQLite: a failed load rolls back with its indexes intact,
  and readers (WAL) keep seeing the indexes until the load commits.

Measured inserting synthetic ``known_entries`` rows (CPU per row, bench/RESULTS.md): at
300 k rows, SQLAlchemy ORM insert 62 µs, Core 59, raw ``executemany`` 55, raw with the large
cache 31; at 2 M rows, raw with the cache 41 µs (39 with 512 MiB), raw with the index
rebuild 28 µs (20 inserting, 8 rebuilding).
"""

from __future__ import annotations

import contextlib
import gc
import json
import json.encoder
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, FromClause, Table, insert, text
from sqlalchemy.orm import Session

__all__ = ["BulkLoader", "older_objects_frozen"]

CACHE_MIB = 256
REBUILD_AFTER = 50_000
_ENCODE = json.JSONEncoder(separators=(",", ":")).encode


def _fast_encoder() -> Callable[[Any], str]:
    """``_ENCODE`` without its per-call set-up: the C encoder it builds, built once.

    Falls back to ``_ENCODE`` where the C encoder is missing or answers differently. No
    circular-reference check: values come from parsed files, which cannot hold cycles.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython always has it
        return _ENCODE

    def default(value: Any) -> Any:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

    try:
        encoder = make(
            None, default, json.encoder.encode_basestring_ascii, None, ":", ",", False, False, True
        )
    except TypeError:  # pragma: no cover - a C encoder with another signature
        return _ENCODE

    def encode(value: Any) -> str:
        return "".join(encoder(value, 0))

    probe = {"a": [1, 2.5, None, True, 'é\n"'], "b": {"c": -0.0, "d": 1e300}}
    return encode if encode(probe) == _ENCODE(probe) else _ENCODE


_DUMPS = _fast_encoder()


@contextlib.contextmanager
def older_objects_frozen() -> Iterator[None]:
    """Keep the objects that exist now (modules, the ORM's registries) out of the garbage
    collector's full passes while loading.

    Millions of short-lived records trigger a full collection every few hundred thousand
    allocations, and each rescans everything the process holds: about 8 % of a VICS import's
    CPU. Objects made inside are collected as usual; the older ones are collectable again
    afterwards.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class BulkLoader:
    """Inserts batches of row dicts into ``table`` within ``session``'s transaction.

    Call ``finish()`` before querying the table through its indexes (or before commit):
    it rebuilds any dropped index and restores the page cache. Rows must all have the same
    keys in the same order; rows missing a column that has a Python-side default go through
    SQLAlchemy, which applies it.

    Args:
        session: The unit of work the rows belong to.
        table: The table to fill.
        rebuild_indexes: Allow dropping and rebuilding the table's indexes (SQLite only);
            turn it off when the load itself queries the table through them.
    """

    def __init__(
        self, session: Session, table: FromClause, *, rebuild_indexes: bool = True
    ) -> None:
        if not isinstance(table, Table):
            raise TypeError(f"{table!r} is not a table")
        self.session = session
        self.table = table
        self.inserted = 0
        self._sqlite = session.get_bind().dialect.name == "sqlite"
        self._rebuild = rebuild_indexes and self._sqlite
        self._dropped: list[str] = []
        self._before = 0
        self._cache: int | None = None
        self._json = {c.name for c in table.columns if isinstance(c.type, JSON)}
        self._sql: dict[tuple[str, ...], str] = {}
        if self._sqlite:
            connection = self.session.connection()
            self._cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            connection.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_MIB * 1024}")
            if self._rebuild:
                quoted = table.name.replace('"', '""')
                self._before = int(
                    connection.exec_driver_sql(f'SELECT max(rowid) FROM "{quoted}"').scalar() or 0
                )

    def insert(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert ``rows`` (dicts keyed by column name, all with the same keys)."""
        if rows:
            self.insert_rows(tuple(rows[0]), [list(row.values()) for row in rows])

    def insert_rows(self, columns: Sequence[str], rows: Sequence[list[Any]]) -> None:
        """Insert ``rows``, each a list of values in ``columns`` order.

        The lists become the loader's: JSON values are replaced by their text in place.
        """
        if not rows:
            return
        columns = tuple(columns)
        sql = self._sql.get(columns)
        if sql is None and self._sqlite and self._complete(columns):
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            sql = f'INSERT INTO "{self.table.name}" ({names}) VALUES ({marks})'
            self._sql[columns] = sql
        if sql is None:
            self.session.execute(
                insert(self.table), [dict(zip(columns, row, strict=True)) for row in rows]
            )
        else:
            dumps = _DUMPS
            for index, column in enumerate(columns):
                if column in self._json:
                    for row in rows:
                        value = row[index]
                        if value is not None:
                            row[index] = "{}" if value == {} else dumps(value)
            dbapi = self.session.connection().connection.dbapi_connection
            assert dbapi is not None
            dbapi.executemany(sql, rows)
        self.inserted += len(rows)
        if (
            self._rebuild
            and not self._dropped
            and self.inserted >= max(REBUILD_AFTER, self._before)
        ):
            self._drop_indexes()

    def finish(self) -> None:
        """Rebuild dropped indexes and restore the page cache; the loader is done."""
        if not self._sqlite:
            return
        connection = self.session.connection()
        for statement in self._dropped:
            connection.exec_driver_sql(statement)
        self._dropped = []
        self._rebuild = False
        if self._cache is not None:
            connection.exec_driver_sql(f"PRAGMA cache_size={int(self._cache)}")
            self._cache = None

    def _complete(self, columns: tuple[str, ...]) -> bool:
        """Whether a raw INSERT of ``columns`` leaves no Python-side default unapplied."""
        given = set(columns)
        return all(
            c.name in given or c.primary_key or c.default is None for c in self.table.columns
        )

    def _drop_indexes(self) -> None:
        connection = self.session.connection()
        rows = connection.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t "
                "AND sql IS NOT NULL"
            ),
            {"t": self.table.name},
        ).all()
        for name, statement in rows:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
            self._dropped.append(statement)
