"""Cairn cli."""
