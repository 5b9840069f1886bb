"""Video facts, frame sampling, limits and damage, on benign videos generated here.

Every video is made of generated drawings (``cairn.testing.video``), written by PyAV in the
containers and codecs it can write.
"""

from __future__ import annotations

import io
import pickle
import random
import struct
import time
from functools import cache
from pathlib import Path

import av
import numpy as np
import pdqhash
import pytest
from PIL import Image, ImageFilter

from cairn.errors import DamagedMedia, InvalidHash
from cairn.matching.pdq import hamming
from cairn.media import HEAD_BYTES, identify
from cairn.media.image import pdq_from_image, pdq_hex
from cairn.media.video import (
    DamagedVideo,
    analyse_video,
    contact_sheet,
    pdq_from_luma,
    pdq_from_rgb,
    probe_video,
    sample_frames,
    vpdq_from_text,
    vpdq_hash,
    vpdq_to_text,
)
from cairn.model.video import FrameHash
from cairn.settings import Settings
from cairn.testing.exhibit import drawing
from cairn.testing.video import drawing_scenes, scene_frames, write_video

SETTINGS = Settings()
SCENES = drawing_scenes(11, 3)  # three drawings, a second each
VP9 = {"deadline": "realtime", "cpu-used": "8"}

# container, encoder, pixel format, decoder name FFmpeg reports, frame size, options
CASES = [
    ("mp4", "libx264", "yuv420p", "h264", (320, 240), None),
    ("mov", "libx264", "yuv420p", "h264", (320, 240), None),
    ("3gp", "h263", "yuv420p", "h263", (352, 288), None),
    ("mp4", "mpeg4", "yuv420p", "mpeg4", (320, 240), None),
    ("matroska", "libx264", "yuv420p", "h264", (320, 240), None),
    ("webm", "libvpx-vp9", "yuv420p", "vp9", (320, 240), VP9),
    ("avi", "mjpeg", "yuvj420p", "mjpeg", (320, 240), None),
    ("mpegts", "mpeg2video", "yuv420p", "mpeg2video", (320, 240), None),
    ("asf", "wmv2", "yuv420p", "wmv2", (320, 240), None),
    ("flv", "flv", "yuv420p", "flv", (320, 240), None),
]


@cache
def _video(
    container: str = "mp4",
    codec: str = "libx264",
    pix_fmt: str = "yuv420p",
    size: tuple[int, int] = (320, 240),
    options: tuple[tuple[str, str], ...] = (),
    seconds: int = 3,
) -> bytes:
    scenes = SCENES if seconds == 3 else drawing_scenes(11, seconds)
    return write_video(
        scene_frames(scenes, 10, size),
        container=container,
        codec=codec,
        pix_fmt=pix_fmt,
        options=dict(options),
    )


def _pdq(image: Image.Image) -> str:
    return pdq_from_image(image.resize((320, 240)))[0]


@pytest.mark.parametrize(
    ("container", "codec", "pix_fmt", "decoder", "size", "options"),
    CASES,
    ids=[f"{c[0]}-{c[1]}" for c in CASES],
)
def test_containers_and_codecs(
    container: str,
    codec: str,
    pix_fmt: str,
    decoder: str,
    size: tuple[int, int],
    options: dict[str, str] | None,
) -> None:
    data = _video(container, codec, pix_fmt, size, tuple((options or {}).items()))
    assert identify(data[:HEAD_BYTES]).kind == "video"

    facts = probe_video(data, SETTINGS)
    assert (facts.codec, facts.width, facts.height, facts.fps) == (decoder, *size, 10.0)
    assert facts.duration == pytest.approx(3.0, abs=0.15)
    assert facts.frames in (None, 30)
    assert facts.audio_codec is None and facts.rotation == 0

    analysis = analyse_video(data, SETTINGS)
    assert analysis.facts == facts
    assert analysis.decoded_frames == 30
    assert [(f.frame, f.time) for f in analysis.frames] == [(0, 0.0), (10, 1.0), (20, 2.0)]
    # Each sampled frame is the first frame of a scene: its drawing, through a lossy codec.
    for frame, scene in zip(analysis.frames, SCENES, strict=True):
        assert hamming(frame.pdq, _pdq(scene.image)) <= 31
        assert frame.quality >= 50


