"""Retention on SQLite: old events go, seqs never restart, old cursors are told to resync."""

from __future__ import annotations

import time
from pathlib import Path

from harness import Desk, running_relay

from metasim import payloads
from wire import LiveFrame, ResyncRequiredFrame

SECONDS = 2.0


def test_old_events_are_pruned_and_old_cursors_resync(tmp_path: Path, store_kind: str) -> None:
    env = {"RETENTION_DAYS": str(SECONDS / 86400)}
    with running_relay(tmp_path, extra_env=env, store=store_kind) as relay:
        token = relay.add_agent("Ana")
        relay.post(payloads.batch(3))
        assert relay.events(token)["head"] == 3
        deadline = time.monotonic() + 10
        while relay.events(token)["events"] and time.monotonic() < deadline:
            time.sleep(0.2)
        page = relay.events(token)
        assert (page["head"], page["events"]) == (3, [])  # all pruned, the head stays

        relay.post(payloads.batch(1))
        assert [e["seq"] for e in relay.events(token)["events"]] == [4]  # seq 1 is never reused

        stale = Desk(relay, token, after=1)
        frame = stale.read()
        assert isinstance(frame, ResyncRequiredFrame)
        assert frame.reason == "cursor_expired"
        fresh = Desk(relay, token, after=3)
        assert [e.seq for e in fresh.events] == [] and fresh.until_live() == 4
        assert [e.seq for e in fresh.events] == [4]
        current = Desk(relay, token, after=4)
        assert isinstance(current.read(), LiveFrame)


def test_retention_zero_keeps_everything(tmp_path: Path, store_kind: str) -> None:
    with running_relay(tmp_path, extra_env={"RETENTION_DAYS": "0"}, store=store_kind) as relay:
        token = relay.add_agent("Ana")
        relay.post(payloads.batch(2))
        time.sleep(1.5)
        assert [e["seq"] for e in relay.events(token)["events"]] == [1, 2]
