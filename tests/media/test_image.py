"""Image decoding: PDQ on every mode, the JPEG fast path, bombs and damage, EXIF.

All images here are generated with Pillow/numpy (gradients, shapes, noise) or are the
benign upstream PDQ test photos in tests/data/pdq.
"""

from __future__ import annotations

import contextlib
import io
import os
import struct
import time
import zlib
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFilter, features
from PIL.TiffImagePlugin import IFDRational

import cairn.media
from cairn.errors import DamagedMedia
from cairn.media import analyse_image, identify, pdq_from_image, pdq_hex, to_rgb
from cairn.media.image import _coordinate, _draft_for_fast
from cairn.model import Exif
from cairn.settings import Settings

DATA = Path(__file__).resolve().parent.parent / "data" / "pdq"
SHARED = Path(
    os.environ.get("CAIRN_PDQ_TESTDATA")
    or Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "pdq"
)
SETTINGS = Settings()


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def encode(img: Image.Image, fmt: str, **kw: object) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **kw)
    return out.getvalue()


def photo_like(width: int, height: int, seed: int) -> Image.Image:
    """A benign synthetic 'photo': smooth colour field, soft shapes, sensor-like noise."""
    rng = np.random.default_rng(seed)
    field = rng.integers(0, 256, (5, 7, 3), dtype=np.uint8)
    img = Image.fromarray(field).resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(img)
    for _ in range(30):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = (
            int(rng.integers(width // 20, width // 3)),
            int(rng.integers(height // 20, height // 3)),
        )
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape((x, y, x + w, y + h), fill=colour)
    img = img.filter(ImageFilter.BoxBlur(max(1, width // 800)))
    noisy = np.asarray(img, dtype=np.int16) + rng.integers(
        -6, 7, (height, width, 3), dtype=np.int16
    )
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def original() -> Image.Image:
    with Image.open(DATA / "data/misc-images/modes/original.jpg") as img:
        return img.convert("RGB")


# --- PDQ hex ------------------------------------------------------------------------------


@given(st.lists(st.integers(0, 1), min_size=256, max_size=256))
def test_pdq_hex_is_the_upstream_formula(bits: list[int]) -> None:
    upstream = "%064x" % int("".join(map(str, bits)), 2)  # noqa: UP031 (upstream's spelling)
    assert pdq_hex(bits) == upstream
    assert pdq_hex(np.array(bits, dtype=np.int64)) == pdq_hex(bits)


@pytest.mark.parametrize("bits", [[0] * 255, [0] * 257, [2] * 256, [-1] * 256, [256] * 256, []])
def test_pdq_hex_rejects_non_hashes(bits: list[int]) -> None:
    with pytest.raises(ValueError, match="256 bits"):
        pdq_hex(bits)


# --- modes --------------------------------------------------------------------------------


def _in_mode(mode: str) -> Image.Image:
    rgb = original()
    grey = np.asarray(rgb.convert("L")).astype(np.float64)
    special = {
        "La": lambda: rgb.convert("LA").convert("La"),
        "I;16": lambda: Image.fromarray((grey * 257).astype(np.uint16)),
        "I;16B": lambda: Image.frombytes("I;16B", rgb.size, (grey * 257).astype(">u2").tobytes()),
        "I-16bit": lambda: Image.fromarray((grey * 257).astype(np.int32)),
        "I-negative": lambda: Image.fromarray((grey * 1000 - 100_000).astype(np.int32)),
        "F-unit": lambda: Image.fromarray((grey / 255).astype(np.float32)),
        "F-wide": lambda: Image.fromarray((grey * 40 - 3000).astype(np.float32)),
    }
    return special[mode]() if mode in special else rgb.convert(mode)


MODES = [
    "1", "L", "LA", "La", "P", "PA", "RGBA", "RGBa", "RGBX", "CMYK", "YCbCr", "LAB", "HSV",
    "I", "F", "I;16", "I;16B", "I-16bit", "I-negative", "F-unit", "F-wide",
]  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
def test_every_mode_converts_close_to_rgb(mode: str) -> None:
    # Measured: 2 bits for 1 (dithered), P, PA, YCbCr, HSV, I-negative and F-wide (the
    # min-max stretch); 0 for every other mode; quality 100 throughout.
    expected, _ = pdq_from_image(original())
    img = _in_mode(mode)
    rgb = to_rgb(img)
    assert rgb.mode == "RGB" and rgb.size == img.size
    pdq, quality = pdq_from_image(img)
    assert quality >= 80
    assert distance(pdq, expected) <= 10, mode


@pytest.mark.parametrize(
    ("mode", "fmt"), [("I;16", "TIFF"), ("I;16B", "TIFF"), ("I-16bit", "TIFF"), ("F-unit", "TIFF")]
)
def test_wide_modes_survive_a_file_round_trip(mode: str, fmt: str) -> None:
    # Measured: 0 bits for all four (the TIFFs reopen as I;16, I;16B, I and F).
    expected, _ = pdq_from_image(original())
    facts = analyse_image(encode(_in_mode(mode), fmt), SETTINGS)
    assert distance(facts.pdq, expected) <= 10


def test_empty_image_is_damaged() -> None:
    with pytest.raises(DamagedMedia, match="empty image"):
        pdq_from_image(Image.new("RGB", (0, 0)))


# --- multi-frame files: the first frame ---------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "kw"),
    [("GIF", {}), ("WEBP", {"lossless": True}), ("TIFF", {}), ("PNG", {})],
    ids=["gif", "webp", "tiff", "apng"],
)
def test_animated_and_multi_page_use_the_first_frame(fmt: str, kw: dict[str, object]) -> None:
    first, second = photo_like(320, 240, 1), photo_like(320, 240, 2)
    if fmt == "GIF":
        first, second = first.convert("P"), second.convert("P")
    multi = encode(first, fmt, save_all=True, append_images=[second], **kw)
    single = encode(first, fmt, **kw)
    a, b = analyse_image(multi, SETTINGS), analyse_image(single, SETTINGS)
    assert a.pdq == b.pdq
    assert distance(a.pdq, analyse_image(encode(second, fmt, **kw), SETTINGS).pdq) > 40


# --- the JPEG fast path -------------------------------------------------------------------

CORPUS_SPEC = [  # (width, height, JPEG quality): 2 to 12 megapixels, both orientations
    (1632, 1224, 85),
    (2448, 3264, 90),
    (3264, 2448, 95),
    (4032, 3024, 92),
    (3000, 2000, 88),
]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("photo-like")
    paths = []
    for seed, (width, height, quality) in enumerate(CORPUS_SPEC):
        path = folder / f"synthetic-{width}x{height}-q{quality}.jpg"
        photo_like(width, height, seed).save(path, "JPEG", quality=quality)
        paths.append(path)
    return paths


def _shared_jpegs() -> Iterable[Path]:
    yield DATA / "pytx-resources/letterboxed_sample-b.jpg"  # 2000x1404: decoded at 1/2
    yield DATA / "data/reg-test-input/dih/bridge-1-original.jpg"  # 1600x1004: full size
    for n in (1, 3, 6, 8):  # 4032x3024 phone photos: decoded at 1/4 (shared data only)
        path = SHARED / f"data/reg-test-input/exif-rotn/exif-rotn-{n}.jpg"
        if path.is_file():
            yield path


def test_fast_path_stays_close_to_full_decode(corpus: list[Path]) -> None:
    # Measured max drift (pdqhash 0.2.8, Pillow 13): synthetic corpus 4 bits, letterboxed
    # sample 4, exif-rotn 2-6, bridge 0 (not reduced). The bound is 16.
    drifts = {}
    for path in [*corpus, *_shared_jpegs()]:
        data = path.read_bytes()
        full = analyse_image(data, SETTINGS)
        fast = analyse_image(data, SETTINGS, fast=True)
        assert (fast.width, fast.height) == (full.width, full.height)
        assert fast.exif == full.exif
        assert fast.pdq_quality >= 80 and full.pdq_quality >= 80
        drifts[path.name] = distance(full.pdq, fast.pdq)
    assert max(drifts.values()) <= 16, drifts


@pytest.mark.parametrize(
    ("size", "decoded"),
    [
        ((4032, 3024), (1008, 756)),  # 1/4: 1/8 would be 504x378
        ((3024, 4032), (756, 1008)),
        ((2000, 1404), (1000, 702)),
        ((1600, 1004), (1600, 1004)),  # 1/2 would be 502 high
        ((8192, 4096), (1024, 512)),
        ((400, 300), (400, 300)),
    ],
)
def test_fast_path_picks_the_smallest_scale_with_512_px(
    size: tuple[int, int], decoded: tuple[int, int]
) -> None:
    data = encode(Image.new("RGB", size, (90, 120, 150)), "JPEG")
    with Image.open(io.BytesIO(data)) as img:
        _draft_for_fast(img)
        img.load()
        assert img.size == decoded


def test_fast_path_leaves_other_formats_alone() -> None:
    data = encode(photo_like(1200, 1100, 3), "PNG")
    assert analyse_image(data, SETTINGS, fast=True) == analyse_image(data, SETTINGS)


# --- limits and damage --------------------------------------------------------------------


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload)
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height, with only a few bytes of pixel data."""
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + png_chunk(b"IDAT", zlib.compress(bytes(64)))
        + png_chunk(b"IEND", b"")
    )


def test_bomb_is_refused_from_the_header() -> None:
    started = time.perf_counter()
    with pytest.raises(DamagedMedia) as caught:
        analyse_image(png_claiming(40000, 40000), SETTINGS)
    assert str(caught.value) == (
        "decompression bomb: 40000x40000 = 1,600,000,000 pixels exceeds "
        "max_image_pixels 100,000,000"
    )
    assert time.perf_counter() - started < 1  # nothing was decoded


def test_pixel_limit_is_the_setting() -> None:
    small = Settings().with_values(max_image_pixels=400)
    assert analyse_image(encode(photo_like(20, 20, 1), "PNG"), small).width == 20
    with pytest.raises(DamagedMedia, match="21x20 = 420 pixels exceeds max_image_pixels 400"):
        analyse_image(encode(photo_like(21, 20, 1), "PNG"), small)


def test_icon_with_a_bomb_inside_is_refused() -> None:
    inner = png_claiming(40000, 40000)
    directory = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", 16, 16, 0, 0, 1, 32, len(inner), 22)
    data = directory + entry + inner
    assert identify(data).kind == "image"
    with pytest.raises(DamagedMedia, match="decompression bomb: icon entry 0 40000x40000"):
        analyse_image(data, SETTINGS)


def test_webp_canvas_is_checked_before_the_decoder_allocates_it() -> None:
    vp8x = b"VP8X" + struct.pack("<I", 10) + bytes(4) + (15999).to_bytes(3, "little") * 2
    data = b"RIFF" + struct.pack("<I", 4 + len(vp8x) + 100) + b"WEBP" + vp8x + bytes(100)
    with pytest.raises(DamagedMedia, match="decompression bomb: 16000x16000 = 256,000,000"):
        analyse_image(data, SETTINGS)


def test_gif_frame_larger_than_screen_is_refused() -> None:
    frame = b"\x2c" + struct.pack("<HHHHB", 0, 0, 40000, 40000, 0) + b"\x02\x02\x4c\x01\x00"
    gif = b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0, 0, 0) + frame + b"\x3b"
    with pytest.raises(DamagedMedia, match="decompression bomb: 40000x40000"):
        analyse_image(gif, SETTINGS)


@pytest.mark.parametrize("pillow_limit", [1000, 500], ids=["warning", "error"])
def test_pillow_guard_if_re_enabled_is_damaged_media(
    monkeypatch: pytest.MonkeyPatch, pillow_limit: int
) -> None:
    # A 40x40 image is 1600 px: over 1000 Pillow warns, over 2 x 500 it raises.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", pillow_limit)
    with pytest.raises(DamagedMedia, match=r"^decompression bomb: Image size"):
        analyse_image(encode(photo_like(40, 40, 1), "PNG"), SETTINGS)


@pytest.fixture(scope="module")
def small_jpeg() -> bytes:
    return encode(photo_like(512, 384, 5), "JPEG", quality=90)


@pytest.mark.parametrize("keep", [0.6, 0.95])
def test_truncated_jpeg_is_damaged(small_jpeg: bytes, keep: float) -> None:
    with pytest.raises(DamagedMedia, match=r"^truncated image: image file is truncated$"):
        analyse_image(small_jpeg[: int(len(small_jpeg) * keep)], SETTINGS)


def test_truncated_png_is_damaged() -> None:
    data = encode(photo_like(256, 256, 6), "PNG")
    with pytest.raises(DamagedMedia, match=r"^truncated image"):
        analyse_image(data[: len(data) // 2], SETTINGS)


def test_garbage_after_jpeg_magic_is_damaged() -> None:
    garbage = np.random.default_rng(9).integers(0, 256, 4000, dtype=np.uint8).tobytes()
    with pytest.raises(DamagedMedia, match=r"^(cannot decode|truncated) image: "):
        analyse_image(b"\xff\xd8\xff\xe0" + garbage, SETTINGS)


@pytest.mark.parametrize(
    "data",
    [b"", b"plain text", b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n", bytes(100)],
    ids=["empty", "text", "eps", "zeros"],
)
def test_not_an_image_is_damaged(data: bytes) -> None:
    with pytest.raises(DamagedMedia, match=r"^cannot decode image: not a supported image format$"):
        analyse_image(data, SETTINGS)


def test_never_loads_truncated_images() -> None:
    from PIL import ImageFile

    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


# --- EXIF ---------------------------------------------------------------------------------


def camera_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Canon\x00\x00"
    exif[0x0110] = "  Canon EOS 5D Mark IV "
    exif.get_ifd(0x8769)[0xA431] = "012345678901"
    exif.get_ifd(0x8769)[0x9003] = "2021:03:04 05:06:07"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[3] = "S", "W"
    gps[2] = (IFDRational(33, 1), IFDRational(51, 1), IFDRational(3156, 100))
    gps[4] = (IFDRational(151, 1), IFDRational(12, 1), IFDRational(4088, 100))
    return exif


CAMERA = Exif(
    make="Canon",
    model="Canon EOS 5D Mark IV",
    serial="012345678901",
    original_time="2021:03:04 05:06:07",
    gps_latitude=pytest.approx(-(33 + 51 / 60 + 31.56 / 3600)),  # type: ignore[arg-type]
    gps_longitude=pytest.approx(-(151 + 12 / 60 + 40.88 / 3600)),  # type: ignore[arg-type]
)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_exif_camera_serial_time_and_gps(fmt: str) -> None:
    facts = analyse_image(encode(photo_like(64, 48, 1), fmt, exif=camera_exif()), SETTINGS)
    assert facts.exif == CAMERA


def test_exif_does_not_change_the_hash() -> None:
    img = photo_like(64, 48, 1)
    with_exif = analyse_image(encode(img, "PNG", exif=camera_exif()), SETTINGS)
    assert with_exif.pdq == analyse_image(encode(img, "PNG"), SETTINGS).pdq


def test_orientation_tag_is_not_applied() -> None:
    img = photo_like(96, 64, 2)
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to display"
    rotated = analyse_image(encode(img, "PNG", exif=exif), SETTINGS)
    assert (rotated.width, rotated.height) == (96, 64)
    assert rotated.pdq == analyse_image(encode(img, "PNG"), SETTINGS).pdq


def test_dng_camera_serial_is_the_fallback() -> None:
    exif = Image.Exif()
    exif[0xC62F] = "SN-42"
    facts = analyse_image(encode(photo_like(32, 32, 1), "JPEG", exif=exif), SETTINGS)
    assert facts.exif.serial == "SN-42"


Entries = list[tuple[int, int, int, bytes]]  # (tag, TIFF type, count, payload)


def exif_blob(ifd0: Entries, gps: Entries) -> bytes:
    """Hand-made little-endian EXIF, so that tags can carry wrong types and counts."""

    def layout(entries: Entries, start: int) -> bytes:
        data_at = start + 2 + 12 * len(entries) + 4
        table, data = struct.pack("<H", len(entries)), b""
        for tag, kind, count, payload in sorted(entries):
            if len(payload) <= 4:
                value = payload.ljust(4, b"\x00")
            else:
                value = struct.pack("<I", data_at + len(data))
                data += payload + b"\x00" * (len(payload) % 2)
            table += struct.pack("<HHI", tag, kind, count) + value
        return table + struct.pack("<I", 0) + data

    pointer = [(0x8825, 4, 1, struct.pack("<I", 0))]
    size = len(layout(ifd0 + pointer, 8))
    pointer = [(0x8825, 4, 1, struct.pack("<I", 8 + size))]
    return (
        b"Exif\x00\x00II*\x00\x08\x00\x00\x00" + layout(ifd0 + pointer, 8) + layout(gps, 8 + size)
    )


def rationals(*pairs: tuple[int, int], signed: bool = False) -> bytes:
    return b"".join(struct.pack("<ii" if signed else "<II", n, d) for n, d in pairs)


LAT = (2, 5, 3, rationals((33, 1), (51, 1), (3156, 100)))
NORTH, SOUTH = (1, 2, 2, b"N\x00"), (1, 2, 2, b"S\x00")


@pytest.mark.parametrize(
    ("gps", "latitude"),
    [
        ([NORTH, LAT], 33.8587667),
        ([SOUTH, LAT], -33.8587667),
        ([(1, 2, 2, b"s\x00"), LAT], -33.8587667),
        ([LAT], None),  # no hemisphere: sign unknown
        ([(1, 2, 2, b"X\x00"), LAT], None),
        ([(1, 4, 1, struct.pack("<I", 78)), LAT], None),  # reference as a number
        ([NORTH, (2, 2, 3, b"33\x00")], None),  # degrees as text
        ([NORTH, (2, 5, 3, rationals((33, 0), (1, 1), (1, 1)))], None),  # zero denominator
        ([NORTH, (2, 5, 3, rationals((33, 1), (75, 1), (0, 1)))], None),  # 75 minutes
        ([NORTH, (2, 5, 3, rationals((95, 1), (0, 1), (0, 1)))], None),  # beyond the pole
        ([NORTH, (2, 10, 3, rationals((-33, 1), (1, 1), (1, 1), signed=True))], None),
        ([NORTH, (2, 5, 5, rationals(*[(1, 1)] * 5))], None),  # five parts
        ([NORTH, (2, 5, 3, struct.pack("<I", 60000))], None),  # offset beyond the data
        ([NORTH, (2, 5, 0x3FFFFFFF, struct.pack("<I", 8))], None),  # absurd count
        ([NORTH, (2, 3, 3, struct.pack("<3H", 33, 51, 31))], 33.8586111),  # SHORTs: fine
        ([NORTH, (2, 5, 1, rationals((3385, 100)))], 33.85),  # degrees only
    ],
)
def test_malformed_gps_gives_none_never_an_error(
    gps: list[tuple[int, int, int, bytes]], latitude: float | None
) -> None:
    make = (0x010F, 2, 6, b"Nikon\x00")
    data = encode(photo_like(32, 32, 1), "JPEG", exif=exif_blob([make], gps))
    facts = analyse_image(data, SETTINGS)
    assert facts.exif.make == "Nikon"
    assert facts.exif.gps_latitude == (None if latitude is None else pytest.approx(latitude))


@pytest.mark.parametrize(
    ("value", "ref", "expected"),
    [
        ((IFDRational(10, 0), 0, 0), "E", None),
        (((10, 1), (30, 1), (0, 1)), "E", 10.5),  # (numerator, denominator) pairs
        (((10, 0), (30, 1), (0, 1)), "E", None),
        ((float("inf"),), "E", None),
        ((float("nan"), 0, 0), "E", None),
        ("10", "E", None),
        ((), "E", None),
        (None, "E", None),
        ((10, 0, 0), b"W\x00", -10.0),
        ((10, 0, 0), "West", -10.0),
        ((10, 0, 0), "", None),
        ((10, 0, 0), None, None),
        ((181, 0, 0), "E", None),
        ((179, 59, 59.9), "E", pytest.approx(179.9999722)),
    ],
)
def test_coordinate_edge_cases(value: object, ref: object, expected: object) -> None:
    assert _coordinate(value, ref, "E", "W", 180.0) == expected


@pytest.mark.parametrize(
    "exif",
    [
        b"Exif\x00\x00",
        b"Exif\x00\x00II*\x00\xff\xff\xff\x7f",
        b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff",
        b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x01\x00\x69\x87\x04\x00\x01\x00\x00\x00\x08\x00\x00\x00",
        b"not exif at all",
    ],
    ids=["empty", "bad-offset", "huge-count", "exif-ifd-loops-to-ifd0", "junk"],
)
def test_broken_exif_loses_exif_not_the_image(exif: bytes) -> None:
    img = photo_like(32, 32, 1)
    facts = analyse_image(encode(img, "JPEG", exif=exif), SETTINGS)
    assert facts.pdq == analyse_image(encode(img, "JPEG"), SETTINGS).pdq
    assert facts.exif.gps_latitude is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_random_exif_never_crashes(tail: bytes) -> None:
    data = encode(
        Image.new("RGB", (16, 16), (10, 20, 30)), "JPEG", exif=b"Exif\x00\x00II*\x00" + tail
    )
    assert analyse_image(data, SETTINGS).width == 16


# --- fuzzing: only DamagedMedia ever escapes ----------------------------------------------


def _seeds() -> list[bytes]:
    img, other = photo_like(48, 40, 11), photo_like(48, 40, 12)
    seeds = [
        encode(img, "JPEG", quality=80),
        encode(img, "JPEG", quality=80, progressive=True, exif=camera_exif()),
        encode(img.convert("CMYK"), "JPEG"),
        encode(img, "PNG"),
        encode(img, "PNG", save_all=True, append_images=[other]),
        encode(img.convert("I;16"), "PNG"),
        encode(img.convert("P"), "GIF", save_all=True, append_images=[other.convert("P")]),
        encode(img, "BMP"),
        encode(img, "TIFF"),
        encode(img, "TIFF", compression="tiff_lzw"),
        encode(img, "WEBP"),
        encode(img, "WEBP", save_all=True, append_images=[other]),
        encode(img.resize((32, 32)), "ICO"),
        encode(img, "JPEG2000"),
    ]
    if features.check("avif"):  # its codec raises RuntimeError on damage
        seeds.append(encode(img, "AVIF"))
    return seeds


SEEDS = _seeds()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(SEEDS),
    edits=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=8),
    cut=st.integers(0, 10_000),
)
def test_damaged_images_raise_only_damaged_media(
    seed: bytes, edits: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(seed)
    for position, value in edits:
        data[position % len(data)] = value
    if cut < len(data) and cut % 3 == 0:
        del data[cut:]
    with contextlib.suppress(DamagedMedia):
        analyse_image(bytes(data), SETTINGS)
    with contextlib.suppress(DamagedMedia):
        analyse_image(bytes(data), SETTINGS, fast=True)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_raise_only_damaged_media(data: bytes) -> None:
    with contextlib.suppress(DamagedMedia):
        analyse_image(data, SETTINGS)


# --- the package's public names -----------------------------------------------------------


def test_exports_match_public_names() -> None:
    import inspect

    public = {
        name
        for name in dir(cairn.media)  # with the names that load on first use (video)
        if not name.startswith("_")
        and not inspect.ismodule(getattr(cairn.media, name))
        and name != "annotations"
    }
    assert set(cairn.media.__all__) == public
