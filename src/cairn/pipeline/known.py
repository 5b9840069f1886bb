"""Hash sets between their files, the store and the matcher: import and load."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy import update as sql_update
from sqlalchemy.exc import IntegrityError

from cairn.errors import ConfigError, SourceError
from cairn.hashsets import BadRecord, read_hashset
from cairn.hashsets.vpdqfile import VPDQ_EXTRA
from cairn.matching.matcher import Matcher
from cairn.matching.vpdq import load_listed_videos
from cairn.model import KnownEntry
from cairn.pipeline.index_cache import IndexCache, build_parts, index_folder, set_states
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.bulk import BulkLoader, older_objects_frozen
from cairn.store.hashsets import count_conflicts
from cairn.store.schema import HashSet, KnownEntryRow, utcnow
from cairn.store.video_schema import save_listed_videos

__all__ = ["ImportSummary", "entry_key", "import_hashset", "load_matcher"]

_BATCH = 5000
_sha1 = hashlib.sha1
# The columns of ``_row``'s rows, in its order.
_COLUMNS = (
    "hashset_id",
    "md5",
    "sha1",
    "sha256",
    "pdq",
    "scheme",
    "code",
    "source",
    "extra",
    "entry_key",
    "import_run",
)


@dataclass(slots=True)
class ImportSummary:
    name: str
    format: str
    scheme: str | None
    entries: int = 0
    bad: list[BadRecord] = field(default_factory=list)
    bad_total: int = 0
    updated: bool = False
    added: int = 0
    kept: int = 0
    withdrawn: int = 0
    conflicts: int = 0
    notes: list[str] = field(default_factory=list)


def _file_sha256(path: Path) -> str:
    """SHA-256 of the file; of a folder (vPDQ files), of its files' names and contents."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        if file is not path:
            digest.update(file.relative_to(path).as_posix().encode("utf-8") + b"\0")
        with file.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    return digest.hexdigest()


def entry_key(entry: KnownEntry) -> str:
    """An entry's identity within its set: its hashes and category (not its metadata); a
    listed video's vPDQ frames count as a hash.

    The SHA-1 of "md5|sha1|sha256|pdq|scheme|code" (absent values empty, then "|" and the
    SHA-1 of a video's vPDQ text), lower-cased. Keys are stored, and ``--update`` compares
    them with those of earlier imports, so this text must never change (tests pin it).
    """
    category = entry.category
    if category is None:
        text = f"{entry.md5 or ''}|{entry.sha1 or ''}|{entry.sha256 or ''}|{entry.pdq or ''}||"
    else:
        text = (
            f"{entry.md5 or ''}|{entry.sha1 or ''}|{entry.sha256 or ''}|{entry.pdq or ''}|"
            f"{category.scheme}|{category.code}"
        )
    if VPDQ_EXTRA in entry.extra:
        text += "|" + _sha1(str(entry.extra[VPDQ_EXTRA]).encode("utf-8")).hexdigest()
    return _sha1(text.lower().encode("utf-8")).hexdigest()


