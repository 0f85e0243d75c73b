"""The caller's side: a bounded queue that drops and counts instead of blocking, records refused at the
call, and a close that is bounded even when the exporter hangs."""
import json
import os
import signal
import threading
import time
import warnings
import unittest

from _support import Answer, ScriptedServer, lines_of, wait_until

from mlhealth_client import MLHealthClient


class BoundedQueue(unittest.TestCase):
    def hanging_server(self) -> "tuple[ScriptedServer, threading.Event]":
        release = threading.Event()
        server = ScriptedServer([Answer(202, hold=release)])
        self.addCleanup(server.stop)
        self.addCleanup(release.set)
        return server, release

    def test_a_full_queue_drops_and_counts_without_blocking_the_caller(self) -> None:
        server, release = self.hanging_server()
        client = MLHealthClient(
            server.url, "fraud", batch_size=1, max_queue_size=5, flush_interval=60, timeout=20
        )
        self.addCleanup(client.close, 5)
        client.log_prediction({"amount": 0}, "legit")
        wait_until("the first request to hang", lambda: len(server.requests()) == 1, 10)

        started = time.monotonic()
        queued = [client.log_prediction({"amount": i}, "legit") for i in range(1, 9)]
        elapsed = time.monotonic() - started

        self.assertEqual(queued, [True] * 5 + [False] * 3)
        self.assertLess(elapsed, 1.0)  # the exporter holds its answer for up to 10 s
        counters = client.counters()
        self.assertEqual((counters.queued, counters.dropped, counters.sent), (5, 3, 0))

        release.set()
        self.assertTrue(client.flush(timeout=20))
        counters = client.counters()
        self.assertEqual((counters.sent, counters.dropped, counters.failed, counters.queued), (6, 3, 0, 0))
        self.assertEqual(sum(len(lines_of(r.body)) for r in server.requests()), 6)

    def test_flush_returns_false_when_its_timeout_passes_first(self) -> None:
        server, release = self.hanging_server()
        client = MLHealthClient(server.url, "fraud", flush_interval=60, timeout=20)
        self.addCleanup(client.close, 5)
        client.log_prediction({"amount": 1}, "legit")

        started = time.monotonic()
        self.assertFalse(client.flush(timeout=0.3))
        self.assertLess(time.monotonic() - started, 3)

        release.set()
        self.assertTrue(client.flush(timeout=20))
        self.assertEqual(client.counters().sent, 1)

    def test_close_is_bounded_when_the_exporter_hangs_and_counts_what_is_left_as_failed(self) -> None:
        server, _release = self.hanging_server()
        client = MLHealthClient(
            server.url, "fraud", batch_size=2, flush_interval=60, timeout=1.0, max_retries=10
        )
        for i in range(5):
            client.log_prediction({"amount": i}, "legit")
        wait_until("the first request to hang", lambda: len(server.requests()) == 1, 10)

        started = time.monotonic()
        with self.assertLogs("mlhealth_client", level="ERROR"):
            self.assertFalse(client.close(timeout=0.5))
        self.assertLess(time.monotonic() - started, 4)  # 0.5 s, then at most one request timeout (1 s)

        counters = client.counters()
        self.assertEqual((counters.sent, counters.failed, counters.queued), (0, 5, 0))

    def test_after_close_new_records_are_dropped(self) -> None:
        server = ScriptedServer()
        self.addCleanup(server.stop)
        client = MLHealthClient(server.url, "fraud", flush_interval=60)
        client.log_prediction({"amount": 1}, "legit")

        self.assertTrue(client.close(timeout=10))
        self.assertTrue(client.close(timeout=10))  # idempotent
        self.assertFalse(client.log_prediction({"amount": 2}, "legit"))

        counters = client.counters()
        self.assertEqual((counters.sent, counters.dropped), (1, 1))
        self.assertEqual(len(server.requests()), 1)


@unittest.skipUnless(hasattr(os, "fork"), "os.fork is not available here")
class AfterFork(unittest.TestCase):
    def test_a_forked_child_sends_only_its_own_records_from_its_own_thread(self) -> None:
        server = ScriptedServer()
        self.addCleanup(server.stop)
        client = MLHealthClient(server.url, "fraud", flush_interval=60)
        self.addCleanup(client.close, 5)
        client.log_prediction({"amount": 1}, "parent")

        with warnings.catch_warnings():  # 3.12+ warns that forking a threaded process is risky
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:  # the child: report through the exit code, skip every cleanup
            ok = client.counters().queued == 0
            ok = ok and client.log_prediction({"amount": 2}, "child") and client.flush(timeout=10)
            os._exit(0 if ok and client.counters().sent == 1 else 1)
        deadline = time.monotonic() + 20
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        if not done:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        self.assertTrue(done, "the child did not finish within 20 s")
        self.assertEqual(os.WEXITSTATUS(status), 0)

        self.assertTrue(client.flush(timeout=10))
        predictions = sorted(
            json.loads(line)["prediction"] for r in server.requests() for line in lines_of(r.body)
        )
        self.assertEqual(predictions, ["child", "parent"])  # the parent's record was not sent twice
        self.assertEqual(client.counters().sent, 1)


class RefusedAtTheCall(unittest.TestCase):
    def test_a_bad_record_is_logged_counted_as_invalid_and_never_raises(self) -> None:
        server = ScriptedServer()
        self.addCleanup(server.stop)
        client = MLHealthClient(server.url, "fraud", flush_interval=60)
        self.addCleanup(client.close, 5)

        with self.assertLogs("mlhealth_client", level="WARNING") as logs:
            self.assertFalse(client.log_prediction({"amount": 1}, "legit", confidence=1.5))
            self.assertFalse(client.log_prediction({"amount": 1}, float("nan")))
            self.assertFalse(client.log_prediction({"amount": 1}, "legit", latency_seconds=-0.1))
            self.assertFalse(client.log_prediction(["not", "a", "mapping"]))  # type: ignore[arg-type]
            self.assertFalse(client.log_event({"features": {}, "colour": "red"}))
            self.assertFalse(client.log_label("", "fraud"))
        self.assertTrue(client.log_prediction({"amount": float("inf")}, "legit"))  # a missing value
        self.assertTrue(client.flush(timeout=10))

        counters = client.counters()
        self.assertEqual((counters.invalid, counters.sent), (6, 1))
        self.assertIn("confidence must be within 0..1, got 1.5", logs.output[0])
        self.assertIn("unknown field(s) ['colour']", logs.output[4])
        self.assertIn(b'"features":{"amount":null}', server.requests()[0].body)

    def test_bad_settings_raise_at_construction(self) -> None:
        for settings, message in (
            ({"base_url": "127.0.0.1:9853"}, "base_url must be an http:// or https:// URL"),
            ({"model": ""}, "model must be a non-empty str"),
            ({"batch_size": 0}, "batch_size must be an int ≥ 1"),
            ({"flush_interval": 0}, "flush_interval must be > 0 seconds"),
            ({"max_retries": -1}, "max_retries must be an int ≥ 0"),
        ):
            arguments = dict({"base_url": "http://127.0.0.1:9853", "model": "fraud"}, **settings)
            with self.assertRaisesRegex(ValueError, message):
                MLHealthClient(**arguments)


if __name__ == "__main__":
    unittest.main()
