"""The ``cairn`` command: one group, one module per command group, one error policy.

Exit status: 0 success; 2 bad arguments or unreadable input (one line, no traceback);
3 a missing dependency; 130 interrupted; 1 anything else.
"""

from __future__ import annotations

from typing import IO, Any

import click

import cairn
from cairn.cli.audit import audit
from cairn.cli.case import case
from cairn.cli.chats import chats
from cairn.cli.cluster import scheduler, worker
from cairn.cli.context import App
from cairn.cli.demo import demo
from cairn.cli.exhibit import exhibit
from cairn.cli.hash import hash_command
from cairn.cli.hashset import hashset
from cairn.cli.hashset_admin import hashset_show as _attach_admin  # noqa: F401 (registers)
from cairn.cli.ingest import ingest
from cairn.cli.operation import GROUPS as OPERATION_GROUPS
from cairn.cli.report import report
from cairn.cli.serve import serve
from cairn.cli.user import user
from cairn.errors import CairnError, Cancelled

__all__ = ["cli", "main"]


class _Failure(click.ClickException):
    """A CairnError on its way out: one line on stderr and the error's exit code."""

    def __init__(self, error: CairnError) -> None:
        super().__init__(str(error))
        self.exit_code = error.exit_code  # type: ignore[misc]  # click reads it per instance

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"cairn: error: {self.format_message()}", err=True)


class CairnGroup(click.Group):
    """Maps Cairn's errors to exit codes for every subcommand, in one place."""

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


for command in (
    case,
    hashset,
    ingest,
    hash_command,
    report,
    demo,
    audit,
    chats,
    scheduler,
    worker,
    exhibit,
    *OPERATION_GROUPS,
    serve,
    user,
):
    cli.add_command(command)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``cairn`` command."""
    cli.main(args=argv, prog_name="cairn")
