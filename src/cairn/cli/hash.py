"""``cairn hash``: one JSON line per file with its hashes — a hashdeep with PDQ.

PDQ values printed here always come from the full decode (the reference-conformant hash).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from cairn.cli.context import App, pass_app
from cairn.errors import SourceError
from cairn.model import ItemStatus
from cairn.pipeline.stage import process_entry
from cairn.sources.folder import walk_folder

__all__ = ["hash_command"]


@click.command("hash")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--every-frame",
    is_flag=True,
    help="For videos, hash every frame (as the vPDQ reference does) instead of one "
    "frame every video_sample_seconds.",
)
@pass_app
def hash_command(app: App, paths: tuple[Path, ...], every_frame: bool) -> None:
    """Print hashes of each file in PATHS (folders are walked, links not followed)."""
    unreadable = []
    settings = app.settings.with_values(video_sample_seconds=0) if every_frame else app.settings
    for path in paths:
        try:
            entries = walk_folder(path)
            for entry in entries:
                base = (
                    os.fsdecode(os.path.join(os.fsencode(path), entry.locator.path))
                    if os.path.isdir(path)
                    else os.fsdecode(os.fsencode(path))
                )
                result = process_entry(entry, settings, fast=False)
                out: dict[str, object] = {"path": base, "size": result.size, "type": result.mime}
                if result.hashes is not None:
                    out.update(
                        md5=result.hashes.md5, sha1=result.hashes.sha1, sha256=result.hashes.sha256
                    )
                if result.video is not None:
                    facts = result.video.get("facts") or {}
                    out.update(
                        duration=facts.get("duration"),
                        codec=facts.get("codec"),
                        width=facts.get("width"),
                        height=facts.get("height"),
                        creation_time=facts.get("creation_time"),
                    )
                    out["vpdq"] = [
                        {"frame": f[0], "time": f[1], "pdq": f[2], "quality": f[3]}
                        for f in result.video.get("frames", [])
                    ]
                if result.media is not None:
                    out.update(pdq=result.media.pdq, pdq_quality=result.media.pdq_quality)
                if result.status is not ItemStatus.PROCESSED:
                    out.update(status=result.status.value, reason=result.reason)
                click.echo(json.dumps(out, ensure_ascii=False))
        except SourceError as exc:
            click.echo(f"cairn: error: {exc}", err=True)
            unreadable.append(path)
    if unreadable:
        raise click.exceptions.Exit(2)
