"""Puente's relay: the one public endpoint Meta calls, and the desktops' source of truth."""

__version__ = "0.1.0"
