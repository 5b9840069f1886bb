"""End to end through the ``cairn`` command: a two-partition disk image as an E01 and as a
raw image, and a folder of hostile archives. The store must hold exactly the files put in,
at their paths, with their hashes and deleted flags; verification lands in the audit log."""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import os
import sqlite3
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

from cairn.sources import SourceEntry
from sources.evidence_images import (
    dos_disk,
    e01,
    ext4_image,
    fat_image,
    need_modules,
    random_bytes,
    sha256,
)

from helpers.cli import cairn

# The stage carries an entry's ``deleted`` flag and ``damaged`` reason into the item once
# SourceEntry has a ``damaged`` field (the change proposed with issue 5); until then a
# damaged entry is stored as ``failed`` with its reason prefixed ``damaged:``.
STAGE_CARRIES_FLAGS = "damaged" in {f.name for f in dataclasses.fields(SourceEntry)}


def _items(home: Path, exhibit: str) -> dict[str, dict[str, Any]]:
    with sqlite3.connect(f"file:{home / 'cairn.db'}?mode=ro", uri=True) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            "SELECT i.* FROM items i JOIN exhibits e ON e.id = i.exhibit_id WHERE e.name = ?",
            (exhibit,),
        ).fetchall()
    return {row["path"]: dict(row) for row in rows}


def _source_type(home: Path, exhibit: str) -> str:
    with sqlite3.connect(f"file:{home / 'cairn.db'}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT source_type FROM exhibits WHERE name = ?", (exhibit,)).fetchone()
    return str(row[0])


def _status(item: dict[str, Any]) -> str:
    if item["status"] == "failed" and (item["reason"] or "").startswith("damaged: "):
        return "damaged"
    return str(item["status"])


@pytest.fixture(scope="module")
def disk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[str, bool]]]:
    """A DOS-partitioned disk: FAT16 with a deleted file and a zip, ext4 with a deleted
    file; the truth maps the path shown for each item to (sha256, deleted)."""
    need_modules("pytsk3", "pyewf")
    tmp = tmp_path_factory.mktemp("disk")
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("holiday/beach.jpg", random_bytes(70, 9000))
    fat = fat_image(
        tmp,
        {"DCIM/IMG_0001.JPG": random_bytes(71, 40_000), "mail/att.zip": inner.getvalue()},
        deleted={"deleted picture.jpg": random_bytes(72, 12_000)},
        size_mb=16,
        fat_bits=16,
    )
    ext = ext4_image(
        tmp,
        {"home/a/notes.txt": b"benign notes\n" * 40},
        deleted={"home/a/removed.bin": random_bytes(73, 30_000)},
        size_mb=4,
    )
    raw = dos_disk(tmp, [fat.image, ext.image])
    truth: dict[str, tuple[str, bool]] = {}
    for put in fat.files + ext.files:
        truth[put.path] = (sha256(put.data), put.deleted)
    truth["/mail/att.zip!holiday/beach.jpg"] = (sha256(random_bytes(70, 9000)), False)
    return raw, truth


def _check_items(items: dict[str, dict[str, Any]], truth: dict[str, tuple[str, bool]]) -> None:
    got = {}
    for shown, item in items.items():
        # "disk.E01!p2!fat16!4:/DCIM/IMG_0001.JPG" → "/DCIM/IMG_0001.JPG"
        path = shown.split(":", 1)[1]
        assert _status(item) == "processed", (shown, item["status"], item["reason"])
        got[path] = (item["sha256"], bool(item["deleted"]) if STAGE_CARRIES_FLAGS else None)
    expected = {p: (h, d if STAGE_CARRIES_FLAGS else None) for p, (h, d) in truth.items()}
    assert got == expected


def test_e01_ingest_gives_exactly_the_files_put_in_and_verifies(
    disk: tuple[Path, dict[str, tuple[str, bool]]], tmp_path: Path
) -> None:
    raw, truth = disk
    image = e01(tmp_path, raw)
    home = tmp_path / "ws"
    cairn(home, "case", "create", "op-disk")
    out = cairn(
        home, "ingest", str(image), "--case", "op-disk", "--exhibit", "HDD1", "--workers", "2"
    ).stdout
    assert f"{len(truth)} items written" in out
    assert _source_type(home, "HDD1") == "ewf"
    _check_items(_items(home, "HDD1"), truth)
    again = cairn(home, "ingest", str(image), "--case", "op-disk", "--exhibit", "HDD1").stdout
    assert "nothing to do" in again
    # As after a kill: lose some items, run again; the same items come back, no duplicates.
    before = _items(home, "HDD1")
    with sqlite3.connect(home / "cairn.db") as conn:
        conn.execute("DELETE FROM items WHERE id % 2 = 0")
    resumed = cairn(home, "ingest", str(image), "--case", "op-disk", "--exhibit", "HDD1").stdout
    assert f"({len(truth) - len(truth) // 2} already ingested" in resumed
    after = _items(home, "HDD1")
    keep = ("locator", "sha256", "status", "deleted", "size")
    assert {p: [i[k] for k in keep] for p, i in after.items()} == {
        p: [i[k] for k in keep] for p, i in before.items()
    }

    out = cairn(home, "exhibit", "verify", "op-disk", "HDD1").stdout
    assert "md5" in out and "sha1" in out and "matches" in out and out.endswith("verified\n")
    assert "audit log intact" in cairn(home, "audit", "verify").stdout
    with sqlite3.connect(f"file:{home / 'cairn.db'}?mode=ro", uri=True) as conn:
        (detail,) = conn.execute(
            "SELECT detail FROM audit_log WHERE action = 'exhibit.verify'"
        ).fetchone()
    recorded = json.loads(detail)
    assert recorded["ok"] is True and recorded["kind"] == "ewf"
    assert {c["algorithm"] for c in recorded["checks"]} == {"md5", "sha1"}


