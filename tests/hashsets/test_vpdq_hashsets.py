"""Listed videos' vPDQ in hash sets: upstream's text read and written, ``--format vpdq`` files
and folders, the CSV ``vpdq`` column, VICS ``AlternativeHashes`` named vPDQ (import and
export), and the import storing frames in their own table."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from cairn.errors import InvalidHash
from cairn.hashsets import BadRecord, CsvReader, VicsReader, detect_format, read_hashset
from cairn.hashsets.vics_writer import write_vics
from cairn.hashsets.vpdqfile import VPDQ_EXTRA, VpdqReader, format_vpdq, parse_vpdq
from cairn.model import Category, KnownEntry
from cairn.model.video import FrameHash
from cairn.pipeline.known import entry_key, import_hashset
from cairn.store import Store
from cairn.store.schema import KnownEntryRow
from cairn.store.video_schema import ListedVideoRow

from helpers.export_items import item, match

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "vpdq"
PDQ_A = "e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c"
PDQ_B = "c0f11178372c6aaccddea259648fbfd62f434c89c9e99b249772be216c8d055c"
TEXT = f"0,100,{PDQ_A},0.000\n1,90,{PDQ_B},0.033\n"

frames_strategy = st.lists(
    st.builds(
        FrameHash,
        frame=st.integers(0, 10**7),
        time=st.integers(0, 10**8).map(lambda ms: ms / 1000),
        pdq=st.integers(0, 2**256 - 1).map(lambda n: f"{n:064x}"),
        quality=st.integers(0, 100),
    ),
    min_size=1,
    max_size=30,
)


def entries(records: list[KnownEntry | BadRecord]) -> list[KnownEntry]:
    return [r for r in records if isinstance(r, KnownEntry)]


def bad(records: list[KnownEntry | BadRecord]) -> list[BadRecord]:
    return [r for r in records if isinstance(r, BadRecord)]


# --- upstream text -------------------------------------------------------------------------


@given(frames_strategy)
def test_text_round_trips(frames: list[FrameHash]) -> None:
    assert parse_vpdq(format_vpdq(frames), "t") == frames


@given(st.text(max_size=200))
def test_any_text_reads_or_is_refused_with_its_place(text: str) -> None:
    try:
        frames = parse_vpdq(text, "clip.txt")
    except InvalidHash as exception:
        assert "clip.txt" in str(exception)
    else:
        assert frames and all(len(f.pdq) == 64 for f in frames)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (f"0,100,{PDQ_A}\n1,101,{PDQ_B},0.1\n", r"quality 101 .*clip.txt line 2"),
        (f"0,100,{PDQ_A[:-1]},0.0\n", r"is not a PDQ hash .*line 1"),
        ("0,100\n", r"2 fields"),
        (f"-1,100,{PDQ_A},0.0\n", r"negative"),
        (f"0,100,{PDQ_A},nan\n", r"not a time"),
        ("\n\n", r"no vPDQ frame lines \(clip.txt\)"),
    ],
)
def test_bad_text_names_the_line(text: str, message: str) -> None:
    with pytest.raises(InvalidHash, match=message):
        parse_vpdq(text, "clip.txt")


def test_upstream_sample_files_read_whole() -> None:
    path = SAMPLES / "sample-hashes" / "chair-19-sd-bar.txt"
    if not path.is_file():
        pytest.skip(f"{path.name} is not in the shared test data ({SAMPLES})")
    text = path.read_text()
    frames = parse_vpdq(text, path.name)
    assert len(frames) == 564 and frames[0] == FrameHash(0, 0.0, PDQ_A, 100)
    assert format_vpdq(frames) == text  # upstream's own text is already canonical


# --- --format vpdq -------------------------------------------------------------------------


def test_a_folder_of_vpdq_files_is_one_entry_per_file(tmp_path: Path) -> None:
    folder = tmp_path / "videos"
    (folder / "sub").mkdir(parents=True)
    md5 = hashlib.md5(b"benign video a").hexdigest()
    (folder / f"{md5.upper()}.txt").write_text(TEXT)
    (folder / "sub" / "named.txt").write_text(TEXT.replace("0.033", "0.040"))
    (folder / "sub" / "named.md5").write_text(f"{'ab' * 16}  named.mp4\n")
    (folder / "broken.txt").write_text(f"0,100,{PDQ_A},0.0\nnot a frame\n")
    (folder / "notes.json").write_text("{}")
    assert detect_format(folder) == "vpdq"
    records = list(read_hashset(folder))
    [problem] = bad(records)
    assert problem.where == "videos/broken.txt"
    assert "'not a frame'" in problem.message and "line 2" in problem.message
    first, second = entries(records)
    assert first.md5 == md5 and first.source == f"{md5.upper()}.txt"
    assert first.extra == {"name": md5.upper(), VPDQ_EXTRA: TEXT}
    assert second.md5 == "ab" * 16 and second.source == "sub/named.txt"
    assert second.category is None


def test_a_single_vpdq_file_is_detected_by_content(tmp_path: Path) -> None:
    path = tmp_path / "clip.dat"
    path.write_text(TEXT)
    assert detect_format(path) == "vpdq"
    [entry] = entries(list(VpdqReader(path)))
    assert entry.md5 is None and entry.extra[VPDQ_EXTRA] == TEXT


# --- CSV -----------------------------------------------------------------------------------


def test_csv_vpdq_column_reads_companion_files_and_inline_frames(tmp_path: Path) -> None:
    path = tmp_path / "sets" / "known.csv"
    (path.parent / "v").mkdir(parents=True)
    (path.parent / "v" / "a.txt").write_text(TEXT)
    (tmp_path / "outside.txt").write_text(TEXT)
    inline = f"0,100,{PDQ_B},0.000;1,90,{PDQ_A},1.000"
    path.write_text(
        "md5,vpdq,category,scheme\n"
        f"{'1' * 32},v/a.txt,B,uk\n"
        f',"{inline}",C,uk\n'
        f"{'2' * 32},../outside.txt,A,uk\n"
        ",missing.txt,A,uk\n"
        f",{(tmp_path / 'outside.txt').as_posix()},A,uk\n"
    )
    assert detect_format(path) == "csv"
    records = list(CsvReader(path))
    problems = bad(records)
    assert [p.where for p in problems] == [
        "known.csv line 4",
        "known.csv line 5",
        "known.csv line 6",
    ]
    assert "leads out of the set's folder" in problems[0].message
    assert "row kept with its valid values" in problems[0].message
    assert "cannot be read" in problems[1].message and "row skipped" in problems[1].message
    assert "must be a path relative to the set" in problems[2].message
    companion, inline_entry, no_video = entries(records)
    assert companion.md5 == "1" * 32 and companion.extra[VPDQ_EXTRA] == TEXT
    assert companion.category == Category("uk", "B")
    assert inline_entry.md5 is None and inline_entry.category == Category("uk", "C")
    assert inline_entry.extra[VPDQ_EXTRA] == f"0,100,{PDQ_B},0.000\n1,90,{PDQ_A},1.000\n"
    assert no_video.md5 == "2" * 32 and VPDQ_EXTRA not in no_video.extra


def test_csv_companion_path_inside_the_folder(tmp_path: Path) -> None:
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "a.txt").write_text(TEXT)
    path = tmp_path / "known.csv"
    path.write_text("vpdq;category;scheme\nv/a.txt;B;uk\nv\\a.txt;B;uk\n")
    first, second = entries(list(CsvReader(path)))
    assert first.extra[VPDQ_EXTRA] == TEXT == second.extra[VPDQ_EXTRA]
    assert entry_key(first) == entry_key(second)


# --- VICS ----------------------------------------------------------------------------------


def _vics(tmp_path: Path, value: object) -> Path:
    media = {
        "MD5": "A" * 32,
        "Category": 1,
        "AlternativeHashes": [
            {"MD5": "A" * 32, "HashName": "SHA256", "HashValue": "b" * 64},
            {"MD5": "A" * 32, "HashName": "vPDQ", "HashValue": value},
        ],
    }
    path = tmp_path / "set.json"
    path.write_text(
        json.dumps(
            {
                "@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/"
                "2.0.xml/US/$metadata#Media",
                "value": [media],
            }
        )
    )
    return path


def test_vics_reads_vpdq_from_alternative_hashes(tmp_path: Path) -> None:
    [entry] = list(VicsReader(_vics(tmp_path, TEXT.replace("\n", "\r\n"))))
    assert isinstance(entry, KnownEntry)
    assert entry.md5 == "a" * 32 and entry.sha256 == "b" * 64
    assert entry.extra[VPDQ_EXTRA] == TEXT
    # Kept once, in canonical form, not again among the alternative hashes.
    assert [h["name"] for h in entry.extra["alternative_hashes"]] == ["SHA256"]


def test_vics_bad_vpdq_is_reported_and_the_record_kept(tmp_path: Path) -> None:
    records = list(VicsReader(_vics(tmp_path, "0,100,zz,0.0")))
    [problem] = bad(records)
    assert "is not a PDQ hash" in problem.message and "record 1" in problem.message
    [entry] = entries(records)
    assert entry.md5 == "a" * 32 and VPDQ_EXTRA not in entry.extra


def test_vics_export_carries_a_videos_vpdq_and_reads_back(tmp_path: Path) -> None:
    frames = [[0, 0.0, PDQ_A, 100], [5, 1.0, PDQ_B, 90]]
    video = dataclasses.replace(
        item("v", match(Category("pv-us", "1"), kind="vpdq", distance=7, threshold=31)),
        kind="video",
        video={"facts": {}, "frames": frames},
    )
    still = item("s", match(Category("pv-us", "1")), item_id=2)
    path = tmp_path / "out.json"
    with path.open("w") as out:
        write_vics(iter([video, still]), out, case_number="op")
    document = json.loads(path.read_text())
    media = document["value"][0]["Media"]
    metadata = {m["PropertyName"]: m["PropertyValue"] for m in media[0]["MediaMetadata"]}
    assert metadata == {"CairnMatch": "vpdq", "CairnVpdqDistance": "7"}
    read_back = entries(list(VicsReader(path)))
    by_md5 = {e.md5: e for e in read_back}
    assert by_md5[video.md5].extra[VPDQ_EXTRA] == f"0,100,{PDQ_A},0.000\n5,90,{PDQ_B},1.000\n"
    assert VPDQ_EXTRA not in by_md5[still.md5].extra


# --- import into the store -----------------------------------------------------------------


def test_import_stores_frames_in_their_own_table(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "videos"
    folder.mkdir()
    (folder / "one.txt").write_text(TEXT)
    (folder / "two.txt").write_text(f"0,100,{PDQ_B},0.000\n")
    (folder / "copy-of-one.txt").write_text(TEXT)  # same frames, no hash: the same entry
    summary = import_hashset(store, folder, "videos", fmt="vpdq")
    assert (summary.format, summary.entries, summary.bad_total) == ("vpdq", 2, 0)
    with store.session() as session:
        rows = session.execute(
            select(KnownEntryRow.extra, ListedVideoRow.frames, ListedVideoRow.vpdq)
            .join(ListedVideoRow, ListedVideoRow.entry_id == KnownEntryRow.id)
            .order_by(ListedVideoRow.frames)
        ).all()
    assert [(frames, text) for _extra, frames, text in rows] == [
        (1, f"0,100,{PDQ_B},0.000\n"),
        (2, TEXT),
    ]
    assert all(VPDQ_EXTRA not in extra for extra, _f, _t in rows)

    # An update keeps what is still listed and adds the rest; nothing is duplicated.
    (folder / "three.txt").write_text(f"0,80,{PDQ_A},0.000\n")
    again = import_hashset(store, folder, "videos", fmt="vpdq", update=True)
    assert (again.added, again.kept, again.withdrawn) == (1, 2, 0)
    with store.session() as session:
        assert len(session.scalars(select(ListedVideoRow.entry_id)).all()) == 3
