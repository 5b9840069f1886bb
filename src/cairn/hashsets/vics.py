"""VICS (Project VIC) hash sets and case exports, read as a stream in bounded memory.

Both envelopes are read: VICS 1.x (``"odata.metadata": ".../1.2.xml#Media"``) and VICS 2.0
(``"@odata.context": ".../2.0.xml/<PROFILE>/$metadata#Cases"``). A ``#Media`` file is a hash
set (``value[*]`` are Media records); a ``#Cases`` file is a case export
(``value[*].Media[*]``). Real files break the schema, so the reader is tolerant: a UTF-8 BOM,
booleans and sizes as strings, hex in either case, ``MediaID`` 0 everywhere, unknown keys
(kept in ``extra["other"]``), missing or null ``Category`` (uncategorised), and the envelope
written before or after ``value``.

The profile in a 2.0 URL names the category scheme; the reader never converts codes between
schemes:

    US, Default, 1.x (no profile)   pv-us
    UK                              vics-uk (raw integers: the A/B/C mapping is not public)
    CUSTOM, UNKNOWN                 the ``scheme`` argument, else "custom"
    any other profile P             the ``scheme`` argument, else "vics-<p>"

A ``scheme`` argument applies only where the file does not name a known profile (1.x files,
2.0 files without a profile, CUSTOM, UNKNOWN and unrecognised profiles); a file that says US
or UK keeps its profile and the ignored argument is noted in ``notes``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ijson

from cairn.errors import InvalidHash, SourceError, WrongFormat
from cairn.hashsets.categories import Scheme, get_scheme
from cairn.hashsets.hashes import (
    HEAD_BYTES,
    HEX_LENGTHS,
    BadRecord,
    HashSetReader,
    read_head,
    shown,
    validate_hash,
)
from cairn.model import Category, HashKind, KnownEntry

__all__ = ["VicsEnvelope", "VicsReader", "find_envelope", "scheme_for_profile"]

_BOM = b"\xef\xbb\xbf"
_ENVELOPE = re.compile(rb'"(odata\.metadata|@odata\.context)"\s*:\s*("(?:[^"\\]|\\.){1,2000}")')
_VERSION = re.compile(r"/([0-9]+(?:\.[0-9]+)*)\.xml", re.IGNORECASE)
_PROFILE = re.compile(r"\.xml/([^/$#]+)/\$metadata", re.IGNORECASE)
_MODEL_MARKERS = ("projectvic", "vicsdatamodel")
_KINDS = {"media": "Media", "cases": "Cases"}

_PROFILE_SCHEMES = {"US": "pv-us", "DEFAULT": "pv-us", "UK": "vics-uk"}
_OPEN_PROFILES = {"CUSTOM", "UNKNOWN"}
_SCHEME_NAME = re.compile(r"[a-z][a-z0-9_-]*")


def _json_backend() -> Any:
    """ijson's C backend when built (several times faster), else the best one available."""
    try:
        return ijson.get_backend("yajl2_c")
    except ImportError:
        return ijson


_IJSON = _json_backend()


@dataclass(frozen=True, slots=True)
class VicsEnvelope:
    """What a VICS file says about itself.

    Attributes:
        version: The data-model version from the URL ("1.2", "2.0").
        profile: The 2.0 profile as written ("US", "UK", "Default"...); None for 1.x.
        kind: "Media" (a hash set) or "Cases" (a case export).
        url: The ``odata.metadata`` / ``@odata.context`` value.
    """

    version: str
    profile: str | None
    kind: str
    url: str


def _parse_envelope(key: bytes, quoted_url: bytes) -> VicsEnvelope | None:
    try:
        # Some JSON writers escape "/" as "\/"; decode the string as JSON does.
        url = json.loads(quoted_url.decode("utf-8", errors="replace"))
    except ValueError:
        return None
    lowered = url.lower()
    if not any(marker in lowered for marker in _MODEL_MARKERS):
        return None
    version_match = _VERSION.search(url)
    if version_match is not None:
        version = version_match.group(1)
    else:
        version = "2.0" if key.startswith(b"@") else "1.x"
    profile_match = _PROFILE.search(url)
    profile = profile_match.group(1) if profile_match is not None else None
    fragment = url.partition("#")[2]
    kind = re.split(r"[/(]", fragment, maxsplit=1)[0]
    return VicsEnvelope(
        version=version, profile=profile, kind=_KINDS.get(kind.lower(), kind), url=url
    )


