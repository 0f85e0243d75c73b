"""The client's public face: one object per model that turns calls into records and hands them to the
batching queue (``batching.py``), which a background thread sends through the transport
(``transport.py``, the retry policy).

The caller's path (``log_prediction``, ``log_event``, ``log_label``) builds one JSON line and queues
it; it never waits for the network and never raises for a bad record (it logs it, counts it as
``invalid`` and returns False). Events go to ``/api/v1/models/{model}/events``, labels to
``.../labels``. The queue is flushed at interpreter exit (``atexit``).
"""
import atexit
import logging
import os
import time
import urllib.parse
from typing import Any, Mapping, Optional, Sequence, Union

from .batching import BatchQueue, Counters
from .events import Timestamp, label_record, ndjson_line, prediction_event, raw_event
from .transport import PostOutcome, Transport

LOGGER = logging.getLogger("mlhealth_client")
EVENTS = "events"
LABELS = "labels"


class MLHealthClient:
    """Batches prediction events and labels for one model of an mlhealth exporter.

    Example (``README.md`` has a longer one)::

        client = MLHealthClient("http://127.0.0.1:9853", "fraud")
        client.log_prediction({"amount": 12.5}, "legit", id="tx-1", confidence=0.93)  # True: queued

    ``token`` defaults to ``$MLHEALTH_INGEST_TOKEN`` and is sent as ``Authorization: Bearer …``.
    ``timeout`` bounds each request, in seconds. A 429/5xx/network failure is retried up to
    ``max_retries`` times, waiting ``Retry-After`` or ``backoff_base · 2^n`` seconds (jittered), at most
    ``max_backoff``. ``close_timeout`` bounds ``close()`` and the flush at interpreter exit.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        token: Optional[str] = None,
        batch_size: int = 500,
        flush_interval: float = 5.0,
        max_queue_size: int = 10000,
        timeout: float = 10.0,
        max_retries: int = 5,
        backoff_base: float = 0.5,
        max_backoff: float = 60.0,
        close_timeout: float = 10.0,
        logger: Optional[logging.Logger] = None,
    ) -> None:
        _check_settings(base_url, model, batch_size, flush_interval, max_queue_size, timeout, max_retries)
        self.model = model
        self.close_timeout = close_timeout
        self._logger = logger or LOGGER
        if token is None:
            token = os.environ.get("MLHEALTH_INGEST_TOKEN") or None
        self._queue = BatchQueue(
            "mlhealth-client-%s" % model, self._post, batch_size, flush_interval, max_queue_size, self._logger
        )
        self._transport = Transport(
            base_url, token, timeout, max_retries, backoff_base, max_backoff, self._queue.pause, self._logger
        )
        self._paths = {
            kind: "/api/v1/models/%s/%s" % (urllib.parse.quote(model, safe=""), kind)
            for kind in (EVENTS, LABELS)
        }
        atexit.register(self._at_exit)

    # -- the caller's path ------------------------------------------------------------------------

    def log_prediction(
        self,
        features: Mapping[str, Any],
        prediction: Any = None,
        *,
        id: Optional[Union[str, int]] = None,
        timestamp: Optional[Timestamp] = None,
        confidence: Optional[float] = None,
        latency_seconds: Optional[float] = None,
        error: Union[bool, str, None] = None,
        attributions: Optional[Mapping[str, float]] = None,
    ) -> bool:
        """Queues one prediction event; True when queued. ``timestamp`` defaults to now (Unix seconds).

        Give ``id`` to join a later label to it. ``error`` is True or an error class for a failed
        prediction. Never blocks on the network and never raises for a bad value: it is logged and
        counted as ``invalid``.
        """
        try:
            event = prediction_event(
                features,
                prediction,
                now=time.time(),
                id=id,
                timestamp=timestamp,
                confidence=confidence,
                latency_seconds=latency_seconds,
                error=error,
                attributions=attributions,
            )
            line = ndjson_line(event)
        except (TypeError, ValueError) as problem:
            return self._refuse(EVENTS, problem)
        return self._queue.put(EVENTS, line)

    def log_event(self, event: Mapping[str, Any]) -> bool:
        """Queues an event given as a mapping of the exporter's fields (``features`` required; a missing
        ``timestamp`` is now). As ``log_prediction`` otherwise."""
        try:
            line = ndjson_line(raw_event(event, now=time.time()))
        except (TypeError, ValueError) as problem:
            return self._refuse(EVENTS, problem)
        return self._queue.put(EVENTS, line)

    def log_label(self, id: Union[str, int], label: Any) -> bool:
        """Queues the true outcome of the prediction logged with ``id``; True when queued."""
        try:
            line = ndjson_line(label_record(id, label))
        except (TypeError, ValueError) as problem:
            return self._refuse(LABELS, problem)
        return self._queue.put(LABELS, line)

    def counters(self) -> Counters:
        """The counters now (see :class:`Counters`)."""
        return self._queue.counters()

    # -- flushing and closing ---------------------------------------------------------------------

    def flush(self, timeout: Optional[float] = None) -> bool:
        """Sends everything queued so far and waits until each record is sent or has failed.

        Returns False if ``timeout`` seconds passed first (None: wait as long as the retries take).
        """
        return self._queue.flush(timeout)

    def close(self, timeout: Optional[float] = None) -> bool:
        """Sends what is queued, stops the thread and refuses new records (counted as ``dropped``).

        Waits at most ``timeout`` seconds (default ``close_timeout``); past it, retries stop and what is
        left counts as ``failed``. Returns True when everything queued was handled in time. Idempotent.
        """
        atexit.unregister(self._at_exit)
        timeout = self.close_timeout if timeout is None else timeout
        return self._queue.close(timeout, grace=self._transport.timeout + 1.0)

    def __enter__(self) -> "MLHealthClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- internals --------------------------------------------------------------------------------

    def _refuse(self, kind: str, problem: Exception) -> bool:
        self._queue.count_invalid()
        self._logger.warning("mlhealth: %s record for model %s not queued: %s", kind, self.model, problem)
        return False

    def _post(self, kind: str, lines: Sequence[bytes]) -> PostOutcome:
        return self._transport.post(self._paths[kind], b"\n".join(lines) + b"\n", len(lines))

    def _at_exit(self) -> None:
        self.close(self.close_timeout)


def _check_settings(
    base_url: str,
    model: str,
    batch_size: int,
    flush_interval: float,
    max_queue_size: int,
    timeout: float,
    max_retries: int,
) -> None:
    scheme = urllib.parse.urlsplit(base_url).scheme if isinstance(base_url, str) else ""
    if scheme not in ("http", "https"):
        raise ValueError("base_url must be an http:// or https:// URL, got %r" % (base_url,))
    if not isinstance(model, str) or model == "":
        raise ValueError("model must be a non-empty str, got %r" % (model,))
    for name, value in (("batch_size", batch_size), ("max_queue_size", max_queue_size)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError("%s must be an int ≥ 1, got %r" % (name, value))
    for name, number in (("flush_interval", flush_interval), ("timeout", timeout)):
        if not number > 0:
            raise ValueError("%s must be > 0 seconds, got %r" % (name, number))
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError("max_retries must be an int ≥ 0, got %r" % (max_retries,))
