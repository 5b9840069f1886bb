"""``cairn hashset``: import, list and export known-material and known-good hash sets."""

from __future__ import annotations

import hashlib
import os
import shlex
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import click

from cairn.cli.context import App, pass_app
from cairn.errors import ConfigError, SourceError
from cairn.hashsets import detect_format
from cairn.hashsets.csv_writer import write_csv
from cairn.hashsets.dfxml import write_dfxml
from cairn.hashsets.exporting import ExportSummary, TextSink
from cairn.hashsets.nsrl import NsrlReader
from cairn.hashsets.vics_writer import VERSIONS, vics_profile, write_vics
from cairn.memory import release_memory
from cairn.pipeline.index_cache import refresh_index
from cairn.pipeline.known import import_hashset
from cairn.store.audit import record
from cairn.store.exports import case_guid, case_sources, inventory, known_media
from cairn.store.queries import list_hashsets

__all__ = ["hashset"]


@click.group()
def hashset() -> None:
    """Import, list and export hash sets."""


@hashset.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--name", required=True, help="Name of the set (unique in the workspace).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["vics", "csv", "text", "nsrl", "vpdq"]),
    default=None,
    help="File format; detected from content when omitted (a folder is vpdq).",
)
@click.option(
    "--scheme",
    default=None,
    help="Category scheme for categories the file does not qualify "
    "(pv-us, uk, dhs, or a custom name).",
)
@click.option(
    "--known-good",
    is_flag=True,
    help="Matches to this set are known-good files (NSRL-style), excluded from review.",
)
@click.option(
    "--update",
    is_flag=True,
    help="NAME exists: take this newer file (entries added and withdrawn).",
)
@click.option(
    "--pdq-threshold",
    type=click.IntRange(0, 256),
    default=None,
    help="This set's PDQ match threshold (default: the pdq_threshold setting).",
)
@pass_app
def hashset_import(
    app: App,
    file: Path,
    name: str,
    fmt: str | None,
    scheme: str | None,
    known_good: bool,
    update: bool,
    pdq_threshold: int | None,
) -> None:
    """Import FILE as a hash set, streaming; bad lines are reported and the rest loads.

    FILE may be a folder of upstream vPDQ files (one listed video each; --format vpdq).

    An NSRL RDS database is always imported as known-good: NIST's RDS holds no hashes of
    illicit material.
    """
    if not known_good and (fmt or detect_format(file)) == NsrlReader.NAME:
        known_good = True
        click.echo(
            f"note: {file.name} is an NSRL RDS set, imported as known-good "
            "(NSRL holds no hashes of illicit material)",
            err=True,
        )
    summary = import_hashset(
        app.store,
        file,
        name,
        fmt=fmt,
        scheme=scheme,
        known_good=known_good,
        settings=app.settings,
        update=update,
        pdq_threshold=pdq_threshold,
    )
    record(
        app.store,
        "hashset.import",
        detail={
            "name": name,
            "file": str(file),
            "format": summary.format,
            "scheme": summary.scheme,
            "known_good": known_good,
            "entries": summary.entries,
            "bad": summary.bad_total,
        },
    )
    release_memory()  # the import's freed memory, before the index arrays are built
    refresh_index(app.store, app.settings)  # the next ingest maps the index, builds nothing
    for bad in summary.bad:
        click.echo(f"warning: {bad.where}: {bad.message}", err=True)
    if summary.bad_total > len(summary.bad):
        click.echo(
            f"warning: ... and {summary.bad_total - len(summary.bad)} more bad records", err=True
        )
    kind = "known-good" if known_good else "known-material"
    click.echo(
        f"imported {summary.entries} entries into {kind} set {name} "
        f"(format {summary.format}, scheme {summary.scheme or '-'}, "
        f"{summary.bad_total} bad)"
    )


@hashset.command("list")
@pass_app
def hashset_list(app: App) -> None:
    """List hash sets with their entry counts."""
    rows = list_hashsets(app.store)
    if not rows:
        click.echo("no hash sets")
        return
    for row in rows:
        kind = "known-good" if row.known_good else "known"
        state = "enabled" if row.enabled else "disabled"
        click.echo(
            f"{row.name}\t{kind}\t{row.format}\t{row.scheme or '-'}\t{row.entry_count} "
            f"entries\t{row.bad_count} bad\t{state}"
        )