def find_envelope(path: str | os.PathLike[str]) -> VicsEnvelope | None:
    """The VICS envelope of a file, or None if it is not a VICS file.

    Looks in the first and last 8 KB, because writers put the envelope before or after the
    (possibly huge) ``value`` array; the file is never parsed whole here.

    Raises:
        SourceError: the file cannot be read.
    """
    path = Path(path)
    head = read_head(path)
    body = head[len(_BOM) :] if head.startswith(_BOM) else head
    if not body.lstrip().startswith(b"{"):
        return None
    match = _ENVELOPE.search(body)
    if match is None:
        try:
            with path.open("rb") as stream:
                size = stream.seek(0, os.SEEK_END)
                if size <= len(head):
                    return None
                stream.seek(max(size - HEAD_BYTES, 0))
                tail = stream.read(HEAD_BYTES)
        except OSError as exception:
            raise SourceError(
                f"cannot read hash set {str(path)!r}: {exception.strerror or exception}"
            ) from exception
        match = _ENVELOPE.search(tail)
        if match is None:
            return None
    return _parse_envelope(match.group(1), match.group(2))


def scheme_for_profile(profile: str | None, requested: str | None) -> tuple[str, str | None]:
    """The scheme for a VICS profile, and a note when ``requested`` is ignored.

    A known profile (US, Default, UK) wins over ``requested``; otherwise ``requested`` is used
    when given. Codes are never converted between schemes.
    """
    key = profile.upper() if profile is not None else None
    if key in _PROFILE_SCHEMES:
        declared = _PROFILE_SCHEMES[key]
        if requested is not None and requested != declared:
            note = (
                f"scheme {requested!r} ignored: the file declares VICS profile {profile} "
                f"(scheme {declared!r})"
            )
            return declared, note
        return declared, None
    if requested is not None:
        return requested, None
    if key is None:
        return "pv-us", None
    if key in _OPEN_PROFILES:
        return "custom", None
    candidate = f"vics-{profile.lower()}" if profile is not None else "custom"
    if _SCHEME_NAME.fullmatch(candidate) is None:
        candidate = "custom"
    return candidate, (
        f"VICS profile {profile!r} is not one Cairn knows: codes kept raw in scheme {candidate!r}"
    )


def _boolean(value: Any) -> Any:
    """A VICS boolean, which writers also emit as "true"/"false" strings or 0/1."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no"):
            return False
    elif isinstance(value, int) and value in (0, 1):
        return bool(value)
    return value


def _integer(value: Any) -> Any:
    """A VICS integer, which writers also emit as a string (``"MediaSize": "488"``)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit():
            return int(text)
    elif isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# Media properties Cairn keeps under readable names; the converter makes types uniform.
_FIELDS: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "Series": ("series", None),
    "Tags": ("tags", None),
    "Comments": ("comments", None),
    "VictimIdentified": ("victim_identified", _boolean),
    "OffenderIdentified": ("offender_identified", _boolean),
    "IsDistributed": ("is_distributed", _boolean),
    "MediaSize": ("media_size", _integer),
    "MimeType": ("mime_type", None),
    "RelativeFilePath": ("relative_file_path", None),
    "IsPrecategorized": ("is_precategorized", _boolean),
    "PrecategorizationSource": ("precategorization_source", None),
    "IsSuspected": ("is_suspected", _boolean),
    "SelfGenerated": ("self_generated", _boolean),
    "DateUpdated": ("date_updated", None),
    "PhotoDNA": ("photodna", None),
    "MediaID": ("media_id", _integer),
}
# The fast path's view of ``_FIELDS``: each property's name and how its value is made uniform.
_AS_IS, _AS_BOOLEAN, _AS_INTEGER = 0, 1, 2
_FAST_FIELDS: dict[str, tuple[str, int]] = {
    key: (name, _AS_IS if convert is None else _AS_BOOLEAN if convert is _boolean else _AS_INTEGER)
    for key, (name, convert) in _FIELDS.items()
}
assert all(convert in (None, _boolean, _integer) for _name, convert in _FIELDS.values())
# Boolean text as writers emit it, read as ``_boolean`` reads it; other text goes to ``_boolean``.
_BOOLEAN_TEXT = {
    text: flag
    for word, flag in (("true", True), ("false", False))
    for text in (word, word.capitalize(), word.upper())
}
_HEX_DIGITS = "0123456789abcdef"
_CODE_CACHE = 4096
_FILE_KEYS = {"MD5", "FileName", "FilePath", "Media@odata.navigationLinkUrl"}
_HANDLED = {"MD5", "SHA1", "Category"}
_HASH_PATTERNS = {kind: re.compile(f"[0-9a-f]{{{length}}}") for kind, length in HEX_LENGTHS.items()}
_TOP_HASHES = (
    ("MD5", "md5", _HASH_PATTERNS[HashKind.MD5]),
    ("SHA1", "sha1", _HASH_PATTERNS[HashKind.SHA1]),
)
_ALTERNATIVE_KINDS = {"SHA256": HashKind.SHA256, "PDQ": HashKind.PDQ}


