"""Meta's webhook deliveries, parsed once into typed drafts (sans-I/O, never raises).

Anything that cannot be understood becomes an `unknown` draft carrying what
Meta sent, so an authentic delivery is never refused for its content.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Iterator, Mapping

import orjson

from relay.drafts import NOBODY, Draft, MessageDraft, NoticeDraft, Party, StatusDraft
from wire.data import (
    HISTORY_CHUNK,
    HISTORY_DECLINED,
    AccountData,
    ContactData,
    Direction,
    ErrorData,
    HistoryChunk,
    MessageData,
    MetaError,
    Origin,
    StatusData,
    TemplateData,
    UnknownData,
)

MESSAGE_TYPES = frozenset(
    {
        "text",
        "image",
        "audio",
        "video",
        "document",
        "sticker",
        "location",
        "contacts",
        "interactive",
        "button",
        "reaction",
        "order",
        "system",
        "edit",
        "revoke",
        "unsupported",
        "media_placeholder",
        "request_welcome",
    }
)
MEDIA_TYPES = frozenset({"image", "audio", "video", "document", "sticker"})
TEMPLATE_FIELDS = frozenset(
    {
        "message_template_status_update",
        "message_template_quality_update",
        "message_template_components_update",
        "template_category_update",
    }
)
ACCOUNT_FIELDS = frozenset(
    {
        "account_update",
        "account_review_update",
        "account_alerts",
        "account_settings_update",
        "business_capability_update",
        "business_status_update",
        "phone_number_name_update",
        "phone_number_quality_update",
        "security",
        "user_preferences",
        "partner_solutions",
        "payment_configuration_update",
    }
)
UNKNOWN_EXCERPT = 4096
# Meta's code when the owner turned history sharing off on the phone.
HISTORY_DECLINED_CODE = 2593109


def decode_json(body: bytes) -> object:
    """Decode JSON the way Meta may send it; raise ValueError when it is not JSON."""
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        # orjson refuses integers beyond 64 bits and lone surrogates; json takes both.
        return json.loads(body.decode("utf-8", errors="surrogatepass"))


def digest(*parts: object) -> str:
    """A short stable hash of JSON-able parts, for content-derived dedupe keys."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=True, default=repr)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:32]


