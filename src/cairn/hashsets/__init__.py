"""Hash sets in: VICS 1.x/2.0, CSV, plain lists, NSRL RDSv3 and upstream vPDQ files of listed
videos, with their category schemes.

Typical use::

    reader = read_hashset("known.json")          # format detected from the content
    for record in reader:
        if isinstance(record, BadRecord):
            warn(record.message)                 # the rest of the file still loads
        else:
            store(record)                        # a KnownEntry
    reader.undefined_codes                       # codes its closed scheme does not define
"""

from __future__ import annotations

from cairn.hashsets.categories import SCHEMES, Scheme, get_scheme, label, normalise_code
from cairn.hashsets.csvfile import CsvReader
from cairn.hashsets.hashes import BadRecord, HashSetReader, kind_of_hex, validate_hash
from cairn.hashsets.nsrl import NsrlReader
from cairn.hashsets.reader import FORMATS, detect_format, read_hashset
from cairn.hashsets.textfile import TextReader
from cairn.hashsets.vics import VicsEnvelope, VicsReader
from cairn.hashsets.vpdqfile import VpdqReader

__all__ = [
    "FORMATS",
    "SCHEMES",
    "BadRecord",
    "CsvReader",
    "HashSetReader",
    "NsrlReader",
    "Scheme",
    "TextReader",
    "VicsEnvelope",
    "VicsReader",
    "VpdqReader",
    "detect_format",
    "get_scheme",
    "kind_of_hex",
    "label",
    "normalise_code",
    "read_hashset",
    "validate_hash",
]
