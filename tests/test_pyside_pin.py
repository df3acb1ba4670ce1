"""Regression guard: PySide6 6.12.0 aborts CPython 3.11 ("none_dealloc") after a few
thousand calls of Qt methods that return None. Run such a loop in a child process,
so an abort fails this test instead of killing the whole run."""

from __future__ import annotations

import os
import subprocess
import sys

LOOP = """
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
button = QPushButton("x")
for i in range(50_000):
    button.setEnabled(i % 2 == 0)
    button.setToolTip("t")
print("survived")
"""


def test_none_returning_qt_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", LOOP], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
