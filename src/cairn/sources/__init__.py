"""Evidence sources: one module per exhibit kind, each yielding entries with locators."""

from cairn.sources.folder import SourceEntry, open_readonly, walk_folder

__all__ = ["SourceEntry", "open_readonly", "walk_folder"]
