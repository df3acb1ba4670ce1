"""Group commit of webhook deliveries: durable acceptance first, processing into events after.

Each cycle is one transaction that accepts every delivery waiting for its 200
and processes a slice of the accepted backlog into events. Cycles commit
without waiting for the disk; a flusher fsyncs the WAL behind them, and only
then are Meta's 200s sent and the cycles' events published. One fsync thus
covers every cycle committed while the previous one ran, and the disk's
latency never stalls the writer.

While deliveries keep arriving, processing steps aside so Meta's
acknowledgements never wait for parsing, unless the oldest accepted delivery
has waited a quarter of a second; between arrivals the backlog drains in
slices small enough not to stall the event loop.

On PostgreSQL a commit is durable when it returns, so `flush` has nothing left
to do, cycles run on the writer thread (the database is across a socket), and
deliveries another instance acknowledged and never processed are adopted.
Acceptance there has a thread and a connection of its own (`accept_apart`):
accepting takes no lock, so Meta's 200s never wait for a processing cycle,
and processing never steps aside for arrivals.

Events must reach the desktops within a second of their 200. When deliveries
come faster than they can be processed, acknowledging slows before the
backlog grows past that: while the backlog would take longer than
`backlog_seconds` to process at the pace measured, new deliveries wait for
room before they are accepted (Meta, which has a bounded number of requests
in flight, slows with them), though never longer than `hold_seconds`, since
Meta wants its answers within a second.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from relay.errors import StorageError
from relay.store import Delivery, Received, Store, StoredEvent
from relay.webhook import parse_delivery

log = logging.getLogger(__name__)

MAX_ACCEPT = 256
# Processing per cycle while deliveries wait for their 200, and when none do.
# While deliveries wait for their 200, processing waits too, unless the oldest
# accepted delivery has waited this long (events must follow within a second).
MAX_PROCESSING_DELAY = 0.25
# A slice of N stalls the event loop for about N x 60 us: keep it to a couple of ms.
SLICE = 32
# Off the loop (a database across a socket), a cycle's round trips cost the same for any
# number of deliveries (relay.lookahead): take more of them at once, up to this many
# bytes (a delivery's events follow its 200 after its whole cycle: keep that short).
REMOTE_SLICE = 256
REMOTE_SLICE_BYTES = 256 * 1024
# Parsing and staging this much on the event loop would stall it for milliseconds.
ON_LOOP_BYTES = 256 * 1024
# The in-memory backlog; beyond it, processing reads the inbox back from the database.
BACKLOG_BYTES = 64 * 1024 * 1024
T = TypeVar("T")
RETRY_SECONDS = 0.2
CHECKPOINT_SECONDS = 1.0
# On a database several instances share: how often to look for deliveries an
# instance accepted and never processed (it died), and how old they must be.
ADOPT_SECONDS = 2.0
ADOPT_AGE = 5.0
# Backpressure: the backlog's limit in seconds of processing at the pace measured, never
# below MIN_ROOM bytes (the pace is unknown until the backlog has drained a while). In
# bytes, not deliveries: one of Meta's deliveries may hold one message or a hundred.
BACKLOG_SECONDS = 0.5
MIN_ROOM = 256 * 1024
# How long a delivery may wait for room before it is accepted anyway: Meta asks for
# answers within a second and retries, with growing gaps, what is not answered.
HOLD_SECONDS = 0.75
# Arrivals waiting for room are logged at most this often.
HOLD_NOTICE_SECONDS = 60.0
# The weight of the newest measure in the pace (an exponential moving average).
PACE_WEIGHT = 0.25
# A write of the relay's own (an agent's send): it runs inside a cycle's transaction
# and returns its result with the events it appended.
Op = Callable[[Store], tuple[Any, Sequence[StoredEvent]]]
Write = tuple[Op, "asyncio.Future[Any]"]


@dataclass(frozen=True, slots=True)
class Arrival:
    """A delivery waiting for its 200: the body, when Meta posted it (Unix seconds), when
    it was queued (monotonic seconds) and the future its answer waits on."""

    body: bytes
    received_at: int
    queued: float
    future: asyncio.Future[None]


@dataclass
class _Committed:
    """What committed cycles promise once the WAL is on disk."""

    futures: list[tuple[asyncio.Future[Any], Any]] = field(default_factory=list)
    events: list[StoredEvent] = field(default_factory=list)
    cycles: int = 0


@dataclass
class _Done:
    """What one transaction did: deliveries accepted, write results, events appended."""

    accepted: list[Received]
    results: list[Any] = field(default_factory=list)
    events: list[StoredEvent] = field(default_factory=list)


class Journal:
    """Accepts deliveries durably, turns them into events, and hands events to `publish`."""

    def __init__(
        self,
        store: Store,
        publish: Callable[[Sequence[StoredEvent]], None],
        retention_seconds: float = 0.0,
        *,
        backlog_seconds: float = BACKLOG_SECONDS,
        hold_seconds: float = HOLD_SECONDS,
    ) -> None:
        self._store = store
        self._publish = publish
        self._retention = retention_seconds
        self._backlog_seconds = backlog_seconds
        self._hold_seconds = hold_seconds
        # Bytes of deliveries processed a second with the writer to itself (0: not
        # measured yet), and since when the backlog has been draining unmeasured (`_paced`).
        self._pace = 0.0
        self._draining_since: float | None = None
        self._shared = False  # whether the writer accepted deliveries since then
        self._drained = asyncio.Event()
        self._told = -HOLD_NOTICE_SECONDS  # when waiting for room was last logged
        self._prune_wanted = False
        self._pending: list[Arrival] = []
        self._writes: list[Write] = []
        self._backlog: deque[Received] = deque()
        self._backlog_bytes = 0
        # Set while part of the backlog lives only in the database (after a restart,
        # or when memory filled up): the last inbox id read back so far.
        self._unread_after: int | None = store.processed
        self._unflushed = _Committed()
        self._wakeup = asyncio.Event()
        self._flush_wanted = asyncio.Event()
        self._flush_taken = asyncio.Event()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="relay-writer")
        # Stores that accept on a connection of their own (PostgreSQL) do it on this thread.
        self._apart = store.accepts_apart
        self._arrived = asyncio.Event()
        self._acceptor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="relay-accept")
        self._flusher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="relay-fsync")
        self._checkpoints = ThreadPoolExecutor(max_workers=1, thread_name_prefix="relay-checkpoint")
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._tasks = [
            loop.create_task(self._run(), name="journal"),
            loop.create_task(self._flush(), name="flush"),
            loop.create_task(self._checkpoint(), name="checkpoint"),
            loop.create_task(self._retain(), name="retention"),
        ]
        if self._store.shared:
            self._tasks.append(loop.create_task(self._adopt(), name="adopt"))
        if self._apart:
            self._tasks.append(loop.create_task(self._accept_apart(), name="accept"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for executor in (self._writer, self._acceptor, self._flusher, self._checkpoints):
            executor.shutdown(wait=True)

    async def append(self, body: bytes, received_at: int) -> None:
        """Return once the delivery is durably in the inbox; raise StorageError if it is not."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append(Arrival(body, received_at, time.monotonic(), future))
        (self._arrived if self._apart else self._wakeup).set()
        # A client hanging up cancels only its own future; the shared commit goes on.
        await future

    async def write(self, op: Callable[[Store], tuple[T, Sequence[StoredEvent]]]) -> T:
        """Run `op` in the next cycle's transaction; return its result once durable.

        Its events are published with the cycle's. Raises StorageError if the
        transaction cannot commit (nothing of `op` remains then).
        """
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._writes.append((op, future))
        self._wakeup.set()
        return await asyncio.shield(future)

    # -- cycles ---------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            if (
                (self._apart or not self._pending)
                and not self._writes
                and not self._backlog
                and self._unread_after is None
                and not self._prune_wanted
            ):
                await self._wakeup.wait()
            self._wakeup.clear()
            if self._prune_wanted:
                await self._prune()
            # One committed cycle may wait behind the fsync in flight, no more: the
            # arrivals meanwhile make the next cycle larger instead of adding commits.
            while self._unflushed.cycles:
                self._flush_taken.clear()
                await self._flush_taken.wait()
            try:
                await self._cycle()
            except StorageError as exc:
                log.error("storage failing, retrying in %.1f s: %s", RETRY_SECONDS, exc)
                await asyncio.sleep(RETRY_SECONDS)
            except Exception:
                log.exception("journal cycle failed; retrying in %.1f s", RETRY_SECONDS)
                await asyncio.sleep(RETRY_SECONDS)

    async def _cycle(self) -> None:
        if not self._backlog and self._unread_after is not None:
            await self._read_back()
        arrivals: list[Arrival] = []
        if not self._apart:
            arrivals = self._admitted()
        writes, self._writes = self._writes, []
        work: list[Received] = []
        if self._backlog and (
            not (arrivals or writes)
            or time.monotonic() - self._backlog[0].accepted > MAX_PROCESSING_DELAY
        ):
            work = self._slice()
        try:
            await self._commit(arrivals, writes, work)
        except BaseException as exc:
            # Whatever went wrong, nobody may wait forever: Meta retries on a 503.
            error = StorageError(f"not stored: {exc!r}")
            _fail(arrivals, error)
            _fail_writes(writes, error)
            if self._store.in_transaction:
                self._store.rollback()
            raise

    async def _commit(
        self, arrivals: list[Arrival], writes: list[Write], work: list[Received]
    ) -> None:
        loop = asyncio.get_running_loop()
        size = sum(len(r.body) for r in work) + sum(len(a.body) for a in arrivals)
        try:
            # A huge history chunk, or a database across the network: not on the loop.
            if size > ON_LOOP_BYTES or not self._store.fast_commit:
                done = await loop.run_in_executor(
                    self._writer, self._transact_and_commit, arrivals, writes, work
                )
            else:
                # Without fsync a commit is page-cache work: quick enough for the loop.
                done = self._transact_and_commit(arrivals, writes, work)
        except StorageError as exc:  # the store has rolled the cycle back
            await self._recover(arrivals, writes, work, exc)
            return
        self._settle(arrivals, writes, len(work), done)

    def _transact_and_commit(
        self, arrivals: Sequence[Arrival], writes: Sequence[Write], work: Sequence[Received]
    ) -> _Done:
        store = self._store
        # Parsed before the transaction: the lock is held for the writes alone.
        deliveries = [_parsed(received) for received in work]
        store.begin()
        accepted = store.accept_all([(a.body, a.received_at) for a in arrivals])
        results: list[Any] = []
        events: list[StoredEvent] = []
        for op, _ in writes:
            result, appended = op(store)
            results.append(result)
            events.extend(appended)
        if deliveries:
            events.extend(store.process_all(deliveries))
        store.commit()
        return _Done(accepted(), results, events)

    def _slice(self) -> list[Received]:
        """The oldest of the backlog, as much as one cycle processes."""
        if self._store.fast_commit:
            return [self._backlog[i] for i in range(min(SLICE, len(self._backlog)))]
        work: list[Received] = []
        size = 0
        for received in itertools.islice(self._backlog, REMOTE_SLICE):
            if work and size + len(received.body) > REMOTE_SLICE_BYTES:
                break
            work.append(received)
            size += len(received.body)
        return work

    def _settle(
        self, arrivals: Sequence[Arrival], writes: Sequence[Write], processed: int, done: _Done
    ) -> None:
        """Book a committed cycle; its 200s, results and events wait for the next fsync."""
        processed_bytes = 0
        for _ in range(processed):
            processed_bytes += len(self._backlog.popleft().body)
        self._backlog_bytes -= processed_bytes
        for received in done.accepted:
            self._remember(received)
        self._paced(processed_bytes, len(arrivals))
        self._unflushed.futures.extend((a.future, None) for a in arrivals)
        self._unflushed.futures.extend(
            (future, result) for (_, future), result in zip(writes, done.results, strict=True)
        )
        self._unflushed.events.extend(done.events)
        self._unflushed.cycles += 1
        self._flush_wanted.set()

    async def _recover(
        self,
        arrivals: list[Arrival],
        writes: list[Write],
        work: list[Received],
        error: StorageError,
    ) -> None:
        """A cycle failed: accept the arrivals on their own, then the rest one by one.

        If even accepting fails, storage is down: the arrivals get StorageError
        (Meta retries) and the caller waits before the next cycle. A write that
        fails alone gets its error. A delivery whose processing fails alone for a
        reason of its own (not a full disk) is quarantined, so one bad body never
        blocks the rest.
        """
        loop = asyncio.get_running_loop()
        log.warning("cycle failed (%s); accepting and processing one by one", error)
        if arrivals:
            try:
                done = await loop.run_in_executor(
                    self._writer, self._transact_and_commit, arrivals, [], []
                )
            except StorageError as exc:
                _fail(arrivals, exc)
                _fail_writes(writes, exc)
                raise
            self._settle(arrivals, [], 0, done)
        for write in writes:
            try:
                done = await loop.run_in_executor(
                    self._writer, self._transact_and_commit, [], [write], []
                )
            except StorageError as exc:
                _fail_writes([write], exc)
                continue
            self._settle([], [write], 0, done)
        for received in work:
            try:
                done = await loop.run_in_executor(
                    self._writer, self._transact_and_commit, [], [], [received]
                )
            except StorageError as exc:
                if exc.transient:
                    # The disk, not the delivery: it stays in the backlog for a later cycle.
                    log.error("processing paused, storage failing: %s", exc)
                    await asyncio.sleep(RETRY_SECONDS)
                    return
                log.error("quarantining inbox delivery %d: %s", received.inbox_id, exc)
                events = await loop.run_in_executor(self._writer, self._quarantine, received, exc)
                done = _Done([], events=events)
            self._settle([], [], 1, done)

    def _quarantine(self, received: Received, error: StorageError) -> list[StoredEvent]:
        store = self._store
        store.begin()
        events = store.quarantine(
            Delivery(received.inbox_id, received.body, received.received_at, []), str(error)
        )
        store.commit()
        return events

    async def _accept_apart(self) -> None:
        """Accept arrivals on the acceptor's own connection, one transaction a batch, and
        answer them as soon as it commits (a PostgreSQL commit is durable)."""
        loop = asyncio.get_running_loop()
        while True:
            if not self._pending:
                self._arrived.clear()
                await self._arrived.wait()
                continue
            arrivals = self._admitted()
            if not arrivals:  # no room: until processing makes some, or the first is overdue
                self._drained.clear()
                overdue = self._pending[0].queued + self._hold_seconds - time.monotonic()
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(max(overdue, 0.0)):
                        await self._drained.wait()
                continue
            try:
                accepted = await loop.run_in_executor(
                    self._acceptor,
                    self._store.accept_apart,
                    [(a.body, a.received_at) for a in arrivals],
                )
            except Exception as exc:  # noqa: BLE001 - whatever it is, Meta retries on a 503
                error = exc if isinstance(exc, StorageError) else StorageError(repr(exc))
                log.error("not accepted, retrying in %.1f s: %s", RETRY_SECONDS, error)
                _fail(arrivals, error)
                await asyncio.sleep(RETRY_SECONDS)
                continue
            for received in accepted:
                self._remember(received)
            for arrival in arrivals:
                if not arrival.future.done():
                    arrival.future.set_result(None)
            self._wakeup.set()

    # -- backpressure ---------------------------------------------------------

    def _admitted(self) -> list[Arrival]:
        """Take the waiting deliveries there is room for in the backlog, and those that
        have waited for room as long as they may."""
        limit = max(MIN_ROOM, int(self._pace * self._backlog_seconds))
        room = 0 if self._unread_after is not None else limit - self._backlog_bytes
        most, count = min(len(self._pending), MAX_ACCEPT), 0
        while room > 0 and count < most:
            room -= len(self._pending[count].body)
            count += 1  # the last one may pass the limit by its size: the limit is soft
        now = time.monotonic()
        if count < most and now - self._told >= HOLD_NOTICE_SECONDS:
            self._told = now
            log.warning(
                "backlog of %d deliveries (%.0f kB), processed at %.0f kB a second: "
                "acknowledgements wait for room (said at most once a minute)",
                len(self._backlog),
                self._backlog_bytes / 1000,
                self._pace / 1000,
            )
        overdue = now - self._hold_seconds
        while count < len(self._pending) and self._pending[count].queued <= overdue:
            count += 1  # the queue is in arrival order: the overdue come first
        count = min(count, MAX_ACCEPT)
        arrivals, self._pending = self._pending[:count], self._pending[count:]
        return arrivals

    def _paced(self, processed: int, accepted: int) -> None:
        """Learn how fast the backlog drains (bytes a second) when processing has the writer
        to itself: from each cycle that processed some of it (`processed` bytes), what it
        processed over the time since the last one, unless the writer also accepted
        deliveries meanwhile (on SQLite, processing steps aside for them: such a stretch
        says how fast they came, not how fast the backlog can go, and would hold 200s back
        for nothing)."""
        now = time.monotonic()
        if processed:
            self._drained.set()
            if self._draining_since is not None and not (self._shared or accepted):
                sample = processed / max(now - self._draining_since, 1e-4)
                weight = PACE_WEIGHT if self._pace else 1.0
                self._pace += weight * (sample - self._pace)
        if not self._backlog and self._unread_after is None:
            self._draining_since = None
        elif processed or self._draining_since is None:
            self._draining_since, self._shared = now, False
        else:
            self._shared = self._shared or bool(accepted)

    # -- the backlog ----------------------------------------------------------

    def _remember(self, received: Received) -> None:
        if self._unread_after is not None:
            return  # it is read back from the inbox, in order, after what precedes it
        if self._backlog_bytes + len(received.body) > BACKLOG_BYTES and self._backlog:
            self._unread_after = self._backlog[-1].inbox_id
            return
        self._keep(received)

    def _keep(self, received: Received) -> None:
        self._backlog.append(received)
        self._backlog_bytes += len(received.body)

    async def _adopt(self) -> None:
        """Take over deliveries another instance acknowledged and never processed."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(ADOPT_SECONDS)
            if self._unread_after is not None:
                continue  # reading the inbox back already
            try:
                rows = await loop.run_in_executor(
                    self._writer, self._store.orphans, time.time() - ADOPT_AGE, 256
                )
            except StorageError as exc:
                log.warning("cannot look for unprocessed deliveries: %s", exc)
                continue
            known = {received.inbox_id for received in self._backlog}
            adopted = [received for received in rows if received.inbox_id not in known]
            if adopted:
                log.info("deliveries left unprocessed, adopting: %d", len(adopted))
                for received in adopted:
                    self._keep(received)
                self._wakeup.set()

    async def _read_back(self) -> None:
        assert self._unread_after is not None
        loop = asyncio.get_running_loop()
        rows = await loop.run_in_executor(self._writer, self._store.inbox, self._unread_after, 256)
        if not rows:
            self._unread_after = None
            self._drained.set()  # the backlog is all in memory again: there may be room
            return
        log.debug("read %d deliveries back from the inbox", len(rows))
        for received in rows:
            self._keep(received)
        self._unread_after = rows[-1].inbox_id

    # -- durability -----------------------------------------------------------

    async def _flush(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await self._flush_wanted.wait()
            self._flush_wanted.clear()
            done, self._unflushed = self._unflushed, _Committed()
            self._flush_taken.set()
            try:
                await loop.run_in_executor(self._flusher, self._store.flush)
            except StorageError:
                # After a failed fsync the kernel may have dropped the dirty pages, so
                # nothing committed since the last good one can be trusted: stop, and
                # let the supervisor restart from what is really on disk (crash-only).
                log.critical("fsync failed; exiting so nothing unsafe is acknowledged")
                os._exit(75)
            for future, result in done.futures:
                if not future.done():
                    future.set_result(result)
            if done.events:
                try:
                    self._publish(done.events)
                except Exception:  # desktops catch up from the log instead
                    log.exception("publishing %d events failed", len(done.events))

    async def _retain(self) -> None:
        """Ask the writer loop to prune, often enough for the retention to be kept to."""
        if self._retention <= 0:
            return
        interval = min(3600.0, max(1.0, self._retention / 4))
        while True:
            await asyncio.sleep(interval)
            self._prune_wanted = True
            self._wakeup.set()

    async def _prune(self) -> None:
        # Runs between cycles on the writer, so it never shares a transaction with one.
        self._prune_wanted = False
        loop = asyncio.get_running_loop()
        before = time.time() - self._retention
        try:
            pruned = await loop.run_in_executor(self._writer, self._store.prune, before)
        except StorageError as exc:
            log.warning("retention: %s", exc)
            return
        if pruned:
            log.info("retention: pruned %d events", pruned)

    async def _checkpoint(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(CHECKPOINT_SECONDS)
            try:
                await loop.run_in_executor(self._checkpoints, self._store.checkpoint)
            except StorageError as exc:
                log.warning("%s", exc)


def _fail(arrivals: Sequence[Arrival], error: StorageError) -> None:
    for arrival in arrivals:
        if not arrival.future.done():
            arrival.future.set_exception(error)


def _fail_writes(writes: Sequence[Write], error: StorageError) -> None:
    for _, future in writes:
        if not future.done():
            future.set_exception(error)


def _parsed(received: Received) -> Delivery:
    drafts = parse_delivery(received.body, received.received_at)
    return Delivery(received.inbox_id, received.body, received.received_at, drafts)
