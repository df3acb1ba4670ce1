"""Meta's real sample payloads, normalised by the parser into the documented event data."""

from __future__ import annotations

import json
from typing import Any

import pytest
from harness import sample, sample_paths

from relay.drafts import MessageDraft, NoticeDraft, StatusDraft
from relay.webhook import parse_delivery
from wire.data import data_of

NOW = 1_800_000_000


def parse(path: str) -> list[Any]:
    return parse_delivery(sample(path), NOW)


def only(path: str) -> Any:
    drafts = parse(path)
    assert len(drafts) == 1, drafts
    return drafts[0]


def wrapped(value_path: str, field: str) -> bytes:
    value = json.loads(sample(value_path))
    envelope = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": field, "value": value}]}],
    }
    return json.dumps(envelope).encode()


@pytest.mark.parametrize("path", sample_paths())
def test_every_sample_is_understood(path: str) -> None:
    drafts = parse(path)
    assert drafts
    if path == "coexistence/07_history_declined_value.json":
        # Documented as a bare value; Meta wraps it in an envelope (next test).
        assert [d.kind for d in drafts] == ["unknown"]
        return
    assert all(d.kind != "unknown" for d in drafts), [d.data() for d in drafts]
    for draft in drafts:
        assert draft.account
        json.dumps(draft.data())


@pytest.mark.parametrize("path", sample_paths())
def test_every_event_reads_back_typed_as_the_relay_wrote_it(path: str) -> None:
    for draft in parse(path):
        sent = json.loads(json.dumps(draft.data()))
        read = data_of(draft.kind, sent)
        assert read is not None
        assert read.kind == draft.kind
        assert read.to_json() == sent


def test_inbound_text_names_the_customer() -> None:
    d = only("inbound/01_text.json")
    assert isinstance(d, MessageDraft)
    assert d.data() == {
        "wamid": "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
        "direction": "in",
        "origin": "customer",
        "type": "text",
        "text": "Does it come in another color?",
        "contact_name": "Sheena Nelson",
        "content": {"body": "Does it come in another color?"},
        "business_phone": "15550783881",
    }
    assert (d.account, d.party.phone, d.timestamp) == ("106540352242922", "16505551234", 1749416383)


def test_reply_forward_referral_and_product_context() -> None:
    assert only("inbound/02_text_reply_with_context.json").message.reply_to == "wamid.xyzxyz=="
    assert only("inbound/03_text_forwarded.json").data()["forwarded"] is True
    assert only("inbound/04_text_frequently_forwarded.json").data()["frequently_forwarded"] is True
    assert only("inbound/05_text_ctwa_referral.json").data()["referral"]["source_type"] == "ad"
    product = only("inbound/06_text_product_inquiry_context.json").data()["referred_product"]
    assert product["product_retailer_id"] == "di9ozbzfi4"


@pytest.mark.parametrize(
    ("path", "mtype", "text"),
    [
        ("inbound/07_image.json", "image", None),
        ("inbound/10_video.json", "video", None),
        ("inbound/11_document.json", "document", None),
        ("inbound/12_sticker_animated.json", "sticker", None),
        ("inbound/08_audio_voice_note.json", "audio", None),
    ],
)
def test_media_keep_their_id_and_caption(path: str, mtype: str, text: str | None) -> None:
    d = only(path)
    raw = json.loads(sample(path))["entry"][0]["changes"][0]["value"]["messages"][0][mtype]
    assert d.type == mtype
    assert d.message.content == raw
    assert d.message.text == raw.get("caption", text)


def test_voice_note_flag() -> None:
    assert only("inbound/08_audio_voice_note.json").message.content["voice"] is True
    assert only("inbound/09_audio_file_forwarded.json").message.content["voice"] is False


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("inbound/16_interactive_button_reply.json", "interactive"),
        ("inbound/17_interactive_list_reply.json", "interactive"),
        ("inbound/19_button_template_quick_reply.json", "button"),
    ],
)
def test_taps_carry_their_title_as_text(path: str, title: str) -> None:
    d = only(path)
    value = json.loads(sample(path))["entry"][0]["changes"][0]["value"]["messages"][0]
    expected = (
        value["button"]["text"]
        if title == "button"
        else value["interactive"][value["interactive"]["type"]]["title"]
    )
    assert d.type == title
    assert d.message.text == expected
    assert d.message.text


