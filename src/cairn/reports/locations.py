"""Where on a device an item was found: user storage, or a cache or thumbnail store.

Courts weigh the two differently: a picture saved in a user's folders was kept, a picture
in a browser cache or a thumbnail database may only have been displayed. The charging
schedule splits every count this way.

The rule is by path alone, so it is the same on every exhibit and explains itself: an item
is in a **cache** when any rule below matches its path, and in **user storage** otherwise.
Paths are compared case-insensitively with ``\\`` read as ``/``; a rule matches whole path
segments, anywhere in the path (so it holds inside a disk image or an archive too). The
first rule that matches is reported as the reason.

======================  ==========================================================
rule                    matches (segments, anywhere in the path)
======================  ==========================================================
windows-thumbcache      ``thumbcache_*.db``, ``iconcache_*.db`` (Explorer)
windows-thumbs-db       ``Thumbs.db``, ``ehthumbs.db``
thumbnails-folder       ``.thumbnails``, ``.thumbs``, ``thumbnails``, ``.thumbdata*``
                        (Linux, Android DCIM, iOS ``PhotoData/Thumbnails``)
ios-photo-cache         ``PhotoData/Metadata``, ``PhotoData/MISC``, ``PhotoData/CPLAssets``
macos-quicklook         ``com.apple.QuickLook.thumbnailcache``
browser-cache           ``Cache``/``Cache_Data``/``Code Cache``/``GPUCache`` (Chromium),
                        ``cache2`` (Firefox), ``Temporary Internet Files``,
                        ``INetCache``, ``WebCache``
whatsapp-statuses       ``WhatsApp/Media/.Statuses`` (statuses seen, not saved)
temp                    ``AppData/Local/Temp``, ``Windows/Temp``, ``/tmp``,
                        ``/var/tmp``, ``private/var/folders``
app-cache               ``cache``, ``caches``, ``.cache``, ``Library/Caches`` (iOS and
                        macOS), ``Android/data/*/cache``, ``data/data/*/cache``
======================  ==========================================================

An item's path with none of these is counted as user storage, which includes deleted files
recovered from user folders. The list grows by adding a rule here and a case to
``tests/operations/test_locations.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["CACHE", "RULES", "USER", "Location", "Rule", "classify"]

Where = Literal["user", "cache"]
USER: Where = "user"
CACHE: Where = "cache"


@dataclass(frozen=True, slots=True)
class Rule:
    """A named path rule: ``pattern`` is searched in the normalised path."""

    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Location:
    """Where an item was found and the rule that decided it (``None`` for user storage)."""

    where: Where
    rule: str | None


def _rule(name: str, *segments: str) -> Rule:
    """Segments are regular expressions for one or more whole path segments."""
    body = "|".join(segments)
    return Rule(name, re.compile(rf"(?:^|/)(?:{body})(?:/|$)"))


RULES: tuple[Rule, ...] = (
    _rule("windows-thumbcache", r"thumbcache_[^/]*\.db", r"iconcache_[^/]*\.db"),
    _rule("windows-thumbs-db", r"thumbs\.db", r"ehthumbs(?:_vista)?\.db"),
    _rule("thumbnails-folder", r"\.thumbnails", r"\.thumbs", r"thumbnails", r"\.thumbdata[^/]*"),
    _rule("ios-photo-cache", r"photodata/(?:metadata|misc|cplassets)"),
    _rule("macos-quicklook", r"com\.apple\.quicklook\.thumbnailcache"),
    _rule(
        "browser-cache",
        r"cache_data",
        r"code cache",
        r"gpucache",
        r"cache2",
        r"temporary internet files",
        r"inetcache",
        r"webcache",
    ),
    _rule("whatsapp-statuses", r"whatsapp/media/\.statuses", r"\.statuses"),
    _rule(
        "temp",
        r"appdata/local/temp",
        r"windows/temp",
        r"tmp",
        r"var/tmp",
        r"private/var/folders",
    ),
    _rule("app-cache", r"cache", r"caches", r"\.cache"),
)


def _normal(path: str) -> str:
    return path.replace("\\", "/").lower()


def classify(path: str) -> Location:
    """Where an item with this path was found; see the module docstring for the rules."""
    normal = _normal(path)
    for rule in RULES:
        if rule.pattern.search(normal):
            return Location(CACHE, rule.name)
    return Location(USER, None)
