"""Puente's desktop app for agents (PySide6), built in the "Desktop I" issue."""
