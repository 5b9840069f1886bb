"""Identification by content: every sample is built in code, and names are never consulted."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import sqlite3
import struct
import tarfile
import uuid
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, features

from cairn.media import HEAD_BYTES, FileType, identify, pillow_formats


def pillow_bytes(
    fmt: str, mode: str = "RGB", size: tuple[int, int] = (32, 24), **kw: object
) -> bytes:
    rng = np.random.default_rng(7)
    img = Image.fromarray(rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8))
    out = io.BytesIO()
    img.convert(mode).save(out, fmt, **kw)
    return out.getvalue()


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def ftyp(major: bytes, *compatible: bytes) -> bytes:
    return box(b"ftyp", major + b"\x00\x00\x02\x00" + b"".join(compatible)) + box(
        b"mdat", bytes(64)
    )


def ebml(doctype: bytes) -> bytes:
    element = b"\x42\x82" + bytes([0x80 | len(doctype)]) + doctype
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | (len(element) + 4)]) + b"\x42\x86\x81\x01" + element


def asf(stream_type: uuid.UUID | None) -> bytes:
    header = uuid.UUID("75B22630-668E-11CF-A6D9-00AA0062CE6C").bytes_le + bytes(14)
    if stream_type is not None:
        header += uuid.UUID("B7DC0791-A9B7-11CF-8EE6-00C00C205365").bytes_le + bytes(8)
        header += stream_type.bytes_le
    return header + bytes(64)


ASF_VIDEO = uuid.UUID("BC19EFC0-5B4D-11CF-A8FD-00805F5C442B")
ASF_AUDIO = uuid.UUID("F8699E40-5B4D-11CF-A8FD-00805F5C442B")


def ts_packets(first: int, step: int, count: int = 4) -> bytes:
    packet = bytearray(step)
    packet[first] = 0x47
    return bytes(packet) * count


def compressed(module: object) -> bytes:
    return module.compress(b"some content " * 50)  # type: ignore[attr-defined, no-any-return]


def zip_bytes(first_name: str = "a.txt") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(first_name, "<Types/>")
        z.writestr("word/document.xml", "<w/>")
    return out.getvalue()


def tar_bytes(fmt: int) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=fmt) as t:
        info = tarfile.TarInfo("notes.txt")
        info.size = 5
        t.addfile(info, io.BytesIO(b"hello"))
    return out.getvalue()


def v7_tar() -> bytes:
    """A pre-POSIX tar header: no 'ustar' magic, only the checksum says it is tar."""
    header = bytearray(tar_bytes(tarfile.USTAR_FORMAT)[:512])
    header[257:265] = bytes(8)
    header[148:156] = b" " * 8
    header[148:156] = b"%06o\x00 " % sum(header)
    return bytes(header) + bytes(512)


def sqlite_bytes(tmp: Path) -> bytes:
    path = tmp / "db.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("create table t (x)")
    return path.read_bytes()[:HEAD_BYTES]


IMAGES = {
    "jpeg": (pillow_bytes("JPEG"), "image/jpeg", "jpg"),
    "png": (pillow_bytes("PNG"), "image/png", "png"),
    "gif": (pillow_bytes("GIF"), "image/gif", "gif"),
    "bmp": (pillow_bytes("BMP"), "image/bmp", "bmp"),
    "webp": (pillow_bytes("WEBP"), "image/webp", "webp"),
    "tiff": (pillow_bytes("TIFF"), "image/tiff", "tif"),
    "tiff-bigendian": (b"MM\x00\x2a" + bytes(60), "image/tiff", "tif"),
    "bigtiff": (b"II+\x00\x08\x00\x00\x00" + bytes(60), "image/tiff", "tif"),
    "ico": (pillow_bytes("ICO", size=(16, 16)), "image/vnd.microsoft.icon", "ico"),
    "psd": (b"8BPS\x00\x01" + bytes(60), "image/vnd.adobe.photoshop", "psd"),
    "jp2": (pillow_bytes("JPEG2000"), "image/jp2", "jp2"),
    "j2k": (b"\xff\x4f\xff\x51" + bytes(60), "image/x-jp2-codestream", "j2k"),
    "apng": (
        pillow_bytes("PNG", save_all=True, append_images=[Image.new("RGB", (32, 24))]),
        "image/apng",
        "apng",
    ),
}
if features.check("avif"):
    IMAGES["avif"] = (pillow_bytes("AVIF"), "image/avif", "avif")

VIDEOS = {
    "mp4-isom": (ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41"), "video/mp4", "mp4"),
    "mp4-mp42": (ftyp(b"mp42", b"mp42", b"isom"), "video/mp4", "mp4"),
    "mp4-avc1-only": (ftyp(b"avc1"), "video/mp4", "mp4"),
    "mp4-dash": (ftyp(b"dash", b"iso6"), "video/mp4", "mp4"),
    "mov": (ftyp(b"qt  ", b"qt  "), "video/quicktime", "mov"),
    "mov-no-ftyp": (box(b"moov", bytes(24)) + box(b"mdat", bytes(24)), "video/quicktime", "mov"),
    "mov-wide-mdat": (box(b"wide", b"") + box(b"mdat", bytes(24)), "video/quicktime", "mov"),
    "3gp": (ftyp(b"3gp4", b"isom", b"3gp4"), "video/3gpp", "3gp"),
    "3g2": (ftyp(b"3g2a", b"3g2a"), "video/3gpp2", "3g2"),
    "m4v": (ftyp(b"M4V ", b"M4V ", b"mp42"), "video/x-m4v", "m4v"),
    "avi": (b"RIFF\x00\x10\x00\x00AVI LIST" + bytes(40), "video/x-msvideo", "avi"),
    "mkv": (ebml(b"matroska"), "video/x-matroska", "mkv"),
    "webm": (ebml(b"webm"), "video/webm", "webm"),
    "wmv": (asf(ASF_VIDEO), "video/x-ms-wmv", "wmv"),
    "asf": (asf(None), "video/x-ms-asf", "asf"),
    "mpeg-ts": (ts_packets(0, 188), "video/mp2t", "ts"),
    "m2ts": (ts_packets(4, 192), "video/mp2t", "m2ts"),
    "mpeg-ps": (b"\x00\x00\x01\xba\x44" + bytes(40), "video/mpeg", "mpg"),
    "mpeg-video": (b"\x00\x00\x01\xb3\x16\x00\xf0" + bytes(40), "video/mpeg", "mpg"),
    "flv": (b"FLV\x01\x05\x00\x00\x00\x09" + bytes(40), "video/x-flv", "flv"),
}

ARCHIVES = {
    "zip": (zip_bytes(), "application/zip", "zip"),
    "gzip": (gzip.compress(b"x" * 100), "application/gzip", "gz"),
    "bz2": (compressed(bz2), "application/x-bzip2", "bz2"),
    "xz": (compressed(lzma), "application/x-xz", "xz"),
    "7z": (b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(40), "application/x-7z-compressed", "7z"),
    "rar4": (b"Rar!\x1a\x07\x00" + bytes(40), "application/vnd.rar", "rar"),
    "rar5": (b"Rar!\x1a\x07\x01\x00" + bytes(40), "application/vnd.rar", "rar"),
    "tar-ustar": (tar_bytes(tarfile.USTAR_FORMAT), "application/x-tar", "tar"),
    "tar-gnu": (tar_bytes(tarfile.GNU_FORMAT), "application/x-tar", "tar"),
    "tar-pax": (tar_bytes(tarfile.PAX_FORMAT), "application/x-tar", "tar"),
    "tar-v7": (v7_tar(), "application/x-tar", "tar"),
}

OTHERS = {
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "application/pdf", "pdf"),
    "elf": (b"\x7fELF\x02\x01\x01" + bytes(60), "application/x-executable", "elf"),
    "wav": (b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(40), "audio/wav", "wav"),
    "m4a": (ftyp(b"M4A ", b"M4A ", b"mp42", b"isom"), "audio/mp4", "m4a"),
    "wma": (asf(ASF_AUDIO), "audio/x-ms-wma", "wma"),
    "mp3": (b"ID3\x03\x00\x00\x00\x00\x00\x00" + bytes(40), "audio/mpeg", "mp3"),
    "docx": (
        zip_bytes("[Content_Types].xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    "cr3": (ftyp(b"crx ", b"crx ", b"isom"), "image/x-canon-cr3", "cr3"),
}


@pytest.mark.parametrize(("data", "mime", "extension"), IMAGES.values(), ids=list(IMAGES))
def test_images_pillow_decodes(data: bytes, mime: str, extension: str) -> None:
    assert identify(data) == FileType(mime, "image", extension)


@pytest.mark.parametrize(("data", "mime", "extension"), VIDEOS.values(), ids=list(VIDEOS))
def test_videos(data: bytes, mime: str, extension: str) -> None:
    assert identify(data) == FileType(mime, "video", extension)


@pytest.mark.parametrize(("data", "mime", "extension"), ARCHIVES.values(), ids=list(ARCHIVES))
def test_archives(data: bytes, mime: str, extension: str) -> None:
    assert identify(data) == FileType(mime, "archive", extension)


@pytest.mark.parametrize(("data", "mime", "extension"), OTHERS.values(), ids=list(OTHERS))
def test_others_with_a_mime(data: bytes, mime: str, extension: str) -> None:
    assert identify(data) == FileType(mime, "other", extension)


def test_sqlite(tmp_path: Path) -> None:
    assert identify(sqlite_bytes(tmp_path)) == FileType(
        "application/vnd.sqlite3", "other", "sqlite"
    )


@pytest.mark.parametrize(
    ("major", "compatible", "mime"),
    [
        (b"heic", (b"mif1", b"heic"), "image/heic"),
        (b"mif1", (b"mif1", b"heic"), "image/heic"),
        (b"mif1", (b"mif1", b"miaf"), "image/heif"),
    ],
)
def test_heif_is_an_image_only_if_pillow_decodes_it(
    major: bytes, compatible: tuple[bytes, ...], mime: str
) -> None:
    found = identify(ftyp(major, *compatible))
    assert found.mime == mime
    assert found.kind == ("image" if "HEIF" in pillow_formats() else "other")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello world, this is a text file",
        b"BMW 320d, blue, 2011 - the text starts with BM",
        b"BM" + bytes(100),  # BM but no DIB header
        b"\x00\x00\x01\x00" + bytes(100),  # ICO magic, but zero entries
        b"G" + bytes(500),  # one MPEG-TS sync byte is not a stream
        b"\x00\x00\x00\x08free" + b"a" * 100,  # 'free' atom followed by junk
        bytes(4096),
    ],
    ids=["empty", "text", "text-BM", "BM-junk", "ico-junk", "one-sync", "free-junk", "zeros"],
)
def test_unknown_is_octet_stream(data: bytes) -> None:
    assert identify(data) == FileType("application/octet-stream", "other", "bin")


def test_content_decides_not_name(tmp_path: Path) -> None:
    path = tmp_path / "holiday.txt"
    path.write_bytes(IMAGES["png"][0])
    assert identify(path.read_bytes()[:HEAD_BYTES]).mime == "image/png"


def test_only_the_head_is_looked_at() -> None:
    # The WebM DocType placed beyond HEAD_BYTES is not seen: generic Matroska.
    data = b"\x1a\x45\xdf\xa3" + bytes(HEAD_BYTES) + b"\x42\x82\x84webm"
    assert identify(data).mime == "video/x-matroska"


def test_identify_accepts_memoryview_and_bytearray() -> None:
    data = IMAGES["jpeg"][0]
    assert identify(bytearray(data)) == identify(memoryview(data)) == identify(data)  # type: ignore[arg-type]


def test_image_kind_matches_pillow_formats() -> None:
    Image.init()
    assert set(pillow_formats()) <= set(Image.OPEN)
    assert {"JPEG", "PNG", "GIF", "BMP", "WEBP", "TIFF", "ICO"} <= set(pillow_formats())
    assert "EPS" not in pillow_formats()  # never hand hostile data to Ghostscript


MAGICS = [v[0][:16] for group in (IMAGES, VIDEOS, ARCHIVES, OTHERS) for v in group.values()]


@settings(max_examples=300, deadline=None)
@given(
    prefix=st.sampled_from([b"", *MAGICS]),
    tail=st.binary(max_size=HEAD_BYTES + 100),
)
def test_never_raises(prefix: bytes, tail: bytes) -> None:
    found = identify(prefix + tail)
    assert isinstance(found, FileType)
    assert found.kind in {"image", "video", "archive", "other"}
    assert found.mime and found.extension
