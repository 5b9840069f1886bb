"""What every command shares: the workspace, its store and the resolved settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import click

from cairn.settings import Settings, load_settings
from cairn.store import Store, workspace_home

__all__ = ["App", "pass_app"]


@dataclass
class App:
    home: Path
    overrides: dict[str, str] = field(default_factory=dict)
    _store: Store | None = None
    _settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.home, self.overrides)
        return self._settings

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.home)
        return self._store

    @classmethod
    def create(cls, home: str | None, settings: tuple[str, ...]) -> App:
        overrides: dict[str, str] = {}
        for item in settings:
            name, sep, value = item.partition("=")
            if not sep or not name.strip():
                raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--setting")
            overrides[name.strip()] = value.strip()
        return cls(home=workspace_home(home), overrides=overrides)


pass_app = click.make_pass_decorator(App)
