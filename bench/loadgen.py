"""A small, fast HTTP/1.1 load generator: keep-alive connections replaying pre-signed requests.

Written on raw asyncio streams (uvloop when present) so that one core of load
outruns one core of server; latency is measured per request, send to last byte.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable, MutableSequence, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    requests: int
    seconds: float
    latencies_ms: list[float]
    statuses: dict[int, int]

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def build_request(path: str, body: bytes, headers: dict[str, str]) -> bytes:
    lines = [
        f"POST {path} HTTP/1.1",
        "Host: 127.0.0.1",
        f"Content-Length: {len(body)}",
        "Content-Type: application/json",
    ]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    if length:
        await reader.readexactly(length)
    return status


# What the next request to post is, (index, bytes), or None when there are no more.
Take = Callable[[], Awaitable[tuple[int, bytes] | None]]


def taking(requests: Iterable[tuple[int, bytes]]) -> Take:
    """A `Take` over `requests`, to be shared by every connection posting them."""
    remaining = iter(requests)

    async def take() -> tuple[int, bytes] | None:
        return next(remaining, None)

    return take


async def post_acked(port: int, take: Take, acked: MutableSequence[float]) -> None:
    """Over one keep-alive connection, post what `take` gives until it gives None; each
    must be answered 200, and `acked[index]` says when (time.monotonic())."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    while (item := await take()) is not None:
        index, request = item
        writer.write(request)
        status = await _read_response(reader)
        assert status == 200, status
        acked[index] = time.monotonic()
    writer.close()


async def run(port: int, requests: Sequence[bytes], concurrency: int) -> Result:
    """Send every request once over `concurrency` keep-alive connections."""
    queue = iter(requests)
    latencies: list[float] = []
    statuses: dict[int, int] = {}

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for request in queue:
            started = time.perf_counter()
            writer.write(request)
            status = await _read_response(reader)
            latencies.append((time.perf_counter() - started) * 1000)
            statuses[status] = statuses.get(status, 0) + 1
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Result(len(latencies), time.perf_counter() - started, latencies, statuses)
