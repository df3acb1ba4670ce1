"""Desktop releases compared: whether the relay's offered one is newer than this one."""

from __future__ import annotations

import re


def release(text: str) -> tuple[int, ...]:
    """A release's numbers (1.4.0 -> (1, 4, 0)); a pre-release tail is dropped, and
    something unreadable is (0,), older than any release."""
    found = re.match(r"\d+(?:\.\d+)*", text.strip())
    return tuple(int(n) for n in found.group().split(".")) if found else (0,)


def newer(offered: str, running: str) -> bool:
    """Whether `offered` is a later release than `running` (1.10 after 1.9; 1.4 = 1.4.0)."""
    a, b = release(offered), release(running)
    width = max(len(a), len(b))
    return a + (0,) * (width - len(a)) > b + (0,) * (width - len(b))
