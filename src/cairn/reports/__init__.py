"""Reports: triage summary (and later charging schedules, operation statistics, exports)."""

from cairn.reports.render import render_html, render_json, render_text
from cairn.reports.triage import build_triage

__all__ = ["build_triage", "render_html", "render_json", "render_text"]
