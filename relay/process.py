"""The relay process's footing: enough file descriptors, and memory handed back after bursts."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import resource
import sys

log = logging.getLogger(__name__)

# glibc's mallopt parameters: a fixed threshold above which blocks are mmap'ed (and so
# returned to the system when freed), and when the heap's top is trimmed.
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_THRESHOLD = 128 * 1024
# A hard limit reported as unlimited is capped here: the kernel refuses more anyway.
_FD_CEILING = 1 << 20


def raise_fd_limit() -> int:
    """Raise the soft limit on open files to the hard one; the soft limit now."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = _FD_CEILING if hard == resource.RLIM_INFINITY else hard
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (ValueError, OSError) as exc:
            log.warning("could not raise the open-files limit above %d: %s", soft, exc)
    return int(soft)


class Memory:
    """Large buffers (a webhook body, a header) go back to the system once freed.

    glibc raises its mmap threshold after freeing large blocks, so later large
    buffers come from the heap and the heap's size stays after an attack ends
    (measured: 367 MiB held after 40 connections of 8 MiB headers closed). A
    fixed threshold keeps large blocks mmap'ed, and `trim()` hands back the
    heap's free pages. Elsewhere than glibc both do nothing.
    """

    def __init__(self) -> None:
        self._libc: ctypes.CDLL | None = None
        if sys.platform.startswith("linux"):
            name = ctypes.util.find_library("c")
            try:
                libc = ctypes.CDLL(name or "libc.so.6")
                libc.mallopt(_M_MMAP_THRESHOLD, _THRESHOLD)
                libc.mallopt(_M_TRIM_THRESHOLD, _THRESHOLD)
                libc.malloc_trim  # noqa: B018 - glibc's, not musl's: check it is there
            except (OSError, AttributeError):
                return
            self._libc = libc

    def trim(self) -> None:
        """Return free heap pages to the system (cheap; called every few seconds)."""
        if self._libc is not None:
            self._libc.malloc_trim(0)
