"""Honesty tests: every setting and every command is documented; __all__ is truthful."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import click
import pytest

import cairn
from cairn.cli.main import cli
from cairn.settings import SETTINGS, Settings

DOCS = Path(__file__).parent.parent / "docs"


def _commands(group: click.Group, prefix: str = "cairn") -> list[str]:
    names = []
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        assert command is not None, name
        full = f"{prefix} {name}"
        if isinstance(command, click.Group):
            names.extend(_commands(command, full))
        else:
            names.append(full)
    return names


@pytest.mark.parametrize("setting", [s.name for s in SETTINGS])
def test_every_setting_is_documented(setting: str) -> None:
    assert f"`{setting}`" in (DOCS / "settings.md").read_text()


def test_settings_table_matches_the_settings_record() -> None:
    defaults = Settings().to_dict()
    assert {s.name: s.default for s in SETTINGS} == defaults


@pytest.mark.parametrize("command", _commands(cli))
def test_every_command_is_documented(command: str) -> None:
    assert f"`{command}" in (DOCS / "cli.md").read_text()


def test_every_module_all_names_exist() -> None:
    for module_info in pkgutil.walk_packages(cairn.__path__, "cairn."):
        if module_info.name.endswith("__main__") or ".migrations" in module_info.name:
            continue
        module = importlib.import_module(module_info.name)
        for name in getattr(module, "__all__", []):
            assert hasattr(module, name), f"{module_info.name}.__all__ names missing {name}"
