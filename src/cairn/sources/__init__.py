"""Evidence sources: one module per exhibit kind, each yielding entries with locators.

A source walks an exhibit and yields ``SourceEntry`` records (cheap, picklable); the
stage later opens each entry's content through ``open_entry``, which dispatches on the
locator's type through ``OPENERS``. A new kind of source registers its opener there.

``walk_exhibit`` detects the exhibit's kind from content (folder, phone dump, single file,
raw or split raw image, E01, UFDR) and expands the archives found in it.
"""

from __future__ import annotations

from cairn.sources.apps import ChatSource
from cairn.sources.archive import ARCHIVE, open_member
from cairn.sources.detect import EXHIBIT_KINDS
from cairn.sources.disk_image import TSK, open_tsk_file
from cairn.sources.exhibit import ExhibitWalk, walk_exhibit
from cairn.sources.folder import SourceEntry, open_readonly, walk_folder
from cairn.sources.registry import OPENERS, open_entry, open_locator, register
from cairn.sources.ufdr import UFDR_LAYER, open_ufdr_file

__all__ = [
    "EXHIBIT_KINDS",
    "OPENERS",
    "ChatSource",
    "ExhibitWalk",
    "SourceEntry",
    "open_entry",
    "open_locator",
    "open_readonly",
    "walk_exhibit",
    "walk_folder",
]

register(TSK, open_tsk_file)
register(ARCHIVE, open_member)
register(UFDR_LAYER, open_ufdr_file)
