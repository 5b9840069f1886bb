"""Fixtures of the web tests; the helpers live in ``review_site.py`` beside this file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from review_site import Evidence, Site, build_evidence, make_site

from cairn.store import Store


@pytest.fixture(scope="session")
def evidence(tmp_path_factory: pytest.TempPathFactory) -> Evidence:
    return build_evidence(tmp_path_factory.mktemp("web-evidence"))


@pytest.fixture
def site(tmp_path: Path, evidence: Evidence) -> Iterator[Site]:
    """The web app on an SQLite workspace (the permission and API tests)."""
    store = Store.open(tmp_path / "ws")
    built = make_site(store, evidence)
    try:
        yield built
    finally:
        built.close()
        store.close()


@pytest.fixture
def any_site(store: Store, evidence: Evidence) -> Iterator[Site]:
    """The web app on SQLite and on the real PostgreSQL server (the ``store`` fixture)."""
    built = make_site(store, evidence)
    try:
        yield built
    finally:
        built.close()
