"""Corporate networks: the desktop reaches its relay through the proxy the environment sets."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import MetaSimProcess, RelayProcess, free_port
from test_desktop_engine import CUSTOMER, Recorder

from desktop import network
from desktop.engine import Engine

pytestmark = pytest.mark.sqlite_only("a desktop suite: the relay is a fixture")


class Proxy:
    """A small real HTTP proxy: CONNECT tunnels (the WebSocket) and absolute-form requests
    (plain HTTP), counting what went through it."""

    def __init__(self) -> None:
        self.port = free_port()
        self.seen: list[str] = []
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._ready.wait(5)

    def _run(self) -> None:
        loop = self._loop
        asyncio.set_event_loop(loop)
        server = loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", self.port))
        self._ready.set()
        loop.run_forever()
        server.close()
        tasks = asyncio.all_tasks(loop)
        for task in tasks:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        loop.run_until_complete(server.wait_closed())
        loop.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        method, target, _ = head.split(b"\r\n", 1)[0].decode().split(" ", 2)
        self.seen.append(f"{method} {target}")
        if method == "CONNECT":
            host, port = target.rsplit(":", 1)
            up_reader, up_writer = await asyncio.open_connection(host, int(port))
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        else:
            rest = target.split("://", 1)[1]
            hostport, path = rest.split("/", 1)
            host, port = hostport.rsplit(":", 1)
            up_reader, up_writer = await asyncio.open_connection(host, int(port))
            headers = head.split(b"\r\n", 1)[1]
            up_writer.write(f"{method} /{path} HTTP/1.1\r\n".encode() + headers)
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    try:
        while chunk := await source.read(65536):
            sink.write(chunk)
            await sink.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        sink.close()


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[Proxy]:
    running = Proxy()
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name in ("HTTP_PROXY", "http_proxy"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{running.port}")
    yield running
    running.stop()


def test_the_engine_reaches_the_relay_through_the_proxy(
    proxy: Proxy, relay: RelayProcess, sim: MetaSimProcess, tmp_path: Path
) -> None:
    seen = Recorder()
    engine = Engine(tmp_path / "cache.db", relay.url, relay.add_agent("Ana"), seen)
    engine.start()
    try:
        seen.wait(lambda: seen.phase == "live")
        sim.customer_says(CUSTOMER, "Hola desde la oficina")
        seen.wait(lambda: seen.conversations.get(CUSTOMER))
    finally:
        engine.stop()
    assert f"GET {relay.url}/api/status" in proxy.seen  # plain HTTP, forwarded
    assert f"CONNECT 127.0.0.1:{relay.port}" in proxy.seen  # the WebSocket, tunnelled


def test_hosts_the_environment_exempts_skip_the_proxy(
    proxy: Proxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert network.proxy_for("http://relay.example:8000") == f"http://127.0.0.1:{proxy.port}"
    monkeypatch.setenv("NO_PROXY", "relay.example")
    assert network.proxy_for("http://relay.example:8000") is None
    assert network.client_options("https://x.example")["trust_env"] is False


def test_tls_trusts_the_os_certificate_store() -> None:
    import truststore  # noqa: PLC0415

    assert isinstance(network.tls_context(), truststore.SSLContext)
    assert network.websocket_options("wss://relay.example")["ssl"] is network.tls_context()
    assert network.websocket_options("ws://relay.example") == {}
