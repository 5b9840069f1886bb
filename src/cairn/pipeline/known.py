"""Hash sets between their files, the store and the matcher: import and load."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from cairn.errors import ConfigError, SourceError
from cairn.hashsets import BadRecord, read_hashset
from cairn.matching.matcher import ListedEntry, Matcher
from cairn.model import Category, KnownEntry
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.schema import HashSet, KnownEntryRow

__all__ = ["ImportSummary", "import_hashset", "load_matcher"]

_BATCH = 5000


@dataclass(slots=True)
class ImportSummary:
    name: str
    format: str
    scheme: str | None
    entries: int = 0
    bad: list[BadRecord] = field(default_factory=list)
    bad_total: int = 0


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def import_hashset(
    store: Store,
    path: Path,
    name: str,
    *,
    fmt: str | None = None,
    scheme: str | None = None,
    known_good: bool = False,
    settings: Settings | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Stream a hash-set file into the store; bad records are kept for the report, and the
    import fails only when they exceed ``max_bad_lines``."""
    settings = settings or Settings()
    name = name.strip()
    if not name:
        raise ConfigError("a hash set name must not be empty")
    try:
        source_sha256 = _file_sha256(path)
    except OSError as exc:
        raise SourceError(f"cannot read hash set {str(path)!r}: {exc.strerror}") from exc
    reader = read_hashset(path, fmt, scheme)
    summary = ImportSummary(name=name, format=reader.format, scheme=reader.scheme)
    with store.session() as session:
        if session.scalars(select(HashSet).where(HashSet.name == name)).first() is not None:
            raise ConfigError(f"hash set {name!r} already exists; choose another --name")
        hashset = HashSet(
            name=name,
            format=reader.format,
            scheme=reader.scheme,
            known_good=known_good,
            source_path=str(path),
            source_sha256=source_sha256,
        )
        session.add(hashset)
        try:
            session.flush()
        except IntegrityError:
            raise ConfigError(f"hash set {name!r} already exists; choose another --name") from None
        batch: list[dict[str, object]] = []
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
            batch.append(_row(hashset.id, record))
            if len(batch) >= _BATCH:
                session.execute(insert(KnownEntryRow), batch)
                summary.entries += len(batch)
                batch.clear()
                if on_progress:
                    on_progress(summary.entries)
        if batch:
            session.execute(insert(KnownEntryRow), batch)
            summary.entries += len(batch)
        hashset.entry_count = summary.entries
        hashset.bad_count = summary.bad_total
        summary.scheme = reader.scheme
        hashset.scheme = reader.scheme
    return summary


def _row(hashset_id: int, entry: KnownEntry) -> dict[str, object]:
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
            .where(KnownEntryRow.hashset_id.in_(list(sets)))
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
