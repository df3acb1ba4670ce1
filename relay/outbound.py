"""An agent's message to send, parsed and validated once from `POST /api/messages`.

`parse_outbound` turns the request's JSON into an `Outbound` or an
`AgentFailure` naming the field at fault; nothing invalid reaches Meta. The
limits are Meta's (text 4096 characters, captions 1024, template parameters
as documented), checked here so the agent hears of them at once and in their
language.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeGuard

from relay.failures import AgentFailure, invalid

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_FILENAME = 240
MEDIA_TYPES = ("image", "video", "audio", "document", "sticker")
# Types whose Meta object may carry a caption.
_CAPTIONED = frozenset({"image", "video", "document"})
TYPES = frozenset({"text", "reaction", "location", "template", *MEDIA_TYPES})

CLIENT_ID = re.compile(r"[A-Za-z0-9_-]{1,100}")
BAD_CLIENT_ID = "client_id must be 1-100 letters, digits, '-' or '_'"
_PHONE = re.compile(r"\+?[0-9]{6,20}")
# A business-scoped user id: country code, a dot, then Meta's id (parents add `ENT.`).
_BSUID = re.compile(r"[A-Z]{2}\.[A-Za-z0-9.]{1,140}")
_WAMID = re.compile(r"[A-Za-z0-9._=+/:-]{1,512}")
_MEDIA_ID = re.compile(r"[0-9]{1,64}")
# Meta's numeric ids, in ASCII digits only (`str.isdigit` takes "²", which reached Graph).
_ID = re.compile(r"[0-9]{1,32}")
_TEMPLATE_NAME = re.compile(r"[a-z0-9_]{1,512}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]{2,4})?")
_TEMPLATE_PARAMS = frozenset(
    {"text", "currency", "date_time", "image", "document", "video", "location", "payload",
     "coupon_code", "action"}
)  # fmt: skip
_COMPONENTS = frozenset({"header", "body", "button", "carousel", "limited_time_offer"})


@dataclass(frozen=True, slots=True)
class Outbound:
    """A validated message for one conversation, ready to become Meta's request."""

    client_id: str
    to: str
    account: str | None
    type: str
    content: Mapping[str, object]  # Meta's object for the type, as sent
    text: str | None = None  # the body, caption or place name shown in timelines
    reply_to: str | None = None
    fingerprint: str = ""

    @property
    def target(self) -> str | None:
        """For a reaction, the message it is on."""
        return str(self.content["message_id"]) if self.type == "reaction" else None

    def graph_body(self, callback_data: str) -> dict[str, object]:
        """The Cloud API request: `to` for a phone, `recipient` for a business-scoped id."""
        body: dict[str, object] = {"messaging_product": "whatsapp", "recipient_type": "individual"}
        body["to" if is_phone(self.to) else "recipient"] = self.to
        body["type"] = self.type
        body[self.type] = dict(self.content)
        if self.reply_to is not None:
            body["context"] = {"message_id": self.reply_to}
        # Meta returns this string in the message's status webhooks: it lets a send
        # whose answer was lost be recognised when its statuses arrive.
        body["biz_opaque_callback_data"] = callback_data
        return body


def is_phone(conversation: str) -> bool:
    return _PHONE.fullmatch(conversation) is not None


def is_client_id(value: object) -> TypeGuard[str]:
    """Whether `value` is a valid `client_id` (of a send or of a team's change)."""
    return isinstance(value, str) and CLIENT_ID.fullmatch(value) is not None


def parse_outbound(body: object) -> Outbound | AgentFailure:
    """The request as an `Outbound`, or the first problem with it."""
    if not isinstance(body, dict):
        return invalid("", "the body must be a JSON object")
    client_id = body.get("client_id")
    if not is_client_id(client_id):
        return invalid("client_id", BAD_CLIENT_ID)
    to = body.get("to")
    if not isinstance(to, str) or not (_PHONE.fullmatch(to) or _BSUID.fullmatch(to)):
        return invalid("to", "to must be a conversation id: a phone number or a BSUID")
    account = body.get("account")
    if account is not None and not (isinstance(account, str) and _ID.fullmatch(account)):
        return invalid("account", "account must be a phone_number_id")
    reply_to = body.get("reply_to")
    if reply_to is not None and not (isinstance(reply_to, str) and _WAMID.fullmatch(reply_to)):
        return invalid("reply_to", "reply_to must be a message's wamid")
    mtype = body.get("type", "text")
    if not isinstance(mtype, str) or mtype not in TYPES:
        return invalid("type", f"type must be one of {', '.join(sorted(TYPES))}")
    parsed = _content(mtype, body)
    if isinstance(parsed, AgentFailure):
        return parsed
    content, text = parsed
    canonical = {k: v for k, v in body.items() if k != "client_id"}
    fingerprint = hashlib.sha256(
        json.dumps(canonical, sort_keys=True, ensure_ascii=False).encode("utf-8", "replace")
    ).hexdigest()
    return Outbound(
        client_id=client_id,
        to=to.removeprefix("+"),
        account=account,
        type=mtype,
        content=content,
        text=text,
        reply_to=reply_to,
        fingerprint=fingerprint,
    )


