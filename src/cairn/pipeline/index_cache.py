"""The persistent matcher index: each hash set indexed once, saved in the workspace, mapped
at every ingest, and brought up to date set by set as sets change.

Layout (docs/matching.md, "The persistent matcher index")::

    <index_dir>/                   default <workspace>/index
      lock                         flock'ed by whoever builds or deletes
      sets/<id>-<stamp>/           one folder per hash set and version, never changed
        index.json                 written last: format, set, stamp, layers, every file's size
        layer-<n>/                 a MatcherPart (cairn.matching.part), rows in entry-id order
        layer-<n>-keys.npy         uint64 per row: 64 bits of the entry's key (hashes, category)
        layer-<n>-live.npy         bool per row of that layer, when rows were withdrawn since
      tmp-<pid>-<token>/           a folder being built; renamed into sets/ when complete

A set's *stamp* is a digest of its ``hashsets`` row: id, name, known-good flag, import
count, import time, source digest and active-entry count. Every change to a set's entries
(first import, an update adding or withdrawing entries, deleting the set and creating one
again) changes it, so a folder whose stamp matches the database is current; thresholds and
the enabled flag are read from the database at every load and never stored.

At load (``load_parts``) every enabled set's folder is checked (manifest, stamp, file sizes,
array shapes) and memory-mapped. A set with no current folder is brought up to date under
the lock: an update is applied *incrementally* to the set's previous folder (its layers are
hard-linked, withdrawn rows masked, and only the added entries indexed as a new layer; a
kept row must match the database by id and key); anything else is built from the
database. A damaged folder is logged, deleted and rebuilt, never trusted. Folders are
published by renaming a complete temporary folder, so a crash leaves at most a ``tmp-``
folder, which the next builder deletes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select
from sqlalchemy.orm import Session

from cairn.errors import SourceError
from cairn.matching.part import EXACT_KINDS, MatcherPart, PartBuilder
from cairn.memory import release_memory
from cairn.model import Category
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.schema import HashSet, KnownEntryRow

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: builders are not serialised
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "INDEX_FORMAT",
    "INDEX_FORMAT_VERSION",
    "IndexCache",
    "SetState",
    "build_parts",
    "index_folder",
    "refresh_index",
    "set_states",
]

log = logging.getLogger(__name__)

INDEX_FORMAT: Final = "cairn-matcher-index"
INDEX_FORMAT_VERSION: Final = 1
SET_MANIFEST: Final = "index.json"
#: Entries read from the database per round trip while building.
READ_CHUNK: Final = 10_000
#: An update is applied as a new layer unless the set would then have more layers than
#: this, or more withdrawn and added rows together than live rows before: then it is rebuilt.
MAX_LAYERS: Final = 8

#: A layer as built or kept: the part, its live-row mask (None: all live), and per row the
#: fingerprint of the entry's key, by which an update recognises the rows it keeps.
_Built = tuple[MatcherPart, NDArray[np.bool_] | None, NDArray[np.uint64]]


def index_folder(store: Store, settings: Settings) -> Path:
    """Where the matcher index lives: ``index_dir`` (relative: to the workspace), else
    ``<workspace>/index``. For a PostgreSQL store it is a cache local to this machine."""
    if settings.index_dir:
        folder = Path(settings.index_dir).expanduser()
        return folder if folder.is_absolute() else store.home / folder
    return store.home / "index"


@dataclass(frozen=True, slots=True)
class SetState:
    """What the database says about one hash set, as the index needs it."""

    id: int
    name: str
    known_good: bool
    enabled: bool
    pdq_threshold: int | None
    stamp: str

    @property
    def folder_name(self) -> str:
        return f"{self.id}-{self.stamp}"


def set_states(session: Session) -> list[SetState]:
    """Every hash set with its version stamp: one small query, whatever the entry count."""
    rows = session.execute(
        select(
            HashSet.id,
            HashSet.name,
            HashSet.known_good,
            HashSet.enabled,
            HashSet.pdq_threshold,
            HashSet.import_runs,
            HashSet.imported_at,
            HashSet.source_sha256,
            HashSet.entry_count,
        ).order_by(HashSet.id)
    )
    states = []
    for row in rows:
        imported = _utc_text(row.imported_at)
        text = json.dumps(
            [
                INDEX_FORMAT_VERSION,
                row.id,
                row.name,
                bool(row.known_good),
                row.import_runs,
                imported,
                row.source_sha256,
                row.entry_count,
            ]
        )
        stamp = hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
        states.append(
            SetState(
                row.id, row.name, bool(row.known_good), bool(row.enabled), row.pdq_threshold, stamp
            )
        )
    return states


def _utc_text(moment: datetime | None) -> str:
    """A timestamp as text that does not depend on the connection's time zone."""
    if moment is None:
        return ""
    return (moment.astimezone(UTC) if moment.tzinfo else moment).isoformat()


