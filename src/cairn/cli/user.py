"""``cairn user``: local accounts of the review app, their roles and case membership.

Every change is appended to the audit log with the acting operator (``CAIRN_USER`` or the
login name). Passwords come from a hidden prompt (asked twice) or ``--password-file``; they
are stored only as argon2id hashes.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from cairn.cli.context import App, pass_app
from cairn.errors import ConfigError
from cairn.store.audit import default_actor
from cairn.store.review import (
    ROLES,
    add_members,
    create_user,
    list_users,
    remove_members,
    set_disabled,
    set_password,
)
from cairn.web.passwords import check_password_strength, hash_password

__all__ = ["user"]

_PASSWORD_FILE = click.option(
    "--password-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Read the password from the first line of FILE instead of a prompt.",
)


def _password(password_file: Path | None) -> str:
    if password_file is not None:
        try:
            text = password_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read password file {str(password_file)!r}: {exc}") from exc
        lines = text.splitlines()
        password = lines[0] if lines else ""
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return check_password_strength(password)


@click.group()
def user() -> None:
    """Manage the review app's users, roles and case membership."""


@user.command("add")
@click.argument("name")
@click.option(
    "--role",
    type=click.Choice(ROLES),
    required=True,
    help="admin (users, everything), lead (resolves disagreements, case settings, "
    "sees reviewers' exposure), grader, analyst, viewer.",
)
@click.option(
    "--case",
    "cases",
    multiple=True,
    metavar="CASE",
    help="A case the user may see (repeatable); they see nothing of any other case.",
)
@_PASSWORD_FILE
@pass_app
def user_add(
    app: App, name: str, role: str, cases: tuple[str, ...], password_file: Path | None
) -> None:
    """Add a local user NAME with a ROLE, a member of each --case."""
    password = _password(password_file)
    info = create_user(
        app.store, name, role, hash_password(password), list(cases), actor=default_actor()
    )
    member = f", member of {', '.join(info.cases)}" if info.cases else ", member of no case"
    click.echo(f"added user {info.name} ({info.role}{member})")


@user.command("passwd")
@click.argument("name")
@_PASSWORD_FILE
@pass_app
def user_passwd(app: App, name: str, password_file: Path | None) -> None:
    """Set a new password for NAME; their open sessions end."""
    password = _password(password_file)
    set_password(app.store, name, hash_password(password), actor=default_actor())
    click.echo(f"password of {name} changed")


@user.command("disable")
@click.argument("name")
@pass_app
def user_disable(app: App, name: str) -> None:
    """Disable NAME: logins refused and open sessions ended (the account and its audit
    history stay)."""
    set_disabled(app.store, name, True, actor=default_actor())
    click.echo(f"disabled user {name}")


@user.command("enable")
@click.argument("name")
@pass_app
def user_enable(app: App, name: str) -> None:
    """Enable NAME again."""
    set_disabled(app.store, name, False, actor=default_actor())
    click.echo(f"enabled user {name}")


@user.command("grant")
@click.argument("name")
@click.argument("cases", nargs=-1, required=True, metavar="CASE...")
@pass_app
def user_grant(app: App, name: str, cases: tuple[str, ...]) -> None:
    """Make NAME a member of each CASE."""
    added = add_members(app.store, name, list(cases), actor=default_actor())
    click.echo(f"{name}: added to {', '.join(added) or 'no new case'}")


@user.command("revoke")
@click.argument("name")
@click.argument("cases", nargs=-1, required=True, metavar="CASE...")
@pass_app
def user_revoke(app: App, name: str, cases: tuple[str, ...]) -> None:
    """End NAME's membership of each CASE."""
    removed = remove_members(app.store, name, list(cases), actor=default_actor())
    click.echo(f"{name}: removed from {', '.join(removed) or 'no case'}")


@user.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@pass_app
def user_list(app: App, fmt: str) -> None:
    """List users with role, state and cases."""
    users = list_users(app.store)
    if fmt == "json":
        rows = [
            {"name": u.name, "role": u.role, "disabled": u.disabled, "cases": list(u.cases)}
            for u in users
        ]
        click.echo(json.dumps(rows, indent=2))
        return
    if not users:
        click.echo("no users")
        return
    for u in users:
        state = "disabled" if u.disabled else "active"
        click.echo(f"{u.name}\t{u.role}\t{state}\t{', '.join(u.cases) or '-'}")
