"""What a message carries besides its text, typed: media, places, cards, replies, orders, notices.

`content_of(type, raw)` reads Meta's object for a message type (the relay passes
it on verbatim as `data.content`, docs/protocol.md) once, into frozen values
(`wire.data.MessageData.typed_content`); nothing past it reads Meta's dicts.
Shapes it cannot read give `None`: the message still shows, from its type and text.
`encode`/`decode` keep a value as JSON (the desktop's cache stores it so).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass

MEDIA_TYPES = frozenset({"image", "video", "audio", "document", "sticker"})


@dataclass(frozen=True, slots=True)
class Media:
    """A photo, video, audio or voice note, document or sticker, fetched from the relay by id."""

    kind: str  # image | video | audio | document | sticker
    media_id: str | None
    mime_type: str | None = None
    filename: str | None = None
    sha256: str | None = None
    voice: bool = False
    animated: bool = False


@dataclass(frozen=True, slots=True)
class Location:
    """A place, or only coordinates for a shared current location."""

    latitude: float
    longitude: float
    name: str | None = None
    address: str | None = None
    url: str | None = None

    @property
    def map_url(self) -> str:
        return f"https://maps.google.com/?q={self.latitude:.6f},{self.longitude:.6f}"


@dataclass(frozen=True, slots=True)
class ContactCard:
    """One shared contact: a name, its phones and e-mails, its company."""

    name: str
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    company: str | None = None

    def vcard(self) -> str:
        """The card as vCard 3.0, for an address book."""
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(self.name)}"]
        lines += [f"TEL;TYPE=CELL:{_escape(phone)}" for phone in self.phones]
        lines += [f"EMAIL:{_escape(email)}" for email in self.emails]
        if self.company:
            lines.append(f"ORG:{_escape(self.company)}")
        lines.append("END:VCARD")
        return "\r\n".join(lines) + "\r\n"


@dataclass(frozen=True, slots=True)
class Contacts:
    """The contact cards of one message."""

    cards: tuple[ContactCard, ...]


@dataclass(frozen=True, slots=True)
class Choice:
    """A tap on a button, a list row, a flow's submit or a template's quick reply."""

    title: str
    description: str | None = None
    kind: str = "button"  # button | list | flow | template


@dataclass(frozen=True, slots=True)
class OrderItem:
    product: str
    quantity: int
    price: float
    currency: str


@dataclass(frozen=True, slots=True)
class Order:
    """A cart sent from the catalog."""

    items: tuple[OrderItem, ...]

    @property
    def quantity(self) -> int:
        return sum(item.quantity for item in self.items)

    @property
    def total(self) -> tuple[float, str] | None:
        """(amount, currency) when every item is priced in one currency."""
        currencies = {item.currency for item in self.items}
        if len(currencies) != 1:
            return None
        return sum(item.price * item.quantity for item in self.items), currencies.pop()


@dataclass(frozen=True, slots=True)
class Notice:
    """A system message: the customer changed number, their identity changed."""

    kind: str  # user_changed_number | customer_identity_changed | ...
    new_phone: str | None = None


@dataclass(frozen=True, slots=True)
class TemplateUse:
    """A template the business sent, with the values its parameters had."""

    name: str
    language: str
    values: tuple[tuple[str, str], ...] = ()  # (parameter name or position, text)


Content = Media | Location | Contacts | Choice | Order | Notice | TemplateUse


def content_of(kind: str, raw: object) -> Content | None:
    """Meta's object for a message of type `kind`, typed; None if there is nothing to read."""
    try:
        if kind in MEDIA_TYPES and isinstance(raw, Mapping):
            return Media(
                kind,
                _str(raw.get("id")),
                _str(raw.get("mime_type")),
                _str(raw.get("filename")),
                _str(raw.get("sha256")),
                raw.get("voice") is True,
                raw.get("animated") is True,
            )
        if kind == "location" and isinstance(raw, Mapping):
            return Location(
                float(raw["latitude"]),
                float(raw["longitude"]),
                _str(raw.get("name")),
                _str(raw.get("address")),
                _str(raw.get("url")),
            )
        if kind == "contacts" and isinstance(raw, list):
            cards = tuple(card for card in map(_card, raw) if card is not None)
            return Contacts(cards) if cards else None
        if kind == "interactive" and isinstance(raw, Mapping):
            return _choice(raw)
        if kind == "button" and isinstance(raw, Mapping):
            text = _str(raw.get("text")) or _str(raw.get("payload"))
            return Choice(text, None, "template") if text else None
        if kind == "order" and isinstance(raw, Mapping):
            items = tuple(_item(item) for item in raw.get("product_items") or [])
            return Order(items) if items else None
        if kind == "system" and isinstance(raw, Mapping):
            return Notice(_str(raw.get("type")) or "system", _str(raw.get("wa_id")))
        if kind == "template" and isinstance(raw, Mapping):
            return _template_use(raw)
    except (KeyError, TypeError, ValueError):
        return None
    return None


