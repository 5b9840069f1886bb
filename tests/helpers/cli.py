"""Running the ``cairn`` command in-process against a workspace, as a user would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from cairn.cli.main import cli


def cairn(home: Path, *args: str, ok: bool = True) -> Result:
    """Run ``cairn --home HOME ARGS``; with ``ok`` assert it exited 0."""
    result = CliRunner().invoke(cli, ["--home", str(home), *args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, (result.exit_code, result.output, result.stderr)
    return result


def triage_json(home: Path, case: str, *extra: str) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(
        cairn(home, "report", "triage", "--case", case, "--format", "json", *extra).stdout
    )
    return report


def comparable(report: dict[str, Any]) -> dict[str, Any]:
    """A report without the fields that legitimately differ between runs."""
    return {k: v for k, v in report.items() if k not in ("generated_at",)}
