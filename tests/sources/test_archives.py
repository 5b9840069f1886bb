"""Archives inside evidence: every format gives exactly its members with their bytes; nested
archives chain their locators; hostile archives end in the right status and nothing is
written anywhere."""

from __future__ import annotations

import bz2
import dataclasses
import gzip
import hashlib
import io
import lzma
import os
import struct
import tarfile
import zipfile
import zlib
from pathlib import Path

import pytest

from cairn.settings import Settings
from cairn.sources import SourceEntry, open_entry, walk_exhibit
from cairn.sources.archive import ArchiveLimits, expand
from cairn.sources.folder import walk_folder
from sources.evidence_images import random_bytes, sha256

MEMBERS = {
    "a.txt": b"benign text\n" * 50,
    "dir/b.bin": random_bytes(21, 20_000),
    "dir/sub/c.jpg": random_bytes(22, 3_000),
}


def status(entry: SourceEntry) -> tuple[str, str | None]:
    """The status an entry will end in, with its reason.

    ``damaged`` is carried as ``failed: damaged: …`` until SourceEntry has its own field.
    """
    damaged = getattr(entry, "damaged", None)
    if damaged:
        return "damaged", damaged
    if entry.failed is not None:
        if entry.failed.startswith("damaged: "):
            return "damaged", entry.failed.removeprefix("damaged: ")
        return "failed", entry.failed
    if entry.excluded is not None:
        return "excluded", entry.excluded
    return "content", None


def read(entry: SourceEntry) -> str:
    with open_entry(entry) as f:
        head = f.read(8192)
        f.seek(0)
        data = f.read()
    assert data.startswith(head)
    return hashlib.sha256(data).hexdigest()


def walk(path: Path, **settings: int) -> list[SourceEntry]:
    entries = list(walk_exhibit(path, Settings().with_values(**settings)))
    keys = [e.locator.key() for e in entries]
    assert len(keys) == len(set(keys))
    return entries


def members_of(entries: list[SourceEntry], container: str) -> dict[str, SourceEntry]:
    out = {}
    for e in entries:
        parent = e.locator.parent
        if e.locator.type == "archive" and parent is not None and parent.path == container.encode():
            out[e.locator.path.decode("utf-8", "backslashreplace")] = e
    return out


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _tar(members: dict[str, bytes], mode: str = "w") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _7z(members: dict[str, bytes], **options: object) -> bytes:
    py7zr = pytest.importorskip("py7zr") if not os.environ.get("CI") else __import__("py7zr")
    buffer = io.BytesIO()
    with py7zr.SevenZipFile(buffer, "w", **options) as archive:
        for name, data in members.items():
            archive.writestr(data, name)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "build"),
    [
        ("m.zip", lambda: _zip(MEMBERS)),
        ("m-stored.zip", lambda: _zip(MEMBERS, zipfile.ZIP_STORED)),
        ("m-bzip2.zip", lambda: _zip(MEMBERS, zipfile.ZIP_BZIP2)),
        ("m.tar", lambda: _tar(MEMBERS)),
        ("m.tar.gz", lambda: _tar(MEMBERS, "w:gz")),
        ("m.tar.bz2", lambda: _tar(MEMBERS, "w:bz2")),
        ("m.txz", lambda: _tar(MEMBERS, "w:xz")),
        ("m.7z", lambda: _7z(MEMBERS)),
    ],
)
def test_every_format_gives_exactly_its_members(tmp_path: Path, name: str, build: object) -> None:
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    (evidence / name).write_bytes(build())  # type: ignore[operator]
    entries = walk(evidence)
    found = members_of(entries, name)
    assert {k: read(e) for k, e in found.items()} == {k: sha256(v) for k, v in MEMBERS.items()}
    assert len(entries) == 1 + len(MEMBERS)  # the archive itself is an item too
    assert all(e.fs_path == os.fsencode(evidence / name) for e in found.values())


@pytest.mark.parametrize(
    ("name", "compress"),
    [
        ("notes.txt.gz", gzip.compress),
        ("notes.txt.bz2", bz2.compress),
        ("notes.txt.xz", lzma.compress),
    ],
)
def test_a_lone_compressed_file_is_one_member(tmp_path: Path, name: str, compress: object) -> None:
    data = b"line of benign text\n" * 1000
    (tmp_path / name).write_bytes(compress(data))  # type: ignore[operator]
    entries = walk(tmp_path / name)  # a single-file exhibit
    assert [e.locator.display() for e in entries] == [name, f"{name}!notes.txt"]
    assert read(entries[1]) == sha256(data) and entries[1].size == len(data)


