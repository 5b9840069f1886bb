"""``cairn exhibit``: check an exhibit's image against its acquisition hash.

An E01 stores the MD5 (and often SHA-1) computed when it was acquired; a raw image's hash
comes from the acquisition notes and is given with ``--hash``. Either way the whole media
is read again and the result, match or not, goes into the audit trail, because the
examiner must be able to show the image ingested is the image acquired.
"""

from __future__ import annotations

import os
import re

import click

from cairn.cli.context import App, pass_app
from cairn.errors import ConfigError
from cairn.sources.detect import ANDROID_DUMP, FOLDER, IOS_DUMP
from cairn.sources.disk_image import verify_image
from cairn.store.audit import record
from cairn.store.queries import get_case, get_exhibit

__all__ = ["exhibit"]

_HEX_LENGTHS = {"md5": 32, "sha1": 40, "sha256": 64}


def _parse_hashes(values: tuple[str, ...]) -> dict[str, str]:
    hashes: dict[str, str] = {}
    for value in values:
        algorithm, sep, digest = value.partition(":")
        algorithm, digest = algorithm.strip().lower(), digest.strip().lower()
        length = _HEX_LENGTHS.get(algorithm)
        if not sep or length is None:
            raise click.BadParameter(
                f"{value!r} is not ALGO:HEX with ALGO one of md5, sha1, sha256",
                param_hint="--hash",
            )
        if len(digest) != length or not re.fullmatch(r"[0-9a-f]+", digest):
            raise click.BadParameter(
                f"{digest!r} is not a {algorithm} hash ({length} hex digits)",
                param_hint="--hash",
            )
        hashes[algorithm] = digest
    return hashes


@click.group()
def exhibit() -> None:
    """Work with the exhibits of a case."""


@exhibit.command("verify")
@click.argument("case_name", metavar="CASE")
@click.argument("exhibit_name", metavar="EXHIBIT")
@click.option(
    "--hash",
    "hashes",
    multiple=True,
    metavar="ALGO:HEX",
    help="Expected hash of the image (md5, sha1 or sha256); repeatable.",
)
@pass_app
def exhibit_verify(app: App, case_name: str, exhibit_name: str, hashes: tuple[str, ...]) -> None:
    """Hash EXHIBIT's image again and compare it with the acquisition hash stored in an
    E01 and with any --hash given; the result is recorded in the audit log. Exit 1 on a
    mismatch or a read error."""
    given = _parse_hashes(hashes)
    with app.store.session() as session:
        row = get_exhibit(session, get_case(session, case_name), exhibit_name)
        source_path, source_type = row.source_path, row.source_type
    if source_type in (FOLDER, IOS_DUMP, ANDROID_DUMP):
        raise ConfigError(
            f"exhibit {exhibit_name!r} is a folder ({source_path!r}); only image files "
            "and single files can be verified"
        )
    result = verify_image(os.fsencode(source_path), given)
    checks = [
        {
            "algorithm": c.algorithm,
            "expected": c.expected,
            "computed": c.computed,
            "source": c.source,
            "ok": c.ok,
        }
        for c in result.checks
    ]
    record(
        app.store,
        "exhibit.verify",
        case=case_name,
        detail={
            "exhibit": exhibit_name,
            "source": source_path,
            "kind": result.kind,
            "bytes_read": result.bytes_read,
            "checks": checks,
            "error": result.error,
            "ok": result.ok,
        },
    )
    click.echo(f"exhibit {exhibit_name} ({result.kind}): {result.bytes_read:,} bytes read")
    for c in result.checks:
        verdict = "matches" if c.ok else f"MISMATCH (computed {c.computed})"
        click.echo(f"{c.algorithm} {c.expected} ({c.source}): {verdict}")
    if result.error:
        click.echo(f"error: {result.error}", err=True)
    if not result.ok:
        click.echo("verification FAILED", err=True)
        raise click.exceptions.Exit(1)
    click.echo("verified")
