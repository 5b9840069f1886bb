"""Category schemes: labels, normalising codes, undefined codes, custom schemes."""

from __future__ import annotations

import re

import pytest

from cairn.errors import ConfigError
from cairn.hashsets import SCHEMES, get_scheme, label, normalise_code
from cairn.model import Category


def test_builtin_schemes_and_their_labels() -> None:
    assert set(SCHEMES) == {"pv-us", "uk", "dhs", "vics-uk"}
    assert dict(get_scheme("pv-us").labels) == {
        "0": "Non-Pertinent",
        "1": "Child Abuse Material (CAM)",
        "2": "Child Exploitive (Non-CAM) / Age Difficult",
        "3": "CGI/Animation - Child Exploitive",
        "4": "Comparison Images",
    }
    assert dict(get_scheme("uk").labels) == {
        "A": "Category A",
        "B": "Category B",
        "C": "Category C",
    }
    assert sorted(get_scheme("dhs").labels) == ["0", "1", "2", "3", "4", "5"]
    assert get_scheme("vics-uk").labels == {}


def test_zero_and_five_are_never_read_across_pv_us_and_dhs() -> None:
    # The 0/5 inversion: the same integer means opposite things in the two schemes.
    assert label(Category("pv-us", "0")) == "Non-Pertinent"
    assert label(Category("dhs", "0")) == "CAT-0 Uncategorized"
    assert label(Category("dhs", "5")) == "CAT-5 Non-pertinent"
    assert label(Category("pv-us", "5")) == "5 (not defined in pv-us)"
    assert not get_scheme("pv-us").is_defined("5")


@pytest.mark.parametrize(
    ("scheme", "raw", "code"),
    [
        ("pv-us", 1, "1"),
        ("pv-us", " 01 ", "1"),
        ("pv-us", "+2", "2"),
        ("pv-us", 3.0, "3"),
        ("pv-us", "8", "8"),
        ("pv-us", "x", "x"),
        ("uk", " a ", "A"),
        ("uk", "Category B", "B"),
        ("uk", "cat-c", "C"),
        ("dhs", "CAT-1", "1"),
        ("dhs", "cat 5", "5"),
        ("dhs", 0, "0"),
        ("vics-uk", "007", "7"),
        ("caid-x", " Red ", "Red"),
        ("caid-x", 12, "12"),
    ],
)
def test_normalise_code(scheme: str, raw: str | int | float, code: str) -> None:
    assert normalise_code(get_scheme(scheme), raw) == code
    assert normalise_code(scheme, raw) == code


@pytest.mark.parametrize("raw", ["", "   ", True, 1.5])
def test_normalise_code_refuses_values_that_are_no_code(raw: str | int | float) -> None:
    with pytest.raises(ValueError):
        normalise_code("pv-us", raw)


def test_undefined_codes_are_kept_and_flagged_only_in_closed_schemes() -> None:
    pv_us = get_scheme("pv-us")
    assert [pv_us.is_defined(code) for code in ("0", "4", "8", "x")] == [True, True, False, False]
    assert get_scheme("uk").is_defined("A")
    assert not get_scheme("uk").is_defined("D")
    # vics-uk is open (the A/B/C mapping is not public) but its codes are integers.
    assert get_scheme("vics-uk").is_defined("3")
    assert not get_scheme("vics-uk").is_defined("A")
    assert get_scheme("my-unit").is_defined("anything")


def test_labels_for_undefined_unmapped_and_custom_codes() -> None:
    assert label(Category("pv-us", "8")) == "8 (not defined in pv-us)"
    assert label(Category("uk", "D")) == "D (not defined in uk)"
    assert label(Category("vics-uk", "3")) == "UK profile code 3 (unmapped)"
    assert label(Category("my-unit", "red")) == "red"
    assert label(Category("uk", "A")) == "Category A"


def test_custom_schemes_are_open_and_named() -> None:
    scheme = get_scheme("nsrl_caid-2")
    assert scheme.name == "nsrl_caid-2"
    assert not scheme.closed
    assert scheme.labels == {}


@pytest.mark.parametrize("name", ["", "PV-US", "1uk", "uk profile", "-x", "ük", "a/b"])
def test_invalid_scheme_names_are_config_errors_naming_the_name(name: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(repr(name))):
        get_scheme(name)


def test_schemes_are_immutable_data() -> None:
    scheme = get_scheme("pv-us")
    with pytest.raises(TypeError):
        scheme.labels["9"] = "invented"  # type: ignore[index]
    with pytest.raises(AttributeError):
        scheme.closed = False  # type: ignore[misc]