def test_flow_completion_keeps_response_json() -> None:
    d = only("inbound/18_interactive_nfm_reply_flow.json")
    assert d.message.text == "Sent"
    assert json.loads(d.message.content["nfm_reply"]["response_json"])["delivery_rating"] == "4"


def test_reactions_and_their_removal() -> None:
    added = only("inbound/20_reaction.json")
    assert added.type == "reaction"
    assert added.target and added.data()["emoji"]
    for path in (
        "inbound/21_reaction_removed.json",
        "inbound/22_reaction_removed_empty_string.json",
    ):
        removed = only(path)
        assert removed.target == "wamid.yzxyzx="
        assert removed.data()["emoji"] is None


def test_edit_and_revoke_point_at_the_original() -> None:
    edit = only("inbound/28_edit_by_user_coexistence.json").data()
    original = "wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA="
    assert (edit["type"], edit["target"], edit["text"]) == (
        "edit",
        original,
        "Updated image caption",
    )
    assert edit["edited_type"] == "image"
    revoke = only("inbound/29_revoke_by_user_coexistence.json").data()
    assert (revoke["type"], revoke["target"]) == ("revoke", original)


def test_location_contacts_order_system_unsupported() -> None:
    assert only("inbound/13_location.json").message.content["latitude"]
    assert "name" not in only("inbound/14_location_current_only_coords.json").message.content
    cards = only("inbound/15_contacts.json")
    assert cards.message.content[0]["name"]["formatted_name"] == "Barbara J. Johnson"
    assert cards.party.name == "Sheena Nelson"  # the sender, not the shared card
    order = only("inbound/23_order.json")
    assert order.type == "order" and order.message.content["product_items"]
    changed = only("inbound/24_system_user_changed_number.json")
    assert changed.message.content["wa_id"] == "12195555358"
    assert changed.message.text.startswith("User Sheena Nelson changed")
    assert "identity" in only("inbound/25_system_identity_changed.json").data()
    unsupported = only("inbound/26_unsupported.json").data()
    assert unsupported["unsupported_type"] == "edit"
    assert unsupported["errors"][0]["code"] == 131051
    assert only("inbound/27_unsupported_without_subtype.json").data()["unsupported_type"] is None


def test_value_level_errors() -> None:
    err = only("inbound/30_value_level_errors_130429.json")
    assert isinstance(err, NoticeDraft)
    assert err.kind == "error"
    assert err.data()["code"] == 130429
    assert "too many messages" in err.data()["details"]
    message, error = parse("inbound/31_value_errors_with_message_131000.json")
    assert (message.kind, message.type, error.kind) == ("message", "interactive", "error")
    assert error.data()["code"] == 131000


def test_bsuid_only_customer() -> None:
    d = only("inbound/32_text_bsuid_username_no_phone.json")
    assert d.party.phone is None
    assert d.party.user_id == "US.13491208655302741918"
    assert d.data()["contact_name"] == "Sheena Nelson"
    assert d.data()["username"] == "@realsheenanelson"


def test_statuses() -> None:
    failed = only("status/06_failed_131049.json")
    assert isinstance(failed, StatusDraft)
    assert (failed.status.status, failed.status.errors[0].code) == ("failed", 131049)
    assert failed.data()["errors"][0]["details"].startswith("In order to maintain")
    assert only("status/05_played_voice.json").status.status == "played"
    assert only("status/01_sent_marketing_pmp.json").data()["pricing_category"] == "marketing"
    both = only("status/09_delivered_bsuid_with_phone.json").party
    assert (both.phone, both.user_id) == ("16505551234", "US.13491208655302741918")
    bsuid = only("status/10_delivered_bsuid_no_phone.json").party
    assert (bsuid.phone, bsuid.user_id) == (None, "US.13491208655302741918")


