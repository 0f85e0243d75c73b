"""What is retried and how long the client waits, against a scripted server on 127.0.0.1."""
import email.utils
import json
import socket
import threading
import time
import unittest
import unittest.mock

from _support import Answer, ScriptedServer, lines_of, wait_until

from mlhealth_client import MLHealthClient
from mlhealth_client.transport import retry_after_seconds

REFUSED = json.dumps(
    {
        "error": "invalid events",
        "details": [{"path": "[0].features.x", "message": 'model pc has no feature "x"'}],
    }
).encode()


class Retries(unittest.TestCase):
    def serve(self, *answers: Answer) -> ScriptedServer:
        server = ScriptedServer(list(answers))
        self.addCleanup(server.stop)
        return server

    def client(self, url: str, **settings) -> MLHealthClient:
        # A backoff of ~10 ms: any wait of a second or more can only come from Retry-After.
        settings = dict(dict(batch_size=100, flush_interval=60, backoff_base=0.01, timeout=5.0), **settings)
        client = MLHealthClient(url, "fraud", **settings)
        self.addCleanup(client.close, 5)
        return client

    def send(self, client: MLHealthClient, events: int) -> None:
        for i in range(events):
            client.log_prediction({"amount": i}, "legit", id="t%d" % i)
        self.assertTrue(client.flush(timeout=30))

    def test_a_429_is_retried_after_the_seconds_of_its_retry_after(self) -> None:
        server = self.serve(Answer(429, {"Retry-After": "1"}, b'{"error":"rate limited"}'))
        client = self.client(server.url)

        with self.assertLogs("mlhealth_client", level="WARNING") as logs:
            self.send(client, 3)

        first, second = server.requests()
        self.assertGreaterEqual(second.at - first.at, 0.9)
        self.assertLess(second.at - first.at, 5)
        self.assertEqual(first.body, second.body)
        self.assertEqual(len(lines_of(second.body)), 3)
        self.assertEqual(client.counters()[:4], (3, 0, 0, 1))  # sent, dropped, failed, retried
        self.assertIn("HTTP 429: rate limited; retrying in 1.00 s", logs.output[0])

    def test_a_503_is_retried_at_the_http_date_of_its_retry_after(self) -> None:
        in_two_seconds = email.utils.formatdate(time.time() + 2, usegmt=True)
        server = self.serve(Answer(503, {"Retry-After": in_two_seconds}, b"busy"))
        client = self.client(server.url)

        with self.assertLogs("mlhealth_client", level="WARNING"):
            self.send(client, 2)

        first, second = server.requests()
        self.assertGreaterEqual(second.at - first.at, 0.9)  # the date has whole seconds: 1 to 2 s away
        self.assertLess(second.at - first.at, 5)
        self.assertEqual(client.counters()[:4], (2, 0, 0, 1))

    def test_a_retry_after_longer_than_max_backoff_waits_max_backoff(self) -> None:
        server = self.serve(Answer(429, {"Retry-After": "3600"}))
        client = self.client(server.url, max_backoff=0.2)

        with self.assertLogs("mlhealth_client", level="WARNING") as logs:
            self.send(client, 1)

        first, second = server.requests()
        self.assertLess(second.at - first.at, 3)
        self.assertEqual(client.counters().retried, 1)
        self.assertIn("retrying in 0.20 s", logs.output[0])

    def test_5xx_answers_are_retried_until_max_retries_then_counted_as_failed(self) -> None:
        server = self.serve(*[Answer(500, {}, b"boom")] * 5)
        client = self.client(server.url, max_retries=2)

        with self.assertLogs("mlhealth_client", level="ERROR") as logs:
            self.send(client, 4)

        self.assertEqual(len(server.requests()), 3)
        self.assertEqual(client.counters()[:4], (0, 0, 4, 2))
        self.assertIn("failed after 3 attempts, 4 records not sent: HTTP 500: boom", logs.output[-1])

    def test_a_400_is_not_retried_and_the_servers_error_text_is_logged(self) -> None:
        server = self.serve(Answer(400, {}, REFUSED))
        client = self.client(server.url, max_retries=5)

        with self.assertLogs("mlhealth_client", level="ERROR") as logs:
            self.send(client, 2)

        self.assertEqual(len(server.requests()), 1)
        self.assertEqual(client.counters()[:4], (0, 0, 2, 0))
        self.assertIn(
            "answered 400, 2 records not sent (not retried): HTTP 400: invalid events: "
            '[0].features.x: model pc has no feature "x"',
            logs.output[0],
        )

    def test_a_request_past_the_timeout_is_retried(self) -> None:
        release = threading.Event()
        server = self.serve(Answer(202, hold=release))
        client = self.client(server.url, timeout=0.3)

        with self.assertLogs("mlhealth_client", level="WARNING"):
            self.send(client, 2)
        release.set()

        self.assertEqual(len(server.requests()), 2)
        self.assertEqual(client.counters()[:4], (2, 0, 0, 1))

    def test_an_unreachable_exporter_is_retried_then_counted_as_failed(self) -> None:
        with socket.socket() as probe:  # a port nobody listens on
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        client = self.client("http://127.0.0.1:%d" % port, max_retries=1)

        with self.assertLogs("mlhealth_client", level="ERROR") as logs:
            self.send(client, 3)

        self.assertEqual(client.counters()[:4], (0, 0, 3, 1))
        self.assertIn("no answer", logs.output[-1])


