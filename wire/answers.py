"""The relay's HTTP answers a desktop relies on, encoded and parsed in one place."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Literal

from wire.frames import ProtocolError

Role = Literal["admin", "agent"]


@dataclass(frozen=True, slots=True)
class RelayStatus:
    """`GET /api/status`: the relay's database and head, its backlog, and who is asking."""

    epoch: str
    head: int
    inbox: int
    desktops: int
    agent: str
    role: Role

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def parse(cls, body: bytes | str) -> RelayStatus:
        """The answer's body as a `RelayStatus`, or `ProtocolError` for anything else
        (a proxy's error page, another server at this address)."""
        try:
            obj = json.loads(body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise ProtocolError("the status answer is not JSON") from None
        if not isinstance(obj, dict):
            raise ProtocolError("the status answer is not a JSON object")
        epoch, agent, role = obj.get("epoch"), obj.get("agent", ""), obj.get("role", "agent")
        numbers = [obj.get(name, 0) for name in ("head", "inbox", "desktops")]
        if not isinstance(epoch, str) or not isinstance(agent, str):
            raise ProtocolError("the status answer needs epoch and agent strings")
        if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in numbers):
            raise ProtocolError("head, inbox and desktops must be non-negative integers")
        if "head" not in obj:
            raise ProtocolError("the status answer lacks head")
        head, inbox, desktops = numbers
        return cls(epoch, head, inbox, desktops, agent, "admin" if role == "admin" else "agent")
