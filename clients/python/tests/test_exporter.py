"""The client against the real exporter (``node exporter/dist/cli/main.js serve``), started per test on
127.0.0.1 with an ingest token: what the client counts as sent is what the exporter counts as ingested."""
import datetime
import os
import subprocess
import sys
import time
import unittest
from typing import List

from _support import CLIENT_DIR, INGEST_TOKEN, ExporterProcess, wait_until

from mlhealth_client import MLHealthClient


class AgainstTheExporter(unittest.TestCase):
    def setUp(self) -> None:
        self.exporter = ExporterProcess()
        self.clients: List[MLHealthClient] = []

    def tearDown(self) -> None:
        for client in self.clients:
            client.close(timeout=5)
        self.exporter.stop()

    def client(self, **settings) -> MLHealthClient:
        settings.setdefault("token", INGEST_TOKEN)
        settings.setdefault("timeout", 5.0)
        client = MLHealthClient(self.exporter.url, "pc", **settings)
        self.clients.append(client)
        return client

    def test_events_sent_in_batches_are_the_events_the_exporter_counts(self) -> None:
        client = self.client(batch_size=10, flush_interval=60)
        for i in range(35):
            queued = client.log_prediction(
                {"x": float("nan") if i % 7 == 0 else i, "c": "a" if i % 2 else "b"},
                str(i % 2),
                id="e%d" % i,
                confidence=0.5 + i / 100,
                latency_seconds=0.002 * i,
                error=(i == 3),
            )
            self.assertTrue(queued)
        self.assertTrue(client.log_event({"features": {"x": 1, "c": "a"}, "prediction": "1", "id": "raw-1"}))
        a_minute_ago = (
            datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=1)
        ).isoformat()
        self.assertTrue(client.log_event({"features": {"x": 2}, "timestamp": a_minute_ago}))

        self.assertTrue(client.flush(timeout=30))

        counters = client.counters()
        self.assertEqual((counters.sent, counters.failed, counters.dropped, counters.invalid), (37, 0, 0, 0))
        self.assertEqual(self.exporter.ingested_events("pc"), 37)

    def test_labels_are_accepted_after_their_predictions(self) -> None:
        client = self.client(batch_size=50, flush_interval=60)
        for i in range(6):
            client.log_prediction({"x": i, "c": "a"}, "1", id="p%d" % i)
        for i in range(4):
            self.assertTrue(client.log_label("p%d" % i, "1" if i % 2 else "0"))

        self.assertTrue(client.flush(timeout=30))

        counters = client.counters()
        self.assertEqual((counters.sent, counters.failed, counters.retried), (10, 0, 0))
        self.assertEqual(self.exporter.ingested_events("pc"), 6)

    def test_a_partial_batch_is_sent_when_the_flush_interval_passes(self) -> None:
        client = self.client(batch_size=1000, flush_interval=0.2)
        for i in range(5):
            client.log_prediction({"x": i, "c": "b"}, "0")

        wait_until("5 events counted by the exporter", lambda: self.exporter.ingested_events("pc") == 5, 15)
        self.assertEqual(client.counters().sent, 5)

    def test_without_the_token_the_401_is_counted_as_failed_and_not_retried(self) -> None:
        client = self.client(token="", batch_size=10, backoff_base=0.01, max_retries=3)
        for i in range(4):
            client.log_prediction({"x": i, "c": "a"}, "1")

        with self.assertLogs("mlhealth_client", level="ERROR") as logs:
            self.assertTrue(client.flush(timeout=30))

        counters = client.counters()
        self.assertEqual((counters.sent, counters.failed, counters.retried), (0, 4, 0))
        self.assertIn("answered 401", logs.output[0])
        self.assertIn("needs credentials with scope ingest", logs.output[0])
        self.assertEqual(self.exporter.ingested_events("pc"), 0)

    def test_events_still_queued_at_interpreter_exit_are_sent_with_the_token_from_the_environment(
        self,
    ) -> None:
        script = (
            "from mlhealth_client import MLHealthClient\n"
            "client = MLHealthClient(%r, 'pc', flush_interval=600)\n"
            "for i in range(7):\n"
            "    client.log_prediction({'x': i, 'c': 'a'}, '1')\n"
            "print('queued', client.counters().queued)\n"
        ) % self.exporter.url
        env = dict(os.environ, PYTHONPATH=str(CLIENT_DIR), MLHEALTH_INGEST_TOKEN=INGEST_TOKEN)
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-c", script],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            universal_newlines=True,
            timeout=60,
        )

        self.assertEqual(done.returncode, 0, done.stdout)
        self.assertEqual(done.stdout.strip(), "queued 7")
        self.assertLess(time.monotonic() - started, 30)
        self.assertEqual(self.exporter.ingested_events("pc"), 7)


if __name__ == "__main__":
    unittest.main()