def _is_annotation(key: str) -> bool:
    """OData annotations (``odata.id``, ``MediaFiles@odata.navigationLinkUrl``) carry no data."""
    return key.startswith("odata.") or "@odata." in key


def _hash_name(value: Any) -> str:
    return "".join(ch for ch in str(value).upper() if ch.isalnum())


class VicsReader(HashSetReader):
    """Streams a VICS 1.x or 2.0 file (``#Media`` or ``#Cases``) as hash-set entries.

    Entries carry ``source="record N"``, counting Media records from 1 across the file.
    """

    NAME = "vics"

    def __init__(self, path: str | os.PathLike[str], scheme: str | None = None) -> None:
        """Reads the envelope and settles the scheme.

        Raises:
            SourceError: the file cannot be read.
            WrongFormat: not JSON with a Project VIC envelope, or a VICS kind other than
                ``#Media`` and ``#Cases``.
            ConfigError: ``scheme`` is not a valid scheme name.
        """
        super().__init__(path, scheme)
        envelope = find_envelope(self.path)
        if envelope is None:
            raise WrongFormat(
                f"{self.path.name} is not a VICS file: no odata.metadata or @odata.context "
                "naming a Project VIC data model"
            )
        if envelope.kind not in _KINDS.values():
            kind = f"#{envelope.kind}" if envelope.kind else "unnamed"
            raise WrongFormat(
                f"{self.path.name} is a VICS {kind} file; only #Media hash sets and #Cases "
                "exports hold hashes"
            )
        self.envelope = envelope
        name, note = scheme_for_profile(envelope.profile, scheme)
        if note is not None:
            self.notes.append(note)
        self._scheme: Scheme = get_scheme(name)
        self.scheme = name
        # The fast path's codes: raw int or str code -> (category, defined in the scheme).
        self._codes: dict[int | str, tuple[Category, bool]] = {}

    def read(self) -> Iterator[KnownEntry | BadRecord]:
        prefix = "value.item" if self.envelope.kind == "Media" else "value.item.Media.item"
        with self.open_binary() as stream:
            if stream.read(len(_BOM)) != _BOM:
                stream.seek(0)
            records = _IJSON.items(stream, prefix, use_float=True)
            convert = self._convert
            number = 0
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    break
                except (ijson.JSONError, UnicodeDecodeError) as exception:
                    yield self._damaged(number, exception)
                    break
                number += 1
                result = convert(record, number)
                if isinstance(result, list):
                    yield from result
                else:
                    yield result

    def _damaged(self, number: int, exception: Exception) -> BadRecord:
        detail = exception.args[0] if exception.args else exception
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", errors="replace")
        first_line = str(detail).strip().splitlines()[0] if str(detail).strip() else "error"
        where = self.where(f"after record {number}")
        return BadRecord(
            where, f"JSON damaged: {first_line} ({where}); the rest of the file was not read"
        )

    def _convert(self, record: Any, number: int) -> KnownEntry | list[KnownEntry | BadRecord]:
        """One Media record as an entry, or a list with a ``BadRecord`` naming its problems.

        This runs once per record of sets with millions of records. The fast path takes the
        shape Project VIC distributes (MD5 and SHA1 in hex, a plain integer or text code, the
        scalar Media properties, booleans and sizes as text, annotations, plain MediaFiles) in
        one pass over the record, converting the usual values inline and codes through a
        cache; anything else (a bad value, an unknown key, AlternativeHashes, a code the scheme
        cannot read) goes to ``_convert_general``, which gives the same entry for every record
        the fast path takes (tested against each other).
        """
        if record.__class__ is not dict:
            return self._convert_general(record, number)
        md5 = sha1 = raw_category = None
        extra: dict[str, Any] = {}
        fields = _FAST_FIELDS
        for key, value in record.items():
            if value is None:
                continue
            field = fields.get(key)
            if field is not None:
                name, how = field
                if how == _AS_IS:
                    extra[name] = value
                elif how == _AS_BOOLEAN:
                    if value.__class__ is bool:
                        extra[name] = value
                    else:
                        flag = _BOOLEAN_TEXT.get(value) if value.__class__ is str else None
                        extra[name] = _boolean(value) if flag is None else flag
                elif value.__class__ is int:
                    extra[name] = value
                elif value.__class__ is str and value.isdigit() and value.isascii():
                    extra[name] = int(value)
                else:
                    extra[name] = _integer(value)
            elif key == "MD5":
                md5 = value.lower() if value.__class__ is str else ""
                if len(md5) != 32 or md5.strip(_HEX_DIGITS):
                    return self._convert_general(record, number)
            elif key == "SHA1":
                sha1 = value.lower() if value.__class__ is str else ""
                if len(sha1) != 40 or sha1.strip(_HEX_DIGITS):
                    return self._convert_general(record, number)
            elif key == "Category":
                raw_category = value
            elif key == "MediaFiles":
                other: dict[str, Any] = {}
                _take_files(value, extra, other)
                if other:
                    return self._convert_general(record, number)
            elif not _is_annotation(key):
                return self._convert_general(record, number)
        if md5 is None and sha1 is None:
            return self._convert_general(record, number)
        category = None
        if raw_category is not None:
            kind = raw_category.__class__
            if kind is not int and kind is not str:
                return self._convert_general(record, number)
            known = self._codes.get(raw_category)
            if known is not None:
                category = known[0]
                if not known[1]:
                    self.undefined_codes[category] += 1
            else:
                if kind is str and not raw_category.strip():
                    return self._convert_general(record, number)
                try:
                    category = self.category(self._scheme, raw_category)
                except ValueError:
                    return self._convert_general(record, number)
                if len(self._codes) < _CODE_CACHE:
                    self._codes[raw_category] = (
                        category,
                        self._scheme.is_defined(category.code),
                    )
        # Positional (md5, sha1, sha256, pdq, category, source, extra): a little faster.
        return KnownEntry(md5, sha1, None, None, category, f"record {number}", extra)

    def _convert_general(
        self, record: Any, number: int
    ) -> KnownEntry | list[KnownEntry | BadRecord]:
        """``_convert`` for any record: every quirk, every problem named; the reference."""
        place = f"record {number}"
        if not isinstance(record, dict):
            where = self.where(place)
            return [BadRecord(where, f"{shown(record)} is not a Media object ({where})")]
        found: dict[str, str] = {}
        invalid: dict[str, Any] = {}
        for key, kind, pattern in _TOP_HASHES:
            value = record.get(key)
            if value is None or value == "":
                continue
            if isinstance(value, str):
                text = value.strip().lower()
                if pattern.fullmatch(text) is not None:
                    found[kind] = text
                    continue
            invalid[kind] = value

        extra: dict[str, Any] = {}
        other: dict[str, Any] = {}
        for key, value in record.items():
            if value is None:
                continue
            mapped = _FIELDS.get(key)
            if mapped is not None:
                name, convert = mapped
                extra[name] = value if convert is None else convert(value)
            elif key in _HANDLED:
                continue
            elif key == "MediaFiles":
                _take_files(value, extra, other)
            elif key == "AlternativeHashes":
                _take_alternatives(value, found, invalid, extra, other)
            elif not _is_annotation(key):
                other[key] = value
        if other:
            extra["other"] = other

        category = None
        category_problem = False
        raw_category = record.get("Category")
        if raw_category is not None and not (
            isinstance(raw_category, str) and not raw_category.strip()
        ):
            try:
                category = self.category(self._scheme, raw_category)
            except ValueError:
                category_problem = True
                extra["category_raw"] = raw_category

        if found and not invalid and not category_problem:
            return KnownEntry(
                md5=found.get("md5"),
                sha1=found.get("sha1"),
                sha256=found.get("sha256"),
                pdq=found.get("pdq"),
                category=category,
                source=place,
                extra=extra,
            )

        where = self.where(place)
        problems = [_hash_problem(kind, value, where) for kind, value in invalid.items()]
        if category_problem:
            problems.append(f"Category {shown(raw_category)} is not a code ({where})")
        if not found:
            if not problems:
                problems.append(f"no MD5, SHA1, SHA-256 or PDQ hash ({where})")
            return [BadRecord(where, "; ".join(problems) + "; record skipped")]
        if invalid:
            extra["invalid_hashes"] = invalid
        bad = BadRecord(where, "; ".join(problems) + "; record kept with its valid values")
        return [
            bad,
            KnownEntry(
                md5=found.get("md5"),
                sha1=found.get("sha1"),
                sha256=found.get("sha256"),
                pdq=found.get("pdq"),
                category=category,
                source=place,
                extra=extra,
            ),
        ]


