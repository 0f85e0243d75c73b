"""Building records (no network): the exporter's field names, what is refused at the call, and the
examples in the docstrings, run as doctests."""
import datetime
import doctest
import unittest

import _support  # noqa: F401 (puts the package on sys.path)

import mlhealth_client
from mlhealth_client import events, transport
from mlhealth_client.events import label_record, ndjson_line, prediction_event, raw_event


def load_tests(loader: unittest.TestLoader, tests: unittest.TestSuite, pattern: object) -> unittest.TestSuite:
    for module in (mlhealth_client, events, transport):
        tests.addTests(doctest.DocTestSuite(module))
    return tests


class NumpyLikeScalar:
    """Stands for a NumPy scalar (``numpy.int64(3)``): not an int, but ``.item()`` gives one."""

    def __init__(self, value: object) -> None:
        self.value = value

    def item(self) -> object:
        return self.value


class PredictionEvents(unittest.TestCase):
    def test_every_field_has_the_exporters_name(self) -> None:
        event = prediction_event(
            {"amount": 3},
            "fraud",
            now=0,
            id=7,
            timestamp=1700000000.5,
            confidence=1,
            latency_seconds=0.25,
            error="timeout",
            attributions={"amount": -0.4},
        )
        self.assertEqual(
            event,
            {
                "timestamp": 1700000000.5,
                "id": "7",
                "features": {"amount": 3},
                "prediction": "fraud",
                "confidence": 1,
                "latency_seconds": 0.25,
                "error": "timeout",
                "attributions": {"amount": -0.4},
            },
        )
        self.assertEqual(set(event), events.EVENT_FIELDS)

    def test_the_timestamp_defaults_to_now_and_accepts_aware_datetimes_and_iso_text(self) -> None:
        self.assertEqual(prediction_event({}, now=12.5)["timestamp"], 12.5)
        aware = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
        self.assertEqual(prediction_event({}, now=0, timestamp=aware)["timestamp"], 1704067200.0)
        self.assertEqual(
            prediction_event({}, now=0, timestamp="2024-01-01T00:00:00Z")["timestamp"], "2024-01-01T00:00:00Z"
        )
        with self.assertRaisesRegex(ValueError, "timestamp 2024-01-01T00:00:00 has no time zone"):
            prediction_event({}, now=0, timestamp=datetime.datetime(2024, 1, 1))

    def test_numpy_scalars_become_numbers_and_non_finite_features_become_missing(self) -> None:
        event = prediction_event(
            {"a": NumpyLikeScalar(3), "b": float("nan"), "c": NumpyLikeScalar(float("-inf")), "d": None},
            NumpyLikeScalar(1),
            now=0,
            confidence=NumpyLikeScalar(0.5),
        )
        self.assertEqual(
            ndjson_line(event),
            b'{"timestamp":0,"features":{"a":3,"b":null,"c":null,"d":null},"prediction":1,"confidence":0.5}',
        )

    def test_what_would_spoil_a_batch_is_refused_naming_the_field(self) -> None:
        cases = [
            (dict(confidence=-0.1), ValueError, "confidence must be within 0..1, got -0.1"),
            (dict(confidence="high"), TypeError, "confidence must be a number, got 'high'"),
            (dict(latency_seconds=float("inf")), ValueError, "latency_seconds must be a finite number"),
            (dict(latency_seconds=-1), ValueError, "latency_seconds must be ≥ 0, got -1"),
            (dict(id=""), ValueError, "id must not be empty"),
            (dict(id=1.5), TypeError, "id must be a str or an int"),
            (dict(error=1), TypeError, "error must be True, False, None or an error class"),
            (dict(attributions={"a": float("nan")}), ValueError, "attributions.a must be a finite number"),
            (dict(timestamp=-5), ValueError, "timestamp must be ≥ 0, got -5"),
        ]
        for fields, kind, message in cases:
            with self.assertRaises(kind) as caught:
                prediction_event({"a": 1}, "x", now=0, **fields)
            self.assertIn(message, str(caught.exception))

    def test_error_true_is_sent_and_false_is_left_out(self) -> None:
        self.assertIs(prediction_event({}, now=0, error=True)["error"], True)
        self.assertNotIn("error", prediction_event({}, now=0, error=False))


class RawEventsAndLabels(unittest.TestCase):
    def test_a_raw_event_is_checked_like_a_prediction(self) -> None:
        self.assertEqual(
            raw_event({"features": {"x": 1}, "id": "r", "timestamp": 3}, now=9),
            {"timestamp": 3, "id": "r", "features": {"x": 1}},
        )
        with self.assertRaisesRegex(ValueError, "event has no 'features'"):
            raw_event({"prediction": "1"}, now=0)
        with self.assertRaisesRegex(ValueError, "confidence must be within 0..1"):
            raw_event({"features": {}, "confidence": 2}, now=0)

    def test_labels_keep_their_type_and_need_an_id(self) -> None:
        self.assertEqual(label_record(42, True), {"id": "42", "label": True})
        self.assertEqual(label_record("a", 0.5), {"id": "a", "label": 0.5})
        with self.assertRaisesRegex(ValueError, "label must not be None"):
            label_record("a", None)
        with self.assertRaisesRegex(ValueError, "label must be a finite number"):
            label_record("a", float("nan"))


if __name__ == "__main__":
    unittest.main()
