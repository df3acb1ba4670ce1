"""The relay's public edge: what a connection may cost before it has proven anything.

Meta's webhook URL is public, and nothing about a connection is known until
its headers are read (and, for a webhook, its body's signature checked). So
uvicorn's HTTP protocol (httptools) is given limits, each a setting
(docs/deploy.md, "Limits at the edge"):

- a cap on open connections, HTTP and WebSocket together: at the cap, the
  connection that has waited longest for its headers is closed to make room
  (idle and slowloris sockets cannot keep Meta out), and when none is
  waiting a new one gets `503` and is closed before anything is read;
- a deadline for the request line and headers, from the connection (or the
  next request's first byte on a kept-alive one): `408`, closed;
- a cap on header bytes, counted on the raw bytes before the parser sees
  them (httptools' Python binding concatenates a header's pieces, so one
  64 MiB header cost seconds of the event loop): `431`, closed;
- a minimum body rate, measured over windows while the application reads
  (a paused read is the application's doing, not the sender's): `408`, closed;
- the keep-alive idle time (uvicorn's own).

WebSocket keepalive pings that go unanswered close with 4008 (too slow),
the code the stream's own check gives a desktop that stops reading, instead
of uvicorn's 1011.

`Budget` bounds, relay-wide, the webhook bytes held before their signature
is checked; beyond it the webhook handler answers `503` with `Retry-After`,
which Meta retries.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

from relay.settings import EdgeLimits
from wire.frames import CLOSE_TOO_SLOW

# Bytes that end a request's headers; the last 3 of a chunk are kept to find one split
# across two reads.
_END_OF_HEADERS = b"\r\n\r\n"
_REASONS = {
    408: b"Request Timeout",
    431: b"Request Header Fields Too Large",
    503: b"Service Unavailable",
}


def _answer(status: int, message: str, retry_after: int | None = None) -> bytes:
    """A whole HTTP response that closes the connection (written without the app)."""
    body = message.encode()
    head = [b"HTTP/1.1 %d %s" % (status, _REASONS[status])]
    head.append(b"content-type: text/plain; charset=utf-8")
    head.append(b"content-length: %d" % len(body))
    head.append(b"connection: close")
    if retry_after is not None:
        head.append(b"retry-after: %d" % retry_after)
    return b"\r\n".join(head) + b"\r\n\r\n" + body


class EdgeHttpProtocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol with the edge's limits (see the module's docstring)."""

    limits: ClassVar[EdgeLimits] = EdgeLimits()
    # This server's connections waiting for their headers, oldest first.
    waiting: ClassVar[dict[EdgeHttpProtocol, None]] = {}

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._refused = len(self.connections) >= self.limits.max_connections
        if self._refused and self.waiting:
            # Room is made at the expense of the connection idling longest: a client that
            # has sent no whole request yet (Meta's and desktops' send theirs at once).
            oldest = next(iter(self.waiting))
            oldest._refuse(503, "the relay is busy; retry")
            self._refused = False
        self._header_timer: asyncio.TimerHandle | None = None
        self._body_timer: asyncio.TimerHandle | None = None
        self._reading_headers = True
        self._header_bytes = 0
        self._tail = b""
        self._window_bytes = 0
        if self._refused:
            # Not registered: a refused connection holds nothing but its socket, briefly.
            transport.write(_answer(503, "too many connections; retry", retry_after=1))
            transport.close()
            return
        super().connection_made(transport)
        self._arm_header_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._refused:
            return
        self._cancel(header=True, body=True)
        self.waiting.pop(self, None)
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused or self.transport.is_closing():
            return
        if self._reading_headers:
            if self._header_timer is None:  # a kept-alive connection's next request
                self._arm_header_deadline()
            window = self._tail + data
            end = window.find(_END_OF_HEADERS)
            counted = len(data) if end < 0 else max(0, end + 4 - len(self._tail))
            self._header_bytes += counted
            self._tail = window[-3:]
            if self._header_bytes > self.limits.max_header_bytes:
                self._refuse(431, "request headers too large")
                return
        else:
            self._window_bytes += len(data)
        super().data_received(data)

    def on_headers_complete(self) -> None:
        self._reading_headers = False
        self.waiting.pop(self, None)
        self._header_bytes, self._tail = 0, b""
        self._cancel(header=True)
        super().on_headers_complete()
        upgrading = self.parser.should_upgrade() and self._should_upgrade()
        if not upgrading and self._has_body():
            self._window_bytes = 0
            self._body_timer = self.loop.call_later(self.limits.body_window, self._judge_body_rate)

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._cancel(body=True)
        self._reading_headers = True

    # -- the limits -------------------------------------------------------------------

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.cycle is not None and self.cycle.keep_alive:
            # Idle until its next request: among the first to go if the relay needs room.
            self.waiting[self] = None

    def _arm_header_deadline(self) -> None:
        self.waiting.pop(self, None)  # to the end: the youngest of those waiting
        self.waiting[self] = None
        self._header_timer = self.loop.call_later(
            self.limits.header_timeout, self._too_slow_headers
        )

    def _too_slow_headers(self) -> None:
        self._header_timer = None
        self._refuse(408, "the request's headers took too long")

    def _judge_body_rate(self) -> None:
        self._body_timer = None
        if self.transport.is_closing():
            return
        wanted = self.limits.min_body_rate * self.limits.body_window
        if not self.flow.read_paused and self._window_bytes < wanted:
            self._refuse(408, "the request's body is arriving too slowly")
            return
        self._window_bytes = 0
        self._body_timer = self.loop.call_later(self.limits.body_window, self._judge_body_rate)

    def _has_body(self) -> bool:
        for name, value in self.headers:
            if name == b"content-length":
                return value.strip() not in (b"", b"0")
            if name == b"transfer-encoding":
                return True
        return False

    def _refuse(self, status: int, message: str) -> None:
        """Answer and close, unless the application has started its own answer."""
        self._cancel(header=True, body=True)
        self.waiting.pop(self, None)
        if self.transport.is_closing():
            return
        # The cycle may be the previous request's, answered in full: this one has none yet.
        cycle = self.cycle
        started = cycle is not None and cycle.response_started and not cycle.response_complete
        if not started:
            self.transport.write(_answer(status, message))
        # The application (if any) sees a disconnect: uvicorn's connection_lost says so.
        self.transport.close()

    def _cancel(self, *, header: bool = False, body: bool = False) -> None:
        if header and self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None
        if body and self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None


