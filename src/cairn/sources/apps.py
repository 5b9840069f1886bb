"""Phone logical dumps and the app files Cairn knows by path (chat databases first).

A folder is an iOS or Android logical dump when it holds the paths those systems use; it
is then ingested as a folder, and the files below are recognised wherever they appear: in a
dump, in a disk image's file system, or at the device path a UFDR report gives. The chat
importers take their inputs from the recognised files (``ExhibitWalk.chat_sources``).

Sources for the paths: ``shared/reference/chat-formats-and-risk.md`` §4.6-4.8 (Android
``mmssms.db``, iOS ``sms.db``, WhatsApp ``ChatStorage.sqlite`` and the two iTunes-backup
file names computed from their domains); the other app paths are the ones forensic tools
have long used for those apps (msgstore.db, cache4.db, kikDatabase.db, threads_db2).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from cairn.model import Locator

__all__ = ["APP_PATHS", "AppPath", "ChatSource", "detect_dump", "recognise"]


@dataclass(frozen=True, slots=True)
class AppPath:
    """A known app file: which app, which platform, what it holds, and a path pattern
    (a regular expression matched against the end of a ``/``-separated path)."""

    app: str
    platform: str
    role: str
    pattern: str


APP_PATHS: tuple[AppPath, ...] = (
    AppPath("whatsapp", "android", "chats", r"/com\.whatsapp/databases/msgstore\.db"),
    AppPath("whatsapp", "android", "contacts", r"/com\.whatsapp/databases/wa\.db"),
    AppPath(
        "whatsapp", "ios", "chats", r"/group\.net\.whatsapp\.WhatsApp\.shared/ChatStorage\.sqlite"
    ),
    AppPath("whatsapp", "ios", "chats", r"/[0-9A-Fa-f-]{36}/ChatStorage\.sqlite"),
    AppPath("whatsapp", "ios_backup", "chats", r"/7c/7c7fba66680ef796b916b067077cc246adacf01d"),
    AppPath("sms", "android", "chats", r"/com\.android\.providers\.telephony/databases/mmssms\.db"),
    AppPath("sms", "ios", "chats", r"/Library/SMS/sms\.db"),
    AppPath("sms", "ios_backup", "chats", r"/3d/3d0d7e5fb2ce288813306e4d4636395e047a3d28"),
    AppPath("telegram", "android", "chats", r"/org\.telegram\.messenger/files/cache4\.db"),
    AppPath("kik", "android", "chats", r"/kik\.android/databases/kikDatabase\.db"),
    AppPath("kik", "ios", "chats", r"/kik\.sqlite"),
    AppPath("messenger", "android", "chats", r"/com\.facebook\.orca/databases/threads_db2"),
)
"""Known app files. Add a row to recognise another; ``role`` ``chats`` feeds the chat
importers."""

_COMPILED = tuple((entry, re.compile(f"(?:^|.*?){entry.pattern}$")) for entry in APP_PATHS)


@dataclass(frozen=True, slots=True)
class ChatSource:
    """A file a chat importer should read: the app and platform it belongs to, the item's
    locator (``app`` is ``ufdr_report`` for a UFDR's ``report.xml``) and the path its chain
    starts from, so ``open_entry(SourceEntry(locator, fs_path))`` opens it read-only."""

    app: str
    platform: str
    locator: Locator
    fs_path: bytes


def recognise(path: bytes) -> AppPath | None:
    """The known app file at ``path`` (an exhibit-relative or device path), or ``None``."""
    text = "/" + os.fsdecode(path).replace("\\", "/").lstrip("/")
    for entry, pattern in _COMPILED:
        if pattern.match(text):
            return entry
    return None


_IOS_MARKERS = (b"private/var/mobile", b"var/mobile", b"Manifest.db")
_ANDROID_MARKERS = (
    b"data/data",
    b"data/user/0",
    b"data/media/0",
    b"storage/emulated/0",
    b"sdcard/Android",
)


def detect_dump(root: bytes) -> str | None:
    """``ios_dump`` or ``android_dump`` when the folder (or its only subfolder) holds the
    paths of a phone's logical dump, else ``None``."""
    from cairn.sources.detect import ANDROID_DUMP, IOS_DUMP

    bases = [root]
    try:
        children = [c for c in os.scandir(root) if not c.name.startswith(b".")]
        if len(children) == 1 and children[0].is_dir(follow_symlinks=False):
            bases.append(children[0].path)
    except OSError:
        return None
    for base in bases:
        if any(os.path.lexists(os.path.join(base, m)) for m in _IOS_MARKERS):
            return IOS_DUMP
        if any(os.path.lexists(os.path.join(base, m)) for m in _ANDROID_MARKERS):
            return ANDROID_DUMP
    return None
