"""A message in a few words, for the list's previews, quotes and the terminal's lines.

Qt-free: the window passes Qt's `translate`, the terminal commands (`tail`, the
demo's console) one reading the same `.ts` files (`desktop.words`); the calls
below are what `pyside6-lupdate` finds.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.phones import shown
from wire.content import Notice

Translate = Callable[[str, str], str]
"""(context, source) -> the text in the reader's language."""


def summary(kind: str, text: str | None, translate: Translate) -> str:
    """A message of `kind` (with its `text`) as a list's preview or a terminal's line says
    it, in the language `translate` speaks."""
    labels = {
        "image": translate("Timeline", "📷 Photo"),
        "video": translate("Timeline", "🎥 Video"),
        "audio": translate("Timeline", "🎤 Audio"),
        "document": translate("Timeline", "📄 Document"),
        "sticker": translate("Timeline", "💟 Sticker"),
        "location": translate("Timeline", "📍 Location"),
        "contacts": translate("Timeline", "👤 Contact card"),
        "order": translate("Timeline", "🛒 Order"),
        "template": translate("Timeline", "📋 Template message"),
        "media_placeholder": translate("Timeline", "📎 Media from the phone's history"),
        "request_welcome": translate("Timeline", "👋 Opened the chat"),
        "unsupported": translate("Timeline", "Unsupported message"),
    }
    if kind in ("text", "note"):
        return text or ""
    if kind == "template" and text:
        return "📋 " + text
    if kind == "reaction":
        return (
            translate("Timeline", "Reacted %1").replace("%1", text)
            if text
            else translate("Timeline", "Took back a reaction")
        )
    if kind == "revoke":
        return translate("Timeline", "🚫 This message was deleted")
    if kind == "edit":
        return translate("Timeline", "✏️ Edited: %1").replace("%1", text or "")
    if kind in ("interactive", "button", "system"):
        return text or translate("Timeline", "Unsupported message")
    label = labels.get(kind, translate("Timeline", "Unsupported message"))
    return f"{label}\n{text}" if text else label


def notice_words(notice: Notice, text: str | None, translate: Translate) -> str:
    """A system message from WhatsApp about the customer, as people say it."""
    if notice.kind == "user_changed_number" and notice.new_phone:
        return translate("Timeline", "The customer changed their number to %1").replace(
            "%1", shown(notice.new_phone)
        )
    if notice.kind == "customer_identity_changed":
        return translate("Timeline", "The customer's security code changed")
    return text or translate("Timeline", "A notice from WhatsApp")
