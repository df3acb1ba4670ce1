"""Where the app's resources are: next to the package, or inside a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder (PyInstaller unpacks it under `sys._MEIPASS`)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path() -> Path:
    return resources_dir() / "icons" / "puente.png"


def sample_video() -> Path:
    """Two seconds of H.264, as WhatsApp sends videos: the demo's, and the self-test's."""
    return resources_dir() / "samples" / "backpack.mp4"
