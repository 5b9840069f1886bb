"""Cairn: triage, hash matching and review for units investigating online child sexual abuse."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
