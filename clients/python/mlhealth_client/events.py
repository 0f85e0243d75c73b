"""Building the exporter's records: one prediction event or one label, as a line of NDJSON.

The fields are the exporter's (``exporter/src/ingest/validateEvent.ts``): ``id``, ``timestamp``,
``features``, ``prediction``, ``confidence``, ``latency_seconds``, ``error``, ``attributions`` for an
event; ``id`` and ``label`` for a label. The exporter applies a batch whole or refuses it whole, so
whatever the client can tell is wrong without the spec is refused here, one record at a time, before
it could spoil a batch: a field of the wrong type, a confidence outside 0..1, a negative latency, a
NaN or infinity outside ``features``. The spec's own checks (declared features, their types, classes)
stay the exporter's.

A feature value that is NaN or infinite becomes ``null`` (missing), as ``mlhealth ingest`` does with such
CSV cells: a missing value is a data-quality signal the exporter measures. NumPy scalars are written as
the Python numbers they hold.
"""
import datetime
import json
import math
from numbers import Real
from typing import Any, Dict, Mapping, Optional, Union

EVENT_FIELDS = frozenset(
    ["id", "timestamp", "features", "prediction", "confidence", "latency_seconds", "error", "attributions"]
)

Timestamp = Union[float, int, str, datetime.datetime]


def prediction_event(
    features: Mapping[str, Any],
    prediction: Any = None,
    *,
    now: float,
    id: Optional[Union[str, int]] = None,
    timestamp: Optional[Timestamp] = None,
    confidence: Optional[float] = None,
    latency_seconds: Optional[float] = None,
    error: Union[bool, str, None] = None,
    attributions: Optional[Mapping[str, float]] = None,
) -> Dict[str, Any]:
    """Returns one event as a dict ready for JSON; fields left as ``None`` are left out.

    ``timestamp`` defaults to ``now`` (Unix seconds: the moment of the prediction, not of the send). It
    may be Unix seconds, an ISO 8601 text with a zone, or a datetime with a zone.

    Raises ``ValueError`` or ``TypeError`` naming the field, e.g.
    ``prediction_event({}, confidence=1.5, now=0)`` raises ``ValueError("confidence must be within
    0..1, got 1.5")``.

    >>> prediction_event({"x": float("nan"), "c": "a"}, "1", now=1700000000.0, confidence=0.9)
    {'timestamp': 1700000000.0, 'features': {'x': None, 'c': 'a'}, 'prediction': '1', 'confidence': 0.9}
    """
    event: Dict[str, Any] = {"timestamp": _timestamp(now if timestamp is None else timestamp)}
    if id is not None:
        event["id"] = _key(id, "id")
    event["features"] = _features(features)
    if prediction is not None:
        event["prediction"] = _plain_value(prediction, "prediction")
    if confidence is not None:
        event["confidence"] = _number(confidence, "confidence", 0.0, 1.0)
    if latency_seconds is not None:
        event["latency_seconds"] = _number(latency_seconds, "latency_seconds", 0.0, math.inf)
    if error is not None and error is not False:
        if not isinstance(error, (bool, str)):
            raise TypeError("error must be True, False, None or an error class (str), got %r" % (error,))
        event["error"] = error
    if attributions is not None:
        event["attributions"] = _attributions(attributions)
    return event


def raw_event(event: Mapping[str, Any], *, now: float) -> Dict[str, Any]:
    """Checks an event already shaped like the exporter's (a mapping of its fields) and returns a copy.

    A missing ``timestamp`` is set to ``now``. Raises ``ValueError`` for an unknown field, else as
    :func:`prediction_event`.

    >>> raw_event({"features": {"x": 1}, "prediction": "0"}, now=5.0)
    {'timestamp': 5.0, 'features': {'x': 1}, 'prediction': '0'}
    """
    if not isinstance(event, Mapping):
        raise TypeError("event must be a mapping of the exporter's fields, got %s" % type(event).__name__)
    unknown = sorted(str(k) for k in event if k not in EVENT_FIELDS)
    if unknown:
        raise ValueError("event has unknown field(s) %s; fields are %s" % (unknown, sorted(EVENT_FIELDS)))
    if "features" not in event:
        raise ValueError("event has no 'features'")
    fields = {k: v for k, v in event.items() if k not in ("features", "prediction")}
    return prediction_event(event["features"], event.get("prediction"), now=now, **fields)


