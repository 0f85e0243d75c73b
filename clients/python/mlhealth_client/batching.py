"""A bounded queue of NDJSON lines and the one background thread that sends it in batches.

``put`` appends under a lock held for an append and never waits for the network: when the queue holds
``max_size`` records, or after ``close()``, the record is dropped and counted. The thread takes a batch
of at most ``batch_size`` records (in the order they were put) when that many are waiting, when
``interval`` seconds have passed since the last tick, on ``flush()`` and on ``close()``, and hands each
kind's lines to ``post``. ``flush()`` waits for the records put before it by sequence number: records
are numbered as they are queued, and the thread counts those it has finished (sent or failed).
"""
import logging
import os
import threading
import time
import weakref
from collections import deque
from typing import Callable, Deque, List, NamedTuple, Optional, Sequence, Tuple

from .transport import PostOutcome

Record = Tuple[str, bytes]  # (kind, one JSON line)

_live_queues: "weakref.WeakSet[BatchQueue]" = weakref.WeakSet()


class Counters(NamedTuple):
    """A snapshot of the client's counters, in records (events and labels) unless said otherwise.

    - ``sent``: accepted by the exporter (a 2xx answer).
    - ``dropped``: not queued because the queue was full or the client closed.
    - ``failed``: queued but not delivered: refused by the exporter (a 4xx other than 429), retries
      exhausted, or abandoned at close.
    - ``retried``: repeated requests (not records) after a 429, a 5xx, a timeout or a connection error.
    - ``invalid``: refused at the call, before queueing (a wrong field; see ``events.py``).
    - ``queued``: waiting in the queue now.
    """

    sent: int
    dropped: int
    failed: int
    retried: int
    invalid: int
    queued: int


class BatchQueue:
    """The queue and its sender thread; ``post(kind, lines)`` sends one request and says how it ended."""

    # The mutable state, set by _reset (under _cond from then on).
    _cond: threading.Condition
    _pending: Deque[Record]
    _worker: Optional[threading.Thread]
    _abort: threading.Event
    _closing: bool
    _enqueued: int  # records queued so far; with _handled, what flush() waits for
    _handled: int  # records taken from the queue and sent, failed or abandoned
    _flush_target: int
    _sent: int
    _dropped: int
    _failed: int
    _retried: int
    _invalid: int
    _next_tick: float

    def __init__(
        self,
        name: str,
        post: Callable[[str, Sequence[bytes]], PostOutcome],
        batch_size: int,
        interval: float,
        max_size: int,
        logger: logging.Logger,
    ) -> None:
        self.name = name
        self.batch_size = batch_size
        self.interval = interval
        self.max_size = max_size
        self._post = post
        self._logger = logger
        self._reset()
        _live_queues.add(self)

    def put(self, kind: str, line: bytes) -> bool:
        """Queues one record; False (and counted as dropped) when full or closed."""
        with self._cond:
            if self._closing or len(self._pending) >= self.max_size:
                self._dropped += 1
                return False
            self._pending.append((kind, line))
            self._enqueued += 1
            if self._worker is None:
                self._start_worker()
            if len(self._pending) == self.batch_size:
                self._cond.notify()
        return True

    def count_invalid(self) -> None:
        with self._cond:
            self._invalid += 1

    def counters(self) -> Counters:
        with self._cond:
            return Counters(
                self._sent, self._dropped, self._failed, self._retried, self._invalid, len(self._pending)
            )

    def flush(self, timeout: Optional[float]) -> bool:
        """Waits until every record queued before the call is sent or failed; False past ``timeout``."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            target = self._enqueued
            self._flush_target = max(self._flush_target, target)
            self._start_worker()
            self._cond.notify_all()
            while self._handled < target:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._cond.wait(remaining)
        return True

    def close(self, timeout: float, grace: float) -> bool:
        """Refuses new records, sends what is queued and stops the thread, waiting at most ``timeout``;
        then stops retrying, counts what is left as failed and waits ``grace`` more for a request in
        flight. True when everything queued was handled in time."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
            worker = self._worker
        if worker is None:
            return True  # nothing was ever queued: the thread starts with the first record
        worker.join(timeout)
        if worker.is_alive():
            self._abort.set()
            worker.join(grace)
        return not worker.is_alive() and self._handled == self._enqueued and not self._abort.is_set()

    def pause(self, seconds: float) -> bool:
        """The wait between retries; False at once when ``close()`` gave up waiting."""
        return not self._abort.wait(seconds)

    def _reset(self) -> None:
        """Fresh queue, counters and lock; also the state of a forked child (what its parent had queued
        stays the parent's to send)."""
        closed = getattr(self, "_closing", False)
        self._cond = threading.Condition(threading.Lock())
        self._pending = deque()
        self._worker = None
        self._abort = threading.Event()
        self._closing = closed
        self._enqueued = self._handled = self._flush_target = 0
        self._sent = self._dropped = self._failed = self._retried = self._invalid = 0
        self._next_tick = time.monotonic() + self.interval

    def _start_worker(self) -> None:
        if self._worker is None and not self._closing:
            self._worker = threading.Thread(target=self._run, name=self.name, daemon=True)
            self._worker.start()

    def _run(self) -> None:
        while True:
            batch = self._next_batch()
            if batch is None:
                return
            try:
                self._send(batch)
            except Exception:  # the thread must outlive any bug: count the batch, keep going
                self._logger.exception("mlhealth: unexpected error sending %d records", len(batch))
                with self._cond:
                    self._failed += len(batch)
            with self._cond:
                self._handled += len(batch)
                self._cond.notify_all()

    def _next_batch(self) -> Optional[List[Record]]:
        """Waits until a batch is due and takes it; None when closing with nothing left."""
        with self._cond:
            while True:
                if self._abort.is_set():
                    self._fail_pending("close timed out")
                    return None
                now = time.monotonic()
                if not self._pending:
                    if self._closing:
                        return None
                    if now >= self._next_tick:
                        self._next_tick = now + self.interval
                elif self._due(now):
                    return [self._pending.popleft() for _ in range(min(self.batch_size, len(self._pending)))]
                self._cond.wait(max(0.0, self._next_tick - now))

    def _due(self, now: float) -> bool:
        return (
            len(self._pending) >= self.batch_size
            or self._closing
            or self._flush_target > self._handled
            or now >= self._next_tick
        )

    def _send(self, batch: List[Record]) -> None:
        kinds = sorted({kind for kind, _ in batch})  # "events" before "labels": a label after its event
        for kind in kinds:
            lines = [line for k, line in batch if k == kind]
            outcome = self._post(kind, lines)
            with self._cond:
                self._retried += outcome.retries
                if outcome.delivered:
                    self._sent += len(lines)
                else:
                    self._failed += len(lines)

    def _fail_pending(self, why: str) -> None:
        """Counts every queued record as failed (the lock is held)."""
        if self._pending:
            count = len(self._pending)
            self._logger.error("mlhealth: %d queued records (%s) not sent: %s", count, self.name, why)
            self._failed += count
            self._handled += count
            self._pending.clear()
            self._cond.notify_all()


def _after_fork_in_child() -> None:
    for queue in list(_live_queues):
        queue._reset()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
