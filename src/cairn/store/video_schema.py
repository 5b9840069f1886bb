"""Listed videos' frame hashes (vPDQ), one row per listed video, and their reading/writing.

A hash-set entry that lists a video keeps its identity (MD5, category…) in
``known_entries``; its frame hashes live here, as upstream's vPDQ text
(``frame,quality,pdq,time`` lines), because they are read whole, per video, to build the
video index, and never queried frame by frame. Created by migration 0005.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from sqlalchemy import ForeignKey, Integer, Text, insert, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from cairn.store.schema import Base, HashSet, KnownEntryRow

__all__ = ["ListedVideoRow", "listed_videos", "save_listed_videos"]


class ListedVideoRow(Base):
    """The vPDQ of one listed video (a hash-set entry), as upstream's text."""

    __tablename__ = "known_videos"
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("known_entries.id", ondelete="CASCADE"), primary_key=True
    )
    # Number of frame lines in ``vpdq`` (shown in listings without reading the text).
    frames: Mapped[int] = mapped_column(Integer)
    vpdq: Mapped[str] = mapped_column(Text)


_LOOKUP = 500


def save_listed_videos(session: Session, hashset_id: int, videos: Mapping[str, str]) -> int:
    """Store the vPDQ text of a set's entries, given by entry key; entries that already have
    theirs (kept by an update) are left as they are. Returns how many were added."""
    added = 0
    keys = list(videos)
    for start in range(0, len(keys), _LOOKUP):
        chunk = keys[start : start + _LOOKUP]
        rows = session.execute(
            select(KnownEntryRow.id, KnownEntryRow.entry_key)
            .outerjoin(ListedVideoRow, ListedVideoRow.entry_id == KnownEntryRow.id)
            .where(
                KnownEntryRow.hashset_id == hashset_id,
                KnownEntryRow.entry_key.in_(chunk),
                ListedVideoRow.entry_id.is_(None),
            )
        ).all()
        values = [
            {
                "entry_id": entry_id,
                "frames": videos[key].count("\n"),
                "vpdq": videos[key],
            }
            for entry_id, key in rows
        ]
        if values:
            session.execute(insert(ListedVideoRow), values)
            added += len(values)
    return added


def listed_videos(session: Session, set_ids: Sequence[int]) -> Iterator[tuple[int, int, str]]:
    """(entry id, hash-set id, vPDQ text) of every current (not withdrawn) listed video of
    the given sets that are known material (known-good sets are never matched by vPDQ)."""
    if not set_ids:
        return
    # Driven from ``known_videos`` (a few rows even when the sets hold tens of millions of
    # entries), then the entries looked up by primary key: a join starting from
    # ``known_entries`` would walk every entry of the sets at every ingest.
    wanted = {
        int(i)
        for i in session.scalars(
            select(HashSet.id).where(HashSet.id.in_(list(set_ids)), HashSet.known_good.is_(False))
        )
    }
    if not wanted:
        return
    after = 0
    while True:
        videos = session.execute(
            select(ListedVideoRow.entry_id, ListedVideoRow.vpdq)
            .where(ListedVideoRow.entry_id > after)
            .order_by(ListedVideoRow.entry_id)
            .limit(_LOOKUP)
        ).all()
        if not videos:
            return
        after = int(videos[-1][0])
        owners = {
            entry_id: hashset_id
            for entry_id, hashset_id in session.execute(
                select(KnownEntryRow.id, KnownEntryRow.hashset_id).where(
                    KnownEntryRow.id.in_([v[0] for v in videos]),
                    KnownEntryRow.withdrawn_at.is_(None),
                )
            )
        }
        for entry_id, text in videos:
            hashset_id = owners.get(entry_id)
            if hashset_id is not None and int(hashset_id) in wanted:
                yield int(entry_id), int(hashset_id), str(text)
