"""``cairn user`` and ``cairn serve`` at the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cairn.store import Store
from cairn.store.review import find_user
from cairn.store.schema import AuditEvent
from cairn.web.auth import verify_password

from helpers.cli import cairn


def _home(tmp_path: Path) -> Path:
    home = tmp_path / "ws"
    cairn(home, "case", "create", "op-1")
    cairn(home, "case", "create", "op-2")
    return home


def _secret(tmp_path: Path, text: str) -> str:
    path = tmp_path / "password.txt"
    path.write_text(text + "\n")
    return str(path)


def test_add_list_grant_revoke_disable_and_passwd(tmp_path: Path) -> None:
    home = _home(tmp_path)
    secret = _secret(tmp_path, "a benign password")
    added = cairn(
        home, "user", "add", "ann", "--role", "grader", "--case", "op-1", "--password-file", secret
    )
    assert added.stdout.strip() == "added user ann (grader, member of op-1)"
    cairn(home, "user", "grant", "ann", "op-2")
    cairn(home, "user", "revoke", "ann", "op-1")
    cairn(home, "user", "disable", "ann")
    listed = json.loads(cairn(home, "user", "list", "--format", "json").stdout)
    assert listed == [{"name": "ann", "role": "grader", "disabled": True, "cases": ["op-2"]}]
    cairn(home, "user", "enable", "ann")
    cairn(home, "user", "passwd", "ann", "--password-file", _secret(tmp_path, "another password"))
    store = Store.open(home)
    try:
        user = find_user(store, "ann")
        assert user is not None and not user.disabled
        assert verify_password(user.password_hash, "another password")
        assert user.password_hash.startswith("$argon2id$")
        with store.session() as session:
            actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    finally:
        store.close()
    assert [a for a in actions if a.startswith("user.")] == [
        "user.add",
        "user.grant",
        "user.revoke",
        "user.disable",
        "user.enable",
        "user.passwd",
    ]


def test_password_from_the_prompt_is_asked_twice(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from cairn.cli.main import cli

    home = _home(tmp_path)
    result = CliRunner().invoke(
        cli,
        ["--home", str(home), "user", "add", "bob", "--role", "viewer"],
        input="a benign password\na benign password\n",
    )
    assert result.exit_code == 0, result.output
    assert "a benign password" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "x", "--role", "grader", "--case", "nope"], "no case named 'nope'"),
        (["add", "bad name", "--role", "grader"], "is not a user name"),
        (["add", "ann", "--role", "grader"], "already exists"),
        (["passwd", "nobody"], "no user named 'nobody'"),
        (["disable", "nobody"], "no user named 'nobody'"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    home = _home(tmp_path)
    secret = _secret(tmp_path, "a benign password")
    cairn(home, "user", "add", "ann", "--role", "viewer", "--password-file", secret)
    if args[0] in ("add", "passwd"):
        args = [*args, "--password-file", secret]
    result = cairn(home, "user", *args, ok=False)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_short_passwords_are_refused(tmp_path: Path) -> None:
    home = _home(tmp_path)
    secret = _secret(tmp_path, "short")
    result = cairn(
        home, "user", "add", "ann", "--role", "viewer", "--password-file", secret, ok=False
    )
    assert result.exit_code == 2 and "at least 12 characters" in result.stderr


def test_serve_binds_loopback_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen: dict[str, Any] = {}

    def fake_run(app: object, **kwargs: Any) -> None:
        seen.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    home = _home(tmp_path)
    result = cairn(home, "serve")
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8000)
    assert "http://127.0.0.1:8000/" in result.stdout
    assert "no users yet" in result.stderr
    result = cairn(home, "serve", "--host", "0.0.0.0", "--port", "9000")
    assert (seen["host"], seen["port"]) == ("0.0.0.0", 9000)
    assert "without TLS" in result.stderr


def test_the_demo_prints_an_admin_account_once_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cairn.cli.context import App
    from cairn.cli.demo import CASE, DEMO_ADMIN, _demo_reviewer

    home = tmp_path / "ws"
    cairn(home, "case", "create", CASE)
    _demo_reviewer(App(home=home))
    first = capsys.readouterr().out
    secret = home / "demo-admin-password.txt"
    password = secret.read_text().strip()
    assert secret.stat().st_mode & 0o777 == 0o600
    assert f"Log in as {DEMO_ADMIN} with password {password}" in first
    assert f"cairn --home {home} serve" in first
    _demo_reviewer(App(home=home))  # idempotent: same account, same password
    assert f"with password {password}" in capsys.readouterr().out
    store = Store.open(home)
    try:
        admin = find_user(store, DEMO_ADMIN)
        assert admin is not None and admin.role == "admin"
        assert verify_password(admin.password_hash, password)
        from cairn.store.review import list_users

        assert [u.cases for u in list_users(store)] == [(CASE,)]
    finally:
        store.close()
