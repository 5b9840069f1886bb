"""CSV and plain-text hash lists: spellings, delimiters, categories, bad lines, round trips.

All hashes are of benign strings; categories are labels only.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cairn.errors import ConfigError, SourceError, WrongFormat
from cairn.hashsets import BadRecord, CsvReader, TextReader, read_hashset
from cairn.model import Category, KnownEntry

MD5 = [hashlib.md5(f"benign {n}".encode()).hexdigest() for n in range(10)]
SHA1 = [hashlib.sha1(f"benign {n}".encode()).hexdigest() for n in range(10)]
SHA256 = [hashlib.sha256(f"benign {n}".encode()).hexdigest() for n in range(10)]


def write(path: Path, text: str, *, bom: bool = False) -> Path:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode())
    return path


def split(records: list[KnownEntry | BadRecord]) -> tuple[list[KnownEntry], list[BadRecord]]:
    good = [r for r in records if isinstance(r, KnownEntry)]
    bad = [r for r in records if isinstance(r, BadRecord)]
    return good, bad


# --- CSV -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("md5", "md5"),
        ("MD5", "md5"),
        ("Md5 Hash", "md5"),
        ("SHA-1", "sha1"),
        ("SHA1", "sha1"),
        ("sha1_hash", "sha1"),
        ("Sha256", "sha256"),
        ("SHA-256", "sha256"),
        ("PDQ", "pdq"),
    ],
)
def test_csv_header_spellings(tmp_path: Path, header: str, field: str) -> None:
    value = {"md5": MD5[0], "sha1": SHA1[0], "sha256": SHA256[0], "pdq": SHA256[1]}[field]
    path = write(tmp_path / "known.csv", f"name,{header}\nbenign.jpg,{value.upper()}\n")
    (entry,) = list(read_hashset(path))
    expected = KnownEntry(**{field: value}, source="line 2", extra={"name": "benign.jpg"})  # type: ignore[arg-type]
    assert entry == expected


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_csv_delimiters_and_bom(tmp_path: Path, delimiter: str) -> None:
    text = delimiter.join(["MD5", "SHA1", "Category"]) + "\r\n"
    text += delimiter.join([MD5[0], SHA1[0], "1"]) + "\r\n"
    text += delimiter.join([MD5[1], "", "2"]) + "\r\n"
    reader = read_hashset(write(tmp_path / "k.txt", text, bom=True), scheme="pv-us")
    assert isinstance(reader, CsvReader)
    assert reader.delimiter == delimiter
    assert reader.scheme == "pv-us"
    assert list(reader) == [
        KnownEntry(md5=MD5[0], sha1=SHA1[0], category=Category("pv-us", "1"), source="line 2"),
        KnownEntry(md5=MD5[1], category=Category("pv-us", "2"), source="line 3"),
    ]


def test_csv_scheme_column_overrides_the_default_per_row(tmp_path: Path) -> None:
    text = (
        "md5,category,scheme\n"
        f"{MD5[0]},1,\n"
        f"{MD5[1]},a,UK\n"
        f"{MD5[2]},CAT-5,dhs\n"
        f"{MD5[3]},red,my-unit\n"
    )
    reader = read_hashset(write(tmp_path / "k.csv", text), scheme="pv-us")
    assert [entry.category for entry in list(reader)] == [  # type: ignore[union-attr]
        Category("pv-us", "1"),
        Category("uk", "A"),
        Category("dhs", "5"),
        Category("my-unit", "red"),
    ]


def test_csv_scheme_is_the_one_the_rows_name(tmp_path: Path) -> None:
    one = read_hashset(write(tmp_path / "one.csv", f"md5,category,scheme\n{MD5[0]},a,uk\n"))
    assert one.scheme is None  # not known before the rows are read
    assert list(one) == [KnownEntry(md5=MD5[0], category=Category("uk", "A"), source="line 2")]
    assert one.scheme == "uk"
    text = f"md5,category,scheme\n{MD5[0]},a,uk\n{MD5[1]},1,pv-us\n"
    mixed = read_hashset(write(tmp_path / "mixed.csv", text))
    list(mixed)
    assert mixed.scheme is None


def test_csv_category_without_any_scheme_is_a_config_error(tmp_path: Path) -> None:
    path = write(tmp_path / "k.csv", f"md5,category\n{MD5[0]},1\n")
    with pytest.raises(ConfigError, match="scheme"):
        read_hashset(path)


def test_csv_bad_lines_name_value_file_and_line(tmp_path: Path) -> None:
    text = (
        "md5,sha1,category,scheme\n"  # line 1
        f"{MD5[0]},,1,\n"  # line 2
        "zz,,1,\n"  # line 3
        "\n"  # line 4
        "# a comment\n"  # line 5
        f"{MD5[1]},{SHA1[1][:-1]},2,\n"  # line 6
        ",,3,\n"  # line 7
        f"{MD5[2]},,9,\n"  # line 8
        f"{MD5[3]},,1,Not A Scheme\n"  # line 9
        f'{MD5[4]},,"4\nwith a break",\n'  # lines 10-11
        f"{MD5[5]},,0\n"  # line 12
    )
    reader = read_hashset(write(tmp_path / "known.csv", text), scheme="pv-us")
    good, bad = split(list(reader))
    assert [(b.where, b.message) for b in bad] == [
        ("known.csv line 3", "'zz' is not an md5 hash (known.csv line 3); row skipped"),
        (
            "known.csv line 6",
            f"'{SHA1[1][:-1]}' is not a sha1 hash (known.csv line 6); "
            "row kept with its valid values",
        ),
        ("known.csv line 7", "no hash in column(s) md5, sha1 (known.csv line 7); row skipped"),
        (
            "known.csv line 9",
            "'not a scheme' is not a category scheme name (lower-case letters, digits, '-' and "
            "'_', starting with a letter; built-ins: pv-us, uk, dhs, vics-uk) "
            "(known.csv line 9); row kept with its valid values",
        ),
    ]
    assert [entry.source for entry in good] == [
        "line 2",
        "line 6",
        "line 8",
        "line 9",
        "line 11",
        "line 12",
    ]
    assert good[1].extra == {"invalid_hashes": {"sha1": SHA1[1][:-1]}}
    assert good[2].category == Category("pv-us", "9")
    assert good[3].category is None
    assert good[4].category == Category("pv-us", "4\nwith a break")
    assert reader.undefined_codes == {
        Category("pv-us", "9"): 1,
        Category("pv-us", "4\nwith a break"): 1,
    }


def test_csv_category_cell_without_scheme_cell_or_default(tmp_path: Path) -> None:
    text = f"md5,category,scheme\n{MD5[0]},1,\n{MD5[1]},2,uk\n"
    out = list(read_hashset(write(tmp_path / "k.csv", text)))
    assert out[0] == BadRecord(
        "k.csv line 2", "category '1' has no scheme (k.csv line 2); row kept with its valid values"
    )
    assert out[1] == KnownEntry(md5=MD5[0], source="line 2")
    assert out[2] == KnownEntry(md5=MD5[1], category=Category("uk", "2"), source="line 3")


def test_csv_unreadable_row_does_not_stop_the_rest(tmp_path: Path) -> None:
    text = f"md5,note\n{MD5[0]},{'x' * 200_000}\n{MD5[1]},ok\n"
    good, bad = split(list(read_hashset(write(tmp_path / "k.csv", text))))
    assert [b.where for b in bad] == ["k.csv line 2"]
    assert "unreadable CSV row" in bad[0].message
    assert [entry.md5 for entry in good] == [MD5[1]]


def test_csv_without_a_hash_header_is_wrong_format(tmp_path: Path) -> None:
    with pytest.raises(WrongFormat, match="no header"):
        CsvReader(write(tmp_path / "k.csv", "name,size\nbenign.jpg,10\n"))
    with pytest.raises(WrongFormat, match="binary"):
        CsvReader(write(tmp_path / "b.csv", "md5\x00\n"))


def test_csv_scheme_ignored_without_category_column(tmp_path: Path) -> None:
    reader = read_hashset(write(tmp_path / "k.csv", f"md5\n{MD5[0]}\n"), scheme="uk")
    assert reader.scheme is None
    assert reader.notes == ["scheme 'uk' ignored: k.csv has no category column"]


# --- plain text ------------------------------------------------------------------------


def test_text_lists_kinds_by_length_and_takes_md5sum_lines(tmp_path: Path) -> None:
    text = (
        "# exported list\r\n"
        f"{MD5[0].upper()}\r\n"
        "\r\n"
        f"{SHA1[0]}  benign file.jpg\r\n"
        f"{SHA256[0]} *benign.bin\r\n"
        f"\\{MD5[1]}  odd\\\\name\r\n"
        f"   {MD5[2]}   \r\n"
    )
    reader = read_hashset(write(tmp_path / "list.txt", text, bom=True))
    assert isinstance(reader, TextReader)
    assert reader.scheme is None
    assert list(reader) == [
        KnownEntry(md5=MD5[0], source="line 2"),
        KnownEntry(sha1=SHA1[0], source="line 4"),
        KnownEntry(sha256=SHA256[0], source="line 5"),
        KnownEntry(md5=MD5[1], source="line 6"),
        KnownEntry(md5=MD5[2], source="line 7"),
    ]


def test_text_bad_lines_name_value_file_and_line(tmp_path: Path) -> None:
    text = f"{MD5[0]}\nxyz\n{MD5[1][:-2]}\n{'f' * 70_000}\n{SHA1[3]}\n"
    good, bad = split(list(read_hashset(write(tmp_path / "list.txt", text), fmt="text")))
    assert [(b.where, b.message) for b in bad] == [
        ("list.txt line 2", "'xyz' is not an md5, sha1 or sha256 hash (list.txt line 2)"),
        (
            "list.txt line 3",
            f"'{MD5[1][:-2]}' is not an md5, sha1 or sha256 hash (list.txt line 3)",
        ),
        ("list.txt line 4", "line longer than 65536 characters (list.txt line 4)"),
    ]
    assert [(e.source, e.md5 or e.sha1) for e in good] == [
        ("line 1", MD5[0]),
        ("line 5", SHA1[3]),
    ]


def test_text_scheme_argument_is_noted_as_ignored(tmp_path: Path) -> None:
    reader = read_hashset(write(tmp_path / "l.txt", MD5[0]), scheme="pv-us")
    assert reader.notes == ["scheme 'pv-us' ignored: plain hash lists carry no categories"]
    assert list(reader) == [KnownEntry(md5=MD5[0], source="line 1")]


def test_text_binary_is_wrong_format(tmp_path: Path) -> None:
    path = tmp_path / "l.txt"
    path.write_bytes(f"{MD5[0]}\n".encode("utf-16"))
    with pytest.raises(WrongFormat, match="binary"):
        TextReader(path)


def test_text_missing_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="nope"):
        TextReader(tmp_path / "nope")


# --- properties ------------------------------------------------------------------------


def _hex(length: int) -> st.SearchStrategy[str]:
    return st.binary(min_size=length // 2, max_size=length // 2).map(bytes.hex)


_row = st.fixed_dictionaries(
    {},
    optional={"md5": _hex(32), "sha1": _hex(40), "sha256": _hex(64), "pdq": _hex(64)},
).filter(bool)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(_row, st.sampled_from(["0", "1", "2", "3", "4", ""])), max_size=30),
    delimiter=st.sampled_from([",", "\t", ";"]),
    upper=st.booleans(),
)
def test_csv_round_trip(
    rows: list[tuple[dict[str, str], str]], delimiter: str, upper: bool
) -> None:
    columns = ["MD5", "SHA-1", "Sha256", "PDQ", "category"]
    lines = [delimiter.join(columns)]
    for hashes, code in rows:
        cells = [hashes.get(k, "") for k in ("md5", "sha1", "sha256", "pdq")] + [code]
        lines.append(delimiter.join(c.upper() if upper else c for c in cells))
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "round.csv", "\n".join(lines) + "\n")
        out = list(read_hashset(path, scheme="pv-us"))
    assert out == [
        KnownEntry(
            **hashes,  # type: ignore[arg-type]
            category=Category("pv-us", code) if code else None,
            source=f"line {n}",
        )
        for n, (hashes, code) in enumerate(rows, start=2)
    ]


_exact = st.one_of(_hex(32), _hex(40), _hex(64))


@settings(max_examples=60, deadline=None)
@given(
    hashes=st.lists(_exact, max_size=40),
    newline=st.sampled_from(["\n", "\r\n"]),
    names=st.booleans(),
)
def test_text_round_trip(hashes: list[str], newline: str, names: bool) -> None:
    body = newline.join(f"{h.upper()}  file {i}.bin" if names else h for i, h in enumerate(hashes))
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "round.txt", "# header" + newline + body)
        out = list(read_hashset(path, fmt="text"))
    kinds = {32: "md5", 40: "sha1", 64: "sha256"}
    assert out == [
        KnownEntry(**{kinds[len(h)]: h}, source=f"line {n}")  # type: ignore[arg-type]
        for n, h in enumerate(hashes, start=2)
    ]


@settings(max_examples=150, deadline=None)
@given(text=st.text(), fmt=st.sampled_from(["csv", "text"]))
def test_random_text_never_crashes_csv_or_text_reader(text: str, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.txt"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            records = list(read_hashset(path, fmt=fmt, scheme="pv-us"))
        except (WrongFormat, SourceError):
            return
    assert all(isinstance(record, KnownEntry | BadRecord) for record in records)


@settings(max_examples=150, deadline=None)
@given(body=st.text(alphabet=st.sampled_from(list('0123456789abcdefxyz,;\t\n\r" #*\\'))))
def test_hash_like_csv_noise_never_crashes(body: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "noise.csv", "md5;sha1,category\tscheme\n" + body)
        try:
            records = list(read_hashset(path, fmt="csv", scheme="pv-us"))
        except (WrongFormat, SourceError):
            return
    assert all(isinstance(record, KnownEntry | BadRecord) for record in records)
