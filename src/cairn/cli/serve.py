"""``cairn serve``: the review web app over this workspace's store."""

from __future__ import annotations

import ipaddress

import click

from cairn.cli.context import App, pass_app
from cairn.errors import DependencyError
from cairn.store.audit import record
from cairn.store.review import list_users

__all__ = ["serve"]


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; anything but loopback should sit behind a TLS proxy.",
)
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="TCP port."
)
@pass_app
def serve(app: App, host: str, port: int) -> None:
    """Serve the review web app (pages, and the JSON API under /api/)."""
    try:
        import uvicorn

        from cairn.web import create_app
    except ImportError as exc:  # pragma: no cover - installed with Cairn
        raise DependencyError(f"the web app needs {exc.name}: pip install cairn") from exc
    store = app.store
    web = create_app(store, app.settings)
    users = [u for u in list_users(store) if not u.disabled]
    if not users:
        click.echo(
            "no users yet: add one with  cairn user add NAME --role admin --case CASE", err=True
        )
    if not _loopback(host):
        click.echo(
            f"warning: listening on {host} without TLS; put a TLS proxy in front of it",
            err=True,
        )
    record(store, "serve.start", detail={"host": host, "port": port, "store": store.dialect})
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Cairn review app on http://{shown}:{port}/ ({store.dialect} store in {app.home})")
    click.echo("Press Ctrl+C to stop.")
    uvicorn.run(
        web,
        host=host,
        port=port,
        log_level="info",
        server_header=False,
        proxy_headers=False,
    )