def test_every_frame_and_sampling_rate() -> None:
    data = _video()
    every = vpdq_hash(data, SETTINGS, every_frame=True)
    assert [f.frame for f in every] == list(range(30))
    assert every[7].time == 0.7
    assert vpdq_hash(data, SETTINGS.with_values(video_sample_seconds=0)) == every
    assert [f.frame for f in vpdq_hash(data, SETTINGS.with_values(video_sample_seconds=0.5))] == [
        0,
        5,
        10,
        15,
        20,
        25,
    ]


class _Unseekable(io.RawIOBase):
    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_paths_bytes_and_streams_give_the_same_hashes(tmp_path: Path) -> None:
    data = _video()
    expected = vpdq_hash(data, SETTINGS)
    path = tmp_path / "clip.mp4"
    path.write_bytes(data)
    stream = io.BytesIO(data)
    stream.seek(1234)  # read from the start whatever the position
    assert vpdq_hash(path, SETTINGS) == expected
    assert vpdq_hash(str(path), SETTINGS) == expected
    assert vpdq_hash(stream, SETTINGS) == expected
    assert vpdq_hash(memoryview(data), SETTINGS) == expected
    transport = _video("mpegts", "mpeg2video")
    assert vpdq_hash(_Unseekable(transport), SETTINGS) == vpdq_hash(transport, SETTINGS)
    assert path.read_bytes() == data  # evidence untouched


def test_creation_time_audio_and_rotation() -> None:
    data = write_video(
        scene_frames(SCENES, 10),
        metadata={"creation_time": "2024-05-01T12:34:56.000000Z"},
        rotation=90,
        audio=True,
    )
    facts = probe_video(data, SETTINGS)
    assert facts.creation_time == "2024-05-01T12:34:56Z"
    assert facts.creation_time_raw is not None and facts.creation_time_raw.startswith(
        "2024-05-01T12:34:56"
    )
    assert facts.audio_codec == "aac"
    assert facts.rotation == 90
    assert analyse_video(data, SETTINGS).facts == facts
    # Hashes are of the frames as stored (upstream); the contact sheet turns them upright.
    _, thumb = sample_frames(data, 2, SETTINGS, width=160)[0]
    assert thumb.size == (120, 160)


def test_file_without_video_stream() -> None:
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mp4") as output:
        stream = output.add_stream("aac", rate=48_000)
        assert isinstance(stream, av.AudioStream)
        frame = av.AudioFrame.from_ndarray(
            np.zeros((1, 48_000), dtype=np.float32), format="fltp", layout="mono"
        )
        frame.sample_rate = 48_000
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            output.mux(packet)
    facts = probe_video(buffer.getvalue(), SETTINGS)
    assert (facts.codec, facts.width, facts.audio_codec) == (None, 0, "aac")
    assert vpdq_hash(buffer.getvalue(), SETTINGS) == []