def test_nested_archives_chain_locators_and_depth_is_limited(tmp_path: Path) -> None:
    deepest = {"photo.jpg": random_bytes(23, 5000)}
    level3 = _7z(deepest)
    level2 = _tar({"inner.7z": level3}, "w:gz")
    level1 = _zip({"mid.tar.gz": level2, "top.txt": b"top\n"})
    (tmp_path / "outer.zip").write_bytes(level1)
    entries = walk(tmp_path)
    shown = {e.locator.display(): e for e in entries}
    leaf = shown["outer.zip!mid.tar.gz!inner.7z!photo.jpg"]
    assert read(leaf) == sha256(deepest["photo.jpg"])
    chain = []
    layer = leaf.locator
    while layer is not None:
        chain.append(layer.type)
        layer = layer.parent
    assert chain == ["archive", "archive", "archive", "folder"]

    limited = {e.locator.display(): e for e in walk(tmp_path, archive_max_depth=2)}
    assert "outer.zip!mid.tar.gz!inner.7z!photo.jpg" not in limited
    assert read(limited["outer.zip!mid.tar.gz!inner.7z"]) == sha256(level3)  # still hashed
    note = limited["outer.zip!mid.tar.gz!inner.7z!"]
    assert note.locator.type == "unexpanded"
    assert status(note) == (
        "excluded",
        "archive nested more than archive_max_depth (2) deep; not expanded",
    )
    assert not [e for e in walk(tmp_path, archive_max_depth=0) if e.locator.type != "folder"]


