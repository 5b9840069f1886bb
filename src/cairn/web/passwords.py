"""Passwords: argon2id hashes at OWASP's recommended minimum (19 MiB, two passes, one lane).

That keeps a login near a tenth of a second on a small server; hashes made with other
parameters still verify. Kept apart from the web app so that the ``cairn user`` commands do
not load it.
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from cairn.errors import ConfigError

__all__ = ["MIN_PASSWORD", "check_password_strength", "hash_password", "verify_password"]

MIN_PASSWORD = 12

_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@cache
def _dummy() -> str:
    """Verified against when the user name is unknown, so both cases take as long."""
    return _HASHER.hash("cairn: no such user")


def check_password_strength(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"a password needs at least {MIN_PASSWORD} characters")
    if len(password) > 1024:
        raise ConfigError("a password may have at most 1024 characters")
    return password


def hash_password(password: str) -> str:
    return _HASHER.hash(check_password_strength(password))


def verify_password(stored: str | None, password: str) -> bool:
    """Whether ``password`` matches the stored hash (``None``: no such user, still timed)."""
    try:
        _HASHER.verify(stored or _dummy(), password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    return stored is not None
