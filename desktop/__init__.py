"""Puente's desktop app for agents (PySide6)."""

from importlib import metadata

try:
    __version__ = metadata.version("puente")
except metadata.PackageNotFoundError:  # a frozen build without the package's metadata
    __version__ = "0+unknown"
