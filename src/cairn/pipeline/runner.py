"""The ingest runner: walks a source, fans items out to worker processes, decides matches
and is the only writer to the store (DESIGN invariants 2-4).

Resumable by construction: an item is written, with its matches, in the same transaction,
and an item already in the store for this exhibit is never processed again. Killing the run
at any point loses at most the uncommitted batch, which the next run redoes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from cairn.errors import Cancelled, ConfigError, DependencyError
from cairn.matching.matcher import Decision, Matcher
from cairn.model import Exif, ItemResult, ItemStatus
from cairn.pipeline.known import load_matcher
from cairn.pipeline.worker import pool_context, process_chunk, start_fork_server
from cairn.settings import Settings
from cairn.sources import walk_exhibit
from cairn.sources.folder import SourceEntry
from cairn.store import Store
from cairn.store.audit import record
from cairn.store.queries import get_or_create_exhibit
from cairn.store.schema import IngestRun, Item, MatchRow, utcnow

if TYPE_CHECKING:
    import psycopg

__all__ = ["IngestSummary", "ProgressCallback", "locator_hash", "run_ingest"]

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
"""Called with (items done in this run, items to do in this run)."""

_CHUNK = 8


@dataclass(slots=True)
class IngestSummary:
    """What one run did, for the end-of-run line and the ingest record."""

    case: str
    exhibit: str
    total: int = 0
    skipped: int = 0
    written: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    known: int = 0
    bytes_read: int = 0
    elapsed: float = 0.0
    seconds: dict[str, float] = field(default_factory=dict)
    workers: int = 1
    rehashed: int = 0
    chats: ChatImport | None = None

    @property
    def already_complete(self) -> bool:
        return self.total > 0 and self.skipped == self.total

    @property
    def items_per_second(self) -> float:
        return self.written / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def mb_per_second(self) -> float:
        return self.bytes_read / 1e6 / self.elapsed if self.elapsed > 0 else 0.0

    def shares(self) -> dict[str, float]:
        """Share of measured time per phase (worker phases summed over workers)."""
        total = sum(self.seconds.values())
        return {k: v / total for k, v in self.seconds.items()} if total > 0 else {}


@dataclass(slots=True)
class ChatImport:
    """Chat exports found among an exhibit's items and what became of them."""

    exports: int = 0
    conversations: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def import_exhibit_chats(
    store: Store, exhibit_id: int, source_path: str, settings: Settings
) -> ChatImport | None:
    """Import the conversations of every chat export found in the exhibit that has none yet.

    Runs in the coordinator after the items are written, so a rerun after a kill finishes
    it; an export whose conversations are stored is not parsed again.
    """
    from cairn.chats.detect import parse_chat
    from cairn.chats.importer import import_conversations
    from cairn.errors import CairnError
    from cairn.sources.reopen import open_item
    from cairn.store.chat_schema import ConversationRow

    with store.session() as session:
        found = session.execute(
            select(Item.path, Item.locator, Item.chat_format)
            .where(Item.exhibit_id == exhibit_id, Item.chat_format.is_not(None))
            .order_by(Item.id)
        ).all()
        if not found:
            return None
        done = set(
            session.scalars(
                select(ConversationRow.source).where(ConversationRow.exhibit_id == exhibit_id)
            )
        )
    outcome = ChatImport()
    for path, locator, fmt in found:
        outcome.exports += 1
        if path in done:
            continue
        try:
            with open_item(source_path, locator) as handle:
                data = handle.read()
            conversations = parse_chat(data, fmt, label=path)
            outcome.conversations += import_conversations(
                store, exhibit_id, conversations
            ).conversations
        except (CairnError, OSError) as exc:
            log.warning("chat export %s not imported: %s", path, exc)
            outcome.failed.append((path, str(exc)))
    return outcome


def locator_hash(key: str) -> str:
    return hashlib.sha256(key.encode("ascii")).hexdigest()


