"""Runs the client's tests (``unittest`` discovery in this folder, verbose) and writes their counts as
JSON for ``scripts/summarize-jest.js``, which adds them to the closing line of ``npm test``.

    python3 clients/python/tests/runner.py --json RESULTS.json

The file is ``{"runner": "unittest", "passed": N, "failed": N, "skipped": N}``; an error in a test (or
in loading a test module) and an unexpected success count as failed. Exit 0 when every test passed and
at least one ran, else 1.
"""
import argparse
import json
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent


class CountingResult(unittest.TextTestResult):
    """A text result that also counts passes (an expected failure counts as a pass, as in jest)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.passed = 0

    def addSuccess(self, test: unittest.TestCase) -> None:  # noqa: N802 (unittest's name)
        super().addSuccess(test)
        self.passed += 1

    def addExpectedFailure(self, test: unittest.TestCase, err) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().addExpectedFailure(test, err)
        self.passed += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", required=True, help="where to write the counts")
    options = parser.parse_args()
    suite = unittest.defaultTestLoader.discover(str(HERE), top_level_dir=str(HERE))
    result = unittest.TextTestRunner(verbosity=2, resultclass=CountingResult).run(suite)
    assert isinstance(result, CountingResult)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    counts = {"runner": "unittest", "passed": result.passed, "failed": failed, "skipped": len(result.skipped)}
    Path(options.json).write_text(json.dumps(counts) + "\n", encoding="utf-8")
    return 0 if result.wasSuccessful() and result.testsRun > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