class _Sink:
    """Text in, UTF-8 out to a binary stream, keeping the SHA-256 and size of what went out.

    Characters UTF-8 cannot carry (lone surrogates) are written as ``\\uXXXX`` text.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, text: str, /) -> int:
        data = text.encode("utf-8", errors="backslashreplace")
        self.raw.write(data)
        self.sha256.update(data)
        self.size += len(data)
        return len(text)


@contextmanager
def _output(path: Path | None) -> Iterator[_Sink]:
    """A sink writing to ``path`` (standard output when None).

    A file is written under a ``.partial`` name and renamed when complete, so an interrupted
    export never leaves a file that looks finished; an existing file is never overwritten.
    """
    if path is None:
        stdout = sys.stdout.buffer
        yield _Sink(stdout)
        stdout.flush()
        return
    if path.exists():
        raise ConfigError(f"{str(path)!r} exists; Cairn does not overwrite exports")
    partial = path.with_name(path.name + ".partial")
    try:
        raw = partial.open("xb")
    except OSError as exception:
        raise SourceError(
            f"cannot write {str(partial)!r}: {exception.strerror or exception}"
        ) from exception
    try:
        with raw:
            yield _Sink(raw)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _command_line(**options: object) -> str:
    words = ["cairn", "hashset", "export"]
    for name, value in options.items():
        if value is None or value == ():
            continue
        for one in value if isinstance(value, tuple) else (value,):
            words += [f"--{name}", str(one)]
    return shlex.join(words)


@hashset.command("export")
@click.option("--case", "case_name", required=True, help="The case to export.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["vics", "csv", "dfxml"]),
    required=True,
    help="vics: the case's known media as a VICS case file; csv: the same, one row per "
    "match, for a spreadsheet; dfxml: every item, as a DFXML file inventory.",
)
@click.option(
    "--version",
    "vics_version",
    type=click.Choice(list(VERSIONS)),
    default=None,
    help="VICS version (default 2.0).",
)
@click.option(
    "--profile",
    default=None,
    help="VICS 2.0 profile (default US): US and Default carry pv-us codes, UK vics-uk codes, "
    "CUSTOM custom codes; categories of other schemes are exported uncategorised.",
)
@click.option(
    "--exhibit",
    "exhibits",
    multiple=True,
    help="Export only this exhibit (repeatable; default: the whole case).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (never overwritten); standard output when omitted.",
)
@pass_app
def hashset_export(
    app: App,
    case_name: str,
    fmt: str,
    vics_version: str | None,
    profile: str | None,
    exhibits: tuple[str, ...],
    output: Path | None,
) -> None:
    """Export a case's known media (VICS, CSV) or its file inventory (DFXML)."""
    if fmt != "vics" and (vics_version is not None or profile is not None):
        raise click.UsageError("--version and --profile apply to --format vics only")
    version = vics_version or "2.0"
    if fmt == "vics":
        profile, _scheme = vics_profile(version, profile)
    store = app.store
    selected = list(exhibits) or None
    sources = case_sources(store, case_name, selected)
    started = datetime.now(UTC)
    write: Callable[[TextSink], ExportSummary]
    if fmt == "vics":
        guid = case_guid(store, case_name)

        def write(out: TextSink) -> ExportSummary:
            items = known_media(store, case_name, selected, order="md5")
            return write_vics(
                items, out, case_number=case_name, version=version, profile=profile, case_id=guid
            )

        what = f"VICS {version}" + (f" {profile}" if profile else "")
    elif fmt == "csv":

        def write(out: TextSink) -> ExportSummary:
            return write_csv(known_media(store, case_name, selected, order="item"), out)

        what = "CSV"
    else:
        command = _command_line(case=case_name, format=fmt, exhibit=exhibits, output=output)

        def write(out: TextSink) -> ExportSummary:
            return write_dfxml(
                inventory(store, case_name, selected),
                out,
                sources=[source.source_path for source in sources],
                command_line=command,
                start_time=started,
            )

        what = "DFXML"
    with _output(output) as sink:
        summary = write(sink)
        sha256 = sink.sha256.hexdigest()
        # Recorded before the file is renamed into place: no export exists unaudited.
        record(
            store,
            "hashset.export",
            case=case_name,
            detail={
                "format": fmt,
                "version": version if fmt == "vics" else None,
                "profile": profile,
                "exhibits": [source.name for source in sources],
                "output": str(output) if output is not None else "-",
                "sha256": sha256,
                "bytes": sink.size,
                "records": summary.records,
                "files": summary.files,
                "categorised": summary.categorised,
                "uncategorised": dict(summary.uncategorised),
                "conflicts": summary.conflicts,
                "skipped": dict(summary.skipped),
            },
        )
    for line in summary.warnings():
        click.echo(f"warning: {line}", err=True)
    unit = {"vics": "media records", "csv": "rows", "dfxml": "fileobjects"}[fmt]
    click.echo(
        f"exported {summary.records} {unit} ({summary.files} files) of case {case_name} as "
        f"{what} to {output if output is not None else 'standard output'}; sha256 {sha256}",
        err=output is None,
    )
