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
from cairn.matching.matcher import ListedEntry, Matcher
from cairn.model import Category, KnownEntry
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.bulk import BulkLoader
from cairn.store.hashsets import count_conflicts
from cairn.store.schema import HashSet, KnownEntryRow, utcnow

__all__ = ["ImportSummary", "entry_key", "import_hashset", "load_matcher"]

_BATCH = 5000


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
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def entry_key(entry: KnownEntry) -> str:
    """An entry's identity within its set: its hashes and category (not its metadata)."""
    category = entry.category
    text = "|".join(
        (
            entry.md5 or "",
            entry.sha1 or "",
            entry.sha256 or "",
            entry.pdq or "",
            category.scheme if category else "",
            category.code if category else "",
        )
    )
    return hashlib.sha1(text.lower().encode("utf-8")).hexdigest()


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
    with store.session() as session:
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
        batch: dict[str, dict[str, object]] = {}

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
                loader.insert(rows)
            summary.added += len(rows)
            summary.entries += len(batch)
            batch.clear()
            if on_progress:
                on_progress(summary.entries)

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
            batch[key] = _row(hashset.id, record, key, run)
            if len(batch) >= _BATCH:
                write_batch()
        write_batch()
        loader.finish()
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
        hashset.entry_count = (
            session.scalar(
                select(func.count())
                .select_from(KnownEntryRow)
                .where(KnownEntryRow.hashset_id == hashset.id, KnownEntryRow.withdrawn_at.is_(None))
            )
            or 0
        )
        hashset.bad_count = summary.bad_total
        summary.scheme = reader.scheme
        hashset.scheme = reader.scheme
        summary.notes = list(getattr(reader, "notes", []))
        if not known_good:
            summary.conflicts = count_conflicts(session, hashset.id)
    return summary


def _row(hashset_id: int, entry: KnownEntry, key: str, run: int) -> dict[str, object]:
    return {
        "hashset_id": hashset_id,
        "md5": entry.md5,
        "sha1": entry.sha1,
        "sha256": entry.sha256,
        "pdq": entry.pdq,
        "scheme": entry.category.scheme if entry.category else None,
        "code": entry.category.code if entry.category else None,
        "source": entry.source,
        "extra": entry.extra,
        "entry_key": key,
        "import_run": run,
    }


def load_matcher(store: Store, settings: Settings) -> Matcher:
    """A matcher over every enabled hash set in the store."""
    with store.session() as session:
        sets = {s.id: s for s in session.scalars(select(HashSet).where(HashSet.enabled))}
        thresholds = {i: s.pdq_threshold for i, s in sets.items() if s.pdq_threshold is not None}
        rows = session.execute(
            select(
                KnownEntryRow.id,
                KnownEntryRow.hashset_id,
                KnownEntryRow.md5,
                KnownEntryRow.sha1,
                KnownEntryRow.sha256,
                KnownEntryRow.pdq,
                KnownEntryRow.scheme,
                KnownEntryRow.code,
            )
            .where(KnownEntryRow.hashset_id.in_(list(sets)), KnownEntryRow.withdrawn_at.is_(None))
            .execution_options(yield_per=20_000)
        )
        entries = (
            ListedEntry(
                entry_id=row.id,
                hashset_id=row.hashset_id,
                known_good=sets[row.hashset_id].known_good,
                md5=row.md5,
                sha1=row.sha1,
                sha256=row.sha256,
                pdq=row.pdq,
                category=Category(row.scheme, row.code) if row.code is not None else None,
            )
            for row in rows
        )
        return Matcher(
            entries,
            pdq_threshold=settings.pdq_threshold,
            pdq_min_quality=settings.pdq_min_quality,
            set_thresholds=thresholds,
        )
