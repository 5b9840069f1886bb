"""Cairn pipeline."""