def _hash_problem(kind: str, value: Any, where: str) -> str:
    """The message ``validate_hash`` gives for a value already found invalid."""
    try:
        validate_hash(HashKind(kind), value, where)
    except InvalidHash as exception:
        return str(exception)
    return f"{shown(value)} is not a {kind} hash ({where})"  # pragma: no cover


def _take_files(value: Any, extra: dict[str, Any], other: dict[str, Any]) -> None:
    """File names and paths of each on-disk instance; richer file rows kept as found."""
    if not isinstance(value, list):
        other["MediaFiles"] = value
        return
    if not value:
        return
    names: list[Any] = []
    paths: list[Any] = []
    rich = False
    for item in value:
        if isinstance(item, dict):
            names.append(item.get("FileName"))
            paths.append(item.get("FilePath"))
            if not rich:
                for key in item:
                    if key not in _FILE_KEYS and not _is_annotation(key):
                        rich = True
                        break
        else:
            names.append(None)
            paths.append(None)
            rich = True
    extra["file_names"] = names
    extra["file_paths"] = paths
    if rich:
        extra["media_files"] = [
            {k: v for k, v in item.items() if not _is_annotation(k)}
            if isinstance(item, dict)
            else item
            for item in value
        ]


def _take_vpdq(value: Any, invalid: dict[str, Any], extra: dict[str, Any]) -> None:
    """A listed video's vPDQ (upstream text) into ``extra["vpdq"]``, checked."""
    try:
        extra["vpdq"] = validate_hash(HashKind.VPDQ, value, "")
    except InvalidHash:
        invalid.setdefault(HashKind.VPDQ.value, value)


