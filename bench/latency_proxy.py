"""A TCP proxy that adds a fixed delay each way: a database across a network, on loopback.

Each chunk is forwarded `delay / 2` seconds after it arrived, in order, so a
request and its answer pay `delay` more per round trip, while chunks in flight
overlap, as on a real link. Threads and `time.sleep`, not an event loop:
event loops round their timers to the millisecond (asyncio's selector up,
uvloop down), which would make the delay whatever the rounding says.
`round_trip` measures what a query really pays; report that.

The proxy runs in a process of its own: in the benchmark's process its threads
would take turns with the load generator for the GIL, and slow both.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import subprocess
import sys
import threading
import time


class LatencyProxy:
    """The proxy in a child process: listens on 127.0.0.1:`port`, forwards to `target`,
    `delay` s slower per round trip."""

    def __init__(self, target: tuple[str, int], delay: float) -> None:
        self._command = [sys.executable, __file__, target[0], str(target[1]), str(delay)]
        self._process: subprocess.Popen[str] | None = None
        self.port = 0

    def __enter__(self) -> LatencyProxy:
        self._process = subprocess.Popen(self._command, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        self.port = int(self._process.stdout.readline())
        return self

    @property
    def pid(self) -> int:
        """The proxy's process (for its CPU time)."""
        assert self._process is not None
        return self._process.pid

    def __exit__(self, *_exc: object) -> None:
        if self._process is not None:
            self._process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(5)

    def round_trip(self, url: str, samples: int = 50) -> float:
        """The median seconds of `SELECT 1` through this proxy to the database at `url`."""
        import psycopg  # noqa: PLC0415

        times = []
        with psycopg.connect(url, autocommit=True) as conn:
            for _ in range(samples):
                started = time.perf_counter()
                conn.execute("SELECT 1")
                times.append(time.perf_counter() - started)
        return sorted(times)[len(times) // 2]


class _Proxy:
    """Listens on 127.0.0.1:`port`, forwards to `target`, `delay` s slower per round trip."""

    def __init__(self, target: tuple[str, int], delay: float) -> None:
        self._target = target
        self._half = delay / 2
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])

    def serve(self) -> None:
        """Forward every connection until the process ends."""
        while True:
            client, _ = self._listener.accept()
            server = socket.create_connection(self._target)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._pipe(client, server)
            self._pipe(server, client)

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        chunks: queue.SimpleQueue[tuple[float, bytes]] = queue.SimpleQueue()

        def read() -> None:
            while True:
                try:
                    chunk = source.recv(65536)
                except OSError:
                    chunk = b""
                chunks.put((time.monotonic() + self._half, chunk))
                if not chunk:
                    return

        def write() -> None:
            while True:
                due, chunk = chunks.get()
                wait = due - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                try:
                    if not chunk:
                        sink.shutdown(socket.SHUT_WR)
                        return
                    sink.sendall(chunk)
                except OSError:
                    return

        threading.Thread(target=read, daemon=True).start()
        threading.Thread(target=write, daemon=True).start()


if __name__ == "__main__":
    # A thread woken by its socket waits for the GIL up to the switch interval (5 ms by
    # default) while another runs: that would be added to the delay asked for.
    sys.setswitchinterval(0.0001)
    host, port, delay = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    running = _Proxy((host, port), delay)
    print(running.port, flush=True)
    running.serve()
