"""Cellebrite UFDR extractions (a generated one) and phone logical dumps: files at their
device paths, deleted flags from the report, chat sources found for the chat importers."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from cairn.errors import SourceError
from cairn.settings import Settings
from cairn.sources import SourceEntry, open_entry, walk_exhibit
from cairn.sources.apps import recognise
from cairn.sources.ufdr import read_report
from sources.evidence_images import need_modules, random_bytes, sha256

NS = "http://pa.cellebrite.com/report/2.0"


def _report(files: list[tuple[str, str | None, bool]]) -> bytes:
    """A report.xml shaped like Physical Analyzer's: taggedFiles with Local Path metadata,
    plus a decoded chat model (which the source leaves to the chat importers)."""
    parts = [
        f'<?xml version="1.0" encoding="utf-8"?>\n<project xmlns="{NS}" id="p1" '
        'name="Generated extraction" reportVersion="5.0" extractionType="Logical">',
        '<metadata section="Device Info"><item name="DeviceInfoDetectedPhoneModel">'
        "<![CDATA[ExamplePhone]]></item></metadata><taggedFiles>",
    ]
    for i, (device, local, deleted) in enumerate(files):
        item = f'<item name="Local Path"><![CDATA[{local}]]></item>'
        meta = f'<metadata section="File">{item}</metadata>' if local else ""
        parts.append(
            f'<file fs="Data" fsid="fs1" path="{device}" size="1" id="f{i}" '
            f'extractionId="0" deleted="{"Deleted" if deleted else "Intact"}" embedded="false">'
            f'<accessInfo><timestamp name="ModifyTime">2024-03-12T18:05:09.000+00:00</timestamp>'
            f"</accessInfo>{meta}</file>"
        )
    parts.append(
        '</taggedFiles><decodedData><modelType type="Chat"><model type="Chat" id="c-1">'
        '<field name="Source" type="String"><value type="String"><![CDATA[WhatsApp]]></value>'
        "</field></model></modelType></decodedData></project>"
    )
    return "".join(parts).encode()


def _ufdr(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    photo = random_bytes(60, 6000)
    db = b"SQLite format 3\x00" + random_bytes(61, 4000)
    gone = random_bytes(62, 3000)
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as nested:
        nested.writestr("doc.txt", b"benign attachment\n")
    files = [
        (
            "/private/var/mobile/Media/DCIM/100APPLE/IMG_0001.JPG",
            "files\\Image\\IMG_0001.JPG",
            False,
        ),
        ("/private/var/mobile/Library/SMS/sms.db", "files/Database/sms.db", False),
        ("/private/var/mobile/Media/deleted.jpg", "files/Image/deleted.jpg", True),
        ("/private/var/mobile/Documents/att.zip", "files/Other/att.zip", False),
        ("/private/var/mobile/Media/missing.jpg", "files/Image/missing.jpg", False),
        ("/private/var/mobile/Media/never.jpg", None, True),
    ]
    path = tmp_path / "phone.ufdr"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("report.xml", _report(files))
        archive.writestr("files/Image/IMG_0001.JPG", photo)
        archive.writestr("files/Database/sms.db", db)
        archive.writestr("files/Image/deleted.jpg", gone)
        archive.writestr("files/Other/att.zip", inner.getvalue())
        archive.writestr("MediaResults/x.json", b"{}")
    return path, {"photo": photo, "db": db, "gone": gone, "inner": inner.getvalue()}


def _read(entry: SourceEntry) -> str:
    with open_entry(entry) as f:
        return hashlib.sha256(f.read()).hexdigest()


def test_ufdr_files_come_out_at_their_device_paths(tmp_path: Path) -> None:
    path, data = _ufdr(tmp_path)
    walk = walk_exhibit(path, Settings())
    assert walk.kind == "ufdr"
    entries = {e.locator.display(): e for e in walk}
    photo = entries["files/Image/IMG_0001.JPG!/private/var/mobile/Media/DCIM/100APPLE/IMG_0001.JPG"]
    assert photo.locator.type == "ufdr" and not photo.deleted
    assert _read(photo) == sha256(data["photo"])
    deleted = entries["files/Image/deleted.jpg!/private/var/mobile/Media/deleted.jpg"]
    assert deleted.deleted and _read(deleted) == sha256(data["gone"])
    nested = entries[
        "files/Other/att.zip!/private/var/mobile/Documents/att.zip!doc.txt"
    ]  # archives inside the extraction are expanded too
    assert _read(nested) == sha256(b"benign attachment\n")
    missing = entries["files/Image/missing.jpg!/private/var/mobile/Media/missing.jpg"]
    assert missing.failed is not None and "does not hold" in missing.failed
    never = entries["/private/var/mobile/Media/never.jpg"]
    assert never.excluded == "listed in report.xml without content in the UFDR" and never.deleted
    assert _read(entries["report.xml"]) and _read(entries["MediaResults/x.json"])
    assert len(entries) == 9
    chats = {(c.app, c.locator.display()) for c in walk.chat_sources}
    assert chats == {
        ("ufdr_report", "report.xml"),
        ("sms", "files/Database/sms.db!/private/var/mobile/Library/SMS/sms.db"),
    }


def test_report_parse_is_streaming_and_rejects_broken_xml() -> None:
    good = _report([("/a", "files/a", False)])
    assert [t.device_path for t in read_report(io.BytesIO(good))] == [b"/a"]
    with pytest.raises(SourceError, match="not well-formed"):
        list(read_report(io.BytesIO(good[: len(good) // 2])))


@pytest.mark.parametrize(
    ("layout", "kind"),
    [
        ("data/data/com.whatsapp/databases/msgstore.db", "android_dump"),
        ("dump/private/var/mobile/Library/SMS/sms.db", "ios_dump"),
        ("Pictures/a.jpg", "folder"),
    ],
)
def test_phone_dumps_are_folders_with_their_app_files_recognised(
    tmp_path: Path, layout: str, kind: str
) -> None:
    target = tmp_path / "exhibit" / layout
    target.parent.mkdir(parents=True)
    target.write_bytes(b"SQLite format 3\x00")
    walk = walk_exhibit(tmp_path / "exhibit", Settings())
    entries = list(walk)
    assert walk.kind == kind
    assert [e.locator.type for e in entries] == ["folder"]
    expected = [] if kind == "folder" else [layout]
    assert [c.locator.path.decode() for c in walk.chat_sources] == expected


def test_known_app_paths() -> None:
    found = recognise(b"/data/data/com.whatsapp/databases/msgstore.db")
    assert found is not None and (found.app, found.platform) == ("whatsapp", "android")
    found = recognise(b"3d/3d0d7e5fb2ce288813306e4d4636395e047a3d28")
    assert found is not None and (found.app, found.platform) == ("sms", "ios_backup")
    assert recognise(b"/data/data/com.whatsapp/databases/msgstore.db-journal") is None
    assert recognise(b"Pictures/msgstore.db") is None


def test_exhibit_kinds_by_content(tmp_path: Path) -> None:
    (tmp_path / "renamed.jpg").write_bytes(zipfile_bytes({"a.txt": b"x"}))
    walk = walk_exhibit(tmp_path / "renamed.jpg", Settings())
    assert walk.kind == "file"
    assert [e.locator.display() for e in walk] == ["renamed.jpg", "renamed.jpg!a.txt"]
    (tmp_path / "ev.L01").write_bytes(b"LVF\x09\x0d\x0a\xff\x00" + bytes(100))
    with pytest.raises(SourceError, match="logical evidence file"):
        walk_exhibit(tmp_path / "ev.L01", Settings())
    with pytest.raises(SourceError, match="cannot read exhibit"):
        walk_exhibit(tmp_path / "nowhere", Settings())
    need_modules("pytsk3")  # a boot-sector signature is checked with The Sleuth Kit
    (tmp_path / "bootish.bin").write_bytes(bytes(510) + b"\x55\xaa" + bytes(1000))
    assert walk_exhibit(tmp_path / "bootish.bin", Settings()).kind == "file"


def zipfile_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
