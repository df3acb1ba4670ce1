"""How the desktop reaches its relay through corporate networks: the OS's proxy and certificates.

Offices put a proxy in front of the Internet and often inspect TLS with their
own certificate authority, installed in the OS's store. Python alone looks
at neither: `truststore` makes TLS trust the OS's store (Windows, macOS,
Linux), and `urllib.request.getproxies()` reads the proxy from the
environment, the Windows registry or macOS's settings. HTTP (httpx) and the
WebSocket (websockets, which reads the same proxy settings itself) share them.
"""

from __future__ import annotations

import ssl
import urllib.request
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import httpx


@cache
def tls_context() -> ssl.SSLContext:
    """A TLS context trusting the OS's certificate store (Python's own where it cannot)."""
    try:
        import truststore  # noqa: PLC0415 - optional at import time, present when installed

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except ImportError:  # a checkout without the desktop extra: Python's defaults
        return ssl.create_default_context()


def proxy_for(url: str) -> str | None:
    """The proxy the OS or environment sets for `url`, unless its host bypasses it."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host or urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all") or None


def client_options(url: str) -> dict[str, Any]:
    """httpx options for talking to `url`: the OS's trust and proxy, nothing from httpx's
    own reading of the environment (this already did it, registry included)."""
    return {"verify": tls_context(), "proxy": proxy_for(url), "trust_env": False}


def async_client(base_url: str, **options: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=base_url, **client_options(base_url), **options)


def client(base_url: str, **options: Any) -> httpx.Client:
    return httpx.Client(base_url=base_url, **client_options(base_url), **options)


def websocket_options(url: str) -> dict[str, Any]:
    """websockets' options for `url`: the OS's trust for wss:// (its proxy it finds itself)."""
    return {"ssl": tls_context()} if url.startswith("wss://") else {}