def test_raw_image_ingest_and_verification_against_a_given_hash(
    disk: tuple[Path, dict[str, tuple[str, bool]]], tmp_path: Path
) -> None:
    raw, truth = disk
    home = tmp_path / "ws"
    cairn(home, "case", "create", "op-raw")
    cairn(home, "ingest", str(raw), "--case", "op-raw", "--exhibit", "R", "--workers", "1")
    assert _source_type(home, "R") == "raw"
    _check_items(_items(home, "R"), truth)

    result = cairn(home, "exhibit", "verify", "op-raw", "R", ok=False)
    assert result.exit_code == 2 and "--hash" in result.stderr
    good = sha256(raw.read_bytes())
    assert (
        "verified"
        in cairn(home, "exhibit", "verify", "op-raw", "R", "--hash", f"sha256:{good}").stdout
    )
    bad = cairn(home, "exhibit", "verify", "op-raw", "R", "--hash", "md5:" + "0" * 32, ok=False)
    assert bad.exit_code == 1 and "MISMATCH" in bad.stdout
    wrong = cairn(home, "exhibit", "verify", "op-raw", "R", "--hash", "md5:xyz", ok=False)
    assert wrong.exit_code == 2
    with sqlite3.connect(f"file:{home / 'cairn.db'}?mode=ro", uri=True) as conn:
        results = [
            json.loads(d)["ok"]
            for (d,) in conn.execute(
                "SELECT detail FROM audit_log WHERE action = 'exhibit.verify' ORDER BY id"
            )
        ]
    assert results == [True, False]


def test_hostile_archives_end_in_the_right_status_with_nothing_lost(tmp_path: Path) -> None:
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("zeros.bin", "w") as member:
            for _ in range(70):
                member.write(bytes(1024 * 1024))
        archive.writestr("kept.txt", b"kept\n")
    (evidence / "bomb.zip").write_bytes(bomb.getvalue())
    traversal = io.BytesIO()
    with zipfile.ZipFile(traversal, "w") as archive:
        archive.writestr("../../outside.txt", b"outside\n")
    (evidence / "names.zip").write_bytes(traversal.getvalue())
    whole = io.BytesIO()
    with tarfile.open(fileobj=whole, mode="w:gz") as archive:
        for i in range(3):
            data = random_bytes(80 + i, 20_000)
            info = tarfile.TarInfo(f"part{i}.bin")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    (evidence / "cut.tar.gz").write_bytes(whole.getvalue()[: len(whole.getvalue()) * 2 // 3])
    (evidence / "notes.txt.gz").write_bytes(gzip.compress(b"benign\n" * 100))
    before = sorted(p.name for p in tmp_path.rglob("*"))

    home = tmp_path / "ws"
    cairn(home, "case", "create", "op-arch")
    cairn(home, "ingest", str(evidence), "--case", "op-arch", "--exhibit", "A", "--workers", "1")
    assert _source_type(home, "A") == "folder"
    items = _items(home, "A")
    states = {path: _status(item) for path, item in items.items()}
    assert states == {
        "bomb.zip": "processed",
        "bomb.zip!zeros.bin": "damaged",
        "bomb.zip!kept.txt": "processed",
        "names.zip": "processed",
        "names.zip!../../outside.txt": "processed",
        "cut.tar.gz": "processed",
        "cut.tar.gz!part0.bin": "processed",
        "cut.tar.gz!part1.bin": "damaged",
        "cut.tar.gz!": "damaged",
        "notes.txt.gz": "processed",
        "notes.txt.gz!notes.txt": "processed",
    }
    assert items["names.zip!../../outside.txt"]["sha256"] == sha256(b"outside\n")
    assert items["notes.txt.gz!notes.txt"]["sha256"] == sha256(b"benign\n" * 100)
    assert "archive_max_ratio" in items["bomb.zip!zeros.bin"]["reason"]
    assert sorted(p.name for p in tmp_path.rglob("*") if "ws" not in p.parts) == [
        n for n in before if n != "ws"
    ]
    assert not (tmp_path / "outside.txt").exists() and not Path("outside.txt").exists()
    assert os.path.exists(evidence / "bomb.zip")
