"""Why an agent's request failed, as the stable, translatable codes desktops show.

Meta's error codes (developers.facebook.com/documentation/business-messaging/
whatsapp/support/error-codes) are many and change; desktops see a short list
of `code`s they translate, plus Meta's own code and message for the curious.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from relay.graph import GraphError

# Meta asks to slow down: retried with backoff before the agent hears of it.
THROTTLING = frozenset({4, 80007, 130429, 131056})
_TOKEN = frozenset({0, 190})
_RESTRICTED = frozenset({3, 10, 368, 130497, 131031, 131042, 131048})
_RECIPIENT = frozenset({131021, 131026, 131030, 131062, 133010})
_REQUEST = frozenset({100, 131008, 131009, 131051, 135000})
_MEDIA = frozenset({131052, 131053})
_UNAVAILABLE = frozenset({1, 2, 131000, 131016, 131057})


@dataclass(frozen=True, slots=True)
class AgentFailure:
    """An error answer: `{"error": {"code", "message", "meta_code"?, "field"?}}`."""

    http_status: int
    code: str
    message: str
    meta_code: int | None = None
    field: str | None = None
    retry_after: float | None = None

    def to_json(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.meta_code is not None:
            error["meta_code"] = self.meta_code
        if self.field is not None:
            error["field"] = self.field
        return {"error": error}

    @property
    def headers(self) -> dict[str, str]:
        if self.retry_after is None:
            return {}
        return {"Retry-After": str(max(1, round(self.retry_after)))}


def invalid(field: str, message: str) -> AgentFailure:
    """The agent's request itself is wrong; nothing was sent."""
    return AgentFailure(400, "invalid_request", message, field=field)


def from_meta(error: GraphError) -> AgentFailure:
    """What Meta's refusal means for the agent."""
    code = error.code
    message = error.details or error.message
    if code in _TOKEN or error.http_status == 401:
        return AgentFailure(503, "token_expired", message, code)
    if code in THROTTLING or code == 131048 or error.http_status == 429:
        return AgentFailure(429, "rate_limited", message, code, retry_after=error.retry_after)
    if code == 131047:
        return AgentFailure(422, "window_closed", message, code)
    if code in _RECIPIENT:
        return AgentFailure(422, "invalid_recipient", message, code)
    if code in _MEDIA:
        return AgentFailure(422, "media_error", message, code)
    if code is not None and 132000 <= code <= 132999:
        return AgentFailure(422, "template_error", message, code)
    if code in _RESTRICTED or (code is not None and 200 <= code <= 299):
        return AgentFailure(403, "account_restricted", message, code)
    if code in _REQUEST:
        return AgentFailure(422, "invalid_request", message, code)
    if code in _UNAVAILABLE:
        return AgentFailure(503, "meta_unavailable", message, code)
    return AgentFailure(502, "meta_error", message, code)


def unreachable(reason: str) -> AgentFailure:
    return AgentFailure(503, "meta_unreachable", f"Meta's API could not be reached ({reason})")