def label_record(id: Union[str, int], label: Any) -> Dict[str, Any]:
    """Returns one late label ``{id, label}``, joined by the exporter to the prediction with that id.

    >>> label_record("a1", 1)
    {'id': 'a1', 'label': 1}
    """
    if label is None:
        raise ValueError("label must not be None")
    return {"id": _key(id, "id"), "label": _plain_value(label, "label")}


def ndjson_line(record: Mapping[str, Any]) -> bytes:
    """One record as a compact JSON line (no newline); NaN or infinity anywhere raises ``ValueError``.

    >>> ndjson_line({"id": "a1", "label": 1})
    b'{"id":"a1","label":1}'
    """
    text = json.dumps(
        record, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_numpy_scalar
    )
    return text.encode("utf-8")


def _timestamp(value: Timestamp) -> Union[float, str]:
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("timestamp %s has no time zone; give an aware datetime" % value.isoformat())
        return value.timestamp()
    if isinstance(value, str):
        return value
    return _number(value, "timestamp", 0.0, math.inf)


def _key(value: Union[str, int], field: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError("%s must be a str or an int, got %r" % (field, value))
    text = str(value)
    if text == "":
        raise ValueError("%s must not be empty" % field)
    return text


def _number(value: Any, field: str, low: float, high: float) -> float:
    value = _numpy_scalar(value) if hasattr(value, "item") else value
    if isinstance(value, bool) or not isinstance(value, Real):
        raise TypeError("%s must be a number, got %r" % (field, value))
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("%s must be a finite number, got %r" % (field, value))
    if not low <= number <= high:
        bounds = "≥ %g" % low if high == math.inf else "within %g..%g" % (low, high)
        raise ValueError("%s must be %s, got %r" % (field, bounds, value))
    return int(value) if isinstance(value, int) else number  # 3 stays 3 on the wire


def _plain_value(value: Any, field: str) -> Any:
    value = _numpy_scalar(value) if hasattr(value, "item") and not isinstance(value, str) else value
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("%s must be a finite number, got %r" % (field, value))
    if not isinstance(value, (str, int, float, bool)):
        raise TypeError("%s must be a str, a number or a bool, got %r" % (field, value))
    return value


def _features(features: Mapping[str, Any]) -> Dict[str, Any]:
    if not isinstance(features, Mapping):
        raise TypeError(
            "features must be a mapping of feature name to value, got %s" % type(features).__name__
        )
    out: Dict[str, Any] = {}
    for name, value in features.items():
        if hasattr(value, "item") and not isinstance(value, str):
            try:
                value = _numpy_scalar(value)
            except TypeError as error:
                raise TypeError("features.%s: %s" % (name, error)) from None
        if isinstance(value, float) and not math.isfinite(value):
            value = None
        out[str(name)] = value
    return out


def _attributions(attributions: Mapping[str, float]) -> Dict[str, float]:
    if not isinstance(attributions, Mapping):
        raise TypeError("attributions must be a mapping of feature name to number, got %r" % (attributions,))
    return {
        str(name): _number(value, "attributions.%s" % name, -math.inf, math.inf)
        for name, value in attributions.items()
    }


def _numpy_scalar(value: Any) -> Any:
    """``json.dumps`` hook: a NumPy scalar (or anything with ``.item()``) becomes its Python value."""
    item = getattr(value, "item", None)
    if callable(item):
        try:
            return item()
        except (TypeError, ValueError):
            pass
    raise TypeError("%r (%s) is not JSON serializable" % (value, type(value).__name__))
