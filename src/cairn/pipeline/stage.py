"""The per-item stage: read once, hash, identify by content, decode images for PDQ and EXIF.

Pure: it takes a source entry and the settings and returns an ``ItemResult``. It never opens
the store or prints, so it runs the same in-process, in a process pool or on a remote worker.
"""

from __future__ import annotations

import time

from cairn.errors import DamagedMedia
from cairn.media import analyse_image, hash_stream, identify
from cairn.model import ItemResult, ItemStatus
from cairn.settings import Settings
from cairn.sources import SourceEntry, open_entry

__all__ = ["HEAD_BYTES", "process_entry"]

HEAD_BYTES = 8192


def process_entry(entry: SourceEntry, settings: Settings, *, fast: bool = False) -> ItemResult:
    """Turn one entry into its record; expected problems become a status with a reason."""
    if entry.excluded is not None:
        return ItemResult(entry.locator, ItemStatus.EXCLUDED, reason=entry.excluded)
    if entry.failed is not None:
        return ItemResult(entry.locator, ItemStatus.FAILED, reason=entry.failed)
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
            hashes, size, data = hash_stream(handle, settings.read_chunk_bytes, keep_up_to=keep)
    except OSError as exc:
        return ItemResult(
            entry.locator, ItemStatus.FAILED, reason=f"read error: {exc.strerror or exc}"
        )
    timings["read_hash"] = time.perf_counter() - started
    if filetype.kind != "image":
        return ItemResult(
            entry.locator,
            ItemStatus.PROCESSED,
            size=size,
            mime=filetype.mime,
            kind=filetype.kind,
            hashes=hashes,
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
        media = analyse_image(data, settings, fast=fast)
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
