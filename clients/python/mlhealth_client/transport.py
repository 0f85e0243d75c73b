"""One batch to the exporter over HTTP, with retries: what is retried, how long to wait, what is logged.

- 2xx: delivered.
- 429 and 5xx: retried, after the server's ``Retry-After`` (seconds or an HTTP date) when it sends one,
  else after an exponential backoff with jitter; both capped at ``max_backoff``.
- A connection error or a timeout: retried with the backoff (the exporter may be restarting).
- Any other answer (400, 401, 404, 413, 415, 422, ...): not retried, since the same body would be
  refused again. The server's error text (``{error, details:[{path, message}]}``) is logged.
"""
import datetime
import email.utils
import http.client
import json
import logging
import random
import socket
import time
import urllib.error
import urllib.request
from email.message import Message
from typing import Callable, NamedTuple, Optional, Tuple

RETRYABLE_STATUS = 429
MAX_LOGGED_TEXT = 1000


class PostOutcome(NamedTuple):
    """How one batch ended: ``delivered`` or not, after ``retries`` extra attempts; ``status`` is the
    last HTTP status (None when the last attempt got no answer)."""

    delivered: bool
    retries: int
    status: Optional[int]


def retry_after_seconds(value: Optional[str], now: float) -> Optional[float]:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date (RFC 9110 10.2.3).

    ``now`` is Unix seconds. A date in the past gives 0; a missing or unreadable value gives None.

    >>> retry_after_seconds("3", now=0.0)
    3.0
    >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0)
    10.0
    >>> retry_after_seconds("soon", now=0.0) is None
    True
    """
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:  # "-0000": an HTTP date is always UTC
        when = when.replace(tzinfo=datetime.timezone.utc)
    return max(0.0, when.timestamp() - now)


def describe_error_body(body: bytes) -> str:
    """The server's error text in one line: ``error: path: message; ...`` for the exporter's JSON errors,
    else the body as text, cut to 1,000 characters.

    >>> describe_error_body(b'{"error":"invalid events","details":[{"path":"[0].confidence","message":"bad"}]}')
    'invalid events: [0].confidence: bad'
    """
    text = body.decode("utf-8", errors="replace")
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict) and "error" in parsed:
        details = parsed.get("details")
        parts = [str(parsed["error"])] + [
            "%s: %s" % (d.get("path", ""), d.get("message", ""))
            for d in (details if isinstance(details, list) else [])
            if isinstance(d, dict)
        ]
        text = ": ".join(parts[:2]) + "".join("; " + p for p in parts[2:])
    text = " ".join(text.split())
    return text if len(text) <= MAX_LOGGED_TEXT else text[:MAX_LOGGED_TEXT] + "…"


class Transport:
    """POSTs NDJSON bodies to one exporter with the retry policy above.

    ``wait(seconds)`` sleeps between attempts and returns False when the client is being torn down, so
    a retry loop ends at once on ``close()`` past its timeout.
    """

    def __init__(
        self,
        base_url: str,
        token: Optional[str],
        timeout: float,
        max_retries: int,
        backoff_base: float,
        max_backoff: float,
        wait: Callable[[float], bool],
        logger: logging.Logger,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.max_backoff = max_backoff
        self._wait = wait
        self._logger = logger
        self._clock = clock
        self._random = random.Random()
        self._headers = {"Content-Type": "application/x-ndjson", "User-Agent": "mlhealth-client-python/0.1.0"}
        if token:
            self._headers["Authorization"] = "Bearer " + token

    def post(self, path: str, body: bytes, records: int) -> PostOutcome:
        """Sends ``body`` (``records`` lines) to ``base_url + path``, retrying as documented above."""
        url = self.base_url + path
        retries = 0
        while True:
            status, headers, reason = self._attempt(url, body)
            if status is not None and 200 <= status < 300:
                return PostOutcome(True, retries, status)
            if status is not None and status != RETRYABLE_STATUS and status < 500:
                self._logger.error(
                    "mlhealth: POST %s answered %d, %d records not sent (not retried): %s",
                    url,
                    status,
                    records,
                    reason,
                )
                return PostOutcome(False, retries, status)
            if retries >= self.max_retries:
                self._logger.error(
                    "mlhealth: POST %s failed after %d attempts, %d records not sent: %s",
                    url,
                    retries + 1,
                    records,
                    reason,
                )
                return PostOutcome(False, retries, status)
            delay = self._delay(retries, headers)
            self._logger.warning("mlhealth: POST %s: %s; retrying in %.2f s", url, reason, delay)
            if not self._wait(delay):
                self._logger.error(
                    "mlhealth: POST %s abandoned at close, %d records not sent: %s", url, records, reason
                )
                return PostOutcome(False, retries, status)
            retries += 1

    def _attempt(self, url: str, body: bytes) -> Tuple[Optional[int], Optional[Message], str]:
        """(status, headers, reason): status None when no HTTP answer came."""
        request = urllib.request.Request(url, data=body, headers=self._headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
                return response.status, response.headers, "HTTP %d" % response.status
        except urllib.error.HTTPError as answer:
            text = describe_error_body(_read_quietly(answer))
            return answer.code, answer.headers, "HTTP %d: %s" % (answer.code, text)
        except (urllib.error.URLError, http.client.HTTPException, socket.timeout, OSError) as error:
            reason = getattr(error, "reason", error)
            return None, None, "no answer: %s" % (reason,)

    def _delay(self, retries: int, headers: Optional[Message]) -> float:
        asked = (
            retry_after_seconds(headers.get("Retry-After"), self._clock()) if headers is not None else None
        )
        if asked is not None:
            return min(asked, self.max_backoff)
        ceiling = min(self.max_backoff, self.backoff_base * 2.0**retries)
        return ceiling * self._random.uniform(0.5, 1.0)


def _read_quietly(answer: urllib.error.HTTPError) -> bytes:
    try:
        return answer.read()
    except (OSError, http.client.HTTPException):
        return b""
