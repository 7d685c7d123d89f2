"""Widgets of the workspace."""