def _chunks(entries: Iterable[SourceEntry], size: int) -> Iterator[list[SourceEntry]]:
    chunk: list[SourceEntry] = []
    for entry in entries:
        chunk.append(entry)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _WorkPool:
    """Stage chunks run in this process (1 worker) or in a bounded pool of processes.

    Work can be submitted while results are collected, so the coordinator can send an item
    back for a full-resolution decode without waiting for the walk to finish.
    """

    def __init__(self, workers: int, settings: Settings) -> None:
        self.settings = settings
        self.capacity = max(1, workers) * 4
        self._ready: list[list[ItemResult]] = []
        self._pending: set[Future[list[ItemResult]]] = set()
        self._pool: ProcessPoolExecutor | None = None
        if workers > 1:
            # Light workers: forked from a server that has imported only the worker side,
            # not re-running the command's main script (docs/ingest.md, start-up).
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=pool_context())

    @property
    def busy(self) -> int:
        return len(self._pending) + len(self._ready)

    def submit(self, chunk: list[SourceEntry], fast: bool) -> None:
        if self._pool is None:
            self._ready.append(process_chunk(chunk, self.settings, fast))
        else:
            self._pending.add(self._pool.submit(process_chunk, chunk, self.settings, fast))

    def collect(self) -> list[list[ItemResult]]:
        """Results finished so far, waiting for at least one if nothing is ready."""
        if not self._ready and self._pending:
            done, self._pending = wait(self._pending, return_when=FIRST_COMPLETED)
            self._ready.extend(future.result() for future in done)
        ready, self._ready = self._ready, []
        return ready

    def close(self) -> None:
        for future in self._pending:
            future.cancel()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


class _DaskPool:
    """The same stage chunks on a Dask cluster: workers read the evidence from shared storage
    at the same paths and send back records; only this coordinator writes to the store.

    Dask reschedules the tasks of a lost worker; since results are written by the
    coordinator alone, keyed by (exhibit, locator), a task that runs twice writes once.
    """

    def __init__(self, address: str, settings: Settings) -> None:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - distributed is a dependency
            raise DependencyError("cluster ingest needs the 'distributed' package") from exc
        self.settings = settings
        try:
            self._client = Client(address, timeout="30s")  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {address!r}: {exc}") from exc
        workers = max(1, len(self._client.scheduler_info().get("workers", {})))
        self.capacity = workers * 4
        self._ready: list[list[ItemResult]] = []
        self._pending: set[Any] = set()

    @property
    def busy(self) -> int:
        return len(self._pending) + len(self._ready)

    def submit(self, chunk: list[SourceEntry], fast: bool) -> None:
        self._pending.add(
            self._client.submit(process_chunk, chunk, self.settings, fast, pure=False, retries=3)
        )

    def collect(self) -> list[list[ItemResult]]:
        from distributed import wait as dask_wait

        if not self._ready and self._pending:
            done, not_done = dask_wait(  # type: ignore[no-untyped-call]
                list(self._pending), return_when="FIRST_COMPLETED"
            )
            self._pending = set(not_done)
            self._ready.extend(future.result() for future in done)
        ready, self._ready = self._ready, []
        return ready

    def close(self) -> None:
        for future in self._pending:
            future.cancel()
        self._client.close()  # type: ignore[no-untyped-call]