class RequestShape(unittest.TestCase):
    def test_events_and_labels_go_to_their_routes_as_ndjson_with_the_bearer_token(self) -> None:
        server = ScriptedServer()
        self.addCleanup(server.stop)
        client = MLHealthClient(server.url + "/", "fraud v2", token="s3cret-token", flush_interval=60)
        self.addCleanup(client.close, 5)

        client.log_prediction({"amount": 1.5}, "legit", id="a", timestamp=1700000000, confidence=0.75)
        client.log_label("a", "fraud")
        self.assertTrue(client.flush(timeout=10))

        events, labels = server.requests()
        self.assertEqual(events.path, "/api/v1/models/fraud%20v2/events")
        self.assertEqual(labels.path, "/api/v1/models/fraud%20v2/labels")
        self.assertEqual(events.headers["Authorization"], "Bearer s3cret-token")
        self.assertEqual(events.headers["Content-Type"], "application/x-ndjson")
        self.assertEqual(
            events.body,
            b'{"timestamp":1700000000,"id":"a","features":{"amount":1.5},"prediction":"legit","confidence":0.75}\n',
        )
        self.assertEqual(labels.body, b'{"id":"a","label":"fraud"}\n')

    def test_the_token_defaults_to_mlhealth_ingest_token(self) -> None:
        server = ScriptedServer()
        self.addCleanup(server.stop)
        with unittest.mock.patch.dict("os.environ", {"MLHEALTH_INGEST_TOKEN": "from-the-env"}):
            client = MLHealthClient(server.url, "fraud", flush_interval=60)
        self.addCleanup(client.close, 5)

        client.log_prediction({"amount": 1}, "legit")
        self.assertTrue(client.flush(timeout=10))

        self.assertEqual(server.requests()[0].headers["Authorization"], "Bearer from-the-env")

    def test_a_full_batch_is_sent_without_waiting_for_the_interval(self) -> None:
        server = ScriptedServer()
        self.addCleanup(server.stop)
        client = MLHealthClient(server.url, "fraud", batch_size=4, flush_interval=600)
        self.addCleanup(client.close, 5)

        for i in range(10):
            client.log_prediction({"amount": i}, "legit")
        wait_until("two full batches sent", lambda: len(server.requests()) == 2, 10)
        self.assertTrue(client.flush(timeout=10))

        self.assertEqual([len(lines_of(r.body)) for r in server.requests()], [4, 4, 2])


class RetryAfterParsing(unittest.TestCase):
    def test_delta_seconds_dates_and_garbage(self) -> None:
        now = 1445412470.0
        self.assertEqual(retry_after_seconds(" 120 ", now), 120.0)
        self.assertEqual(retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now), 10.0)
        self.assertEqual(retry_after_seconds("Wed, 21 Oct 2015 07:28:00 -0000", now), 10.0)
        self.assertEqual(retry_after_seconds("Wed, 21 Oct 2015 07:00:00 GMT", now), 0.0)  # in the past
        for garbage in (None, "", "-1", "1.5", "soon", "Wed, 99 Foo 2015"):
            self.assertIsNone(retry_after_seconds(garbage, now), garbage)


if __name__ == "__main__":
    unittest.main()
