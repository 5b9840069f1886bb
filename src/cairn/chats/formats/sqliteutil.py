"""Opening chat databases without touching the evidence.

The database (and its ``-wal`` journal, which may hold the newest messages) is copied into a
private temporary folder and the copy is opened; bytes are written there first. Nothing
is ever opened in place, so no ``-shm`` or journal file appears beside the evidence.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cairn.errors import SourceError, WrongFormat

__all__ = ["MAGIC", "columns", "open_copy", "tables"]

MAGIC = b"SQLite format 3\x00"


@contextmanager
def open_copy(source: bytes | Path, where: str) -> Iterator[sqlite3.Connection]:
    """A connection to a private copy of the database (WrongFormat if it is not SQLite)."""
    with tempfile.TemporaryDirectory(prefix="cairn-chat-") as folder:
        target = Path(folder) / "chat.db"
        try:
            if isinstance(source, bytes):
                if not source.startswith(MAGIC):
                    raise WrongFormat("not an SQLite database")
                target.write_bytes(source)
            else:
                with source.open("rb") as handle:
                    if handle.read(len(MAGIC)) != MAGIC:
                        raise WrongFormat("not an SQLite database")
                shutil.copyfile(source, target)
                wal = source.with_name(source.name + "-wal")
                if wal.is_file():
                    shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        except OSError as exc:
            raise SourceError(f"cannot read {where}: {exc.strerror}") from exc
        connection = sqlite3.connect(str(target))
        try:
            connection.execute("PRAGMA query_only=ON")
            yield connection
        except sqlite3.DatabaseError as exc:
            raise SourceError(f"{where}: damaged SQLite database ({exc})") from None
        finally:
            connection.close()


def tables(connection: sqlite3.Connection) -> set[str]:
    """Names of the tables; a file that is not a readable database is WrongFormat."""
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    except sqlite3.DatabaseError:
        raise WrongFormat("not a readable SQLite database") from None
    return {str(row[0]) for row in rows}


def columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')}