def run_ingest(
    store: Store,
    case: str,
    exhibit: str,
    path: Path,
    settings: Settings,
    *,
    workers: int | None = None,
    fast: bool | None = None,
    progress: ProgressCallback | None = None,
    matcher: Matcher | None = None,
    cluster: str | None = None,
) -> IngestSummary:
    """Ingest a folder (or single file) as an exhibit of a case; resumable and idempotent."""
    started = time.perf_counter()
    source_path = str(Path(os.path.abspath(path)))
    walk = walk_exhibit(source_path, settings)
    entries = list(walk)
    exhibit_row, created = get_or_create_exhibit(store, case, exhibit, source_path, walk.kind)
    with store.session() as session:
        done = set(
            session.scalars(select(Item.locator_hash).where(Item.exhibit_id == exhibit_row.id))
        )
    todo = [e for e in entries if locator_hash(e.locator.key()) not in done]
    workers = workers if workers and workers > 0 else (settings.workers or os.cpu_count() or 1)
    summary = IngestSummary(
        case=case,
        exhibit=exhibit,
        total=len(entries),
        skipped=len(entries) - len(todo),
        workers=workers,
    )
    if not todo:
        summary.chats = import_exhibit_chats(store, exhibit_row.id, source_path, settings)
        summary.elapsed = time.perf_counter() - started
        return summary
    if workers > 1 and not cluster:
        start_fork_server()  # starts the workers' server while the hash-set index loads
    record(
        store,
        "ingest.start",
        case=case,
        detail={
            "exhibit": exhibit,
            "source": source_path,
            "items": len(entries),
            "to_do": len(todo),
            "resumed": not created,
        },
    )
    matcher = matcher if matcher is not None else load_matcher(store, settings)
    seconds: dict[str, float] = defaultdict(float)
    with store.session() as session:
        run = IngestRun(exhibit_id=exhibit_row.id)
        session.add(run)
        session.flush()
        run_id = run.id
    buffer: list[ItemResult] = []
    done_count = 0
    fast = settings.fast_decode if fast is None else fast
    by_key = {entry.locator.key(): entry for entry in todo} if fast else {}
    pool: _WorkPool | _DaskPool = (
        _DaskPool(cluster, settings) if cluster else _WorkPool(workers, settings)
    )
    if cluster:
        summary.workers = pool.capacity // 4

    writer = _Writer(store)

    def flush() -> None:
        """Decide and write what is buffered; send reduced-scale near misses back."""
        nonlocal done_count
        if not buffer:
            return
        t0 = time.perf_counter()
        decisions = matcher.decide(buffer, drift=settings.fast_drift if fast else 0)
        t1 = time.perf_counter()
        ready: list[tuple[ItemResult, Decision]] = [
            (r, d) for r, d in zip(buffer, decisions, strict=True) if d is not None
        ]
        again = [
            by_key[r.locator.key()] for r, d in zip(buffer, decisions, strict=True) if d is None
        ]
        for chunk in _chunks(again, _CHUNK):
            pool.submit(chunk, False)
        summary.rehashed += len(again)
        if ready:
            _write(
                store,
                exhibit_row.id,
                [r for r, _ in ready],
                [d for _, d in ready],
                summary,
                writer=writer,
            )
        t2 = time.perf_counter()
        seconds["match"] += t1 - t0
        seconds["write"] += t2 - t1
        done_count += len(ready)
        buffer.clear()
        if progress:
            progress(done_count, len(todo))

    chunks = _chunks(todo, _CHUNK)
    exhausted = False
    try:
        last_flush = time.perf_counter()
        while True:
            while not exhausted and pool.busy < pool.capacity:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pool.submit(chunk, fast)
            if exhausted and pool.busy == 0:
                flush()
                if pool.busy == 0:
                    break
                continue
            for results in pool.collect():
                for result in results:
                    for phase, value in result.timings.items():
                        seconds[phase] += value
                    summary.bytes_read += result.size or 0
                buffer.extend(results)
            if len(buffer) >= settings.batch_size or time.perf_counter() - last_flush > 2.0:
                flush()
                last_flush = time.perf_counter()
    except KeyboardInterrupt:
        flush()
        raise Cancelled(
            f"ingest interrupted after {done_count} of {len(todo)} items; "
            "run the same command again to finish"
        ) from None
    finally:
        pool.close()
        writer.close()
    summary.chats = import_exhibit_chats(store, exhibit_row.id, source_path, settings)
    summary.elapsed = time.perf_counter() - started
    summary.seconds = dict(seconds)
    with store.session() as session:
        run = session.get_one(IngestRun, run_id)
        run.finished_at = utcnow()
        run.items_written = summary.written
        run.stats = {
            "elapsed": summary.elapsed,
            "bytes": summary.bytes_read,
            "workers": workers,
            "seconds": summary.seconds,
            "by_status": dict(summary.by_status),
        }
    record(
        store,
        "ingest.finish",
        case=case,
        detail={
            "exhibit": exhibit,
            "written": summary.written,
            "by_status": dict(summary.by_status),
        },
    )
    return summary


