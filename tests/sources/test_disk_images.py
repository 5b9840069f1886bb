"""Disk images built with Debian's tools, walked and read back through The Sleuth Kit: every
file put in comes out at its path with its bytes, deleted ones flagged, and nothing else."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cairn.settings import Settings
from cairn.sources import SourceEntry, open_entry, walk_exhibit
from sources.evidence_images import (
    Truth,
    dos_disk,
    e01,
    ext4_image,
    fat_image,
    need_modules,
    ntfs_image,
    random_bytes,
    sha256,
    split_raw,
)


@pytest.fixture(autouse=True)
def _modules() -> None:
    need_modules("pytsk3", "pyewf")


def _found(path: Path) -> tuple[str, dict[str, SourceEntry]]:
    walk = walk_exhibit(path, Settings())
    entries = list(walk)
    keys = [e.locator.key() for e in entries]
    assert len(keys) == len(set(keys)), "locators must be unique"
    return walk.kind, {e.locator.path.split(b":", 1)[1].decode(): e for e in entries}


def _content(entry: SourceEntry) -> str | None:
    if entry.excluded or entry.failed:
        return None
    with open_entry(entry) as f:
        head = f.read(100)
        f.seek(0)  # the stage reads a head, goes back, then reads it all
        data = f.read()
    assert data.startswith(head)
    return hashlib.sha256(data).hexdigest()


def _check(truth: Truth, found: dict[str, SourceEntry]) -> None:
    got = {path: (_content(e), e.deleted) for path, e in found.items()}
    assert got == truth.expected()


def test_fat_with_folders_and_a_deleted_file(tmp_path: Path) -> None:
    truth = fat_image(
        tmp_path,
        {
            "Pictures/holiday one.jpg": random_bytes(1, 5000),
            "Pictures/2023/b.png": random_bytes(2, 70_000),
            "notes.txt": b"benign text\n" * 10,
            "empty.dat": b"",
        },
        deleted={"deleted photo.jpg": random_bytes(3, 30_000)},
    )
    kind, found = _found(truth.image)
    assert kind == "raw"
    _check(truth, found)
    entry = found["/Pictures/holiday one.jpg"]
    assert entry.locator.parent is not None and entry.locator.parent.path == b"fat12"
    assert entry.locator.display().startswith("fat.img!fat12!")


def test_ext4_deleted_recoverable_and_not(tmp_path: Path) -> None:
    truth = ext4_image(
        tmp_path,
        {"home/user/a b.jpg": random_bytes(4, 12_000), "etc/x.conf": b"k=v\n"},
        deleted={"home/user/gone.bin": random_bytes(5, 40_000)},
        wiped={"home/user/wiped.bin": random_bytes(6, 9_000)},
    )
    _kind, found = _found(truth.image)
    _check(truth, found)
    wiped = found["/home/user/wiped.bin"]
    assert wiped.excluded == "deleted, content not recoverable: its metadata was cleared"
    assert found["/home/user/gone.bin"].excluded is None


def test_ntfs_files_and_alternate_streams(tmp_path: Path) -> None:
    truth = ntfs_image(
        tmp_path,
        {"photo é.jpg": random_bytes(7, 50_000), "small.txt": b"resident\n"},
        streams={"photo é.jpg:Zone.Identifier": b"[ZoneTransfer]\nZoneId=3\n"},
    )
    _kind, found = _found(truth.image)
    _check(truth, found)  # no $MFT or other metadata files among the items
    spec = found["/photo é.jpg:Zone.Identifier"].locator.path.split(b":", 1)[0]
    assert spec.count(b"-") == 2  # NTFS files are named meta-type-id, as fls prints them


@pytest.mark.parametrize("label", ["dos", "gpt"])
def test_two_partition_disk(tmp_path: Path, label: str) -> None:
    fat = fat_image(tmp_path, {"DCIM/one.jpg": random_bytes(8, 20_000)}, size_mb=4)
    ext = ext4_image(
        tmp_path,
        {"two.bin": random_bytes(9, 25_000)},
        deleted={"three.bin": random_bytes(10, 3000)},
        size_mb=4,
    )
    disk = dos_disk(tmp_path, [fat.image, ext.image], label=label)
    walk = walk_exhibit(disk, Settings())
    entries = list(walk)
    by_partition: dict[bytes, set[str]] = {}
    for entry in entries:
        fs = entry.locator.parent
        assert fs is not None and fs.parent is not None and fs.parent.type == "partition"
        by_partition.setdefault(fs.parent.path, set()).add(
            entry.locator.path.split(b":", 1)[1].decode()
        )
        digest = _content(entry)
        assert digest is not None
    assert sorted(by_partition.values(), key=len) == [
        {"/DCIM/one.jpg"},
        {"/two.bin", "/three.bin"},
    ]
    expected = {p.path: sha256(p.data) for p in fat.files + ext.files}
    got = {e.locator.path.split(b":", 1)[1].decode(): _content(e) for e in entries}
    assert got == expected


def test_split_raw_and_e01_read_the_same_files(tmp_path: Path) -> None:
    truth = fat_image(
        tmp_path, {"a.bin": random_bytes(11, 300_000), "b.txt": b"benign\n"}, size_mb=4
    )
    disk = dos_disk(tmp_path, [truth.image])
    split_raw(disk, 1024 * 1024)
    kind, from_split = _found(disk.with_name(disk.name + ".001"))
    assert kind == "raw"
    image = e01(tmp_path, disk, segment="1MiB")
    assert image.with_suffix(".E02").exists(), "the E01 should span several segments"
    kind, from_e01 = _found(image)
    assert kind == "ewf"
    _check(truth, from_split)
    _check(truth, from_e01)


def test_archive_inside_a_disk_image_chains_its_locator(tmp_path: Path) -> None:
    import io
    import zipfile

    inner = random_bytes(12, 4000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("inside/pic.jpg", inner)
    truth = fat_image(tmp_path, {"mail/att.zip": buffer.getvalue()}, size_mb=4)
    walk = walk_exhibit(truth.image, Settings())
    entries = list(walk)
    member = next(e for e in entries if e.locator.type == "archive")
    assert member.locator.display().startswith("fat.img!fat12!")
    assert member.locator.display().endswith(":/mail/att.zip!inside/pic.jpg")
    chain = []
    layer = member.locator
    while layer is not None:
        chain.append(layer.type)
        layer = layer.parent
    assert chain == ["archive", "tsk", "fs", "image"]
    assert _content(member) == sha256(inner)