# --- damage and limits ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("container", "codec", "pix_fmt", "reason"),
    [
        ("mp4", "libx264", "yuv420p", "cannot open video"),  # index (moov) at the end: lost
        ("matroska", "libx264", "yuv420p", "truncated video: decoded"),
        ("avi", "mjpeg", "yuvj420p", "truncated video: decoded"),
        ("flv", "flv", "yuv420p", "truncated video: decoded"),
    ],
)
def test_truncated_files_are_damaged(container: str, codec: str, pix_fmt: str, reason: str) -> None:
    data = _video(container, codec, pix_fmt, seconds=4)
    with pytest.raises(DamagedVideo, match=reason) as caught:
        analyse_video(data[: len(data) * 6 // 10], SETTINGS)
    if reason.startswith("truncated"):
        # What was decoded before the cut is kept: a truncated copy can still match.
        assert [f.frame for f in caught.value.frames][:2] == [0, 10]


def test_truncated_fragmented_mp4_is_damaged() -> None:
    data = write_video(
        scene_frames(SCENES, 10), container_options={"movflags": "frag_keyframe+empty_moov"}
    )
    assert analyse_video(data, SETTINGS).decoded_frames == 30
    with pytest.raises(DamagedVideo) as caught:
        analyse_video(data[: len(data) * 6 // 10], SETTINGS)
    assert caught.value.frames and caught.value.frames[0].frame == 0


def test_garbage_and_empty_input_are_damaged() -> None:
    rng = random.Random(5)
    noise = bytes(rng.randrange(256) for _ in range(50_000))
    for data in (b"", noise, b"\x00\x00\x00\x18ftypmp42" + noise):
        with pytest.raises(DamagedMedia, match="cannot open video"):
            analyse_video(data, SETTINGS)
        with pytest.raises(DamagedMedia):
            probe_video(data, SETTINGS)


def test_codec_without_decoder_is_damaged_but_probed() -> None:
    data = bytearray(_video("matroska"))
    start = data.index(b"V_MPEG4/ISO/AVC")
    data[start : start + 15] = b"V_MPEG4/ISO/AVX"  # a codec id FFmpeg does not know
    facts = probe_video(bytes(data), SETTINGS)
    assert (facts.codec, facts.width, facts.duration) == ("unknown", 0, 3.0)
    with pytest.raises(DamagedVideo, match="no decoder for this video codec"):
        analyse_video(bytes(data), SETTINGS)


def test_playlists_cannot_reach_other_files(tmp_path: Path) -> None:
    secret = tmp_path / "secret.ts"
    secret.write_bytes(_video("mpegts", "mpeg2video"))
    playlist = f"#EXTM3U\n#EXT-X-TARGETDURATION:3\n#EXTINF:3,\nfile://{secret}\n#EXT-X-ENDLIST\n"
    concat = f"ffconcat version 1.0\nfile '{secret}'\n"
    for text in (playlist, concat):
        with pytest.raises(DamagedVideo, match="cannot open video"):
            analyse_video(text.encode(), SETTINGS)


def test_frames_over_the_pixel_limit_are_refused_before_decoding() -> None:
    data = _video()
    with pytest.raises(DamagedVideo, match="320x240 = 76,800 pixels exceed video_max_pixels"):
        analyse_video(data, SETTINGS.with_values(video_max_pixels=320 * 240 - 1))
    with pytest.raises(DamagedVideo, match="video_max_pixels"):
        probe_video(data, SETTINGS.with_values(video_max_pixels=1000))


def test_absurd_frame_size_in_the_stream_is_refused() -> None:
    # Motion JPEG whose every frame header claims 50000 x 50000 pixels (2.5 G pixels).
    data = bytearray(_video("avi", "mjpeg", "yuvj420p"))
    start = 0
    while (start := data.find(b"\xff\xc0", start)) >= 0:
        struct.pack_into(">HH", data, start + 5, 50_000, 50_000)
        start += 2
    with pytest.raises(DamagedVideo):
        analyse_video(bytes(data), SETTINGS)


def test_frame_and_second_limits_stop_decoding_and_keep_partial_hashes() -> None:
    data = _video()
    with pytest.raises(DamagedVideo, match="video_max_frames of 15 frames") as caught:
        analyse_video(data, SETTINGS.with_values(video_max_frames=15))
    assert [f.frame for f in caught.value.frames] == [0, 10]
    assert caught.value.facts is not None and caught.value.facts.codec == "h264"
    with pytest.raises(DamagedVideo, match="video_max_seconds of 1 s") as caught:
        analyse_video(data, SETTINGS.with_values(video_max_seconds=1))
    assert [f.frame for f in caught.value.frames] == [0, 10]
    # Exactly at the limits is fine.
    limits = SETTINGS.with_values(video_max_frames=30, video_max_seconds=3)
    assert analyse_video(data, limits).decoded_frames == 30


class _Endless(io.RawIOBase):
    """A stream that never ends: the same MPEG-TS over and over, like a stuck live feed."""

    def __init__(self, segment: bytes) -> None:
        self._segment = segment
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        size = len(buffer)
        start = self._position % len(self._segment)
        chunk = (self._segment[start:] + self._segment)[:size]
        buffer[: len(chunk)] = chunk
        self._position += len(chunk)
        return len(chunk)


def test_endless_stream_stops_at_the_limits() -> None:
    segment = _video("mpegts", "mpeg2video")
    with pytest.raises(DamagedVideo, match="video_max_frames of 200 frames") as caught:
        analyse_video(_Endless(segment), SETTINGS.with_values(video_max_frames=200))
    assert len(caught.value.frames) == 20
    started = time.monotonic()
    with pytest.raises(DamagedVideo, match="video_time_limit of 1 s reached"):
        analyse_video(_Endless(segment), SETTINGS.with_values(video_time_limit=1))
    assert time.monotonic() - started < 10


def test_damaged_video_survives_pickling() -> None:
    error = DamagedVideo("stopped", frames=[FrameHash(0, 0.0, "0" * 64, 100)])
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, DamagedVideo) and isinstance(copy, DamagedMedia)
    assert (str(copy), copy.frames) == ("stopped", error.frames)


# --- PDQ on frames --------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(640, 480), (5, 5), (63, 65), (1001, 333), (100, 1900)])
def test_numpy_pdq_equals_pdqhash(size: tuple[int, int]) -> None:
    rng = random.Random(size[0] * 7 + size[1])
    for blur in (0, 3, 12):  # sharp drawings (quality 100) and blurred ones (lower)
        image = drawing(rng, *size)
        if blur:
            image = image.filter(ImageFilter.GaussianBlur(blur))
        rgb = np.asarray(image)
        bits, quality = pdqhash.compute(rgb)
        ours, our_quality = pdq_from_rgb(rgb)
        assert hamming(ours, pdq_hex(bits)) <= 2
        assert abs(our_quality - quality) <= 1
        luma = rgb @ np.array([0.299, 0.587, 0.114])
        assert hamming(pdq_from_luma(luma)[0], ours) <= 2


def test_frames_smaller_than_pdq_allows_are_damaged() -> None:
    tiny = write_video(
        [Image.new("RGB", (4, 4), (9, 9, 9))] * 3,
        container="avi",
        codec="mjpeg",
        pix_fmt="yuvj420p",
    )
    with pytest.raises(DamagedVideo, match="smaller than PDQ's minimum side 5"):
        analyse_video(tiny, SETTINGS)


# --- review and text format ------------------------------------------------------------------


def test_contact_sheet_has_frames_at_even_intervals() -> None:
    data = _video(seconds=4)
    frames = sample_frames(data, 4, SETTINGS, width=160)
    assert [round(t, 1) for t, _ in frames] == [0.5, 1.5, 2.5, 3.5]
    assert all(image.size == (160, 120) for _, image in frames)
    sheet = contact_sheet(data, 4, SETTINGS, columns=2, tile_width=160)
    assert sheet.mode == "RGB" and sheet.size == (2 * 164 + 4, 2 * 124 + 4)
    # Without seeking (a stream that cannot seek) the frames still spread over the video.
    streamed = sample_frames(_Unseekable(_video("mpegts", "mpeg2video")), 3, SETTINGS)
    times = [t for t, _ in streamed]
    assert len(times) == 3 and times[0] == 0.0 and times[-1] >= 2.0


def test_upstream_text_format() -> None:
    frames = [FrameHash(0, 0.0, "ab" * 32, 100), FrameHash(30, 1.0, "cd" * 32, 49)]
    text = vpdq_to_text(frames)
    assert text == f"0,100,{'ab' * 32},0.000\n30,49,{'cd' * 32},1.000\n"
    assert vpdq_from_text(text) == frames
    with pytest.raises(InvalidHash, match=r"hashes\.txt line 2"):
        vpdq_from_text(f"0,100,{'ab' * 32},0\n1,2,3,4\n", "hashes.txt")
