"""A generated, benign exhibit with known ground truth, for tests and ``cairn demo``.

Every image is a synthetic drawing (gradients and shapes). "Known material" here is just
such drawings listed in a hash set under a category label. The builder records, for each
file it writes, what a correct ingest must conclude, and checks its own perceptual
assumptions (variants near their original, unrelated drawings far apart) before returning.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import random
import struct
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

__all__ = ["ExpectedFile", "GroundTruth", "build_ground_truth", "drawing"]

_CATEGORIES = ("A", "A", "B", "B", "C", "C")
SCHEME = "uk"
_LABELS = {"A": "Category A", "B": "Category B", "C": "Category C"}


@dataclass(frozen=True, slots=True)
class ExpectedFile:
    """What a correct ingest concludes about one file of the exhibit."""

    path: bytes
    status: str
    kind: str = "other"
    sha256: str | None = None
    category: str | None = None
    known_by: str | None = None  # "exact" | "pdq"
    group: str | None = None  # near-duplicate group label among novel images
    reason_prefix: str | None = None


@dataclass(slots=True)
class GroundTruth:
    root: Path
    exhibit: Path
    known_csv: Path
    known_good_txt: Path
    files: list[ExpectedFile] = field(default_factory=list)

    def expected_report(self) -> dict[str, Any]:
        """The numbers of the triage JSON report a correct ingest gives for this exhibit."""
        by_status = Counter(f.status for f in self.files)
        known = [f for f in self.files if f.category is not None]
        cats: dict[str, list[ExpectedFile]] = {}
        for f in known:
            cats.setdefault(f.category or "", []).append(f)
        novel = [
            f
            for f in self.files
            if f.kind == "image" and f.status == "processed" and f.category is None
        ]
        group_sizes = Counter(f.group for f in novel if f.group)
        return {
            "items": {
                "total": len(self.files),
                "by_status": {
                    s: by_status.get(s, 0)
                    for s in ("processed", "known_good", "damaged", "failed", "excluded")
                },
            },
            "media": {
                "images": sum(
                    1
                    for f in self.files
                    if f.kind == "image" and f.status in ("processed", "known_good")
                ),
                "videos": 0,
            },
            "known_material": {
                "files": len(known),
                "unique": len({f.sha256 for f in known}),
                "exact_files": sum(1 for f in known if f.known_by == "exact"),
                "perceptual_files": sum(1 for f in known if f.known_by == "pdq"),
                "by_category": [
                    {
                        "scheme": SCHEME,
                        "code": code,
                        "label": _LABELS[code],
                        "files": len(fs),
                        "unique": len({f.sha256 for f in fs}),
                    }
                    for code, fs in sorted(cats.items())
                ],
            },
            "novel": {
                "files": len(novel),
                "groups": sum(1 for n in group_sizes.values() if n >= 2),
            },
            "damaged": sorted(
                f.path.decode("utf-8", "backslashreplace")
                for f in self.files
                if f.status == "damaged"
            ),
        }


def drawing(rng: random.Random, width: int = 640, height: int = 480) -> Image.Image:
    """A random benign drawing: a two-colour gradient with a dozen coloured shapes."""

    def colour() -> tuple[int, int, int]:
        return rng.randrange(256), rng.randrange(256), rng.randrange(256)

    top, bottom = colour(), colour()
    image = Image.linear_gradient("L").resize((width, height))
    base = Image.composite(
        Image.new("RGB", (width, height), top), Image.new("RGB", (width, height), bottom), image
    )
    draw = ImageDraw.Draw(base)
    for _ in range(14):
        x0, y0 = rng.randrange(width), rng.randrange(height)
        x1 = min(width, x0 + rng.randrange(width // 16 + 1, width // 2 + 2))
        y1 = min(height, y0 + rng.randrange(height // 16 + 1, height // 2 + 2))
        shape = rng.choice(("ellipse", "rectangle", "polygon"))
        if shape == "ellipse":
            draw.ellipse((x0, y0, x1, y1), fill=colour())
        elif shape == "rectangle":
            draw.rectangle((x0, y0, x1, y1), fill=colour())
        else:
            points = [(rng.randrange(width), rng.randrange(height)) for _ in range(5)]
            draw.polygon(points, fill=colour())
    return base


def _jpeg(image: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _bomb_png(width: int = 60_000, height: int = 60_000) -> bytes:
    """A PNG whose header claims billions of pixels; its data is tiny and never decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _pdq(data: bytes) -> tuple[str, int]:
    from cairn.media import analyse_image
    from cairn.settings import Settings

    facts = analyse_image(data, Settings())
    return facts.pdq, facts.pdq_quality