_Content = tuple[dict[str, object], str | None] | AgentFailure


def _content(mtype: str, body: Mapping[str, object]) -> _Content:
    if mtype == "text":
        text = body.get("text")
        if not isinstance(text, str) or not text.strip():
            return invalid("text", "text must not be empty")
        if len(text) > MAX_TEXT:
            return invalid("text", f"text is longer than {MAX_TEXT} characters")
        return {"body": text, "preview_url": "http" in text}, text
    if mtype == "reaction":
        return _reaction(body)
    if mtype == "location":
        return _location(body)
    if mtype == "template":
        return _template(body.get("template"))
    return _media(mtype, body)


def _reaction(body: Mapping[str, object]) -> _Content:
    target, emoji = body.get("target"), body.get("emoji")
    if not isinstance(target, str) or not _WAMID.fullmatch(target):
        return invalid("target", "target must be the wamid of the message reacted to")
    # An empty emoji takes the reaction back.
    if not isinstance(emoji, str) or len(emoji) > 16 or (emoji.isascii() and emoji):
        return invalid("emoji", "emoji must be one emoji, or empty to remove the reaction")
    return {"message_id": target, "emoji": emoji}, None


def _location(body: Mapping[str, object]) -> _Content:
    lat, lon = body.get("latitude"), body.get("longitude")
    if not _number(lat) or not -90 <= lat <= 90:
        return invalid("latitude", "latitude must be a number from -90 to 90")
    if not _number(lon) or not -180 <= lon <= 180:
        return invalid("longitude", "longitude must be a number from -180 to 180")
    content: dict[str, object] = {"latitude": lat, "longitude": lon}
    for name in ("name", "address"):
        value = body.get(name)
        if value is not None:
            if not isinstance(value, str) or len(value) > 1000:
                return invalid(name, f"{name} must be text of at most 1000 characters")
            content[name] = value
    title = body.get("name")
    return content, title if isinstance(title, str) else None


def _media(mtype: str, body: Mapping[str, object]) -> _Content:
    media_id = body.get("media_id")
    if not isinstance(media_id, str) or not _MEDIA_ID.fullmatch(media_id):
        return invalid("media_id", "media_id must be the id POST /api/media returned")
    content: dict[str, object] = {"id": media_id}
    caption = body.get("caption")
    if caption is not None:
        if mtype not in _CAPTIONED:
            return invalid("caption", f"{mtype} messages have no caption")
        if not isinstance(caption, str) or len(caption) > MAX_CAPTION:
            return invalid("caption", f"caption must be text of at most {MAX_CAPTION} characters")
        content["caption"] = caption
    filename = body.get("filename")
    if filename is not None:
        if mtype != "document":
            return invalid("filename", "only documents have a file name")
        if not isinstance(filename, str) or not 0 < len(filename) <= MAX_FILENAME:
            return invalid("filename", f"filename must be 1-{MAX_FILENAME} characters")
        content["filename"] = filename
    return content, caption


def _template(template: object) -> _Content:
    if not isinstance(template, dict):
        return invalid("template", "template must be an object with name and language")
    name, language = template.get("name"), template.get("language")
    if not isinstance(name, str) or not _TEMPLATE_NAME.fullmatch(name):
        return invalid("template.name", "template.name must be an approved template's name")
    if isinstance(language, dict):
        language = language.get("code")
    if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
        return invalid("template.language", "template.language must be a code such as es_MX")
    components = template.get("components", [])
    if not isinstance(components, list) or len(components) > 20:
        return invalid("template.components", "template.components must be a list")
    for i, component in enumerate(components):
        problem = _component(component)
        if problem:
            return invalid(f"template.components[{i}]", problem)
    content: dict[str, object] = {"name": name, "language": {"code": language}}
    if components:
        content["components"] = components
    return content, None


def _component(component: object) -> str | None:
    ctype = component.get("type") if isinstance(component, dict) else None
    if not isinstance(component, dict) or not isinstance(ctype, str) or ctype not in _COMPONENTS:
        return f"each component needs a type: {', '.join(sorted(_COMPONENTS))}"
    if component["type"] == "button" and not (
        isinstance(component.get("index"), int | str) and component.get("sub_type")
    ):
        return "a button component needs sub_type and index"
    parameters = component.get("parameters", [])
    if not isinstance(parameters, list) or len(parameters) > 100:
        return "parameters must be a list"
    for parameter in parameters:
        ptype = parameter.get("type") if isinstance(parameter, dict) else None
        if not isinstance(ptype, str) or ptype not in _TEMPLATE_PARAMS:
            return f"each parameter needs a type: {', '.join(sorted(_TEMPLATE_PARAMS))}"
        if parameter["type"] == "text":
            value = parameter.get("text")
            if not isinstance(value, str) or not value.strip() or len(value) > MAX_CAPTION:
                return f"text parameters must be 1-{MAX_CAPTION} characters"
            if "\n" in value or "    " in value:
                # Meta refuses these (132000-family errors); say so before sending.
                return "text parameters cannot hold new lines or more than 3 spaces in a row"
    return None


def _number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
