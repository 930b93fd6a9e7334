"""Embedded SQLite backend."""