def test_a_zip_bomb_member_is_damaged_and_the_rest_is_read(tmp_path: Path) -> None:
    zeros = 80 * 1024 * 1024
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("bomb.bin", "w") as member:
            chunk = bytes(1024 * 1024)
            for _ in range(zeros // len(chunk)):
                member.write(chunk)
        archive.writestr("fine.txt", b"fine\n")
    (tmp_path / "b.zip").write_bytes(buffer.getvalue())
    (tmp_path / "z.gz").write_bytes(gzip.compress(bytes(zeros), compresslevel=9))
    entries = {e.locator.display(): e for e in walk(tmp_path)}
    state, reason = status(entries["b.zip!bomb.bin"])
    assert state == "damaged" and "more than archive_max_ratio (100:1)" in (reason or "")
    assert read(entries["b.zip!fine.txt"]) == sha256(b"fine\n")
    state, reason = status(entries["z.gz!z"])
    assert state == "damaged" and reason is not None and reason.startswith("expands to more than")
    assert status(entries["b.zip"]) == ("content", None)  # the bomb itself is still hashed


def test_total_size_and_member_count_limits(tmp_path: Path) -> None:
    members = {f"m{i}.bin": random_bytes(30 + i, 4000) for i in range(5)}
    (tmp_path / "five.zip").write_bytes(_zip(members))
    entries = walk(tmp_path, archive_max_total_bytes=10_000)
    states = {e.locator.display(): status(e)[0] for e in entries}
    assert states == {
        "five.zip": "content",
        "five.zip!m0.bin": "content",
        "five.zip!m1.bin": "content",
        "five.zip!m2.bin": "damaged",
        "five.zip!": "damaged",
    }
    entries = walk(tmp_path, archive_max_members=3)
    shown = [e.locator.display() for e in entries]
    assert shown == [
        "five.zip",
        "five.zip!m0.bin",
        "five.zip!m1.bin",
        "five.zip!m2.bin",
        "five.zip!",
    ]
    assert "archive_max_members (3)" in (status(entries[-1])[1] or "")


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_hostile_names_are_kept_as_names_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = {
        "../../escaped.txt": b"one",
        "/abs/olute.txt": b"two",
        "..\\windows.txt": b"three",
        "ok/../../up.txt": b"four",
    }
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    (evidence / "h.zip").write_bytes(_zip(hostile))
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w") as archive:
        for name, data in hostile.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("link-out")
        link.type = tarfile.SYMTYPE
        link.linkname = "../../../../etc/passwd"
        archive.addfile(link)
    (evidence / "h.tar").write_bytes(tar.getvalue())
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    before = _tree(tmp_path)
    entries = walk(evidence)
    digests = {e.locator.display(): read(e) for e in entries if status(e)[0] == "content"}
    assert _tree(tmp_path) == before, "reading archives must write nothing"
    for container in ("h.zip", "h.tar"):
        for name, data in hostile.items():
            assert digests[f"{container}!{name}"] == sha256(data)
    link_entry = next(e for e in entries if e.locator.path == b"link-out")
    assert status(link_entry) == ("excluded", "symbolic link (not followed)")


def _zipcrypto(name: str, data: bytes, password: bytes) -> bytes:
    """A zip with one member encrypted the traditional PKWARE way (APPNOTE 6.1)."""
    keys = [0x12345678, 0x23456789, 0x34567890]

    def crc(byte: int, value: int) -> int:
        return zlib.crc32(bytes([byte]), value ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def update(byte: int) -> None:
        keys[0] = crc(byte, keys[0])
        keys[1] = (keys[1] + (keys[0] & 0xFF)) & 0xFFFFFFFF
        keys[1] = (keys[1] * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = crc(keys[1] >> 24, keys[2])

    def encrypt(plain: bytes) -> bytes:
        out = bytearray()
        for byte in plain:
            temp = (keys[2] | 2) & 0xFFFF
            out.append(byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            update(byte)
        return bytes(out)

    for byte in password:
        update(byte)
    checksum = zlib.crc32(data)
    header = random_bytes(40, 11) + bytes([checksum >> 24])
    body = encrypt(header + data)
    encoded = name.encode()
    local = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 1, 0, 0, 0, checksum, len(body), len(data), len(encoded), 0
    )
    central = struct.pack(
        "<4s6H3L5H2L",
        b"PK\x01\x02", 20, 20, 1, 0, 0, 0, checksum, len(body), len(data), len(encoded),
        0, 0, 0, 0, 0, 0,
    )  # fmt: skip
    directory_offset = len(local) + len(encoded) + len(body)
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central) + len(encoded), directory_offset, 0
    )
    return local + encoded + body + central + encoded + end


def test_encrypted_archives_and_members_are_excluded(tmp_path: Path) -> None:
    secret = b"benign secret text\n"
    blob = _zipcrypto("locked.txt", secret, b"pw")
    with zipfile.ZipFile(io.BytesIO(blob)) as check:  # a real encrypted zip
        assert check.read("locked.txt", pwd=b"pw") == secret
    (tmp_path / "enc.zip").write_bytes(blob)
    (tmp_path / "enc-content.7z").write_bytes(_7z({"s.txt": secret}, password="pw"))
    (tmp_path / "enc-headers.7z").write_bytes(
        _7z({"s.txt": secret}, password="pw", header_encryption=True)
    )
    states = {e.locator.display(): status(e) for e in walk(tmp_path)}
    assert states["enc.zip!locked.txt"] == ("excluded", "encrypted")
    assert states["enc-content.7z!s.txt"] == ("excluded", "encrypted")
    assert states["enc-headers.7z!"] == ("excluded", "encrypted: 7z archive with encrypted headers")
    for container in ("enc.zip", "enc-content.7z", "enc-headers.7z"):
        assert states[container] == ("content", None)


def test_truncated_archives_keep_what_is_there(tmp_path: Path) -> None:
    members = {f"f{i}.bin": random_bytes(50 + i, 20_000) for i in range(3)}
    whole = _tar(members, "w:gz")
    (tmp_path / "cut.tar.gz").write_bytes(whole[: len(whole) * 2 // 3])
    zipped = _zip(members, zipfile.ZIP_STORED)
    (tmp_path / "cut.zip").write_bytes(zipped[: len(zipped) // 2])
    entries = walk(tmp_path)
    states = {e.locator.display(): status(e) for e in entries}
    assert read(next(e for e in entries if e.locator.display() == "cut.tar.gz!f0.bin")) == sha256(
        members["f0.bin"]
    )
    assert states["cut.tar.gz!f1.bin"][0] == "damaged"
    assert states["cut.tar.gz!"][0] == "damaged"
    assert states["cut.zip!"][0] == "damaged"
    assert "cannot read the zip directory" in (states["cut.zip!"][1] or "")
    assert states["cut.zip"] == states["cut.tar.gz"] == ("content", None)


def test_an_archive_inside_itself_is_a_quine(tmp_path: Path) -> None:
    """A zip quine contains a byte-for-byte copy of itself; expanding the copy again is
    what the check stops (building a real deflate quine is beyond a test, so the copy is
    handed in as its own ancestor)."""
    (tmp_path / "q.zip").write_bytes(_zip({"q.zip": b"placeholder"}))
    outer = next(iter(walk_folder(tmp_path)))
    notes = list(expand(outer, "zip", ArchiveLimits(), depth=2, ancestors=(outer,)))
    assert [(n.locator.type, status(n)) for n in notes] == [
        ("unexpanded", ("damaged", "the archive contains a copy of itself (a quine)"))
    ]


def test_members_with_the_same_name_are_all_items(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for data in (b"first version", b"second version"):
            info = tarfile.TarInfo("same.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    (tmp_path / "dup.tgz").write_bytes(buffer.getvalue())
    entries = walk(tmp_path)
    found = {e.locator.path: read(e) for e in entries if e.locator.type == "archive"}
    assert found == {
        b"same.txt": sha256(b"first version"),
        b"same.txt\x002": sha256(b"second version"),
    }


def test_settings_limits_are_read(tmp_path: Path) -> None:
    settings = Settings().with_values(archive_max_depth=1, archive_max_ratio=7)
    limits = ArchiveLimits.from_settings(settings)
    assert dataclasses.astuple(limits)[:2] == (1, 7)