def import_hashset(
    store: Store,
    path: Path,
    name: str,
    *,
    fmt: str | None = None,
    scheme: str | None = None,
    known_good: bool = False,
    settings: Settings | None = None,
    update: bool = False,
    pdq_threshold: int | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Stream a hash-set file into the store.

    A new set is created; with ``update`` an existing set takes the newer file: entries it
    no longer lists are withdrawn (kept, for the history of past matches), new ones added,
    and the rest untouched — no rebuild. Bad records are kept for the report; the import
    fails (nothing changes) only when they exceed ``max_bad_lines``.
    """
    settings = settings or Settings()
    name = name.strip()
    if not name:
        raise ConfigError("a hash set name must not be empty")
    if pdq_threshold is not None and not 0 <= pdq_threshold <= 256:
        raise ConfigError(f"PDQ threshold {pdq_threshold} is not between 0 and 256")
    try:
        source_sha256 = _file_sha256(path)
    except OSError as exc:
        raise SourceError(f"cannot read hash set {str(path)!r}: {exc.strerror}") from exc
    reader = read_hashset(path, fmt, scheme)
    summary = ImportSummary(name=name, format=reader.format, scheme=reader.scheme)
    with older_objects_frozen(), store.session() as session:
        hashset = session.scalars(select(HashSet).where(HashSet.name == name)).first()
        if hashset is not None and not update:
            raise ConfigError(
                f"hash set {name!r} already exists; use --update to import a "
                "newer version of it, or choose another --name"
            )
        if hashset is None:
            hashset = HashSet(
                name=name,
                format=reader.format,
                scheme=reader.scheme,
                known_good=known_good,
                source_path=str(path),
                source_sha256=source_sha256,
                pdq_threshold=pdq_threshold,
                import_runs=1,
            )
            session.add(hashset)
            try:
                session.flush()
            except IntegrityError:
                raise ConfigError(
                    f"hash set {name!r} already exists; choose another --name"
                ) from None
        else:
            summary.updated = True
            if hashset.known_good != known_good:
                raise ConfigError(
                    f"hash set {name!r} is {'' if hashset.known_good else 'not '}"
                    "known-good; an update must keep that"
                )
            hashset.import_runs += 1
            hashset.source_path = str(path)
            hashset.source_sha256 = source_sha256
            hashset.imported_at = utcnow()
            if pdq_threshold is not None:
                hashset.pdq_threshold = pdq_threshold
        run = hashset.import_runs
        # Raw executemany, a large page cache and (for a large new set) indexes rebuilt once
        # at the end on SQLite; an update looks entries up by key, so it keeps its indexes.
        loader = BulkLoader(session, KnownEntryRow.__table__, rebuild_indexes=not summary.updated)
        batch: dict[str, list[object]] = {}
        videos: dict[str, str] = {}  # entry key -> vPDQ text of listed videos

        def write_batch() -> None:
            if not batch:
                return
            if summary.updated:
                existing = set(
                    session.scalars(
                        select(KnownEntryRow.entry_key).where(
                            KnownEntryRow.hashset_id == hashset.id,
                            KnownEntryRow.entry_key.in_(list(batch)),
                        )
                    )
                )
                if existing:
                    session.execute(
                        sql_update(KnownEntryRow)
                        .where(
                            KnownEntryRow.hashset_id == hashset.id,
                            KnownEntryRow.entry_key.in_(list(existing)),
                        )
                        .values(import_run=run, withdrawn_at=None)
                    )
                summary.kept += len(existing)
                rows = [row for key, row in batch.items() if key not in existing]
            else:
                rows = list(batch.values())
            if rows:
                loader.insert_rows(_COLUMNS, rows)
            summary.added += len(rows)
            summary.entries += len(batch)
            batch.clear()
            if on_progress:
                on_progress(summary.entries)

        hashset_id = hashset.id
        for record in reader:
            if isinstance(record, BadRecord):
                summary.bad_total += 1
                if len(summary.bad) < 100:
                    summary.bad.append(record)
                if summary.bad_total > settings.max_bad_lines:
                    raise SourceError(
                        f"{path}: more than max_bad_lines={settings.max_bad_lines} bad records "
                        f"(latest: {record.where}: {record.message}); nothing imported"
                    )
                continue
            key = entry_key(record)
            batch[key] = _row(hashset_id, record, key, run)
            if VPDQ_EXTRA in record.extra:
                videos[key] = str(record.extra[VPDQ_EXTRA])
            if len(batch) >= _BATCH:
                write_batch()
        write_batch()
        loader.finish()
        save_listed_videos(session, hashset.id, videos)
        if summary.updated:
            result = session.execute(
                sql_update(KnownEntryRow)
                .where(
                    KnownEntryRow.hashset_id == hashset.id,
                    KnownEntryRow.import_run < run,
                    KnownEntryRow.withdrawn_at.is_(None),
                )
                .values(withdrawn_at=utcnow())
            )
            summary.withdrawn = result.rowcount  # type: ignore[attr-defined]
        # A new set holds exactly the rows just added; counting them would read them all again.
        hashset.entry_count = (
            (
                session.scalar(
                    select(func.count())
                    .select_from(KnownEntryRow)
                    .where(
                        KnownEntryRow.hashset_id == hashset.id,
                        KnownEntryRow.withdrawn_at.is_(None),
                    )
                )
                or 0
            )
            if summary.updated
            else summary.added
        )
        hashset.bad_count = summary.bad_total
        summary.scheme = reader.scheme
        hashset.scheme = reader.scheme
        summary.notes = list(getattr(reader, "notes", []))
        if not known_good:
            summary.conflicts = count_conflicts(session, hashset.id)
    return summary


def _row(hashset_id: int, entry: KnownEntry, key: str, run: int) -> list[object]:
    """The entry's ``known_entries`` row: values in ``_COLUMNS`` order, for the bulk loader."""
    extra = entry.extra
    if VPDQ_EXTRA in extra:
        # A listed video's frames are stored in known_videos, not in extra.
        extra = {k: v for k, v in extra.items() if k != VPDQ_EXTRA}
    category = entry.category
    if category is None:
        return [
            hashset_id, entry.md5, entry.sha1, entry.sha256, entry.pdq, None, None,
            entry.source, extra, key, run,
        ]  # fmt: skip
    return [
        hashset_id, entry.md5, entry.sha1, entry.sha256, entry.pdq, category.scheme,
        category.code, entry.source, extra, key, run,
    ]  # fmt: skip


def load_matcher(store: Store, settings: Settings, *, persistent: bool = True) -> Matcher:
    """A matcher over every enabled hash set in the store.

    Each set's indexes are memory-mapped from the workspace's matcher index, which is
    brought up to date first: only sets changed since are indexed again, an update only in
    its added entries (``cairn.pipeline.index_cache``, docs/matching.md). With
    ``persistent=False`` everything is indexed from the database in memory, no file touched.
    """
    with store.session() as session:
        states = [state for state in set_states(session) if state.enabled]
        thresholds = {s.id: s.pdq_threshold for s in states if s.pdq_threshold is not None}
        videos = load_listed_videos(session, [state.id for state in states], settings)
    if persistent:
        parts = IndexCache(store, index_folder(store, settings)).load_parts(states)
    else:
        parts = build_parts(store, states)
    return Matcher(
        parts=parts,
        pdq_threshold=settings.pdq_threshold,
        pdq_min_quality=settings.pdq_min_quality,
        set_thresholds=thresholds,
        videos=videos,
    )
