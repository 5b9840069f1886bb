"""The ``cairn`` command: one group, one module per command group, one error policy.

Exit status: 0 success; 2 bad arguments or unreadable input (one line, no traceback);
3 a missing dependency; 130 interrupted; 1 anything else.
"""

from __future__ import annotations

from importlib import import_module
from typing import IO, Any

import click

import cairn
from cairn.cli.context import App
from cairn.errors import CairnError, Cancelled

__all__ = ["cli", "main"]


class _Failure(click.ClickException):
    """A CairnError on its way out: one line on stderr and the error's exit code."""

    def __init__(self, error: CairnError) -> None:
        super().__init__(str(error))
        self.exit_code = error.exit_code  # type: ignore[misc]  # click reads it per instance

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"cairn: error: {self.format_message()}", err=True)


# Each command's module, loaded only when the command runs (or help lists it): importing
# every command group up front (chats, reports, the web app, Dask) cost about a second on
# every ``cairn`` invocation, ingest workers included.
_COMMANDS: dict[str, tuple[str, str]] = {
    "case": ("cairn.cli.case", "case"),
    "hashset": ("cairn.cli.hashset_admin", "hashset"),  # the group, with list/show/… added
    "ingest": ("cairn.cli.ingest", "ingest"),
    "hash": ("cairn.cli.hash", "hash_command"),
    "report": ("cairn.cli.report", "report"),
    "demo": ("cairn.cli.demo", "demo"),
    "audit": ("cairn.cli.audit", "audit"),
    "chats": ("cairn.cli.chats", "chats"),
    "scheduler": ("cairn.cli.cluster", "scheduler"),
    "worker": ("cairn.cli.cluster", "worker"),
    "exhibit": ("cairn.cli.exhibit", "exhibit"),
    "operation": ("cairn.cli.operation", "operation"),
    "person": ("cairn.cli.operation", "person"),
    "event": ("cairn.cli.operation", "event"),
    "charge": ("cairn.cli.operation", "charge"),
    "offence": ("cairn.cli.operation", "offence"),
    "referral": ("cairn.cli.operation", "referral"),
    "serve": ("cairn.cli.serve", "serve"),
    "user": ("cairn.cli.user", "user"),
    "rematch": ("cairn.cli.rematch", "rematch"),
}


class CairnGroup(click.Group):
    """Maps Cairn's errors to exit codes for every subcommand, in one place, and loads each
    subcommand's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            module, attribute = _COMMANDS[cmd_name]
            command = getattr(import_module(module), attribute)
            if not isinstance(command, click.Command):  # pragma: no cover - a table typo
                raise TypeError(f"{module}.{attribute} is not a click command")
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CairnError as exc:
            raise _Failure(exc) from exc
        except KeyboardInterrupt:
            raise _Failure(Cancelled("interrupted")) from None


@click.group(cls=CairnGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(cairn.__version__, prog_name="cairn")
@click.option(
    "--home",
    envvar="CAIRN_HOME",
    default=None,
    metavar="DIR",
    help="Workspace folder (default: $CAIRN_HOME, else ./cairn-data).",
)
@click.option(
    "--setting",
    "settings",
    multiple=True,
    metavar="NAME=VALUE",
    help="Override a setting for this command (see docs/settings.md).",
)
@click.pass_context
def cli(ctx: click.Context, home: str | None, settings: tuple[str, ...]) -> None:
    """Cairn: ingest seized evidence, match it against known hash sets, report the triage."""
    ctx.obj = App.create(home, settings)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``cairn`` command."""
    cli.main(args=argv, prog_name="cairn")
