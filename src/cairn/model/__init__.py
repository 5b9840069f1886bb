"""Plain records shared by every package: no behaviour, no I/O.

Every record is a frozen dataclass so it can cross process and machine boundaries as JSON
(see ``to_json``/``from_json`` helpers) and be compared by value.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Category",
    "Exif",
    "HashKind",
    "Hashes",
    "ItemResult",
    "ItemStatus",
    "KnownEntry",
    "Locator",
    "Match",
    "MediaFacts",
]


class ItemStatus(enum.StrEnum):
    """The one final status every item ends in (DESIGN invariant 2)."""

    PROCESSED = "processed"
    KNOWN_GOOD = "known_good"
    DAMAGED = "damaged"
    FAILED = "failed"
    EXCLUDED = "excluded"


class HashKind(enum.StrEnum):
    """Hash kinds Cairn computes and matches. ``PDQ`` and ``VPDQ`` (a video's frame hashes,
    matched as a whole) are perceptual; the rest are exact."""

    MD5 = "md5"
    SHA1 = "sha1"
    SHA256 = "sha256"
    PDQ = "pdq"
    VPDQ = "vpdq"

    @property
    def exact(self) -> bool:
        return self not in (HashKind.PDQ, HashKind.VPDQ)


DIHEDRAL_NAMES = ("rot90", "rot180", "rot270", "flipx", "flipy", "flip+1", "flip-1")
"""The seven rotations and flips ``pdqhash.compute_dihedral`` returns after the original, as
named in matches (``Match.variant``)."""

# Hex length of each exact kind; used to tell kinds apart in plain-text hash lists.
EXACT_HEX_LENGTHS: dict[int, HashKind] = {32: HashKind.MD5, 40: HashKind.SHA1, 64: HashKind.SHA256}


@dataclass(frozen=True, slots=True)
class Locator:
    """Where an item was found, as a chain of layers (modelled on dfvfs PathSpec).

    ``path`` is the raw file-system name as bytes so that undecodable names, newlines and
    long names survive exactly. ``parent`` is the enclosing layer (an archive, a partition),
    or ``None`` for a layer directly inside the exhibit.
    """

    type: str
    path: bytes
    parent: Locator | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type}
        try:
            out["path"] = self.path.decode("utf-8")
        except UnicodeDecodeError:
            out["path_hex"] = self.path.hex()
        if self.parent is not None:
            out["parent"] = self.parent.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Locator:
        if "path_hex" in data:
            path = bytes.fromhex(data["path_hex"])
        else:
            path = str(data["path"]).encode("utf-8")
        parent = cls.from_dict(data["parent"]) if data.get("parent") else None
        return cls(type=str(data["type"]), path=path, parent=parent)

    def key(self) -> str:
        """Canonical text identity, stable across runs: the item's identity within an exhibit."""
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=True)

    @classmethod
    def from_key(cls, key: str) -> Locator:
        return cls.from_dict(json.loads(key))

    def display(self) -> str:
        """A human-readable path: undecodable bytes shown as \\xNN, control characters escaped."""
        own = self.path.decode("utf-8", errors="backslashreplace")
        own = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in own)
        if self.parent is not None:
            return f"{self.parent.display()}!{own}"
        return own


@dataclass(frozen=True, slots=True)
class Hashes:
    """Cryptographic digests of the bytes actually read, lower-case hex."""

    md5: str
    sha1: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Exif:
    """The EXIF facts a victim-identification officer asks for; raw strings kept as found."""

    make: str | None = None
    model: str | None = None
    serial: str | None = None
    original_time: str | None = None
    gps_latitude: float | None = None
    gps_longitude: float | None = None


@dataclass(frozen=True, slots=True)
class MediaFacts:
    """What decoding an image told us. ``pdq`` is 64 lower-case hex digits (upstream order)."""

    width: int
    height: int
    pdq: str
    pdq_quality: int
    exif: Exif = field(default_factory=Exif)
    # True when the PDQ came from a reduced-scale (draft) decode: good for screening, not
    # for export; the runner re-hashes at full resolution whenever a decision depends on it.
    reduced: bool = False
    # With dihedral matching: the PDQ of the 7 rotations and flips (media.DIHEDRAL_NAMES).
    dihedral: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Category:
    """A category is only meaningful with its scheme (DESIGN invariant 8)."""

    scheme: str
    code: str


@dataclass(frozen=True, slots=True)
class KnownEntry:
    """One record of a hash set as read from its file, before storage.

    ``source`` says where it came from ("known.csv line 12", "record 3") for error messages.
    ``extra`` keeps fields the format carries that Cairn does not interpret (VICS series, tags…).
    """

    md5: str | None = None
    sha1: str | None = None
    sha256: str | None = None
    pdq: str | None = None
    category: Category | None = None
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Match:
    """Why an item matched: which set, which entry, which hash kind, distance and threshold."""

    hashset_id: int
    entry_id: int
    kind: HashKind
    distance: int = 0
    threshold: int = 0
    variant: str | None = None  # which rotation or flip of the item matched (dihedral)


@dataclass(frozen=True, slots=True)
class ItemResult:
    """What the processing stage returns for one item; the runner stores it.

    ``kind`` is ``image``, ``video`` or ``other``; ``mime`` is decided by content.
    """

    locator: Locator
    status: ItemStatus
    reason: str | None = None
    size: int | None = None
    mime: str | None = None
    kind: str = "other"
    hashes: Hashes | None = None
    media: MediaFacts | None = None
    video: dict[str, Any] | None = None  # VideoFacts and sampled frames, JSON-ready
    chat_format: str | None = None
    deleted: bool = False
    timings: dict[str, float] = field(default_factory=dict)


# Chat and video records live in their own modules; re-exported here as the one model API.
from cairn.model.chat import (  # noqa: E402
    Assessment,
    Attachment,
    Conversation,
    Identifier,
    Indicator,
    Message,
    Participant,
)
from cairn.model.video import FrameHash, FrameMatch, VideoFacts, VideoMatch  # noqa: E402

__all__ += [
    "Assessment",
    "Attachment",
    "Conversation",
    "FrameHash",
    "FrameMatch",
    "Identifier",
    "Indicator",
    "Message",
    "Participant",
    "VideoFacts",
    "VideoMatch",
]
