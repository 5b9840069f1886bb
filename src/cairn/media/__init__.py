"""Media: identify content, hash it, and decode images for PDQ and EXIF.

Everything here is pure (bytes and settings in, records out): a pipeline stage calls these
functions in worker processes and the runner stores what they return.

* :func:`identify` says what a file is from its first bytes (:data:`HEAD_BYTES`).
* :func:`hash_stream` computes MD5, SHA-1 and SHA-256 in one pass over what is read, and can
  keep a small file's content so it is decoded without a second read.
* :func:`analyse_image` decodes an image, refuses bombs and damaged files
  (:class:`~cairn.errors.DamagedMedia`), and returns its PDQ hash and EXIF facts.
"""

from __future__ import annotations

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

__all__ = [
    "FAST_MIN_SIDE",
    "HEAD_BYTES",
    "FileType",
    "Kind",
    "analyse_image",
    "hash_bytes",
    "hash_stream",
    "identify",
    "pdq_from_image",
    "pdq_hex",
    "pillow_formats",
    "read_exif",
    "to_rgb",
]
