"""The Cloud API client: Graph calls, each with the token it names, answered as values.

Every call ends in one of four outcomes, because what the relay may do next
depends on whether Meta could have acted on the request:

- `Done`: Meta answered 2xx; its JSON body is parsed.
- `Refused`: Meta answered with an error and did nothing (4xx, with Graph's error body).
- `Ambiguous`: the request left and no trustworthy answer came back (a read
  timeout, a reset connection, a 5xx): Meta may have acted on it.
- `Unreachable`: the request never left (DNS, connect refused or timed out).

Nothing here raises for what the network or Meta does.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GraphError:
    """Meta's error body (`{"error": {...}}`), with the HTTP status it came with."""

    http_status: int
    code: int | None
    message: str
    subcode: int | None = None
    details: str | None = None
    retry_after: float | None = None

    @classmethod
    def from_response(cls, response: httpx.Response) -> GraphError:
        body: Any
        try:
            body = response.json()
        except ValueError:
            body = None
        error = body.get("error") if isinstance(body, dict) else None
        if not isinstance(error, dict):
            error = {}
        data = error.get("error_data")
        details = data.get("details") if isinstance(data, dict) else None
        return cls(
            http_status=response.status_code,
            code=_int(error.get("code")),
            message=str(error.get("message") or f"HTTP {response.status_code}")[:500],
            subcode=_int(error.get("error_subcode")),
            details=details if isinstance(details, str) else None,
            retry_after=retry_after(response.headers.get("retry-after")),
        )


@dataclass(frozen=True, slots=True)
class Done:
    """Meta accepted the call."""

    body: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Refused:
    """Meta answered with an error: nothing was done."""

    error: GraphError


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """The request left but its fate is unknown: Meta may have acted on it."""

    reason: str


@dataclass(frozen=True, slots=True)
class Unreachable:
    """The request never reached Meta."""

    reason: str


Outcome = Done | Refused | Ambiguous | Unreachable


# What a call that needs a business token gets when the relay has none for the number.
NO_TOKEN = Refused(
    GraphError(
        401,
        190,
        "no access token for this number: connect it on the set-up page (/setup) "
        "or set WHATSAPP_ACCESS_TOKEN",
    )
)


class GraphClient:
    """Calls `{base}/{version}/...`, each call with the token it is given; one pooled client.

    A token travels only in the Authorization header, never in a URL, except
    the app secret of the OAuth code exchange, where Meta wants it in the query
    (logs never show it: see wire.redaction).
    """

    def __init__(
        self, base: str, version: str, timeout: float, hosts: tuple[str, ...] = ()
    ) -> None:
        """`hosts`: where else a token may go (Meta's media URLs); Graph's own host always."""
        self._prefix = f"{base}/{version}"
        self._base = urlsplit(base)
        self._hosts = hosts
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    def may_carry_token(self, url: str) -> bool:
        """Whether a URL (one Meta handed out) is Meta's, so the token may be sent to it:
        https on one of `hosts`, or Graph's own scheme and host."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if (parts.scheme, parts.netloc) == (self._base.scheme, self._base.netloc):
            return True
        if parts.scheme != "https" or not host:
            return False
        return any(
            host == allowed or (allowed.startswith("*.") and host.endswith(allowed[1:]))
            for allowed in self._hosts
        )

    async def post_json(self, path: str, body: Mapping[str, Any], *, token: str | None) -> Outcome:
        return await self._call("POST", path, token, json=body)

    async def get_json(
        self, path: str, params: Mapping[str, str] | None = None, *, token: str | None
    ) -> Outcome:
        return await self._call("GET", path, token, params=params)

    async def post_file(
        self,
        path: str,
        data: Mapping[str, str],
        filename: str,
        mime: str,
        content: bytes,
        *,
        token: str | None,
    ) -> Outcome:
        return await self._call(
            "POST", path, token, data=data, files={"file": (filename, content, mime)}
        )

    @asynccontextmanager
    async def download(
        self, url: str, *, token: str | None
    ) -> AsyncIterator[httpx.Response | Outcome]:
        """Stream a media URL Meta handed out (it needs the same token); yields a response
        with status 200, or the outcome explaining why there is none."""
        try:
            async with self._client.stream("GET", url, headers=_auth(token)) as response:
                if response.status_code != 200:
                    await response.aread()
                    yield Refused(GraphError.from_response(response))
                else:
                    yield response
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            yield Unreachable(type(exc).__name__)
        except httpx.TransportError as exc:
            yield Ambiguous(type(exc).__name__)

    async def _call(self, method: str, path: str, token: str | None, **kwargs: Any) -> Outcome:
        started = time.monotonic()
        try:
            response = await self._client.request(
                method, f"{self._prefix}/{path}", headers=_auth(token), **kwargs
            )
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            log.warning("Graph %s %s: unreachable (%s)", method, _route(path), type(exc).__name__)
            return Unreachable(type(exc).__name__)
        except httpx.TransportError as exc:
            # The request may have been read and acted on before the failure.
            log.warning("Graph %s %s: no answer (%s)", method, _route(path), type(exc).__name__)
            return Ambiguous(type(exc).__name__)
        elapsed = (time.monotonic() - started) * 1000
        log.debug("Graph %s %s: %d in %.0f ms", method, _route(path), response.status_code, elapsed)
        if response.status_code >= 500:
            return Ambiguous(f"HTTP {response.status_code}")
        if response.status_code >= 400:
            return Refused(GraphError.from_response(response))
        try:
            body = response.json()
        except ValueError:
            return Ambiguous("a success without a JSON body")
        return Done(body if isinstance(body, dict) else {"data": body})


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _auth(token: str | None) -> dict[bytes, bytes]:
    # UTF-8 bytes: an app token carries the app secret, which may be any string.
    return {b"Authorization": f"Bearer {token}".encode()} if token else {}


def _route(path: str) -> str:
    """The path without ids, for logs: `{id}/messages`."""
    return "/".join("{id}" if part.isdigit() else part for part in path.split("/"))


def _int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
