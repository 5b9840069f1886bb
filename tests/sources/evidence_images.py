"""Builders of real, small disk images with Debian's tools (no mounting, no root tricks).

Every builder returns the image and the truth: what was put in, at which path, with which
bytes, and whether it was deleted afterwards. Content is random bytes or benign generated
text: test data is synthetic only.

A missing tool skips the test with the tool's name, except under CI (``CI`` set), where it
fails: CI installs the tools (.ci/run), so a skip there would hide a broken setup.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import random
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

__all__ = [
    "Put",
    "Truth",
    "dos_disk",
    "e01",
    "ext4_image",
    "fat_image",
    "need_modules",
    "need_tools",
    "ntfs_image",
    "random_bytes",
    "sha256",
    "split_raw",
]


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required in CI (.ci/run installs it)")
    pytest.skip(f"{what} not installed")


def need_tools(*tools: str) -> None:
    for tool in tools:
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            _missing(f"the command {tool!r}")


def need_modules(*modules: str) -> None:
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError:
            _missing(f"the Python module {module!r}")


def _run(*args: str | Path, stdin: bytes | None = None) -> None:
    env = {**os.environ, "PATH": os.environ.get("PATH", "") + ":/usr/sbin:/sbin"}
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, input=stdin, env=env, timeout=60, check=False
    )
    if done.returncode != 0:
        raise AssertionError(
            f"{args[0]} exited {done.returncode}: {done.stderr.decode(errors='replace')[-500:]}"
        )


def random_bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Put:
    """One file put into an image: its path as The Sleuth Kit lists it, and its bytes."""

    path: str
    data: bytes
    deleted: bool = False
    recoverable: bool = True


@dataclass
class Truth:
    image: Path
    files: list[Put] = field(default_factory=list)

    def expected(self) -> dict[str, tuple[str | None, bool]]:
        """path → (sha256 or None when not recoverable, deleted)."""
        return {f.path: (sha256(f.data) if f.recoverable else None, f.deleted) for f in self.files}


def _tree(root: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        target = root / rel.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def fat_image(
    tmp: Path,
    files: dict[str, bytes],
    deleted: dict[str, bytes] | None = None,
    *,
    size_mb: int = 8,
    fat_bits: int = 12,
    name: str = "fat.img",
) -> Truth:
    """A FAT image built with mkfs.fat and mtools; ``deleted`` files are copied in, then
    removed with ``mdel`` (long names, so TSK recovers the whole name)."""
    need_tools("mkfs.fat", "mcopy", "mmd", "mdel")
    image = tmp / name
    with open(image, "wb") as f:
        f.truncate(size_mb * 1024 * 1024)
    _run("mkfs.fat", "-F", str(fat_bits), image)
    staging = tmp / f"{name}.staging"
    everything = {**files, **(deleted or {})}
    _tree(staging, everything)
    made: set[str] = set()
    for rel in everything:
        parts = rel.strip("/").split("/")[:-1]
        for i in range(1, len(parts) + 1):
            directory = "/".join(parts[:i])
            if directory not in made:
                _run("mmd", "-i", image, f"::/{directory}")
                made.add(directory)
        _run("mcopy", "-i", image, staging / rel.lstrip("/"), f"::/{rel.lstrip('/')}")
    for rel in deleted or {}:
        _run("mdel", "-i", image, f"::/{rel.lstrip('/')}")
    truth = Truth(image, [Put("/" + p.lstrip("/"), d) for p, d in files.items()])
    truth.files += [Put("/" + p.lstrip("/"), d, deleted=True) for p, d in (deleted or {}).items()]
    return truth


def ext4_image(
    tmp: Path,
    files: dict[str, bytes],
    deleted: dict[str, bytes] | None = None,
    wiped: dict[str, bytes] | None = None,
    *,
    size_mb: int = 8,
    name: str = "ext4.img",
) -> Truth:
    """An ext4 image made with ``mke2fs -d`` from a folder. ``deleted`` files are removed
    with debugfs ``rm`` (the inode keeps its extents: recoverable); ``wiped`` ones are
    removed and their inode cleared with ``clri`` (not recoverable)."""
    need_tools("mke2fs", "debugfs")
    staging = tmp / f"{name}.staging"
    _tree(staging, {**files, **(deleted or {}), **(wiped or {})})
    image = tmp / name
    with open(image, "wb") as f:
        f.truncate(size_mb * 1024 * 1024)
    _run("mke2fs", "-q", "-F", "-t", "ext4", "-d", staging, image)
    commands = []
    for rel in wiped or {}:
        commands += [f'clri "/{rel.lstrip("/")}"', f'unlink "/{rel.lstrip("/")}"']
    for rel in deleted or {}:
        commands.append(f'rm "/{rel.lstrip("/")}"')
    if commands:
        _run("debugfs", "-w", "-f", "-", image, stdin=("\n".join(commands) + "\n").encode())
    truth = Truth(image, [Put("/" + p.lstrip("/"), d) for p, d in files.items()])
    truth.files += [Put("/" + p.lstrip("/"), d, deleted=True) for p, d in (deleted or {}).items()]
    truth.files += [
        Put("/" + p.lstrip("/"), d, deleted=True, recoverable=False)
        for p, d in (wiped or {}).items()
    ]
    return truth


def ntfs_image(
    tmp: Path,
    files: dict[str, bytes],
    streams: dict[str, bytes] | None = None,
    *,
    size_mb: int = 8,
    name: str = "ntfs.img",
) -> Truth:
    """An NTFS image made with mkntfs, files copied in with ntfscp (into the root: ntfscp
    makes no directories). ``streams`` maps ``file:stream`` to an alternate data stream."""
    need_tools("mkntfs", "ntfscp")
    image = tmp / name
    with open(image, "wb") as f:
        f.truncate(size_mb * 1024 * 1024)
    _run("mkntfs", "-q", "-F", "-f", image)
    staging = tmp / f"{name}.staging"
    staging.mkdir()
    truth = Truth(image)
    for i, (rel, data) in enumerate(files.items()):
        source = staging / f"f{i}"
        source.write_bytes(data)
        _run("ntfscp", "-f", image, source, rel.lstrip("/"))
        truth.files.append(Put("/" + rel.lstrip("/"), data))
    for i, (rel, data) in enumerate((streams or {}).items()):
        owner, _, stream = rel.lstrip("/").partition(":")
        source = staging / f"s{i}"
        source.write_bytes(data)
        _run("ntfscp", "-f", "-N", stream, image, source, owner)
        truth.files.append(Put("/" + rel.lstrip("/"), data))
    return truth


def dos_disk(
    tmp: Path, partitions: list[Path], *, label: str = "dos", name: str = "disk.img"
) -> Path:
    """A disk with a partition table made by sfdisk (``dos`` or ``gpt``) holding the given
    file-system images, each written at its partition's offset (1 MiB aligned)."""
    need_tools("sfdisk")
    sector = 512
    start = 2048
    lines = [f"label: {label}"]
    layout = []
    for image in partitions:
        sectors = (image.stat().st_size + sector - 1) // sector
        sectors = (sectors + 2047) // 2048 * 2048
        layout.append((start, image))
        lines.append(f"start={start}, size={sectors}, type={'L' if label == 'gpt' else '83'}")
        start += sectors
    disk = tmp / name
    with open(disk, "wb") as f:
        f.truncate((start + 2048 + 34) * sector)
    _run("sfdisk", "-q", disk, stdin=("\n".join(lines) + "\n").encode())
    with open(disk, "r+b") as out:
        for offset, image in layout:
            out.seek(offset * sector)
            out.write(image.read_bytes())
    return disk


def split_raw(image: Path, segment: int) -> list[Path]:
    """``image.001``, ``image.002``… of ``segment`` bytes each, as ``split`` makes them."""
    data = image.read_bytes()
    parts = []
    for i in range(0, len(data), segment):
        part = image.with_name(f"{image.name}.{i // segment + 1:03d}")
        part.write_bytes(data[i : i + segment])
        parts.append(part)
    return parts


def e01(tmp: Path, raw: Path, *, name: str = "evidence", segment: str | None = None) -> Path:
    """An E01 of ``raw`` made by ewfacquire (with its MD5 and SHA-1 stored)."""
    need_tools("ewfacquire")
    args: list[str | Path] = [
        "ewfacquire", "-u", "-q", "-t", tmp / name, "-C", "case-1", "-D", "test image",
        "-E", "EX1", "-e", "examiner", "-N", "generated", "-f", "encase6", "-d", "sha1",
    ]  # fmt: skip
    if segment:
        args += ["-S", segment, "-c", "none"]
    else:
        args += ["-c", "deflate:fast"]
    _run(*args, raw)
    return tmp / f"{name}.E01"