def encode(content: Content) -> str:
    """The content as the cache stores it (our own format, not Meta's)."""
    return json.dumps([type(content).__name__, asdict(content)], ensure_ascii=False)


def decode(text: str | None) -> Content | None:
    """What `encode` wrote; None for nothing, or for a format this version does not know."""
    if not text:
        return None
    try:
        name, fields = json.loads(text)
        if name == "Contacts":
            return Contacts(tuple(ContactCard(**{**c, "phones": tuple(c["phones"]),
                                                 "emails": tuple(c["emails"])})
                                  for c in fields["cards"]))  # fmt: skip
        if name == "Order":
            return Order(tuple(OrderItem(**item) for item in fields["items"]))
        if name == "TemplateUse":
            values = tuple((str(k), str(v)) for k, v in fields["values"])
            return TemplateUse(fields["name"], fields["language"], values)
        kind = _SIMPLE.get(name)
        return kind(**fields) if kind is not None else None
    except (TypeError, ValueError, KeyError):
        return None


_SIMPLE: dict[str, type[Media | Location | Choice | Notice]] = {
    "Media": Media,
    "Location": Location,
    "Choice": Choice,
    "Notice": Notice,
}


def _card(raw: object) -> ContactCard | None:
    if not isinstance(raw, Mapping):
        return None
    name = raw.get("name")
    formatted = None
    if isinstance(name, Mapping):
        formatted = _str(name.get("formatted_name")) or " ".join(
            part for part in (_str(name.get("first_name")), _str(name.get("last_name"))) if part
        )
    phones = tuple(
        p for p in (_str(x.get("phone")) for x in raw.get("phones") or [] if isinstance(x, Mapping))
        if p
    )  # fmt: skip
    emails = tuple(
        e for e in (_str(x.get("email")) for x in raw.get("emails") or [] if isinstance(x, Mapping))
        if e
    )  # fmt: skip
    org = raw.get("org")
    company = _str(org.get("company")) if isinstance(org, Mapping) else None
    title = formatted or (phones[0] if phones else None)
    return ContactCard(title, phones, emails, company) if title else None


def _choice(raw: Mapping[str, object]) -> Choice | None:
    kind = raw.get("type")
    inner = raw.get(kind) if isinstance(kind, str) else None
    if not isinstance(inner, Mapping):
        return None
    if kind == "nfm_reply":
        return Choice(_str(inner.get("body")) or "", None, "flow")
    title = _str(inner.get("title"))
    if title is None:
        return None
    return Choice(
        title, _str(inner.get("description")), "list" if kind == "list_reply" else "button"
    )


def _template_use(raw: Mapping[str, object]) -> TemplateUse | None:
    name, language = _str(raw.get("name")), raw.get("language")
    code = _str(language.get("code")) if isinstance(language, Mapping) else _str(language)
    if name is None or code is None:
        return None
    values: list[tuple[str, str]] = []
    components = raw.get("components")
    for component in components if isinstance(components, list) else []:
        if not isinstance(component, Mapping) or component.get("type") == "button":
            continue
        for position, parameter in enumerate(component.get("parameters") or [], start=1):
            if isinstance(parameter, Mapping) and parameter.get("type") == "text":
                key = _str(parameter.get("parameter_name")) or str(position)
                values.append((key, str(parameter.get("text", ""))))
    return TemplateUse(name, code, tuple(values))


def _item(raw: object) -> OrderItem:
    if not isinstance(raw, Mapping):
        raise TypeError("an order item is an object")
    return OrderItem(
        str(raw.get("product_retailer_id") or ""),
        int(raw.get("quantity") or 0),
        float(raw.get("item_price") or 0),
        str(raw.get("currency") or ""),
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