def test_phone_app_echoes() -> None:
    text = only("coexistence/01_echo_text.json")
    assert (text.direction, text.origin, text.party.phone) == ("out", "phone_app", "16505551234")
    assert only("coexistence/02_echo_revoke.json").target
    edit = only("coexistence/03_echo_edit.json")
    assert (edit.type, edit.message.text) == ("edit", "Updated image caption")
    bsuid = only("coexistence/04_echo_text_with_bsuid_fields.json")
    assert bsuid.party.user_id == "<BSUID>"


def test_history_chunk() -> None:
    progress, *messages = parse("coexistence/05_history_chunk.json")
    assert progress.kind == "account"
    assert progress.data()["event"] == "HISTORY_CHUNK"
    assert (progress.data()["progress"], progress.data()["messages"]) == (55, 4)
    assert [(m.direction, m.origin, m.type, m.data()["history_status"]) for m in messages] == [
        ("out", "history", "text", "read"),
        ("out", "history", "media_placeholder", "played"),
        ("in", "history", "text", "read"),
        ("out", "history", "text", "delivered"),
    ]
    assert [m.party.phone for m in messages] == ["16505551234"] * 3 + ["12125557890"]


def test_history_media_asset_and_lowercase_status() -> None:
    asset = only("coexistence/06_history_media_asset.json")
    assert (asset.origin, asset.type, asset.direction) == ("history", "image", "in")
    body = json.loads(sample("coexistence/05_history_chunk.json"))
    message = body["entry"][0]["changes"][0]["value"]["history"][0]["threads"][0]["messages"][0]
    message["history_context"] = {"from_me": True, "status": "read"}
    drafts = parse_delivery(json.dumps(body).encode(), NOW)
    assert (drafts[1].direction, drafts[1].data()["history_status"]) == ("out", "read")


def test_history_declined_inside_an_envelope() -> None:
    (declined,) = parse_delivery(
        wrapped("coexistence/07_history_declined_value.json", "history"), NOW
    )
    data = declined.data()
    assert (declined.kind, data["event"], data["code"], data["field"]) == (
        "account",
        "HISTORY_DECLINED",
        2593109,
        "history",
    )
    assert data["details"] == "History sharing is turned off by the business"


def test_contact_sync() -> None:
    d = only("coexistence/08_smb_app_state_sync_contact_add.json")
    assert (d.kind, d.party.phone) == ("contact", "16505551234")
    assert d.data() == {
        "action": "add",
        "phone": "16505551234",
        "name": "Pablo Morales",
        "first_name": "Pablo",
    }
    assert d.timestamp == 1739321024


@pytest.mark.parametrize(
    ("path", "kind", "event"),
    [
        ("coexistence/09_account_update_partner_removed.json", "account", "PARTNER_REMOVED"),
        ("coexistence/10_account_update_account_offboarded.json", "account", "ACCOUNT_OFFBOARDED"),
        ("account/06_account_update_violation.json", "account", "ACCOUNT_VIOLATION"),
        ("account/05_phone_number_quality_update.json", "account", "THROUGHPUT_UPGRADE"),
        ("account/01_template_status_approved.json", "template", "APPROVED"),
        ("account/02_template_status_rejected_invalid_format.json", "template", "REJECTED"),
    ],
)
def test_account_and_template_events(path: str, kind: str, event: str) -> None:
    d = only(path)
    assert (d.kind, d.data()["event"]) == (kind, event)
    assert d.timestamp == json.loads(sample(path))["entry"][0]["time"]
    if kind == "template":
        assert d.data()["template_id"] and d.data()["name"]


def test_quality_update_is_a_template_event() -> None:
    d = only("account/03_template_quality_update.json")
    assert (d.kind, d.data()["value"]["new_quality_score"]) == ("template", "YELLOW")
