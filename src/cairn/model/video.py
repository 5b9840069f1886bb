"""Video records: what a container says about a video, its vPDQ frame hashes, and matches.

Plain frozen dataclasses with no behaviour, like every record in ``cairn.model``: they cross
process boundaries as JSON and compare by value. Times are seconds from the start of the
video; wall-clock times are UTC, with the raw value kept next to the interpreted one.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FrameHash", "FrameMatch", "VideoFacts", "VideoMatch"]


@dataclass(frozen=True, slots=True)
class VideoFacts:
    """What the container and the video stream's header say, before any frame is decoded.

    ``codec`` is ``None`` (and ``width``/``height`` 0) when the file holds no video stream,
    as an audio-only 3GP voice memo does. ``fps`` is the rate vPDQ numbers frames by
    (the stream's average frame rate, else its base rate), ``frames`` the frame count the
    container declares (``None`` where the format does not say, as in Matroska or MPEG-TS).
    ``creation_time`` is the container's creation time as ISO 8601 UTC
    (``2024-05-01T12:00:00Z``), ``creation_time_raw`` the tag as found. ``rotation`` is the
    display rotation in degrees the stream asks for (phones record upright video sideways);
    hashes are of the stored frames, as upstream vPDQ computes them.
    """

    container: str
    codec: str | None
    width: int
    height: int
    fps: float | None
    duration: float | None
    frames: int | None = None
    pixel_format: str | None = None
    creation_time: str | None = None
    creation_time_raw: str | None = None
    rotation: int = 0
    audio_codec: str | None = None


@dataclass(frozen=True, slots=True)
class FrameHash:
    """The vPDQ feature of one sampled frame, as upstream ``vpdq-hash-video`` prints it.

    ``frame`` is the 0-based index of the frame in decoding output order, ``time`` is
    ``frame / fps`` rounded to milliseconds (upstream's timestamp), ``pdq`` 64 lower-case hex
    digits in upstream order, ``quality`` PDQ's 0-100 quality.
    """

    frame: int
    time: float
    pdq: str
    quality: int


@dataclass(frozen=True, slots=True)
class VideoMatch:
    """A video matched against one listed video by vPDQ (both directions, as upstream).

    ``query_percent`` is the share of the query's unique, good-quality frame hashes that
    have a listed frame within the distance; ``listed_percent`` the share of the listed
    video's that have a query frame within it (upstream's "query" and "compared"/"index"
    match percentages). ``query_start``/``query_end`` are the times of the first and last
    matched frames in the query. ``distance`` is the frame distance used;
    ``worst_distance`` the largest distance from a matched query frame to its nearest listed
    frame (every matched frame is at least that close).
    """

    entry_id: int
    query_percent: float
    listed_percent: float
    query_frames: int
    listed_frames: int
    matched_query_frames: int
    matched_listed_frames: int
    query_start: float
    query_end: float
    distance: int
    worst_distance: int = 0


@dataclass(frozen=True, slots=True)
class FrameMatch:
    """A sampled video frame that matched a listed still image by PDQ.

    ``time`` is the frame's offset in seconds (``frame / fps``), where a reviewer finds it.
    """

    frame: int
    time: float
    entry_id: int
    distance: int
