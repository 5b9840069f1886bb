"""The per-item stage: read once, hash, identify by content, decode images for PDQ and EXIF.

Pure: it takes a source entry and the settings and returns an ``ItemResult``. It never opens
the store or prints, so it runs the same in-process, in a process pool or on a remote worker.

Each result carries ``timings``, seconds by phase, which the runner sums into the end-of-run
"time:" line:

* ``read``: opening the item, reading its bytes (and identifying them by their first bytes);
* ``hash``: MD5, SHA-1 and SHA-256 of every byte read;
* ``decode``: for images, decoding, PDQ and EXIF (``analyse_image``); for videos, decoding
  the sampled frames and their vPDQ hashes (``analyse_video``).

The runner adds ``match`` and ``write`` for the coordinator's side.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any

from cairn.chats.detect import HEAD_BYTES as CHAT_HEAD_BYTES
from cairn.chats.detect import detect_chat
from cairn.errors import DamagedMedia
from cairn.media import analyse_image, hash_stream, identify
from cairn.memory import keep_freed_buffers
from cairn.model import FrameHash, Hashes, ItemResult, ItemStatus, VideoFacts
from cairn.settings import Settings
from cairn.sources import SourceEntry, open_entry

__all__ = ["HEAD_BYTES", "TIMING_KEYS", "process_entry"]

HEAD_BYTES = CHAT_HEAD_BYTES  # 64 KiB: enough for type and chat-export detection

TIMING_KEYS = ("read", "hash", "decode")
"""The phases a result's ``timings`` may hold (see the module docstring)."""

_MMAP_THRESHOLD = 64 * 1024 * 1024
_TRIM_THRESHOLD = 128 * 1024 * 1024
_allocator_tuned = False


def _tune_allocator() -> None:
    """Let glibc keep freed image-sized buffers for reuse instead of unmapping them.

    Every item allocates a few buffers of one to tens of megabytes (file content, decoded
    pixels, the luma planes pdqhash computes). By default glibc maps each with ``mmap`` and
    unmaps it on free, so the next item page-faults all of that memory in again: measured on
    the benchmark corpus, 10-20 ms of kernel time per photo, 20-45 % of the stage. Raising
    the mmap threshold to 64 MiB and keeping up to 128 MiB of free heap turns that into
    reuse; memory stays bounded by the largest item plus that slack. Done once per process,
    on glibc only; elsewhere a no-op.
    """
    global _allocator_tuned
    if _allocator_tuned:
        return
    _allocator_tuned = True
    keep_freed_buffers(_MMAP_THRESHOLD, _TRIM_THRESHOLD)


def process_entry(entry: SourceEntry, settings: Settings, *, fast: bool = False) -> ItemResult:
    """Turn one entry into its record; expected problems become a status with a reason.

    The entry's ``deleted`` flag (content recovered from a deleted file) is carried into the
    record whatever its status.
    """
    result = _process(entry, settings, fast=fast)
    return dataclasses.replace(result, deleted=True) if entry.deleted else result