class EdgeWebSocketProtocol(WebSocketsSansIOProtocol):
    """uvicorn's WebSocket protocol, closing a peer that stops answering pings with 4008."""

    def keepalive_timeout(self) -> None:
        self.pong_timer = None
        self.pending_ping_payload = None
        if self.close_sent or self.transport.is_closing():
            return
        # A desktop that stops reading is too slow (4008), whichever check sees it first.
        self.conn.fail(CLOSE_TOO_SLOW, "not reading")
        self.transport.write(b"".join(self.conn.data_to_send()))
        self.close_sent = True
        self.transport.close()


def edge_protocols(
    limits: EdgeLimits,
) -> tuple[type[EdgeHttpProtocol], type[EdgeWebSocketProtocol]]:
    """The protocol classes uvicorn is given, with these limits."""
    http = type("LimitedHttpProtocol", (EdgeHttpProtocol,), {"limits": limits, "waiting": {}})
    return http, EdgeWebSocketProtocol


class Budget:
    """Bytes the relay may hold at once for one purpose (webhook bodies not yet verified).

    Used from the event loop only.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def take(self, size: int) -> bool:
        """Reserve `size` bytes if they fit; False (nothing reserved) if not."""
        if self.used + size > self.limit:
            return False
        self.used += size
        return True

    def give_back(self, size: int) -> None:
        self.used = max(0, self.used - size)


def uvicorn_options(limits: EdgeLimits) -> dict[str, Any]:
    """uvicorn.Config's options for the edge."""
    http, ws = edge_protocols(limits)
    return {
        "http": http,
        "ws": ws,
        "timeout_keep_alive": limits.keepalive,
        # A desktop's frames are a few hundred bytes (a resume, a presence).
        "ws_max_size": 64 * 1024,
    }