def _state_of(session: Session, hashset_id: int) -> SetState | None:
    return next((s for s in set_states(session) if s.id == hashset_id), None)


# --- reading entries from the database ------------------------------------------------


def _entry_columns() -> tuple[Any, ...]:
    return (
        KnownEntryRow.id,
        KnownEntryRow.md5,
        KnownEntryRow.sha1,
        KnownEntryRow.sha256,
        KnownEntryRow.pdq,
        KnownEntryRow.scheme,
        KnownEntryRow.code,
        KnownEntryRow.entry_key,
    )


def _fingerprint(key: str) -> int:
    """64 bits of an entry's key (its hashes and category), to recognise it again."""
    try:
        return int(key[:16], 16)
    except (TypeError, ValueError):
        return int.from_bytes(hashlib.blake2b(str(key).encode(), digest_size=8).digest(), "big")


def _fingerprints(keys: Sequence[str]) -> NDArray[np.uint64]:
    return np.fromiter((_fingerprint(key) for key in keys), dtype=np.uint64, count=len(keys))


def _add_rows(
    builder: PartBuilder, rows: Sequence[Any], state: SetState, keys: list[NDArray[np.uint64]]
) -> None:
    categories: dict[tuple[str, str], Category] = {}
    count = len(rows)
    builder.add_columns(
        [row[0] for row in rows],
        [state.id] * count,
        [state.known_good] * count,
        {kind: [row[1 + n] for row in rows] for n, kind in enumerate(EXACT_KINDS)},
        [row[4] for row in rows],
        [
            None
            if row[6] is None
            else categories.setdefault((row[5], row[6]), Category(row[5], row[6]))
            for row in rows
        ],
    )
    keys.append(_fingerprints([row[7] for row in rows]))


def _joined(keys: list[NDArray[np.uint64]]) -> NDArray[np.uint64]:
    return np.concatenate(keys) if keys else np.zeros(0, dtype=np.uint64)


def _read_set(session: Session, state: SetState, above: int | None = None) -> _Built:
    """Index a set's active entries (those with ids above ``above`` if given), by id."""
    builder = PartBuilder()
    keys: list[NDArray[np.uint64]] = []
    query = (
        select(*_entry_columns())
        .where(KnownEntryRow.hashset_id == state.id, KnownEntryRow.withdrawn_at.is_(None))
        .order_by(KnownEntryRow.id)
        .execution_options(yield_per=READ_CHUNK)
    )
    if above is not None:
        query = query.where(KnownEntryRow.id > above)
    result = session.execute(query)
    for chunk in result.partitions(READ_CHUNK):
        _add_rows(builder, chunk, state, keys)
        del chunk  # the last chunk would otherwise stay alive through the freeze below
    result.close()
    release_memory()  # the rows read are garbage now; freezing needs the room
    return builder.finish(), None, _joined(keys)


def _read_ids(session: Session, state: SetState, ids: NDArray[np.int64]) -> _Built:
    """Index the given active entries of a set (a few, e.g. re-listed ones), by id."""
    builder = PartBuilder()
    keys: list[NDArray[np.uint64]] = []
    for start in range(0, ids.shape[0], 5000):
        chosen = ids[start : start + 5000].tolist()
        rows = session.execute(
            select(*_entry_columns())
            .where(
                KnownEntryRow.hashset_id == state.id,
                KnownEntryRow.id.in_(chosen),
                KnownEntryRow.withdrawn_at.is_(None),
            )
            .order_by(KnownEntryRow.id)
        ).all()
        _add_rows(builder, rows, state, keys)
    return builder.finish(), None, _joined(keys)


def _live_keys(session: Session, state: SetState) -> tuple[NDArray[np.int64], NDArray[np.uint64]]:
    """The ids of a set's active entries, ascending, with their key fingerprints."""
    query = (
        select(KnownEntryRow.id, KnownEntryRow.entry_key)
        .where(KnownEntryRow.hashset_id == state.id, KnownEntryRow.withdrawn_at.is_(None))
        .order_by(KnownEntryRow.id)
        .execution_options(yield_per=READ_CHUNK * 4)
    )
    ids: list[NDArray[np.int64]] = []
    keys: list[NDArray[np.uint64]] = []
    for chunk in session.execute(query).partitions(READ_CHUNK * 4):
        ids.append(np.fromiter((row[0] for row in chunk), dtype=np.int64, count=len(chunk)))
        keys.append(_fingerprints([row[1] for row in chunk]))
    return (np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)), _joined(keys)


