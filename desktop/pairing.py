"""Pairing links, `puente://connect?relay=<URL>&token=<token>`, as the relay's invitations make."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

SCHEME = "puente"


@dataclass(frozen=True, slots=True)
class Pairing:
    """What a pairing link carries: where the relay is, and the agent's token."""

    relay_url: str
    token: str

    def __repr__(self) -> str:  # the token never reaches a log through repr()
        return f"Pairing(relay_url={self.relay_url!r})"


def parse_pairing_link(text: str) -> Pairing | None:
    """The pairing in `text`, if it is a well-formed pairing link; else None."""
    text = text.strip()
    if not text.lower().startswith(f"{SCHEME}://"):
        return None
    parts = urlsplit(text)
    if parts.netloc.lower() != "connect" or parts.path not in ("", "/"):
        return None
    query = parse_qs(parts.query, keep_blank_values=False)
    relay = (query.get("relay") or [""])[0].strip().rstrip("/")
    token = (query.get("token") or [""])[0].strip()
    if (
        not relay.startswith(("https://", "http://"))
        or not token
        or any(c.isspace() for c in token)
    ):
        return None
    return Pairing(relay, token)
