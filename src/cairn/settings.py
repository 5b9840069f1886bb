"""One table of settings: name, type, default and help; resolved from defaults, file and env.

Precedence is defaults < ``$CAIRN_HOME/cairn.toml`` < ``CAIRN_<NAME>`` environment variables
< ``--setting name=value`` options. Configuration is data and is never executed.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from cairn.errors import ConfigError

__all__ = ["SETTINGS", "Setting", "Settings", "load_settings"]


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    type: type
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("pdq_threshold", int, 31, "Largest PDQ Hamming distance counted as a match (0-256)."),
    Setting("pdq_min_quality", int, 50, "Smallest PDQ quality an image needs to be matched."),
    Setting(
        "group_threshold", int, 31, "Largest PDQ distance joining two novel images in a group."
    ),
    Setting(
        "max_image_pixels", int, 100_000_000, "Images with more pixels are refused as damaged."
    ),
    Setting(
        "max_image_bytes",
        int,
        512 * 1024 * 1024,
        "Image files larger than this are hashed but not decoded.",
    ),
    Setting("read_chunk_bytes", int, 1024 * 1024, "Size of each read when hashing a file."),
    Setting("batch_size", int, 64, "Items written to the store per transaction."),
    Setting("workers", int, 0, "Worker processes for ingest; 0 means one per CPU core."),
    Setting("max_bad_lines", int, 1000, "A hash-set import fails once it holds more bad lines."),
    Setting(
        "index_dir",
        str,
        "",
        "Folder of the persistent matcher index; empty: <workspace>/index (relative: to it).",
    ),
    Setting(
        "fast_decode",
        bool,
        True,
        "Ingest decodes large JPEGs at reduced scale for PDQ; "
        "decisions near a threshold are re-made at full resolution.",
    ),
    Setting(
        "dihedral",
        bool,
        False,
        "Also match the 7 rotations and flips of each image's PDQ against the image sets.",
    ),
    Setting(
        "fast_drift",
        int,
        16,
        "Largest PDQ distance between reduced-scale and full "
        "decodes that the fast path allows for (measured worst: 10).",
    ),
    Setting(
        "archive_max_depth", int, 5, "Archives nested deeper than this are not expanded; 0: none."
    ),
    Setting(
        "archive_max_ratio",
        int,
        100,
        "Members expanding more than this many times their compressed size are refused.",
    ),
    Setting(
        "archive_max_total_bytes",
        int,
        256 * 1024**3,
        "Bytes one archive found in evidence may expand to, with all it nests.",
    ),
    Setting(
        "archive_max_members",
        int,
        1_000_000,
        "Members one archive found in evidence may list, with all it nests.",
    ),
    Setting(
        "votes_for_trusted",
        int,
        3,
        "Independent agreeing grades that make a grade trusted (CAID uses three).",
    ),
    Setting("grading_scheme", str, "uk", "Category scheme graders use unless a case sets one."),
    Setting("session_minutes", int, 30, "A web session ends after this many idle minutes."),
    Setting("login_attempts", int, 5, "Failed logins (per name or address) before logins pause."),
    Setting(
        "login_lockout_minutes", int, 15, "How long failed logins count and logins stay paused."
    ),
    Setting("reveal_minutes", int, 10, "How long one reveal of a media item lasts."),
    Setting("queue_page_size", int, 200, "Largest number of thumbnails on one grading page."),
    Setting(
        "video_sample_seconds",
        float,
        1.0,
        "Seconds between the video frames hashed for vPDQ (upstream seconds_per_hash); "
        "0 hashes every frame.",
    ),
    Setting(
        "video_max_seconds",
        int,
        14_400,
        "Video decoding stops (damaged, partial hashes kept) past this many seconds of video.",
    ),
    Setting(
        "video_max_frames",
        int,
        1_000_000,
        "Video decoding stops (damaged, partial hashes kept) past this many decoded frames.",
    ),
    Setting(
        "video_max_pixels",
        int,
        40_000_000,
        "Videos whose frames have more pixels are refused as damaged before decoding.",
    ),
    Setting(
        "video_time_limit",
        int,
        1800,
        "Wall-clock seconds one video may take to decode and hash before it is stopped.",
    ),
    Setting(
        "vpdq_frame_threshold",
        int,
        31,
        "Largest PDQ distance at which two video frames match (upstream vPDQ 31).",
    ),
    Setting(
        "vpdq_min_quality",
        int,
        50,
        "Video frames of lower PDQ quality are left out of vPDQ and still-image matching.",
    ),
    Setting(
        "vpdq_query_match_percent",
        float,
        80.0,
        "Share of a video's unique frames that must match a listed video (upstream 80).",
    ),
    Setting(
        "vpdq_index_match_percent",
        float,
        0.0,
        "Share of a listed video's unique frames that must be found in the video (upstream 0).",
    ),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved settings for one run. Field names are the setting names above."""

    pdq_threshold: int = 31
    pdq_min_quality: int = 50
    group_threshold: int = 31
    max_image_pixels: int = 100_000_000
    max_image_bytes: int = 512 * 1024 * 1024
    read_chunk_bytes: int = 1024 * 1024
    batch_size: int = 64
    workers: int = 0
    max_bad_lines: int = 1000
    index_dir: str = ""
    fast_decode: bool = True
    fast_drift: int = 16
    dihedral: bool = False
    video_sample_seconds: float = 1.0
    video_max_seconds: int = 14_400
    video_max_frames: int = 1_000_000
    video_max_pixels: int = 40_000_000
    video_time_limit: int = 1800
    vpdq_frame_threshold: int = 31
    vpdq_min_quality: int = 50
    vpdq_query_match_percent: float = 80.0
    vpdq_index_match_percent: float = 0.0
    archive_max_depth: int = 5
    archive_max_ratio: int = 100
    archive_max_total_bytes: int = 256 * 1024**3
    archive_max_members: int = 1_000_000
    votes_for_trusted: int = 3
    grading_scheme: str = "uk"
    session_minutes: int = 30
    login_attempts: int = 5
    login_lockout_minutes: int = 15
    reveal_minutes: int = 10
    queue_page_size: int = 200

    def with_values(self, **values: Any) -> Settings:
        """A copy with some settings changed, validated like any other source of values."""
        return replace(self, **{k: _coerce(k, v, "argument") for k, v in values.items()})

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(name: str, value: Any, where: str) -> Any:
    if name not in _BY_NAME:
        raise ConfigError(f"unknown setting {name!r} in {where}")
    kind = _BY_NAME[name].type
    if kind is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"setting {name!r} in {where} must be true or false, got {value!r}")
    try:
        coerced = kind(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"setting {name!r} in {where} must be {kind.__name__}, got {value!r}"
        ) from None
    if kind is int and coerced < 0:
        raise ConfigError(f"setting {name!r} in {where} must not be negative, got {value!r}")
    return coerced


def load_settings(home: Path | None = None, overrides: dict[str, str] | None = None) -> Settings:
    """Resolve settings from the file in ``home``, the environment and explicit overrides."""
    values: dict[str, Any] = {}
    if home is not None:
        config = home / "cairn.toml"
        if config.is_file():
            try:
                data = tomllib.loads(config.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{config} is not valid TOML: {exc}") from None
            for name, value in data.items():
                values[name] = _coerce(name, value, str(config))
    for s in SETTINGS:
        env = os.environ.get(f"CAIRN_{s.name.upper()}")
        if env is not None:
            values[s.name] = _coerce(s.name, env, f"environment variable CAIRN_{s.name.upper()}")
    for name, value in (overrides or {}).items():
        values[name] = _coerce(name, value, "--setting")
    return Settings(**values)