def build_parts(store: Store, states: Sequence[SetState]) -> list[MatcherPart]:
    """Index the given sets straight from the database, in memory (nothing is written)."""
    with store.session() as session:
        return [part for state in states if (part := _read_set(session, state)[0]).rows]


# --- the cache --------------------------------------------------------------------------


@dataclass(slots=True)
class _Layer:
    part: MatcherPart
    folder: Path
    live: NDArray[np.bool_] | None
    #: ``layer-N-keys.npy``: per row, the fingerprint of the entry's key.
    keys: Path


class IndexCache:
    """The index folder of one store; see the module docstring."""

    def __init__(self, store: Store, folder: Path) -> None:
        self.store = store
        self.folder = folder
        self.sets = folder / "sets"
        #: What the last ``load_parts`` or ``sync`` did, per set name: "mapped", "built",
        #: "updated" (incrementally) or "rebuilt" (a damaged folder replaced).
        self.actions: dict[str, str] = {}

    # --- public -------------------------------------------------------------------------

    def load_parts(
        self, states: Sequence[SetState], *, disabled: bool = False
    ) -> list[MatcherPart]:
        """The parts of the enabled sets among ``states`` (all, with ``disabled``),
        building what is missing or stale."""
        parts: list[MatcherPart] = []
        self.actions = {}
        for state in states:
            if state.enabled or disabled:
                parts.extend(self._parts_of(state))
        with self._lock(blocking=False) as locked:
            if locked:
                self._remove_unlisted()
        return parts

    def sync(self) -> dict[str, str]:
        """Bring every enabled set's folder up to date and delete what no set uses.

        Run after a set changes (import, update, enable, delete), so that the next ingest
        only maps files. Disabled sets are kept up to date too, so that enabling one later
        builds nothing. Returns what was done per set.
        """
        with self.store.session() as session:
            states = set_states(session)
        self.load_parts(states, disabled=True)
        with self._lock(blocking=True) as locked:
            if locked:
                self._remove_unlisted()
        return dict(self.actions)

    # --- loading ------------------------------------------------------------------------

    def _parts_of(self, state: SetState) -> list[MatcherPart]:
        folder = self.sets / state.folder_name
        if folder.exists():
            try:
                layers = self._read(folder, state)
                self.actions[state.name] = "mapped"
                return [layer.part for layer in layers]
            except (SourceError, OSError, ValueError) as error:
                log.warning(
                    "matcher index for set %r is damaged, rebuilding: %s", state.name, error
                )
                self.actions[state.name] = "rebuilt"
        with self._lock(blocking=True):
            return self._build(state)  # checks the folder again under the lock

    def _read(self, folder: Path, state: SetState) -> list[_Layer]:
        """Check a set folder against its manifest and the stamp, then map its layers."""
        try:
            manifest = json.loads((folder / SET_MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise SourceError(f"cannot read {folder / SET_MANIFEST}: {error}") from error
        if not isinstance(manifest, dict) or manifest.get("format") != INDEX_FORMAT:
            raise SourceError(f"{folder} is not a {INDEX_FORMAT} folder")
        if manifest.get("version") != INDEX_FORMAT_VERSION:
            raise SourceError(f"{folder} is version {manifest.get('version')!r}")
        if manifest.get("hashset_id") != state.id or manifest.get("stamp") != state.stamp:
            raise SourceError(f"{folder} is not set {state.id} at stamp {state.stamp}")
        try:
            files: dict[str, int] = manifest["files"]
            for name, size in files.items():
                path = folder / name
                if ".." in Path(name).parts or path.stat().st_size != size:
                    raise SourceError(f"{path} is not the {size} bytes the manifest lists")
            layers = []
            for spec in manifest["layers"]:
                part = MatcherPart.load(folder / spec["name"], mmap=True)
                live = None
                if spec.get("live"):
                    live = np.load(folder / spec["live"], mmap_mode="r", allow_pickle=False)
                    if live.dtype != np.bool_ or live.shape != (part.rows,):
                        raise SourceError(f"{folder / spec['live']} does not fit its layer")
                    live = np.asarray(live)
                keys = folder / f"{spec['name']}-keys.npy"
                if not keys.is_file():
                    raise SourceError(f"{keys} is missing")
                layers.append(_Layer(part.with_live(live), folder / spec["name"], live, keys))
        except (KeyError, TypeError) as error:
            raise SourceError(f"{folder / SET_MANIFEST} is damaged: {error}") from error
        return layers

    # --- building -----------------------------------------------------------------------

    def _build(self, state: SetState) -> list[MatcherPart]:
        """Under the lock: make the set's current folder (unless another process just did)."""
        folder = self.sets / state.folder_name
        if folder.exists():
            with contextlib.suppress(SourceError, OSError, ValueError):
                mapped = self._read(folder, state)  # another process built it meanwhile
                self.actions.setdefault(state.name, "mapped")
                return [layer.part for layer in mapped]
            self._discard(folder)  # damaged: never trusted
        with self.store.session() as session:
            current = _state_of(session, state.id)
            if current is None:
                return []  # deleted since the caller looked
            if current.stamp != state.stamp:
                # The set changed since the caller looked: index what is there now, and
                # leave the saving to whoever asks for that version.
                log.info("hash set %r changed while loading; indexed in memory", state.name)
                return [p for p in [_read_set(session, current)[0]] if p.rows]
            previous = self._previous(state)
            layers: list[_Built] | None = None
            if previous:
                layers = self._update(session, state, previous)
            if layers is None:
                layers = [_read_set(session, state)]
                self.actions.setdefault(state.name, "built")
            else:
                self.actions.setdefault(state.name, "updated")
            # The stamp is read again after the entries: a change committed meanwhile
            # (PostgreSQL reads each statement afresh) must not be saved under the old one.
            if (again := _state_of(session, state.id)) is None or again.stamp != state.stamp:
                return [part.with_live(live) for part, live, _ in layers if part.rows]
        self._publish(state, layers)
        log.info("matcher index: %s set %r", self.actions[state.name], state.name)
        return [part.with_live(live) for part, live, _ in layers if part.rows]

    def _previous(self, state: SetState) -> list[_Layer] | None:
        """The newest readable folder of an earlier version of the set, if any."""
        candidates = sorted(
            (p for p in self._folders() if p.name.split("-", 1)[0] == str(state.id)),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for folder in candidates:
            try:
                manifest = json.loads((folder / SET_MANIFEST).read_text(encoding="utf-8"))
                old = SetState(
                    state.id, state.name, state.known_good, True, None, str(manifest["stamp"])
                )
                if bool(manifest.get("known_good")) != state.known_good:
                    continue
                return self._read(folder, old)
            except (SourceError, OSError, ValueError, KeyError, TypeError):
                continue
        return None

    def _update(
        self, session: Session, state: SetState, previous: list[_Layer]
    ) -> list[_Built] | None:
        """An update as layers: the old ones with withdrawn rows masked, plus the added
        entries; None when a full rebuild is the better deal.

        A kept row must be the same entry as before: its id *and* its key (hashes and
        category) must still be in the set, so that ids reused after a set was deleted
        and created again can never revive another entry's row.
        """
        live_ids, live_keys = _live_keys(session, state)
        layers: list[_Built] = []
        known_parts: list[NDArray[np.int64]] = []
        dead = 0
        for layer in previous:
            ids = np.asarray(layer.part.entry_ids)
            keys = np.load(layer.keys, allow_pickle=False)
            if keys.dtype != np.uint64 or keys.shape != ids.shape:
                return None
            at = np.minimum(np.searchsorted(live_ids, ids), max(live_ids.shape[0] - 1, 0))
            if live_ids.shape[0] == 0:
                mask = np.zeros(ids.shape[0], dtype=np.bool_)
            else:
                mask = live_ids[at] == ids
                if bool((live_keys[at[mask]] != keys[mask]).any()):
                    log.info("hash set %r reuses entry ids for other entries", state.name)
                    return None
            dead += int((~mask).sum())
            known_parts.append(ids)
            layers.append((layer.part.with_live(None), mask, keys))
        known = np.concatenate(known_parts) if known_parts else np.zeros(0, dtype=np.int64)
        added = live_ids[~np.isin(live_ids, known)]
        kept = live_ids.shape[0] - added.shape[0]
        if len(previous) + 1 > MAX_LAYERS or dead + added.shape[0] > max(1, kept):
            return None
        highest = int(known.max()) if known.shape[0] else -1
        relisted = added[added <= highest]
        for built in (
            _read_set(session, state, above=highest),
            _read_ids(session, state, relisted) if relisted.size else None,
        ):
            if built is not None and built[0].rows:
                layers.append(built)
        return layers

    def _publish(self, state: SetState, layers: list[_Built]) -> None:
        """Write the set's folder under a temporary name, then rename it into place."""
        staging = self.folder / f"tmp-{os.getpid()}-{time.time_ns():x}"
        try:
            self.sets.mkdir(parents=True, exist_ok=True)
            staging.mkdir()
            specs = []
            for number, (part, live, keys) in enumerate(layers, start=1):
                name = f"layer-{number}"
                _save_or_link(part, staging / name)
                _write_array(staging / f"{name}-keys.npy", np.asarray(keys, dtype=np.uint64))
                spec: dict[str, Any] = {"name": name, "rows": part.rows, "live": None}
                if live is not None and not bool(live.all()):
                    spec["live"] = f"{name}-live.npy"
                    _write_array(staging / spec["live"], np.asarray(live, dtype=np.bool_))
                specs.append(spec)
            files = {
                path.relative_to(staging).as_posix(): path.stat().st_size
                for path in sorted(staging.rglob("*"))
                if path.is_file()
            }
            manifest = {
                "format": INDEX_FORMAT,
                "version": INDEX_FORMAT_VERSION,
                "hashset_id": state.id,
                "name": state.name,
                "known_good": state.known_good,
                "stamp": state.stamp,
                "layers": specs,
                "files": files,
            }
            with (staging / SET_MANIFEST).open("w", encoding="utf-8") as handle:
                handle.write(json.dumps(manifest, indent=1) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.rename(staging, self.sets / state.folder_name)
            _fsync_folder(self.sets)
        except OSError as error:
            log.warning(
                "cannot save the matcher index of %r in %s: %s", state.name, self.folder, error
            )
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    # --- housekeeping -------------------------------------------------------------------

    def _folders(self) -> list[Path]:
        try:
            return [p for p in self.sets.iterdir() if p.is_dir()]
        except OSError:
            return []

    def _discard(self, folder: Path) -> None:
        """Delete a folder (processes that mapped its files keep their mappings)."""
        trash = self.folder / f"tmp-{os.getpid()}-{time.time_ns():x}"
        try:
            os.rename(folder, trash)
        except OSError:
            return
        shutil.rmtree(trash, ignore_errors=True)

    def _remove_unlisted(self) -> None:
        """Under the lock: delete folders of deleted sets and of superseded versions, and
        temporary folders that a crashed build left (no build runs while we hold it).

        The sets are read afresh, so that a newer version another process has just
        published is not taken for a stale one.
        """
        with self.store.session() as session:
            wanted = {state.folder_name for state in set_states(session)}
        for folder in self._folders():
            if folder.name not in wanted:
                self._discard(folder)
        with contextlib.suppress(OSError):
            for child in self.folder.iterdir():
                if child.name.startswith("tmp-") and child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)

    @contextlib.contextmanager
    def _lock(self, *, blocking: bool) -> Iterator[bool]:
        """Hold the folder's lock file (``flock``); yields whether it was taken."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = (self.folder / "lock").open("a+b")
        except OSError as error:
            log.warning("matcher index folder %s is not usable: %s", self.folder, error)
            yield False
            return
        with handle:
            if fcntl is None:  # pragma: no cover
                yield True
                return
            flags = fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB)
            try:
                fcntl.flock(handle.fileno(), flags)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _save_or_link(part: MatcherPart, target: Path) -> None:
    """Save ``part`` at ``target``, hard-linking its files if it was loaded from a folder."""
    origin = getattr(part, "origin", None)
    if origin is not None:
        try:
            shutil.copytree(origin, target, copy_function=os.link)
            return
        except OSError:
            shutil.rmtree(target, ignore_errors=True)
    part.save(target)


def _write_array(path: Path, array: NDArray[Any]) -> None:
    with path.open("wb") as handle:
        np.save(handle, np.ascontiguousarray(array), allow_pickle=False)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def refresh_index(store: Store, settings: Settings) -> dict[str, str]:
    """Bring the matcher index up to date now (after a set changed), so that the next
    ingest only maps files. A failure is logged, never raised: the set change stands, and
    the next ingest builds what is missing."""
    try:
        return IndexCache(store, index_folder(store, settings)).sync()
    except (OSError, SourceError, ValueError) as error:
        log.warning("could not bring the matcher index up to date: %s", error)
        return {}
