"""``cairn demo``: build a small benign demo exhibit and hash sets, then run the main job."""

from __future__ import annotations

import click
from sqlalchemy import select

from cairn.cli.context import App, pass_app
from cairn.cli.ingest import summary_lines
from cairn.cli.progress import progress_bar
from cairn.pipeline.known import import_hashset
from cairn.pipeline.runner import run_ingest
from cairn.reports import build_triage, render_html, render_text
from cairn.store.audit import record
from cairn.store.queries import create_case
from cairn.store.schema import Case, HashSet
from cairn.testing.exhibit import SCHEME, build_ground_truth

__all__ = ["demo"]

CASE = "demo"
EXHIBIT = "demo-laptop"


@click.command()
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes for the ingest (default: one per core).",
)
@pass_app
def demo(app: App, workers: int | None) -> None:
    """Generate a benign demo exhibit with hash sets, ingest it and print the triage."""
    store = app.store
    base = app.home / "demo"
    if not (base / "exhibit").exists():
        click.echo(f"generating benign demo evidence in {base}")
        truth = build_ground_truth(base, seed=2026)
        known_csv, known_good = truth.known_csv, truth.known_good_txt
    else:
        known_csv, known_good = (
            base / "hashsets" / "known.csv",
            base / "hashsets" / "known-good.txt",
        )
    with store.session() as session:
        has_case = session.scalars(select(Case).where(Case.name == CASE)).first() is not None
        sets = set(session.scalars(select(HashSet.name)))
    if not has_case:
        create_case(store, CASE, "Generated benign demo evidence")
        record(store, "case.create", case=CASE, detail={"demo": True})
    for name, path, good in (
        ("demo-known", known_csv, False),
        ("demo-known-good", known_good, True),
    ):
        if name not in sets:
            summary = import_hashset(
                store, path, name, scheme=SCHEME, known_good=good, settings=app.settings
            )
            record(store, "hashset.import", detail={"name": name, "entries": summary.entries})
            click.echo(f"imported hash set {name}: {summary.entries} entries")
    with progress_bar(f"ingest {EXHIBIT}") as progress:
        result = run_ingest(
            store, CASE, EXHIBIT, base / "exhibit", app.settings, workers=workers, progress=progress
        )
    for line in summary_lines(result):
        click.echo(line)
    report = build_triage(store, CASE, settings=app.settings)
    html = base / "triage.html"
    html.write_text(render_html(report), encoding="utf-8")
    click.echo(render_text(report), nl=False)
    click.echo(f"HTML report: {html}")
    click.echo(f"Next: cairn --home {app.home} report triage --case {CASE} --format json")
    _demo_reviewer(app)


DEMO_ADMIN = "admin"


def _demo_reviewer(app: App) -> None:
    """Create (once) the demo's admin account, a member of the demo case, and say how to
    serve the review app and log in. The generated password is kept in the workspace,
    readable by its owner only, so that running the demo again prints it again."""
    import os
    import secrets

    from cairn.store.review import add_members, create_user, find_user
    from cairn.web.passwords import hash_password

    secret = app.home / "demo-admin-password.txt"
    if find_user(app.store, DEMO_ADMIN) is None:
        password = secrets.token_urlsafe(12)
        fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(password + "\n")
        create_user(
            app.store, DEMO_ADMIN, "admin", hash_password(password), [CASE], actor="cairn-demo"
        )
    else:
        add_members(app.store, DEMO_ADMIN, [CASE], actor="cairn-demo")
    click.echo(f"Review app: cairn --home {app.home} serve   (then open http://127.0.0.1:8000/)")
    if secret.is_file():
        password = secret.read_text(encoding="utf-8").strip()
        click.echo(f"Log in as {DEMO_ADMIN} with password {password}   (kept in {secret})")
    else:
        click.echo(f"Log in as {DEMO_ADMIN}; set a password with: cairn user passwd {DEMO_ADMIN}")
