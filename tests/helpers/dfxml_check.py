"""A check of the structure dfxml.xsd requires (dfxml-working-group/dfxml_schema).

``check_dfxml`` encodes it with xml.etree: the root's namespace and ``version``; ``metadata``
first (Dublin Core children only), then at most one ``creator``, one ``source``, then
``volume``* and ``fileobject``*; each fileobject's DFXML children in the schema's sequence
and counts, with their value types; and extension elements only after them, in another
namespace.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime

from cairn.hashsets.dfxml import CAIRN_NS, DC_NS, DFXML_NS

D = f"{{{DFXML_NS}}}"
C = f"{{{CAIRN_NS}}}"

# fileobject's xs:sequence in dfxml.xsd: (element, most occurrences; None = unbounded)
_FILEOBJECT = [
    ("parent_object", 1),
    ("filename", None),
    ("partition", 1),
    ("id", 1),
    ("name_type", 1),
    ("filesize", 1),
    ("unalloc", 1),
    ("alloc", 1),
    ("used", 1),
    ("unused", 1),
    ("orphan", 1),
    ("compressed", 1),
    ("inode", 1),
    ("meta_type", 1),
    ("mode", 1),
    ("nlink", 1),
    ("uid", 1),
    ("gid", 1),
    ("mtime", 1),
    ("ctime", 1),
    ("atime", 1),
    ("crtime", 1),
    ("seq", 1),
    ("dtime", 1),
    ("bkup_time", 1),
    ("link_target", 1),
    ("libmagic", 1),
    ("byte_runs", None),
    ("hashdigest", None),
]
_CREATOR = ["program", "version", "build_environment", "execution_environment", "library"]
_EXECUTION = {
    "os_sysname",
    "os_release",
    "os_version",
    "host",
    "arch",
    "command_line",
    "uid",
    "username",
    "start_time",
}
_HASH_TYPES = {"md5", "sha1", "sha256", "md6", "other", "MD5", "SHA1", "SHA256", "MD6", "OTHER"}
_HEX = {"md5": 32, "sha1": 40, "sha256": 64}
_BOOL01 = {"0", "1"}


def _in_sequence(children: list[ET.Element], sequence: list[tuple[str, int | None]]) -> None:
    position = 0
    counts: dict[str, int] = {}
    names = [name for name, _most in sequence]
    for child in children:
        name = child.tag.removeprefix(D)
        assert name in names, f"{name} is not a fileobject element"
        index = names.index(name)
        assert index >= position, f"{name} out of the schema's order"
        position = index
        counts[name] = counts.get(name, 0) + 1
        most = sequence[index][1]
        assert most is None or counts[name] <= most, f"{name} more than {most} times"


def check_dfxml(document: bytes) -> ET.Element:
    """Parse ``document`` and assert the structure dfxml.xsd requires; return the root."""
    root = ET.fromstring(document)
    assert root.tag == f"{D}dfxml"
    assert root.get("version") == "1.2.0"
    children = list(root)
    assert children and children[0].tag == f"{D}metadata", "metadata must come first"
    assert all(child.tag.startswith(f"{{{DC_NS}}}") for child in children[0])
    rest = [child.tag.removeprefix(D) for child in children[1:]]
    order = ["creator", "source", "volume", "fileobject"]
    assert all(name in order for name in rest), rest
    assert rest == sorted(rest, key=order.index), "top-level elements out of order"
    assert rest.count("creator") <= 1 and rest.count("source") == 1
    for creator in root.findall(f"{D}creator"):
        names = [child.tag.removeprefix(D) for child in creator]
        assert names == sorted(names, key=_CREATOR.index)
        for environment in creator.findall(f"{D}execution_environment"):
            seen = [child.tag.removeprefix(D) for child in environment]
            assert set(seen) <= _EXECUTION and len(seen) == len(set(seen))
            for start in environment.findall(f"{D}start_time"):
                datetime.fromisoformat(start.text or "")
    for source in root.findall(f"{D}source"):
        assert all(child.tag == f"{D}image_filename" for child in source)
    for fileobject in root.findall(f"{D}fileobject"):
        elements = list(fileobject)
        dfxml = [e for e in elements if e.tag.startswith(D)]
        assert elements[: len(dfxml)] == dfxml, "extension elements must follow DFXML ones"
        for extension in elements[len(dfxml) :]:
            assert not extension.tag.startswith("{" + DFXML_NS), extension.tag
            assert extension.tag.startswith("{"), "extensions need a namespace"
        _in_sequence(dfxml, _FILEOBJECT)
        for size in fileobject.findall(f"{D}filesize"):
            int(size.text or "")
        for flag in ("alloc", "unalloc"):
            for element in fileobject.findall(f"{D}{flag}"):
                assert element.text in _BOOL01
        for digest in fileobject.findall(f"{D}hashdigest"):
            kind = digest.get("type")
            assert kind in _HASH_TYPES
            assert re.fullmatch(f"[0-9a-f]{{{_HEX[kind.lower()]}}}", digest.text or "")
    return root