def _process(entry: SourceEntry, settings: Settings, *, fast: bool) -> ItemResult:
    if entry.damaged is not None:
        return ItemResult(entry.locator, ItemStatus.DAMAGED, reason=entry.damaged)
    if entry.excluded is not None:
        return ItemResult(entry.locator, ItemStatus.EXCLUDED, reason=entry.excluded)
    if entry.failed is not None:
        return ItemResult(entry.locator, ItemStatus.FAILED, reason=entry.failed)
    _tune_allocator()
    timings: dict[str, float] = {}
    started = time.perf_counter()
    try:
        handle = open_entry(entry)
    except OSError as exc:
        return ItemResult(
            entry.locator, ItemStatus.FAILED, reason=f"cannot open: {exc.strerror or exc}"
        )
    try:
        with handle:
            head = handle.read(HEAD_BYTES)
            handle.seek(0)
            filetype = identify(head)
            keep = settings.max_image_bytes if filetype.kind == "image" else 0
            timings["read"] = time.perf_counter() - started
            hashes, size, data = hash_stream(
                handle, settings.read_chunk_bytes, keep_up_to=keep, times=timings
            )
    except OSError as exc:
        return ItemResult(
            entry.locator, ItemStatus.FAILED, reason=f"read error: {exc.strerror or exc}"
        )
    if filetype.kind == "video":
        return _video(entry, settings, filetype.mime, hashes, size, timings)
    if filetype.kind != "image":
        name = entry.locator.path.rsplit(b"/", 1)[-1]
        return ItemResult(
            entry.locator,
            ItemStatus.PROCESSED,
            size=size,
            mime=filetype.mime,
            kind=filetype.kind,
            hashes=hashes,
            chat_format=detect_chat(name, head),
            timings=timings,
        )
    if data is None:
        return ItemResult(
            entry.locator,
            ItemStatus.DAMAGED,
            size=size,
            mime=filetype.mime,
            kind="image",
            hashes=hashes,
            timings=timings,
            reason=f"image file of {size:,} bytes exceeds max_image_bytes "
            f"{settings.max_image_bytes:,}; not decoded",
        )
    decode_started = time.perf_counter()
    try:
        media = analyse_image(data, settings, fast=fast, dihedral=settings.dihedral)
    except DamagedMedia as exc:
        timings["decode"] = time.perf_counter() - decode_started
        return ItemResult(
            entry.locator,
            ItemStatus.DAMAGED,
            reason=str(exc),
            size=size,
            mime=filetype.mime,
            kind="image",
            hashes=hashes,
            timings=timings,
        )
    timings["decode"] = time.perf_counter() - decode_started
    return ItemResult(
        entry.locator,
        ItemStatus.PROCESSED,
        size=size,
        mime=filetype.mime,
        kind="image",
        hashes=hashes,
        media=media,
        timings=timings,
    )


def video_record(facts: VideoFacts | None, frames: tuple[FrameHash, ...]) -> dict[str, Any]:
    """A video's facts and sampled frame hashes as stored (compact: frame, time, pdq, q)."""
    return {
        "facts": dataclasses.asdict(facts) if facts is not None else None,
        "frames": [[f.frame, f.time, f.pdq, f.quality] for f in frames],
    }


def _video(
    entry: SourceEntry,
    settings: Settings,
    mime: str,
    hashes: Hashes,
    size: int,
    timings: dict[str, float],
) -> ItemResult:
    """Decode a video once for its facts and vPDQ frame hashes (sampled per the settings).

    A damaged or endless video keeps the frames hashed before decoding stopped, so a
    truncated copy of listed material is still matched.
    """
    # Here, not at the top: PyAV loads on a worker's first video, not at its start-up.
    from cairn.media.video import DamagedVideo, analyse_video

    started = time.perf_counter()
    status, reason = ItemStatus.PROCESSED, None
    facts: VideoFacts | None
    frames: tuple[FrameHash, ...]
    try:
        with open_entry(entry) as handle:
            analysis = analyse_video(handle, settings)
        facts, frames = analysis.facts, analysis.frames
    except DamagedVideo as exc:
        status, reason = ItemStatus.DAMAGED, str(exc)
        facts, frames = exc.facts, tuple(exc.frames)
    except DamagedMedia as exc:
        status, reason = ItemStatus.DAMAGED, str(exc)
        facts, frames = None, ()
    except OSError as exc:
        return ItemResult(
            entry.locator,
            ItemStatus.FAILED,
            size=size,
            mime=mime,
            kind="video",
            hashes=hashes,
            reason=f"read error: {exc.strerror or exc}",
            timings=timings,
        )
    timings["decode"] = time.perf_counter() - started
    return ItemResult(
        entry.locator,
        status,
        reason=reason,
        size=size,
        mime=mime,
        kind="video",
        hashes=hashes,
        video=video_record(facts, frames),
        timings=timings,
    )
