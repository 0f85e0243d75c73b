"""mlhealth_client: send prediction events and labels to an mlhealth exporter, batched, off the serving path.

>>> from mlhealth_client import MLHealthClient
>>> client = MLHealthClient("http://127.0.0.1:9853", "fraud")  # doctest: +SKIP
>>> client.log_prediction({"amount": 12.5, "country": "DE"}, "legit", id="tx-1", confidence=0.93)  # doctest: +SKIP
True

Standard library only. See README.md for the settings, the counters and what is retried.
"""
from .batching import Counters
from .client import MLHealthClient
from .events import label_record, prediction_event
from .transport import retry_after_seconds

__all__ = ["Counters", "MLHealthClient", "label_record", "prediction_event", "retry_after_seconds"]
__version__ = "0.1.0"
