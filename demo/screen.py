"""Whether this machine can show the desktop's window, and what it lacks if not.

Qt aborts the whole process when it cannot open a window, and on a minimal
Linux its message names `xcb-cursor0` whatever is missing. So a throwaway
process tries first, and when it fails the missing system libraries are found
the way the loader sees them (`ldd` on Qt's X11 plugin, and the one library
Qt opens by itself), named as Debian packages them.
"""

from __future__ import annotations

import ctypes.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.summaries import Translate

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def why_no_window(translate: Translate) -> str:
    """Why the window cannot be shown here, or "" (in the language of `translate`)."""
    try:
        import PySide6.QtWidgets  # noqa: F401, PLC0415
    except ImportError:
        return translate("Demo", "PySide6 is not installed (pip install -e '.[relay,desktop]')")
    graphical = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    if sys.platform.startswith("linux") and not any(os.environ.get(v) for v in graphical):
        return translate("Demo", "no screen (DISPLAY is not set)")
    probe = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if probe.returncode == 0:
        return ""
    missing = missing_libraries() if sys.platform.startswith("linux") else []
    if missing:
        packages = " ".join(sorted({debian_package(name) for name in missing}))
        return (
            translate("Demo", "Qt cannot open a window: the system lacks %1 (%2)")
            .replace("%1", ", ".join(missing))
            .replace("%2", f"sudo apt install {packages}")
        )
    said = [line for line in probe.stderr.splitlines() if line.strip()]
    return translate("Demo", "Qt cannot open a window: %1").replace(
        "%1", said[0] if said else str(probe.returncode)
    )


def missing_libraries() -> list[str]:
    """The shared libraries Qt's X11 plugin needs and the loader cannot find."""
    from PySide6.QtCore import QLibraryInfo  # noqa: PLC0415 - QtCore loads without a screen

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    ldd = shutil.which("ldd")
    found: list[str] = []
    plugin = plugins / "platforms" / "libqxcb.so"
    if ldd is not None and plugin.exists():
        listed = subprocess.run(  # noqa: S603 - the system's ldd on Qt's own plugin
            [ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False
        )
        found = not_found(listed.stdout)
    # Qt 6.5 and later open libxcb-cursor themselves (dlopen): ldd cannot see it.
    if ctypes.util.find_library("xcb-cursor") is None:
        found.append("libxcb-cursor.so.0")
    return found


def not_found(ldd_output: str) -> list[str]:
    """The libraries `ldd` says it could not find, once each, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def debian_package(soname: str) -> str:
    """The Debian package a library's soname comes in, by Debian's naming rule:
    libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    base, _, version = soname.partition(".so.")
    name = base.lower()
    major = version.split(".", 1)[0]
    if not major:
        return name
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"
