"""Cairn's exception tree; each class carries the exit code the CLI maps it to.

    CairnError                    exit 1
    ├── ConfigError               exit 2  operator or configuration input is wrong
    │   └── UnknownCase           exit 2  a case or exhibit name that does not exist
    ├── SourceError               exit 2  evidence or an input file cannot be read at all
    ├── WrongFormat               (internal) not this parser's format; the next one is tried
    ├── InvalidHash               a hash value that is not what it claims to be
    ├── DamagedMedia              (per item) decodable format, damaged or hostile content
    ├── StoreError                exit 1  the store cannot be opened or written
    │   └── IncompatibleStoreVersion
    ├── DependencyError           exit 3  an optional extra or service is missing
    └── Cancelled                 exit 130 the user interrupted; partial work is committed

Messages name the bad value and where it was, never evidence content.
"""

from __future__ import annotations

__all__ = [
    "CairnError",
    "Cancelled",
    "ConfigError",
    "DamagedMedia",
    "DependencyError",
    "IncompatibleStoreVersion",
    "InvalidHash",
    "SourceError",
    "StoreError",
    "UnknownCase",
    "WrongFormat",
]


class CairnError(Exception):
    """Base of every error Cairn raises on purpose."""

    exit_code = 1


class ConfigError(CairnError):
    """Operator or configuration input is wrong (a bad option value, an unknown scheme)."""

    exit_code = 2


class UnknownCase(ConfigError):
    """A case or exhibit name that the store does not hold."""


class SourceError(CairnError):
    """Evidence or an input file cannot be read at all (missing, unreadable, wrong kind)."""

    exit_code = 2


class WrongFormat(CairnError):
    """The input is not in the format the parser handles; callers try the next parser."""


class InvalidHash(CairnError):
    """A hash value that is not what it claims to be; the message names value and place."""


class DamagedMedia(CairnError):
    """A file of a known media format whose content is damaged or hostile (a bomb)."""


class StoreError(CairnError):
    """The store cannot be opened, migrated or written."""


class IncompatibleStoreVersion(StoreError):
    """The store was written by a newer Cairn than this one."""


class DependencyError(CairnError):
    """An optional extra or external service is missing."""

    exit_code = 3


class Cancelled(CairnError):
    """The user interrupted the work; what was done is committed and resumable."""

    exit_code = 130