def _take_alternatives(
    value: Any,
    found: dict[str, str],
    invalid: dict[str, Any],
    extra: dict[str, Any],
    other: dict[str, Any],
) -> None:
    """SHA-256 and PDQ for matching, PhotoDNA kept (never matched), all kept as found;
    a ``vPDQ`` hash (a listed video's frames) goes to ``extra["vpdq"]`` only."""
    if not isinstance(value, list):
        other["AlternativeHashes"] = value
        return
    kept: list[Any] = []
    for item in value:
        if not isinstance(item, dict):
            kept.append(item)
            continue
        name, hash_value = item.get("HashName"), item.get("HashValue")
        if hash_value and _hash_name(name) == "VPDQ":
            _take_vpdq(hash_value, invalid, extra)
            continue
        kept.append({"name": name, "value": hash_value})
        if hash_value is None or hash_value == "":
            continue
        key = _hash_name(name)
        if key == "PHOTODNA":
            extra.setdefault("photodna", hash_value)
            continue
        kind = _ALTERNATIVE_KINDS.get(key)
        if kind is None or kind.value in found:
            continue
        if isinstance(hash_value, str):
            text = hash_value.strip().lower()
            if _HASH_PATTERNS[kind].fullmatch(text) is not None:
                found[kind.value] = text
                invalid.pop(kind.value, None)
                continue
        invalid.setdefault(kind.value, hash_value)
    if kept:
        extra["alternative_hashes"] = kept
