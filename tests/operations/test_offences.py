"""The default offence list (Scottish law, reference §2.3) and offences users add."""

from __future__ import annotations

from pathlib import Path

import pytest

from cairn.errors import ConfigError
from cairn.reports.offences import (
    DEFAULT_OFFENCES,
    all_offences,
    check_code,
    define_offence,
    resolve_offence,
)
from cairn.store import Store

from helpers.cli import cairn


def test_default_list_holds_the_scottish_offences_with_statute_and_section() -> None:
    cited = {(o.statute, o.section) for o in DEFAULT_OFFENCES.values()}
    cgsa = "Civic Government (Scotland) Act 1982"
    sosa = "Sexual Offences (Scotland) Act 2009"
    for section in ("s.52(1)(a)", "s.52(1)(b)", "s.52(1)(c)", "s.52(1)(d)", "s.52A"):
        assert (cgsa, section) in cited
    for number in [*range(18, 27), *range(28, 38), 6, 7, 42]:
        assert (sosa, f"s.{number}") in cited
    assert (
        "Protection of Children and Prevention of Sexual Offences (Scotland) Act 2005",
        "s.1",
    ) in cited
    assert ("Abusive Behaviour and Sexual Harm (Scotland) Act 2016", "s.2") in cited
    assert ("Communications Act 2003", "s.127") in cited
    assert DEFAULT_OFFENCES["cgsa-52a"].title.startswith("Possession of an indecent photograph")
    assert DEFAULT_OFFENCES["common-law-extortion"].statute == "Common law"
    # Numbering the reference marks as not confirmed from primary sources says so.
    assert DEFAULT_OFFENCES["sosa-32"].note and not DEFAULT_OFFENCES["sosa-31"].note
    for code, offence in DEFAULT_OFFENCES.items():
        assert code == offence.code == check_code(code) and offence.title


def test_users_add_offences_and_charges_resolve_them(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "ws")
    try:
        added = define_offence(
            store, "PCA1978-1", "Protection of Children Act 1978", "s.1", "Make indecent images"
        )
        assert added.code == "pca1978-1" and not added.builtin
        assert resolve_offence(store, "pca1978-1").statute == "Protection of Children Act 1978"
        assert resolve_offence(store, "CGSA-52A") is DEFAULT_OFFENCES["cgsa-52a"]
        assert [o.code for o in all_offences(store)][-1] == "pca1978-1"
        with pytest.raises(ConfigError, match="already exists"):
            define_offence(store, "pca1978-1", "X", "s.1", "Y")
        with pytest.raises(ConfigError, match="built in"):
            define_offence(store, "cgsa-52a", "X", "s.1", "Y")
        with pytest.raises(ConfigError, match="no offence 'nope'"):
            resolve_offence(store, "nope")
        with pytest.raises(ConfigError, match="not an offence code"):
            check_code("has space")
    finally:
        store.close()


def test_offence_commands(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    cairn(
        home,
        "offence",
        "add",
        "cja1988-160",
        "--statute",
        "Criminal Justice Act 1988",
        "--section",
        "s.160",
        "--title",
        "Possession of indecent photograph of child",
    )
    listing = cairn(home, "offence", "list").stdout
    assert "cgsa-52-1a\tCivic Government (Scotland) Act 1982\ts.52(1)(a)" in listing
    assert "cja1988-160\tCriminal Justice Act 1988\ts.160" in listing and "(added)" in listing
    again = cairn(home, "offence", "add", "cja1988-160", "--statute", "X", "--title", "Y", ok=False)
    assert again.exit_code == 2 and "already exists" in again.stderr