def parse_delivery(body: bytes, received_at: int) -> list[Draft]:
    """Turn one webhook POST body into drafts, in the order Meta listed them."""
    try:
        doc = decode_json(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return [_unknown_body("invalid_json", body, received_at)]
    try:
        return _document(doc, body, received_at)
    except Exception:  # noqa: BLE001 - e.g. nesting too deep to hash; the body is kept
        return [_unknown_body("unreadable", body, received_at)]


def _document(doc: object, body: bytes, received_at: int) -> list[Draft]:
    if not isinstance(doc, dict) or doc.get("object") != "whatsapp_business_account":
        return [_unknown_body("unknown_object", body, received_at)]
    entries = doc.get("entry")
    if not isinstance(entries, list):
        return [_unknown_body("no_entries", body, received_at)]
    drafts: list[Draft] = []
    for entry in entries:
        drafts.extend(_entry(entry, received_at, body))
    return drafts or [_unknown_body("empty", body, received_at)]


def _unknown_body(reason: str, body: bytes, received_at: int) -> NoticeDraft:
    excerpt = body[:UNKNOWN_EXCERPT].decode("utf-8", errors="replace")
    return NoticeDraft(
        key=f"unknown:body:{hashlib.sha256(body).hexdigest()[:32]}",
        account="",
        timestamp=received_at,
        payload=UnknownData(reason, {"size": len(body), "excerpt": excerpt}),
    )


def _unknown_value(
    reason: str, account: str, ts: int, field: object, value: object, party: Party = NOBODY
) -> NoticeDraft:
    return NoticeDraft(
        key=f"unknown:{digest(reason, account, field, value)}",
        account=account,
        timestamp=ts,
        payload=UnknownData(reason, {"field": field, "value": value}),
        party=party,
    )


def _stamp(meta_time: object, body: bytes) -> object:
    """What keys of events without an id of Meta's are made from: Meta's `time`, or else
    the body's hash, so a retry of the same bytes maps to the same keys, whenever it comes.
    Asked only for those events (messages and statuses have Meta's ids, and Meta's
    messages webhooks carry no `time`): hashing every body cost more than parsing it."""
    return meta_time or hashlib.sha256(body).hexdigest()[:16]


def _entry(entry: object, received_at: int, body: bytes) -> Iterator[Draft]:
    if not isinstance(entry, dict):
        yield _unknown_value("malformed_entry", "", received_at, None, entry)
        return
    entry_id = _id(entry.get("id")) or ""
    entry_time = _ts(entry.get("time"), received_at)
    meta_time = entry.get("time")
    changes = entry.get("changes")
    if not isinstance(changes, list):
        yield _unknown_value("malformed_entry", entry_id, entry_time, None, entry)
        return
    for change in changes:
        field = change.get("field") if isinstance(change, dict) else None
        value = change.get("value") if isinstance(change, dict) else None
        if not isinstance(field, str) or not isinstance(value, dict):
            yield _unknown_value("malformed_change", entry_id, entry_time, field, change)
            continue
        handler = _HANDLERS.get(field)
        if handler is None:
            kind = "template" if field in TEMPLATE_FIELDS else "account"
            if field in TEMPLATE_FIELDS or field in ACCOUNT_FIELDS:
                yield _notice(kind, field, value, entry_id, entry_time, _stamp(meta_time, body))
            else:
                yield _unknown_value(
                    "unknown_field", _account(value, entry_id), entry_time, field, value
                )
            continue
        ctx = _Context(field, value, entry_id, entry_time, meta_time, body)
        try:
            drafts = list(handler(ctx))
        except Exception:  # noqa: BLE001 - a shape we did not foresee must still be kept
            drafts = [_unknown_value("malformed_value", ctx.account, entry_time, field, value)]
        # A known field carrying nothing we recognise is a future addition: surface it.
        yield from drafts or [
            _unknown_value("unrecognised_value", ctx.account, entry_time, field, value)
        ]


class _Context:
    """What every item of one change shares: field, business number, profiles."""

    def __init__(
        self,
        field: str,
        value: dict[str, object],
        entry_id: str,
        entry_time: int,
        meta_time: object,
        body: bytes,
    ) -> None:
        self.field = field
        self.value = value
        self.entry_id = entry_id
        self.entry_time = entry_time
        self._meta_time = meta_time
        self._body = body
        self.account = _account(value, entry_id)
        metadata = value.get("metadata")
        display = metadata.get("display_phone_number") if isinstance(metadata, dict) else None
        self.business_phone = _digits(display)
        self._profiles: list[dict[str, object]] = [
            c for c in _list(value.get("contacts")) if isinstance(c, dict)
        ]

    @functools.cached_property
    def stamp(self) -> object:
        """The change's stand-in for an id of Meta's (see `_stamp`)."""
        return _stamp(self._meta_time, self._body)

    def party(self, phone: object, user_id: object) -> Party:
        """The customer, named from the change's `contacts[]` when it lists them."""
        phone_s, user_s = _id(phone), _id(user_id)
        match = None
        for candidate in self._profiles:
            if (phone_s and _id(candidate.get("wa_id")) == phone_s) or (
                user_s and _id(candidate.get("user_id")) == user_s
            ):
                match = candidate
                break
        if match is None and len(self._profiles) == 1:
            # Meta's own BSUID example misspells contacts[].user_id; one profile is the sender.
            only = self._profiles[0]
            if phone_s is None or _id(only.get("wa_id")) in (None, phone_s):
                match = only
        name = username = None
        if match is not None:
            profile = match.get("profile")
            if isinstance(profile, dict):
                name, username = _text(profile.get("name")), _text(profile.get("username"))
            phone_s = phone_s or _id(match.get("wa_id"))
            user_s = user_s or _id(match.get("user_id"))
        return Party(phone=phone_s, user_id=user_s, name=name, username=username)

    def is_business(self, sender: object) -> bool:
        digits = _digits(sender)
        return digits is not None and digits == self.business_phone


def _messages(ctx: _Context) -> Iterator[Draft]:
    yield from _each_message(ctx, "messages", ("from", "from_user_id"), "in", "customer")
    for s in _list(ctx.value.get("statuses")):
        yield _status(ctx, s)
    for err in _list(ctx.value.get("errors")):
        yield _error(ctx, err)


def _echoes(ctx: _Context) -> Iterator[Draft]:
    yield from _each_message(ctx, "message_echoes", ("to", "to_user_id"), "out", "phone_app")


def _each_message(
    ctx: _Context, key: str, customer: tuple[str, str], direction: Direction, origin: Origin
) -> Iterator[Draft]:
    """The messages listed under `key`; `customer` names the phone and BSUID fields."""
    phone_field, user_field = customer
    for m in _list(ctx.value.get(key)):
        if isinstance(m, dict):
            party = ctx.party(m.get(phone_field), m.get(user_field))
            yield _safe_message(ctx, m, party, direction, origin)
        else:
            yield _unknown_value("malformed_message", ctx.account, ctx.entry_time, ctx.field, m)


def _history(ctx: _Context) -> Iterator[Draft]:
    for chunk in _list(ctx.value.get("history")):
        if not isinstance(chunk, dict):
            yield _unknown_value("malformed_history", ctx.account, ctx.entry_time, ctx.field, chunk)
            continue
        for err in _list(chunk.get("errors")):
            declined = _code(err) == HISTORY_DECLINED_CODE
            yield _history_declined(ctx, err) if declined else _error(ctx, err)
        raw_meta = chunk.get("metadata")
        meta: dict[str, object] = raw_meta if isinstance(raw_meta, dict) else {}
        threads = [t for t in _list(chunk.get("threads")) if isinstance(t, dict)]
        if meta or threads:
            counted = sum(len(_list(t.get("messages"))) for t in threads)
            phase, order = meta.get("phase"), meta.get("chunk_order")
            held = HistoryChunk(phase, order, meta.get("progress"), len(threads), counted)
            progress = AccountData("history", HISTORY_CHUNK, history=held)
            key = f"account:history:{digest(ctx.account, meta, [t.get('id') for t in threads])}"
            yield NoticeDraft(key, ctx.account, ctx.entry_time, progress)
        for thread in threads:
            thread_id, thread_user = thread.get("id"), thread.get("user_id")
            for m in _list(thread.get("messages")):
                if not isinstance(m, dict):
                    yield _unknown_value(
                        "malformed_message", ctx.account, ctx.entry_time, ctx.field, m
                    )
                    continue
                yield _safe_message(
                    ctx, m, ctx.party(thread_id, thread_user), _history_direction(ctx, m), "history"
                )
    # Media for an earlier media_placeholder arrives later as plain messages[].
    for m in _list(ctx.value.get("messages")):
        if not isinstance(m, dict):
            yield _unknown_value("malformed_message", ctx.account, ctx.entry_time, ctx.field, m)
            continue
        direction = _history_direction(ctx, m)
        customer = (
            (m.get("to"), m.get("to_user_id"))
            if direction == "out"
            else (m.get("from"), m.get("from_user_id"))
        )
        yield _safe_message(ctx, m, ctx.party(*customer), direction, "history")


def _history_declined(ctx: _Context, err: object) -> NoticeDraft:
    """The owner chose, on the phone, not to share the chat history: an account event."""
    payload = AccountData("history", HISTORY_DECLINED, error=_meta_error(err))
    key = f"account:history:declined:{digest(ctx.account, ctx.entry_id, ctx.stamp, err)}"
    return NoticeDraft(key, ctx.account, ctx.entry_time, payload)


def _code(err: object) -> object:
    return err.get("code") if isinstance(err, dict) else None


def _history_direction(ctx: _Context, m: dict[str, object]) -> Direction:
    hctx = m.get("history_context")
    if isinstance(hctx, dict) and isinstance(hctx.get("from_me"), bool):
        return "out" if hctx["from_me"] else "in"
    return "out" if ctx.is_business(m.get("from")) else "in"


def _state_sync(ctx: _Context) -> Iterator[Draft]:
    for item in _list(ctx.value.get("state_sync")):
        contact = item.get("contact") if isinstance(item, dict) else None
        if (
            not isinstance(item, dict)
            or item.get("type") != "contact"
            or not isinstance(contact, dict)
        ):
            yield _unknown_value("unknown_state_sync", ctx.account, ctx.entry_time, ctx.field, item)
            continue
        meta = item.get("metadata")
        raw_ts = meta.get("timestamp") if isinstance(meta, dict) else None
        ts = _ts(raw_ts, ctx.entry_time)
        phone = _id(contact.get("phone_number"))
        action = _text(item.get("action")) or "unknown"
        payload = ContactData(
            action, phone, _text(contact.get("full_name")), _text(contact.get("first_name"))
        )
        key = f"contact:{phone}:{action}:{digest(raw_ts or ctx.stamp, contact)}"
        yield NoticeDraft(key, ctx.account, ts, payload, Party(phone=phone))


def _notice(
    kind: str, field: str, value: dict[str, object], entry_id: str, ts: int, stamp: object
) -> NoticeDraft:
    account = _account(value, entry_id)
    event = _text(value.get("event"))
    payload: TemplateData | AccountData
    if kind == "template":
        payload = TemplateData(
            field,
            event,
            _id(value.get("message_template_id")),
            _text(value.get("message_template_name")),
            _text(value.get("message_template_language")),
            value,
        )
    else:
        payload = AccountData(field, event, value)
    key = f"{kind}:{field}:{digest(entry_id, stamp, value)}"
    return NoticeDraft(key, account, ts, payload)


_HANDLERS: Mapping[str, Callable[[_Context], Iterator[Draft]]] = {
    "messages": _messages,
    "smb_message_echoes": _echoes,
    "history": _history,
    "smb_app_state_sync": _state_sync,
}


def _safe_message(
    ctx: _Context, m: dict[str, object], party: Party, direction: Direction, origin: Origin
) -> Draft:
    try:
        return _message(ctx, m, party, direction, origin)
    except Exception:  # noqa: BLE001 - keep what we could not read
        return _unknown_value("malformed_message", ctx.account, ctx.entry_time, ctx.field, m, party)


def _message(
    ctx: _Context, m: dict[str, object], party: Party, direction: Direction, origin: Origin
) -> Draft:
    wamid = _id(m.get("id"))
    mtype = m.get("type")
    if wamid is None or not isinstance(mtype, str):
        return _unknown_value("malformed_message", ctx.account, ctx.entry_time, ctx.field, m, party)
    if mtype not in MESSAGE_TYPES:
        detail = {
            "field": ctx.field,
            "wamid": wamid,
            "type": mtype,
            "direction": direction,
            "origin": origin,
            "value": m,
        }
        return NoticeDraft(
            key=f"unknown:message:{wamid}",
            account=ctx.account,
            timestamp=_ts(m.get("timestamp"), ctx.entry_time),
            payload=UnknownData("unknown_message_type", detail),
            party=party,
        )
    content = m.get(mtype)
    text: str | None = None
    target: str | None = None
    emoji: str | None = None
    edited_type: str | None = None
    if mtype == "text":
        text = _text(_get(content, "body"))
    elif mtype in MEDIA_TYPES:
        text = _text(_get(content, "caption"))
    elif mtype == "interactive":
        text = _interactive_title(content)
    elif mtype == "button":
        text = _text(_get(content, "text"))
    elif mtype in ("order", "system"):
        text = _text(_get(content, "text" if mtype == "order" else "body"))
    elif mtype == "reaction":
        target = _id(_get(content, "message_id"))
        emoji = _text(_get(content, "emoji")) or None  # "" and absence: the reaction was removed
    elif mtype in ("revoke", "edit"):
        target = _id(_get(content, "original_message_id"))
    if mtype == "edit":
        inner = _get(content, "message")
        inner_type = _get(inner, "type")
        if isinstance(inner_type, str):
            edited_type = inner_type
            inner_content = _get(inner, inner_type)
            text = _text(_get(inner_content, "body")) or _text(_get(inner_content, "caption"))
    context = m.get("context")
    if not isinstance(context, dict):
        context = {}
    hctx = m.get("history_context")
    history_status = _get(hctx, "status")
    data = MessageData(
        direction=direction,
        origin=origin,
        type=mtype,
        wamid=wamid,
        text=text,
        reply_to=_id(context.get("id")),
        contact_name=party.name,
        username=party.username,
        target=target,
        content=content if isinstance(content, dict | list) else None,
        emoji=emoji,
        edited_type=edited_type,
        unsupported_type=_text(_get(content, "type")) if mtype == "unsupported" else None,
        forwarded=context.get("forwarded") is True,
        frequently_forwarded=context.get("frequently_forwarded") is True,
        referral=_dict(m.get("referral")),
        referred_product=_dict(context.get("referred_product")),
        identity=_dict(m.get("identity")),
        errors=tuple(_meta_error(e) for e in _list(m.get("errors"))),
        history_status=history_status.lower() if isinstance(history_status, str) else None,
        # Agents of a relay serving several numbers see which one a customer wrote to.
        business_phone=ctx.business_phone,
    )
    return MessageDraft(ctx.account, party, _ts(m.get("timestamp"), ctx.entry_time), data)


def _interactive_title(content: object) -> str | None:
    itype = _get(content, "type")
    if not isinstance(itype, str):
        return None
    reply = _get(content, itype)
    return _text(_get(reply, "title")) or _text(_get(reply, "body"))


def _status(ctx: _Context, s: object) -> Draft:
    if not isinstance(s, dict) or _id(s.get("id")) is None or not isinstance(s.get("status"), str):
        return _unknown_value("malformed_status", ctx.account, ctx.entry_time, ctx.field, s)
    party = ctx.party(s.get("recipient_id"), s.get("recipient_user_id"))
    callback = s.get("biz_opaque_callback_data")
    data = StatusData(
        wamid=_id(s["id"]) or "",
        status=s["status"].lower(),
        errors=tuple(_meta_error(e) for e in _list(s.get("errors"))),
        pricing_category=_text(_get(s.get("pricing"), "category")),
        callback_data=callback if isinstance(callback, str) else None,
    )
    return StatusDraft(ctx.account, party, _ts(s.get("timestamp"), ctx.entry_time), data)


def _error(ctx: _Context, err: object) -> NoticeDraft:
    key = f"error:{digest(ctx.account, ctx.entry_id, ctx.stamp, err)}"
    return NoticeDraft(key, ctx.account, ctx.entry_time, ErrorData(_meta_error(err), ctx.field))


def _meta_error(err: object) -> MetaError:
    """Meta's error object (`error_data.details` inside) as the protocol's flat one."""
    if not isinstance(err, dict):
        return MetaError(message=_text(err))
    code = err.get("code")
    return MetaError(
        code if isinstance(code, int) and not isinstance(code, bool) else _id(code),
        _text(err.get("title")),
        _text(err.get("message")),
        _text(_get(err.get("error_data"), "details")),
    )


def _account(value: Mapping[str, object], entry_id: str) -> str:
    metadata = value.get("metadata")
    if isinstance(metadata, dict):
        pnid = _id(metadata.get("phone_number_id"))
        if pnid:
            return pnid
    return entry_id


def _get(obj: object, key: str) -> object:
    return obj.get(key) if isinstance(obj, dict) else None


def _dict(obj: object) -> dict[str, object] | None:
    return obj if isinstance(obj, dict) else None


def _list(obj: object) -> list[object]:
    return obj if isinstance(obj, list) else []


def _text(obj: object) -> str | None:
    return obj if isinstance(obj, str) else None


def _id(obj: object) -> str | None:
    if isinstance(obj, str):
        return obj or None
    if isinstance(obj, int) and not isinstance(obj, bool):
        return str(obj)
    return None


def _digits(obj: object) -> str | None:
    """A phone number's digits ("+1 555-0100" and 15550100 both give "15550100")."""
    if not isinstance(obj, str | int) or isinstance(obj, bool):
        return None
    text = str(obj)
    if text.isascii() and text.isdigit():
        return text  # Meta's usual form, without the per-character walk
    return "".join(ch for ch in text if "0" <= ch <= "9") or None


def _ts(obj: object, fallback: int) -> int:
    try:
        value = int(obj)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return fallback
    return value if 0 <= value < 2**40 else fallback