_ITEM_COLUMNS = (
    "exhibit_id",
    "locator_hash",
    "locator",
    "path",
    "status",
    "reason",
    "size",
    "mime",
    "kind",
    "deleted",
    "md5",
    "sha1",
    "sha256",
    "pdq",
    "pdq_quality",
    "pdq_reduced",
    "width",
    "height",
    "exif",
    "video",
    "chat_format",
    "created_at",
)
"""The items columns ``_write`` fills, in the order of its row tuples."""

_MATCH_COLUMNS = ("item_id", "hashset_id", "entry_id", "kind", "distance", "threshold", "variant")
_JSON_COLUMNS = frozenset({"exif", "video"})
_EXIF_FIELDS = tuple(f.name for f in dataclasses.fields(Exif))


class _Writer:
    """The coordinator's connection for all the batches of one run, held between them.

    Taking a connection from the pool for each batch costs a liveness ping and the pool's
    bookkeeping: measured on PostgreSQL, about a fifth of a 64-item batch's time. A batch
    that fails closes the connection, so the next batch (if any) starts on a fresh one.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._connection: Connection | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        if self._connection is None:
            self._connection = self.store.engine.connect()
        session = Session(bind=self._connection)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            self.close()
            raise
        finally:
            session.close()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _write(
    store: Store,
    exhibit_id: int,
    results: Sequence[ItemResult],
    decisions: Sequence[Decision],
    summary: IngestSummary,
    *,
    writer: _Writer | None = None,
) -> None:
    """One transaction per batch: the items and their matches land together or not at all."""
    now = utcnow()
    rows: list[tuple[Any, ...]] = []
    for result, decision in zip(results, decisions, strict=True):
        status = result.status
        if status is ItemStatus.PROCESSED and decision.known_good:
            status = ItemStatus.KNOWN_GOOD
        key = result.locator.key()
        hashes = result.hashes
        media = result.media
        rows.append(
            (
                exhibit_id,
                locator_hash(key),
                key,
                result.locator.display(),
                status.value,
                result.reason,
                result.size,
                result.mime,
                result.kind,
                result.deleted,
                hashes.md5 if hashes else None,
                hashes.sha1 if hashes else None,
                hashes.sha256 if hashes else None,
                media.pdq if media else None,
                media.pdq_quality if media else None,
                media.reduced if media else False,
                media.width if media else None,
                media.height if media else None,
                _exif_dict(result),
                result.video,
                result.chat_format,
                now,
            )
        )
        summary.by_status[status.value] += 1
        if decision.known:
            summary.known += 1
    with writer.session() if writer is not None else store.session() as session:
        # A row already there (a concurrent or repeated run of the same exhibit) is skipped,
        # never duplicated; its matches were written with it.
        if store.dialect == "postgresql":
            ids = _copy_new_items(session, rows)
        else:
            ids = [None] * len(rows)
            where = {row[1]: n for n, row in enumerate(rows)}
            for item_id, locator in session.execute(
                _insert_new(store.dialect).returning(Item.id, Item.locator_hash),
                [dict(zip(_ITEM_COLUMNS, row, strict=True)) for row in rows],
            ):
                ids[where[locator]] = item_id
        matches = [
            (item_id, m.hashset_id, m.entry_id, m.kind.value, m.distance, m.threshold, m.variant)
            for item_id, decision in zip(ids, decisions, strict=True)
            if item_id is not None
            for m in (*decision.known_good, *decision.known)
        ]
        if matches and store.dialect == "postgresql":
            _copy_rows(session, "matches", _MATCH_COLUMNS, matches)
        elif matches:
            session.execute(
                insert(MatchRow), [dict(zip(_MATCH_COLUMNS, m, strict=True)) for m in matches]
            )
    summary.written += sum(1 for item_id in ids if item_id is not None)


def _copy_new_items(session: Session, rows: Sequence[tuple[Any, ...]]) -> list[int | None]:
    """PostgreSQL bulk path: the id of each row written, None where the row was already stored.

    The runner only sends items that were not stored when it started, so the rows are COPYed
    straight into ``items`` with ids drawn from its sequence in one round trip: no staging
    table, no ``INSERT … SELECT``, no ``RETURNING``. Should any be there after all (another
    coordinator ingesting the same exhibit at the same time, a batch repeated), the COPY
    fails on the unique (exhibit, locator) key, is rolled back to a savepoint, and the batch
    takes the slower path that skips stored rows (``_insert_skipping_stored``). Measured in
    bench/cluster.py --only-write; see docs/deployment.md.
    """
    import psycopg

    connection = session.connection().connection.driver_connection
    with connection.cursor() as cursor:  # type: ignore[union-attr]
        # One round trip for three statements (a batch of 64 pays mostly round trips).
        # Safe to not wait for the WAL flush: a batch lost in a server crash is simply
        # ingested again by the next run (resume), and nothing half-written can remain.
        # The savepoint stays until the commit: releasing it would cost one more.
        cursor.execute(
            "SET LOCAL synchronous_commit = off; SAVEPOINT cairn_items_copy; "
            "SELECT nextval((SELECT pg_get_serial_sequence('items', 'id'))) "
            f"FROM generate_series(1, {len(rows):d})"
        )
        while cursor.description is None and cursor.nextset():
            pass
        ids = [int(item_id) for (item_id,) in cursor]
        try:
            _copy(cursor, "items", _ITEM_COLUMNS, rows, ids)
        except (psycopg.errors.UniqueViolation, psycopg.errors.DeadlockDetected):
            cursor.execute("ROLLBACK TO SAVEPOINT cairn_items_copy")
            return _insert_skipping_stored(cursor, rows)
    written: list[int | None] = list(ids)
    return written


def _insert_skipping_stored(
    cursor: psycopg.Cursor[Any], rows: Sequence[tuple[Any, ...]]
) -> list[int | None]:
    """COPY into a temporary table, then one INSERT … SELECT that skips stored rows."""
    columns = ", ".join(_ITEM_COLUMNS)
    cursor.execute(
        "CREATE TEMP TABLE IF NOT EXISTS cairn_items_stage ON COMMIT DROP AS "
        f"SELECT {columns} FROM items WITH NO DATA"
    )
    _copy(cursor, "cairn_items_stage", _ITEM_COLUMNS, rows)
    cursor.execute(
        f"INSERT INTO items ({columns}) SELECT {columns} FROM cairn_items_stage "
        "ON CONFLICT (exhibit_id, locator_hash) DO NOTHING RETURNING id, locator_hash"
    )
    written = {str(locator): int(item_id) for item_id, locator in cursor.fetchall()}
    cursor.execute("DROP TABLE cairn_items_stage")
    # pop: a locator twice in one batch is one item, written (and counted) once.
    return [written.pop(row[1], None) for row in rows]


def _copy_rows(
    session: Session, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    connection = session.connection().connection.driver_connection
    with connection.cursor() as cursor:  # type: ignore[union-attr]
        _copy(cursor, table, columns, rows)


def _copy(
    cursor: psycopg.Cursor[Any],
    table: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    ids: Sequence[int] | None = None,
) -> None:
    """COPY ``rows`` (with ``ids`` in front, if given) into ``table``; the JSON columns'
    values go as their JSON text. psycopg's ``write_row`` measured faster here than binary
    COPY or a text buffer built in Python (bench notes in docs/deployment.md)."""
    names = ("id", *columns) if ids is not None else tuple(columns)
    json_at = [n for n, name in enumerate(names) if name in _JSON_COLUMNS]
    with cursor.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
        for k, row in enumerate(rows):
            values = [ids[k], *row] if ids is not None else list(row)
            for n in json_at:
                if values[n] is not None:
                    values[n] = json.dumps(values[n])
            copy.write_row(values)


def _insert_new(dialect: str) -> Any:
    """INSERT of items that skips rows whose (exhibit, locator) is already stored."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(Item).on_conflict_do_nothing(index_elements=["exhibit_id", "locator_hash"])
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(Item).on_conflict_do_nothing(index_elements=["exhibit_id", "locator_hash"])


def _exif_dict(result: ItemResult) -> dict[str, object] | None:
    if result.media is None:
        return None
    exif = result.media.exif
    values = {k: v for k in _EXIF_FIELDS if (v := getattr(exif, k)) is not None}
    return values or None
