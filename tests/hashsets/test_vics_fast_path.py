"""The VICS reader's fast path against its general path (the reference): the same entries,
bad records and undefined-code counts for every record, with every quirk real files have.

All hashes are random or of benign strings; categories are labels only.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import ijson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cairn.hashsets import VicsReader
from cairn.hashsets.vics import _FIELDS, _boolean, _integer

DATA = Path(__file__).parent.parent / "data" / "vics"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "vics"
PROFILES = {"US": "pv-us", "UK": "vics-uk", "CUSTOM": "custom", "Canada": "vics-canada"}


def _context(profile: str) -> str:
    return (
        f"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/{profile}/$metadata#Media"
    )


def _reader(folder: Path, profile: str) -> VicsReader:
    path = folder / f"{profile}.json"
    if not path.exists():
        path.write_text(json.dumps({"@odata.context": _context(profile), "value": []}))
    return VicsReader(path)


def _same(fast_reader: VicsReader, general_reader: VicsReader, record: Any, number: int) -> Any:
    """Converts ``record`` both ways on two readers of one file; asserts identical results."""
    fast = fast_reader._convert(record, number)
    general = general_reader._convert_general(record, number)
    assert fast == general
    # Stored as JSON: the same text, key order included.
    fast_extras = [
        e.extra for e in (fast if isinstance(fast, list) else [fast]) if hasattr(e, "extra")
    ]
    general_extras = [
        e.extra
        for e in (general if isinstance(general, list) else [general])
        if hasattr(e, "extra")
    ]
    assert [json.dumps(x) for x in fast_extras] == [json.dumps(x) for x in general_extras]
    assert fast_reader.undefined_codes == general_reader.undefined_codes
    return fast


# --- generated records ------------------------------------------------------------------

_HEX = "0123456789abcdefABCDEF"


def _hex(length: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=_HEX, min_size=length, max_size=length)


def _bad_hashes(length: int) -> st.SearchStrategy[Any]:
    """Padded, the wrong length, not hex, empty, not text."""
    return st.one_of(
        _hex(length).map(lambda h: f" {h}\t"),
        st.text(alphabet=_HEX, max_size=length + 2),
        _hex(length).map(lambda h: h[:-1] + "g"),
        _hex(length).map(lambda h: h[:-1] + "İ"),  # lower() makes it longer
        st.sampled_from(["", 12345, [1], None]),
    )


_SCALARS = st.one_of(
    st.text(max_size=30), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False)
)
_FILE = st.fixed_dictionaries(
    {"FileName": st.text(max_size=10), "FilePath": st.text(max_size=10)},
    optional={"MD5": _hex(32), "Media@odata.navigationLinkUrl": st.just("/MediaFiles(1)")},
)
# Each key: (values as the distributed sets write them, quirks).
_VALUES: dict[str, tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]] = {
    "MD5": (_hex(32), _bad_hashes(32)),
    "SHA1": (_hex(40), _bad_hashes(40)),
    "Category": (
        st.one_of(
            st.integers(min_value=0, max_value=12),
            st.integers(min_value=0, max_value=12).map(str),
            st.sampled_from(["A", "b", "C", "CAT-1"]),
            st.none(),
        ),
        st.one_of(
            st.sampled_from([-1, " 01", "", "  ", "cat2", "x y", 1.0, 2.5, True, [1], {"a": 1}]),
            st.text(max_size=4),
        ),
    ),
    "MediaFiles": (
        st.lists(_FILE, max_size=3),
        st.one_of(
            st.lists(_FILE.map(lambda f: {**f, "Unallocated": "true"}), min_size=1, max_size=2),
            st.lists(_SCALARS, min_size=1, max_size=2),
            _SCALARS,
        ),
    ),
    "AlternativeHashes": (
        st.nothing(),  # always sent to the general path
        st.one_of(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "HashName": st.sampled_from(["SHA256", "sha-256", "PDQ", "PhotoDNA", "X"]),
                        "HashValue": st.one_of(_hex(64), st.text(max_size=8)),
                    }
                ),
                max_size=3,
            ),
            _SCALARS,
        ),
    ),
    "odata.id": (st.just('Media("x")'), st.nothing()),
    "MediaFiles@odata.navigationLinkUrl": (st.just("/Media(1)/MediaFiles"), st.nothing()),
    "UnitReference": (st.nothing(), _SCALARS),
    "Exifs": (st.nothing(), st.lists(_SCALARS, max_size=2)),
}
for _key, (_name, _convert) in _FIELDS.items():
    if _convert is _boolean:
        _VALUES[_key] = (
            st.one_of(st.booleans(), st.sampled_from(["true", "false", "True", "FALSE"])),
            st.one_of(
                st.sampled_from([" yes", "No", "1", "0", "maybe", "", "tRuE", 0, 1, 2, -1, 0.0]),
                st.none(),
                st.floats(allow_nan=False),
            ),
        )
    elif _convert is _integer:
        _VALUES[_key] = (
            st.one_of(st.integers(), st.integers(min_value=0).map(str)),
            st.one_of(
                st.sampled_from([" 488 ", "4_88", "+5", "-5", "", "١٢", "12a", "0012", True]),
                st.floats(allow_nan=False),
                st.none(),
            ),
        )
    else:
        _VALUES[_key] = (st.text(max_size=30), _SCALARS)


@st.composite
def media_records(draw: st.DrawFn) -> Any:
    """A Media record: mostly the distributed shape, any key now and then, each value written
    as distributed sets write it nine times in ten and with a quirk otherwise; rarely not an
    object at all."""
    if draw(st.integers(min_value=0, max_value=30)) == 0:
        return draw(_SCALARS)
    keys = ["MediaID", "Category", "MD5", "SHA1", "IsPrecategorized", "MediaSize", "DateUpdated"]
    keys = [key for key in keys if draw(st.integers(min_value=0, max_value=9)) > 0]
    keys += draw(st.lists(st.sampled_from(sorted(_VALUES)), max_size=3))
    keys = list(dict.fromkeys(draw(st.permutations(keys)) if draw(st.booleans()) else keys))
    record: dict[str, Any] = {}
    for key in keys:
        clean, quirky = _VALUES[key]
        quirk = draw(st.integers(min_value=0, max_value=9)) == 0
        preferred = (quirky, clean) if quirk else (clean, quirky)
        record[key] = draw(next(values for values in preferred if not values.is_empty))
    return record


@pytest.fixture(scope="module")
def readers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[VicsReader, VicsReader]]:
    folder = tmp_path_factory.mktemp("vics-fast")
    return {p: (_reader(folder, p), _reader(folder, p)) for p in PROFILES}


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    profile=st.sampled_from(sorted(PROFILES)),
    records=st.lists(media_records(), min_size=1, max_size=4),
)
def test_fast_path_gives_what_the_general_path_gives(
    readers: dict[str, tuple[VicsReader, VicsReader]], profile: str, records: list[Any]
) -> None:
    fast_reader, general_reader = readers[profile]
    assert fast_reader.scheme == PROFILES[profile]
    for number, record in enumerate(records, start=1):
        _same(fast_reader, general_reader, record, number)


# --- the shape Project VIC distributes takes the fast path -------------------------------


def _distributed(n: int, category: Any) -> dict[str, Any]:
    data = f"benign fast {n}".encode()
    return {
        "MediaID": 0,
        "Category": category,
        "MD5": hashlib.md5(data).hexdigest().upper(),
        "SHA1": hashlib.sha1(data).hexdigest().upper(),
        "IsPrecategorized": "true",
        "MediaSize": "123456",
        "DateUpdated": "2023-06-07T02:31:49.8300Z",
        "PhotoDNA": "Zm9v" * 48,
        "odata.id": "Media(1)",
        "MediaFiles": [{"FileName": f"f{n}.jpg", "FilePath": "C:\\x", "MD5": "x"}],
    }


def test_the_distributed_shape_never_needs_the_general_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    general = _reader(tmp_path, "US")
    expected = [general._convert_general(_distributed(n, n % 5), n) for n in range(1, 50)]
    expected += [general._convert_general(_distributed(50, 8), 50)]  # undefined in pv-us
    reader = _reader(tmp_path, "US")

    def refuse(record: Any, number: int) -> Any:
        raise AssertionError(f"record {number} took the general path")

    monkeypatch.setattr(reader, "_convert_general", refuse)
    found = [reader._convert(_distributed(n, n % 5), n) for n in range(1, 50)]
    found += [reader._convert(_distributed(50, 8), 50)]
    assert found == expected
    assert reader.undefined_codes == general.undefined_codes
    assert sum(reader.undefined_codes.values()) == 1


@pytest.mark.parametrize(
    ("change", "value"),
    [
        ("MD5", "zz"),
        ("SHA1", " " + "a" * 40),
        ("Category", [1]),
        ("Category", ""),
        ("MediaSize", "4_88"),
        ("VictimIdentified", "maybe"),
        ("AlternativeHashes", [{"HashName": "SHA256", "HashValue": "ab"}]),
        ("Agency", "unknown key"),
        ("MediaFiles", "not a list"),
    ],
)
def test_quirks_give_the_general_paths_answer(tmp_path: Path, change: str, value: Any) -> None:
    record = _distributed(1, 2)
    record[change] = value
    fast_reader, general_reader = _reader(tmp_path, "UK"), _reader(tmp_path, "UK")
    _same(fast_reader, general_reader, record, 1)


# --- real samples -------------------------------------------------------------------------


def _sample_files() -> list[Path]:
    files = sorted(DATA.glob("*.json"))
    if SHARED.is_dir():
        files += sorted(SHARED.glob("*.json"))
    return files


@pytest.mark.parametrize("path", _sample_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_samples_read_the_same_both_ways(path: Path) -> None:
    fast_reader, general_reader = VicsReader(path), VicsReader(path)
    prefix = "value.item" if fast_reader.envelope.kind == "Media" else "value.item.Media.item"
    with path.open("rb") as stream:
        records = list(ijson.items(stream, prefix, use_float=True))
    assert records
    for number, record in enumerate(records, start=1):
        _same(fast_reader, general_reader, record, number)
    expected: list[Any] = []
    for number, record in enumerate(records, start=1):
        result = general_reader._convert_general(record, number)
        expected += result if isinstance(result, list) else [result]
    assert list(fast_reader) == expected
