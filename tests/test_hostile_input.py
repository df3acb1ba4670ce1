"""Property-based: whatever authentic bytes arrive, parser and endpoint never fail on content."""

from __future__ import annotations

import json
import time
from typing import Any

from harness import RelayProcess, sample, sample_paths
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metasim import payloads
from relay.documents import dumps
from relay.webhook import parse_delivery

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=30,
)
FIELDS = [
    "messages",
    "smb_message_echoes",
    "history",
    "smb_app_state_sync",
    "account_update",
    "message_template_status_update",
    "anything",
]
KEYS = [
    "messages",
    "statuses",
    "errors",
    "contacts",
    "message_echoes",
    "history",
    "state_sync",
    "metadata",
    "threads",
    "id",
    "type",
    "from",
    "timestamp",
    "text",
    "context",
    "event",
]


@st.composite
def meta_like(draw: st.DrawFn) -> Any:
    """Envelopes shaped like Meta's, with hostile values where Meta puts data."""
    inner = st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), children, max_size=5)
        ),
        max_leaves=40,
    )
    changes = st.lists(
        st.fixed_dictionaries({"field": st.sampled_from(FIELDS) | inner, "value": inner}),
        max_size=3,
    )
    entries = st.lists(st.fixed_dictionaries({"id": inner, "changes": changes | inner}), max_size=3)
    return {
        "object": draw(st.sampled_from(["whatsapp_business_account", "page"])),
        "entry": draw(entries),
    }


@st.composite
def mutated_sample(draw: st.DrawFn) -> Any:
    """A real sample with one value somewhere replaced by something else."""
    doc = json.loads(sample(draw(st.sampled_from(sample_paths()))))
    node = doc
    for _ in range(draw(st.integers(1, 8))):
        children = (
            list(node.items())
            if isinstance(node, dict)
            else list(enumerate(node))
            if isinstance(node, list)
            else []
        )
        if not children:
            break
        key, child = draw(st.sampled_from(children))
        if draw(st.booleans()) or not isinstance(child, dict | list):
            node[key] = draw(json_values)
            break
        node = child
    return doc


def check(drafts: list[Any]) -> None:
    assert drafts, "every delivery yields at least one event"
    for draft in drafts:
        assert draft.kind in {
            "message",
            "status",
            "contact",
            "template",
            "account",
            "error",
            "unknown",
        }
        json.loads(dumps({"kind": draft.kind, "data": draft.data()}))


@given(st.binary(max_size=512))
def test_parser_takes_any_bytes(body: bytes) -> None:
    check(parse_delivery(body, 1))


@given(meta_like() | mutated_sample())
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_parser_takes_any_meta_shaped_json(doc: Any) -> None:
    check(parse_delivery(json.dumps(doc).encode(), 1))


@given(st.text(max_size=200))
def test_parser_takes_any_text(text: str) -> None:
    check(parse_delivery(text.encode("utf-8", errors="surrogatepass"), 1))


def test_lone_surrogates_and_huge_integers() -> None:
    body = b'{"object":"whatsapp_business_account","entry":[{"id":1,"changes":[{"field":"messages","value":{"metadata":{"phone_number_id":99999999999999999999999},"messages":[{"id":"wamid.s","from":"1","type":"text","timestamp":"1","text":{"body":"\\ud800 \\udfff"}}]}}]}]}'  # noqa: E501
    (draft,) = parse_delivery(body, 1)
    assert draft.account == "99999999999999999999999"
    assert json.loads(dumps({"data": draft.data()}))["data"]["text"] == "\ud800 \udfff"


@given(st.one_of(meta_like(), mutated_sample(), json_values))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_endpoint_never_fails_on_authentic_content(shared_relay: RelayProcess, doc: Any) -> None:
    response = shared_relay.post(json.dumps(doc).encode())
    assert response.status_code == 200, response.text


def test_lone_surrogates_in_meta_ids_never_block_the_rest(
    shared_relay: RelayProcess, token: str
) -> None:
    """JSON's \\ud800 decodes to a str no database driver can encode: the delivery is
    kept raw and quarantined, and the next one is processed."""
    body = json.dumps(
        payloads.text_message("5215500000078", "broken id", wamid="wamid.SURROGATE\ud800")
    ).encode()
    after = payloads.text_message("5215500000079", "after it", wamid="wamid.AFTERSURROGATE")
    assert b"\\ud800" in body
    assert shared_relay.post(body).status_code == 200
    assert shared_relay.post(after).status_code == 200
    deadline = time.monotonic() + 10
    while not any(e["key"] == "msg:wamid.AFTERSURROGATE" for e in shared_relay.all_events(token)):
        assert time.monotonic() < deadline, "the delivery after the surrogate never became an event"
        time.sleep(0.1)
    quarantined = [
        e
        for e in shared_relay.all_events(token)
        if e["kind"] == "unknown" and e["data"].get("reason") == "processing_failed"
    ]
    assert any("surrogate" in e["data"]["detail"] for e in quarantined)


def test_nul_characters_in_meta_ids_never_block_the_rest(
    shared_relay: RelayProcess, token: str
) -> None:
    """JSON may carry \\u0000 anywhere; PostgreSQL's text columns cannot hold it."""
    poisoned = payloads.text_message("52155\x0000001", "con\x00nul", wamid="wamid.NUL\x00X")
    after = payloads.text_message("5215500000077", "after the NUL", wamid="wamid.AFTERNUL")
    assert shared_relay.post(poisoned).status_code == 200  # acknowledged: it is stored raw
    assert shared_relay.post(after).status_code == 200
    deadline = time.monotonic() + 10
    while not any(e["key"] == "msg:wamid.AFTERNUL" for e in shared_relay.all_events(token)):
        assert time.monotonic() < deadline, "the delivery after the NUL never became an event"
        time.sleep(0.1)
    events = shared_relay.all_events(token)
    kept = [e for e in events if e["key"] == "msg:wamid.NUL\x00X"]
    quarantined = [
        e
        for e in events
        if e["kind"] == "unknown" and e["data"].get("reason") == "processing_failed"
    ]
    if shared_relay.store == "sqlite":
        assert kept and kept[0]["data"]["text"] == "con\x00nul"  # SQLite's text takes NUL
    else:
        assert not kept and quarantined  # kept raw, as an `unknown` event, instead
        assert "NUL" in quarantined[-1]["data"]["detail"]