def _distance(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def build_ground_truth(dest: Path, seed: int = 7, *, symlinks: bool = True) -> GroundTruth:
    """Write the exhibit and its two hash sets under ``dest``; return the truth."""
    rng = random.Random(seed)
    exhibit = dest / "exhibit"
    sets = dest / "hashsets"
    exhibit.mkdir(parents=True, exist_ok=True)
    sets.mkdir(parents=True, exist_ok=True)
    truth = GroundTruth(dest, exhibit, sets / "known.csv", sets / "known-good.txt")
    pdqs: dict[bytes, str] = {}

    def put(rel: bytes, data: bytes, **expected: Any) -> None:
        path = os.path.join(os.fsencode(exhibit), rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)
        truth.files.append(ExpectedFile(rel, sha256=hashlib.sha256(data).hexdigest(), **expected))

    # Listed ("known material") drawings and the hash set that lists them.
    listed = [drawing(rng) for _ in _CATEGORIES]
    listed_jpegs = [_jpeg(img) for img in listed]
    listed_pdq = [_pdq(data)[0] for data in listed_jpegs]
    with truth.known_csv.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["md5", "sha256", "pdq", "category", "scheme"])
        for data, pdq, cat in zip(listed_jpegs, listed_pdq, _CATEGORIES, strict=True):
            writer.writerow(
                [hashlib.md5(data).hexdigest(), hashlib.sha256(data).hexdigest(), pdq, cat, SCHEME]
            )

    # Exact copies under misleading names.
    for rel, index in (
        (b"DCIM/IMG_0001.jpg", 0),
        (b"docs/report.pdf", 0),
        (b"misc/notes.txt", 1),
        (b"downloads/file", 2),
    ):
        put(
            rel,
            listed_jpegs[index],
            status="processed",
            kind="image",
            category=_CATEGORIES[index],
            known_by="exact",
        )

    # Re-encoded and resized variants: matched by PDQ only.
    variants = (
        (b"pics/a.jpg", 3, lambda im: _jpeg(im.resize((384, 288)), 75)),
        (b"pics/d.jpg", 3, lambda im: _jpeg(im, 60)),
        (b"pics/b.png", 4, _png),
        (b"pics/c.jpeg", 5, lambda im: _jpeg(im.resize((512, 384)), 80)),
    )
    for rel, index, encode in variants:
        data = encode(listed[index])
        pdq, _quality = _pdq(data)
        distance = _distance(pdq, listed_pdq[index])
        if distance > 31:
            raise AssertionError(f"variant {rel!r} is {distance} bits from its original")
        pdqs[rel] = pdq
        put(
            rel, data, status="processed", kind="image", category=_CATEGORIES[index], known_by="pdq"
        )

    # Novel drawings: one near-duplicate group, one exact-copy group, two singletons.
    novel = [drawing(rng) for _ in range(4)]
    n0 = _jpeg(novel[0])
    put(b"novel/n0.jpg", n0, status="processed", kind="image", group="n0")
    put(
        b"novel/n0_small.jpg",
        _jpeg(novel[0].resize((448, 336)), 85),
        status="processed",
        kind="image",
        group="n0",
    )
    put(b"novel/n0_copy.jpg", _jpeg(novel[0], 70), status="processed", kind="image", group="n0")
    n1 = _jpeg(novel[1])
    put(b"novel/n1.jpg", n1, status="processed", kind="image", group="n1")
    put(b"backup/n1.jpg", n1, status="processed", kind="image", group="n1")
    put(b"novel/n2.png", _png(novel[2]), status="processed", kind="image")
    put(b"odd/\xff\xfe-undecodable.jpg", _jpeg(novel[3]), status="processed", kind="image")
    put(
        b"novel/blank.png",
        _png(Image.new("RGB", (200, 150), (128, 128, 128))),
        status="processed",
        kind="image",
    )

    # Known-good files (listed in the known-good set by SHA-1).
    good = [
        (b"Program Files/app/readme.txt", b"Example application readme.\n" * 20, "other"),
        (b"Program Files/app/lib.dll", bytes(rng.randrange(256) for _ in range(4096)), "other"),
        (b"Program Files/app/icon.png", _png(drawing(rng, 64, 64)), "image"),
    ]
    with truth.known_good_txt.open("w", encoding="utf-8") as handle:
        handle.write("# known-good files (SHA-1)\n")
        for rel, data, kind in good:
            put(rel, data, status="known_good", kind=kind)
            handle.write(hashlib.sha1(data).hexdigest() + "\n")

    # Other ordinary files.
    put(b"docs/letter.txt", b"Dear colleague,\nsee you on Monday.\n", status="processed")
    put(b"odd/new\nline.txt", b"a name with a newline\n", status="processed")
    put(b"odd/" + b"x" * 251 + b".bin", b"\x00\x01\x02" * 100, status="processed")
    put(b"empty.dat", b"", status="processed")

    # Damaged and hostile images.
    spare = _jpeg(drawing(rng))
    put(
        b"broken/truncated.jpg",
        spare[: len(spare) * 2 // 5],
        status="damaged",
        kind="image",
        reason_prefix="truncated",
    )
    put(
        b"broken/garbage.jpg",
        b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(3000)),
        status="damaged",
        kind="image",
    )
    put(
        b"broken/bomb.png",
        _bomb_png(),
        status="damaged",
        kind="image",
        reason_prefix="decompression bomb",
    )

    # Things that are not regular files.
    if symlinks:
        os.makedirs(exhibit / "links", exist_ok=True)
        os.symlink("../DCIM/IMG_0001.jpg", exhibit / "links" / "to_img.jpg")
        truth.files.append(
            ExpectedFile(b"links/to_img.jpg", status="excluded", reason_prefix="symbolic link")
        )
        os.mkfifo(exhibit / "links" / "pipe")
        truth.files.append(ExpectedFile(b"links/pipe", status="excluded", reason_prefix="FIFO"))

    _check_separation(truth, listed_pdq, exhibit)
    return truth


def _check_separation(truth: GroundTruth, listed_pdq: list[str], exhibit: Path) -> None:
    """Novel drawings must be far from every listed one and from other novel groups."""
    novel: list[tuple[ExpectedFile, str]] = []
    for f in truth.files:
        if f.kind == "image" and f.status == "processed" and f.category is None:
            data = (exhibit / os.fsdecode(f.path)).read_bytes()
            pdq, quality = _pdq(data)
            if quality < 50:
                continue
            novel.append((f, pdq))
            for known in listed_pdq:
                if _distance(pdq, known) <= 31:
                    raise AssertionError(f"novel {f.path!r} is near a listed drawing")
    for i, (a, pa) in enumerate(novel):
        for b, pb in novel[i + 1 :]:
            near = _distance(pa, pb) <= 31
            same = a.group is not None and a.group == b.group
            if near != same and not (same and a.sha256 == b.sha256):
                raise AssertionError(f"{a.path!r} and {b.path!r}: grouping assumption broken")
