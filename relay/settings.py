"""The relay's settings, read once from the environment into a frozen object."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from relay.database import is_postgres, sqlite_path
from relay.database import redact as redact_url
from relay.errors import SettingsError

T = TypeVar("T")
MIB = 1024 * 1024
# Meta sends at most about 3 MB; 8 MiB leaves room without inviting abuse.
DEFAULT_MAX_BODY = 8 * MIB
DEFAULT_GRAPH_BASE = "https://graph.facebook.com"
DEFAULT_GRAPH_VERSION = "v27.0"
DEFAULT_SDK_URL = "https://connect.facebook.net/en_US/sdk.js"
# Meta's hosts for Graph and for the media URLs it hands out (`*.` matches subdomains).
DEFAULT_META_HOSTS = ("graph.facebook.com", "*.fbsbx.com", "*.fbcdn.net", "*.facebook.com")


@dataclass(frozen=True, slots=True)
class EdgeLimits:
    """What the relay allows a connection before it has proven anything (docs/deploy.md)."""

    # Seconds to receive a request's line and headers, from the connection or its first byte.
    header_timeout: float = 10.0
    # A request's headers larger than this are refused (431) unparsed.
    max_header_bytes: int = 64 * 1024
    # A body must arrive at least this fast (bytes/s, judged over windows of
    # `body_window` seconds while the relay reads it), or it is cut (408).
    min_body_rate: int = 16 * 1024
    body_window: float = 10.0
    # An idle keep-alive connection is closed after this long.
    keepalive: float = 5.0
    # Open connections (HTTP and WebSocket); beyond, a new one gets 503 and is closed.
    max_connections: int = 1000
    # Webhook bytes buffered before their signature is checked, relay-wide; beyond, 503.
    unsigned_budget: int = 64 * MIB


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the relay reads from its environment (see docs/protocol.md)."""

    verify_token: str
    app_secret: str
    # Optional since numbers can be connected from the set-up page, each with its own.
    access_token: str | None
    database_url: str
    host: str = "0.0.0.0"  # noqa: S104 - the relay is a public endpoint by design
    port: int = 8000
    max_body_bytes: int = DEFAULT_MAX_BODY
    ws_ping_interval: float = 20.0
    ws_ping_timeout: float = 20.0
    log_level: str = "info"
    retention_days: float = 180.0
    graph_api_base: str = DEFAULT_GRAPH_BASE
    graph_api_version: str = DEFAULT_GRAPH_VERSION
    phone_number_id: str | None = None
    waba_id: str | None = None
    graph_timeout: float = 20.0
    send_retry_seconds: float = 15.0
    media_cache_bytes: int = 2 * 1024 * MIB
    # Where the relay keeps files: media, and the SQLite database unless DATABASE_URL says.
    data_dir: Path = Path("data")
    # Embedded Signup, run by the set-up page: the Meta app and its Facebook Login for
    # Business configuration, and where the page loads Meta's SDK from.
    meta_app_id: str | None = None
    meta_es_config_id: str | None = None
    facebook_sdk_url: str = DEFAULT_SDK_URL
    # The relay's own https address as Meta and desktops reach it (pairing links, the doctor).
    public_url: str | None = None
    # The public edge (docs/deploy.md, "Limits at the edge").
    edge: EdgeLimits = field(default_factory=EdgeLimits)
    # Hosts the access token may be sent to (media downloads follow URLs Meta hands out).
    meta_hosts: tuple[str, ...] = DEFAULT_META_HOSTS
    # Proxies whose X-Forwarded-Proto/-For are believed (uvicorn's forwarded_allow_ips).
    forwarded_allow_ips: str = "127.0.0.1"
    # The desktop release agents should run, and where to get it (offered in `hello`).
    desktop_latest_version: str | None = None
    desktop_download_url: str | None = None

    def __repr__(self) -> str:  # secrets never reach a log through repr()
        return (
            f"Settings(database_url={redact_url(self.database_url)!r}, host={self.host!r}, "
            f"port={self.port})"
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read the settings; SettingsError names every missing or malformed variable."""
        env = os.environ if environ is None else environ
        reader = _Reader(env)
        settings = cls(
            verify_token=reader.required("WEBHOOK_VERIFY_TOKEN"),
            app_secret=reader.required("WHATSAPP_APP_SECRET"),
            access_token=env.get("WHATSAPP_ACCESS_TOKEN", "").strip() or None,
            database_url=reader.read(lambda: database_url_from_env(env), "sqlite:///"),
            host=env.get("HOST", "0.0.0.0") or "0.0.0.0",  # noqa: S104
            port=reader.read(lambda: _integer(env, "PORT", 8000, 0, 65535), 0),
            max_body_bytes=reader.read(
                lambda: _integer(env, "MAX_BODY_BYTES", DEFAULT_MAX_BODY, 4 * MIB, 10 * MIB), 0
            ),
            ws_ping_interval=float(
                reader.read(lambda: _integer(env, "WS_PING_INTERVAL", 20, 1, 3600), 0)
            ),
            ws_ping_timeout=float(
                reader.read(lambda: _integer(env, "WS_PING_TIMEOUT", 20, 1, 3600), 0)
            ),
            log_level=(env.get("LOG_LEVEL") or "info").lower(),
            retention_days=reader.read(lambda: _days(env, "RETENTION_DAYS", 180.0), 0.0),
            graph_api_base=reader.read(lambda: _url(env, "GRAPH_API_BASE", DEFAULT_GRAPH_BASE), ""),
            graph_api_version=reader.read(lambda: _version(env), ""),
            phone_number_id=reader.read(
                lambda: _optional_id(env, "WHATSAPP_PHONE_NUMBER_ID"), None
            ),
            waba_id=reader.read(lambda: _optional_id(env, "WHATSAPP_WABA_ID"), None),
            graph_timeout=reader.read(
                lambda: _seconds(env, "GRAPH_TIMEOUT_SECONDS", 20.0, 0.1, 300.0), 0.0
            ),
            send_retry_seconds=reader.read(
                lambda: _seconds(env, "SEND_RETRY_SECONDS", 15.0, 0.0, 300.0), 0.0
            ),
            media_cache_bytes=reader.read(
                lambda: _integer(env, "MEDIA_CACHE_MB", 2048, 0, 1_000_000), 0
            )
            * MIB,
            data_dir=_data_dir(env),
            meta_app_id=reader.read(lambda: _optional_id(env, "META_APP_ID"), None),
            meta_es_config_id=reader.read(lambda: _optional_id(env, "META_ES_CONFIG_ID"), None),
            facebook_sdk_url=reader.read(
                lambda: _url(env, "FACEBOOK_SDK_URL", DEFAULT_SDK_URL), ""
            ),
            public_url=reader.read(lambda: _optional_url(env, "PUBLIC_URL"), None),
            edge=EdgeLimits(
                header_timeout=reader.read(
                    lambda: _seconds(env, "HEADER_TIMEOUT_SECONDS", 10.0, 1.0, 300.0), 10.0
                ),
                max_header_bytes=reader.read(
                    lambda: _integer(env, "MAX_HEADER_KB", 64, 8, 1024), 64
                )
                * 1024,
                min_body_rate=reader.read(
                    lambda: _integer(env, "MIN_BODY_RATE_KBPS", 16, 1, 100_000), 16
                )
                * 1024,
                body_window=reader.read(
                    lambda: _seconds(env, "BODY_RATE_WINDOW_SECONDS", 10.0, 1.0, 300.0), 10.0
                ),
                keepalive=reader.read(
                    lambda: _seconds(env, "KEEPALIVE_SECONDS", 5.0, 1.0, 300.0), 5.0
                ),
                max_connections=reader.read(
                    lambda: _integer(env, "MAX_CONNECTIONS", 1000, 10, 1_000_000), 1000
                ),
                unsigned_budget=reader.read(
                    lambda: _integer(env, "UNSIGNED_BODY_BUDGET_MB", 64, 10, 100_000), 64
                )
                * MIB,
            ),
            meta_hosts=reader.read(lambda: _hosts(env, "META_HOSTS"), DEFAULT_META_HOSTS),
            forwarded_allow_ips=env.get("FORWARDED_ALLOW_IPS", "").strip() or "127.0.0.1",
            desktop_latest_version=reader.read(
                lambda: _release(env, "DESKTOP_LATEST_VERSION"), None
            ),
            desktop_download_url=reader.read(
                lambda: _optional_url(env, "DESKTOP_DOWNLOAD_URL"), None
            ),
        )
        reader.raise_problems()
        return settings

    @property
    def graph_url(self) -> str:
        """Where Graph calls go: `{base}/{version}`."""
        return f"{self.graph_api_base}/{self.graph_api_version}"

    @property
    def media_dir(self) -> Path:
        """Where media fetched from Meta is cached: next to a SQLite database, else the data dir.

        Each instance keeps its own copy: it is a cache of what Meta serves.
        """
        if is_postgres(self.database_url):
            return self.data_dir / "media"
        return sqlite_path(self.database_url).parent / "media"


def database_url_from_env(env: Mapping[str, str]) -> str:
    """DATABASE_URL, or a SQLite file in the data folder (PUENTE_DATA_DIR, default ./data)."""
    url = env.get("DATABASE_URL", "").strip()
    if not url:
        return f"sqlite:///{_data_dir(env) / 'relay.db'}"
    return validate_database_url(url)


def _data_dir(env: Mapping[str, str]) -> Path:
    return Path(env.get("PUENTE_DATA_DIR") or "data")


def validate_database_url(url: str) -> str:
    """The URL, if it names a SQLite file or a PostgreSQL database; else SettingsError."""
    if not is_postgres(url):
        sqlite_path(url)
    return url


class _Reader:
    """Reads settings one by one, keeping every problem so start-up names them all at once."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self._env = env
        self.problems: list[str] = []

    def required(self, name: str) -> str:
        value = self._env.get(name, "")
        if not value.strip():
            self.problems.append(f"{name} is not set")
        return value

    def read(self, read: Callable[[], T], fallback: T) -> T:
        try:
            return read()
        except SettingsError as exc:
            self.problems.append(str(exc))
            return fallback

    def raise_problems(self) -> None:
        if self.problems:
            raise SettingsError("; ".join(self.problems))


def _hosts(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    raw = env.get(name, "").strip()
    if not raw:
        return DEFAULT_META_HOSTS
    hosts = tuple(h.strip().lower() for h in raw.split(",") if h.strip())
    for host in hosts:
        bare = host.removeprefix("*.")
        if not bare or not all(part and (part.isascii() and (part.isalnum() or "-" in part))
                               for part in bare.split(".")):  # fmt: skip
            raise SettingsError(f"{name} must list host names, not {host!r}")
    return hosts


def _optional_url(env: Mapping[str, str], name: str) -> str | None:
    if not env.get(name, "").strip():
        return None
    return _url(env, name, "")


def _release(env: Mapping[str, str], name: str) -> str | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if not re.fullmatch(r"\d+(\.\d+){1,3}", raw):
        raise SettingsError(f"{name} must be a release like 1.4.0, not {raw!r}")
    return raw


def _days(env: Mapping[str, str], name: str, default: float) -> float:
    return _number(env, name, default, 0.0, 36500.0, "days")


def _integer(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name} must be between {low} and {high}")
    return value


def _url(env: Mapping[str, str], name: str, default: str) -> str:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.startswith(("https://", "http://")):
        raise SettingsError(f"{name} must be an http(s) URL, not {raw!r}")
    return raw.rstrip("/")


def _version(env: Mapping[str, str]) -> str:
    raw = env.get("GRAPH_API_VERSION", "").strip() or DEFAULT_GRAPH_VERSION
    major, dot, minor = raw.removeprefix("v").partition(".")
    if not (raw.startswith("v") and major.isdigit() and dot and minor.isdigit()):
        raise SettingsError(
            f"GRAPH_API_VERSION must look like {DEFAULT_GRAPH_VERSION}, not {raw!r}"
        )
    return raw


def _optional_id(env: Mapping[str, str], name: str) -> str | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit()):
        raise SettingsError(f"{name} must be Meta's numeric id, not {raw!r}")
    return raw


def _seconds(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    return _number(env, name, default, low, high, "seconds")


def _number(
    env: Mapping[str, str], name: str, default: float, low: float, high: float, unit: str
) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number of {unit}, not {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name} must be between {low:g} and {high:g}")
    return value
