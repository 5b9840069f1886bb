"""Benign generated videos for tests and demos: drawings, held on screen and slowly panned.

Every frame is made from :func:`cairn.testing.exhibit.drawing` (gradients and shapes), so
a "listed" video or a "known still" inside a video is as benign as the listed drawings of
the demo exhibit. PyAV writes the containers; its wheels carry the encoders.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import av
import numpy as np
from PIL import Image, ImageDraw

from cairn.testing.exhibit import drawing

__all__ = ["Scene", "drawing_scenes", "scene_frames", "write_video"]


@dataclass(frozen=True, slots=True)
class Scene:
    """One image held for ``seconds``; a small marker crosses it at ``speed`` pixels a frame
    (0: a perfect still), so consecutive frames differ as in real footage while the picture,
    and its PDQ hash, stays that of the image."""

    image: Image.Image
    seconds: float
    speed: int = 4


def drawing_scenes(
    seed: int, count: int, *, seconds: float = 1.0, width: int = 320, height: int = 240
) -> list[Scene]:
    """``count`` scenes, each a different random drawing held for ``seconds``."""
    rng = random.Random(seed)
    return [Scene(drawing(rng, width, height), seconds) for _ in range(count)]


def scene_frames(
    scenes: Sequence[Scene], fps: float, size: tuple[int, int] | None = None
) -> Iterator[Image.Image]:
    """The frames of the scenes at ``fps``, each scaled to ``size`` (default: the first
    scene's size). The first frame of a scene is its image exactly."""
    width, height = size or scenes[0].image.size
    for scene in scenes:
        frames = max(1, round(scene.seconds * fps))
        picture = scene.image.convert("RGB").resize((width, height), Image.Resampling.BILINEAR)
        side = max(2, min(width, height) // 30)
        for index in range(frames):
            if index == 0 or not scene.speed:
                yield picture
                continue
            frame = picture.copy()
            x = (index * scene.speed) % max(1, width - side)
            ImageDraw.Draw(frame).rectangle(
                (x, height - 2 * side, x + side, height - side), fill=(255, 255, 255)
            )
            yield frame


def write_video(
    frames: Iterable[Image.Image],
    *,
    fps: int = 10,
    container: str = "mp4",
    codec: str = "libx264",
    pix_fmt: str = "yuv420p",
    options: Mapping[str, str] | None = None,
    container_options: Mapping[str, str] | None = None,
    metadata: Mapping[str, str] | None = None,
    rotation: int | None = None,
    audio: bool = False,
) -> bytes:
    """Encode RGB frames into a video file held in memory and return its bytes.

    Args:
        fps: frame rate (frames are equally spaced).
        container: FFmpeg muxer name (``mp4``, ``matroska``, ``webm``, ``avi``, ``mpegts``,
            ``asf``, ``flv``, ``3gp``, ``mov``).
        codec: FFmpeg encoder name (``libx264``, ``mpeg4``, ``libvpx``, ``mjpeg``, ...).
        options: encoder options (x264 defaults to the ``ultrafast`` preset).
        metadata: container tags, such as ``creation_time``.
        rotation: display rotation in degrees counter-clockwise, stored as the stream's
            display matrix the way phones store it.
        audio: add a second of silent AAC (MP2 in MPEG-TS and AVI) audio.
    """
    buffer = io.BytesIO()
    with av.open(
        buffer, mode="w", format=container, container_options=dict(container_options or {})
    ) as output:
        for key, value in (metadata or {}).items():
            output.metadata[key] = value
        stream: av.VideoStream | None = None
        for image in frames:
            if stream is None:
                added = output.add_stream(codec, rate=fps)
                if not isinstance(added, av.VideoStream):
                    raise ValueError(f"{codec!r} is not a video encoder")
                stream = added
                stream.width, stream.height = image.size
                stream.pix_fmt = pix_fmt
                defaults = {"preset": "ultrafast"} if codec == "libx264" else {}
                stream.codec_context.options = {**defaults, **dict(options or {})}
                if rotation is not None:
                    stream.set_display_rotation(rotation)
                if audio:
                    _add_silence(output, container)
            frame = av.VideoFrame.from_ndarray(np.asarray(image.convert("RGB")), format="rgb24")
            for packet in stream.encode(frame):
                output.mux(packet)
        if stream is None:
            raise ValueError("no frames to write")
        for packet in stream.encode(None):
            output.mux(packet)
    return buffer.getvalue()


def _add_silence(output: av.container.OutputContainer, container: str) -> None:
    """One second of silent mono audio, encoded now (muxers interleave by timestamp)."""
    codec = "mp2" if container in ("mpegts", "avi") else "aac"
    stream = output.add_stream(codec, rate=48_000)
    if not isinstance(stream, av.AudioStream):
        raise ValueError(f"{codec!r} is not an audio encoder")
    stream.layout = "mono"
    samples = np.zeros((1, 48_000), dtype=np.float32 if codec == "aac" else np.int16)
    frame = av.AudioFrame.from_ndarray(
        samples, format="fltp" if codec == "aac" else "s16", layout="mono"
    )
    frame.sample_rate = 48_000
    frame.pts = 0
    for packet in stream.encode(frame):
        output.mux(packet)
    for packet in stream.encode(None):
        output.mux(packet)
