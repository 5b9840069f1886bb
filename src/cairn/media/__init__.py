"""Media: identify content, hash it, and decode images for PDQ and EXIF.

Everything here is pure (bytes and settings in, records out): a pipeline stage calls these
functions in worker processes and the runner stores what they return.

* :func:`identify` says what a file is from its first bytes (:data:`HEAD_BYTES`).
* :func:`hash_stream` computes MD5, SHA-1 and SHA-256 in one pass over what is read, and can
  keep a small file's content so it is decoded without a second read.
* :func:`analyse_image` decodes an image, refuses bombs and damaged files
  (:class:`~cairn.errors.DamagedMedia`), and returns its PDQ hash and EXIF facts.
* :func:`analyse_video` (:func:`probe_video`, :func:`vpdq_hash`) decodes a video with PyAV
  within time and size limits and returns its facts and vPDQ frame hashes;
  :func:`contact_sheet` lays out frames at even intervals for review.

The video names load ``cairn.media.video`` (and PyAV) on first use (PEP 562), so that an
ingest worker that meets no video does not import PyAV (tests/pipeline/test_worker_imports.py).
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING

from cairn.media.crypto import hash_bytes, hash_stream
from cairn.media.filetype import HEAD_BYTES, FileType, Kind, identify, pillow_formats
from cairn.media.image import (
    FAST_MIN_SIDE,
    analyse_image,
    pdq_from_image,
    pdq_hex,
    read_exif,
    to_rgb,
)

if _TYPE_CHECKING:
    from cairn.media.video import (
        VIDEO_DEMUXERS,
        DamagedVideo,
        VideoAnalysis,
        analyse_video,
        contact_sheet,
        probe_video,
        sample_frames,
        vpdq_from_text,
        vpdq_hash,
        vpdq_to_text,
    )

_VIDEO_NAMES = frozenset(
    {
        "VIDEO_DEMUXERS",
        "DamagedVideo",
        "VideoAnalysis",
        "analyse_video",
        "contact_sheet",
        "probe_video",
        "sample_frames",
        "vpdq_from_text",
        "vpdq_hash",
        "vpdq_to_text",
    }
)
__all__ = [
    "FAST_MIN_SIDE",
    "HEAD_BYTES",
    "VIDEO_DEMUXERS",
    "DamagedVideo",
    "FileType",
    "Kind",
    "VideoAnalysis",
    "analyse_image",
    "analyse_video",
    "contact_sheet",
    "hash_bytes",
    "hash_stream",
    "identify",
    "pdq_from_image",
    "pdq_hex",
    "pillow_formats",
    "probe_video",
    "read_exif",
    "sample_frames",
    "to_rgb",
    "vpdq_from_text",
    "vpdq_hash",
    "vpdq_to_text",
]


def __getattr__(name: str) -> object:
    if name not in _VIDEO_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_import_module("cairn.media.video"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | _VIDEO_NAMES)
