"""The folder source walks read-only, keeps raw names and never follows links."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cairn.errors import SourceError
from cairn.model import Locator
from cairn.sources.folder import walk_folder


def _tree(root: Path) -> None:
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "deep.txt").write_bytes(b"deep")
    (root / "top.bin").write_bytes(b"top")
    with open(os.path.join(os.fsencode(root), b"\xff\xfeodd\nname"), "wb") as handle:
        handle.write(b"odd")
    with open(os.path.join(os.fsencode(root), b"n" * 255), "wb") as handle:
        handle.write(b"long")
    os.symlink(root / "top.bin", root / "link.bin")
    os.symlink(root / "a", root / "dirlink")
    os.mkfifo(root / "fifo")


def test_walk_records_every_entry_with_exact_names(tmp_path: Path) -> None:
    _tree(tmp_path)
    entries = {e.locator.path: e for e in walk_folder(tmp_path)}
    assert set(entries) == {
        b"a/b/deep.txt",
        b"top.bin",
        b"\xff\xfeodd\nname",
        b"n" * 255,
        b"link.bin",
        b"dirlink",
        b"fifo",
    }
    assert entries[b"link.bin"].excluded == "symbolic link (not followed)"
    assert entries[b"dirlink"].excluded == "symbolic link (not followed)"
    assert entries[b"fifo"].excluded == "FIFO (named pipe)"
    assert entries[b"top.bin"].excluded is None and entries[b"top.bin"].size == 3
    # The symlinked directory is not descended into: deep.txt appears once.
    assert sum(1 for p in entries if p.endswith(b"deep.txt")) == 1


def test_walk_is_stable_and_read_only(tmp_path: Path) -> None:
    _tree(tmp_path)
    before = {p: os.lstat(p).st_mtime_ns for p in tmp_path.rglob("*")}
    first = [e.locator.key() for e in walk_folder(tmp_path)]
    second = [e.locator.key() for e in walk_folder(tmp_path)]
    assert first == second
    assert {p: os.lstat(p).st_mtime_ns for p in tmp_path.rglob("*")} == before


def test_single_file_is_an_exhibit_of_one(tmp_path: Path) -> None:
    (tmp_path / "one.jpg").write_bytes(b"x")
    [entry] = list(walk_folder(tmp_path / "one.jpg"))
    assert entry.locator.path == b"one.jpg"


def test_missing_exhibit_is_a_source_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="nowhere"):
        list(walk_folder(tmp_path / "nowhere"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any directory")
def test_unlistable_directory_is_a_failed_entry(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked").chmod(0)
    try:
        [entry] = list(walk_folder(tmp_path))
        assert entry.failed is not None and "cannot list" in entry.failed
    finally:
        (tmp_path / "locked").chmod(0o755)


@given(st.binary(min_size=1, max_size=300).filter(lambda b: b"\x00" not in b), st.booleans())
@settings(max_examples=200)
def test_locator_round_trips_any_name(name: bytes, nested: bool) -> None:
    parent = Locator("archive", b"outer.zip") if nested else None
    loc = Locator("folder", name, parent)
    assert Locator.from_key(loc.key()) == loc
    assert Locator.from_dict(loc.to_dict()) == loc
    shown = loc.display()
    assert "\n" not in shown and "\r" not in shown
