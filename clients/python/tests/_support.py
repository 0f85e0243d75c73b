"""Helpers for the client's tests: the real exporter in its own process, and a scripted HTTP server.

Both listen on 127.0.0.1 with port 0; every wait has a bound. Importing this module puts
``clients/python`` on ``sys.path``, so the tests run from a checkout without installing the package.
"""
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.request
from pathlib import Path
from typing import Callable, Dict, List, NamedTuple, Optional

CLIENT_DIR = Path(__file__).resolve().parents[1]
REPO_ROOT = CLIENT_DIR.parents[1]
EXPORTER_MAIN = REPO_ROOT / "exporter" / "dist" / "cli" / "main.js"
if str(CLIENT_DIR) not in sys.path:
    sys.path.insert(0, str(CLIENT_DIR))

# The exporter refuses tokens shorter than 16 characters.
INGEST_TOKEN = "python-client-test-token"

SPEC = """api_version: mlhealth/v1
name: python-client-test
version: 1.0.0
models:
  - id: pc
    version: '1'
    task: classification
    window: { duration: 1h }
    evaluation_interval: 1s
    features:
      - { name: x, type: numeric, range: [0, 100] }
      - { name: c, type: categorical, categories: [a, b] }
nodes:
  - id: pc.missing_x
    tier: base
    model: pc
    signal: { kind: missing_ratio, feature: x }
    thresholds: { warning: 0.2, critical: 0.5 }
  - id: pc.health
    tier: component
    model: pc
    children: [pc.missing_x]
    rollup: { rule: worst_of }
  - id: outcome
    tier: business
    children: [pc.health]
    rollup: { rule: worst_of }
"""

_build_lock = threading.Lock()


def wait_until(what: str, check: Callable[[], bool], timeout: float, every: float = 0.05) -> None:
    """Polls ``check`` until it is true; raises AssertionError naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("%s did not happen within %.1f s" % (what, timeout))
        time.sleep(every)


def ensure_exporter_built() -> None:
    """Builds the exporter (``npm run build -w exporter``) when its output is missing; skips the test
    with the reason when npm is not on the PATH."""
    with _build_lock:
        if EXPORTER_MAIN.exists():
            return
        npm = shutil.which("npm")
        if npm is None:
            raise unittest.SkipTest("%s is missing and npm is not on the PATH to build it" % EXPORTER_MAIN)
        done = subprocess.run(
            [npm, "run", "build", "-w", "exporter"],
            cwd=str(REPO_ROOT),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            universal_newlines=True,
            timeout=600,
        )
        if done.returncode != 0 or not EXPORTER_MAIN.exists():
            raise RuntimeError(
                "npm run build -w exporter failed (%d):\n%s" % (done.returncode, done.stdout[-4000:])
            )


class ExporterProcess:
    """``node exporter/dist/cli/main.js serve`` on the test spec, an ingest token and a temporary data
    directory; ``url`` is parsed from its "listening on http://…" line."""

    def __init__(self, spec: str = SPEC, token: str = INGEST_TOKEN, start_timeout: float = 30.0) -> None:
        ensure_exporter_built()
        self._dir = tempfile.TemporaryDirectory(prefix="mlhealth-pyclient-")
        spec_file = Path(self._dir.name) / "spec.yaml"
        spec_file.write_text(spec, encoding="utf-8")
        args = [
            "node",
            str(EXPORTER_MAIN),
            "serve",
            "--spec",
            str(spec_file),
            "--listen",
            "127.0.0.1:0",
            "--data-dir",
            str(Path(self._dir.name) / "data"),
        ]
        env = dict(os.environ, MLHEALTH_INGEST_TOKEN=token)
        for name in ("MLHEALTH_READ_TOKEN", "MLHEALTH_ADMIN_TOKEN", "MLHEALTH_DATA_DIR"):
            env.pop(name, None)
        self._lines: List[str] = []
        self._listening = threading.Event()
        self.url = ""
        self._process = subprocess.Popen(
            args,
            cwd=str(REPO_ROOT),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            universal_newlines=True,
        )
        self._reader = threading.Thread(target=self._read_output, daemon=True)
        self._reader.start()
        if not self._listening.wait(start_timeout):
            self.stop()
            raise RuntimeError(
                "the exporter did not print its URL within %.0f s:\n%s" % (start_timeout, self.output())
            )

    def _read_output(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self._lines.append(line)
            match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
            if match and not self.url:
                self.url = match.group(1)
                self._listening.set()

    def output(self) -> str:
        return "".join(self._lines)

    def metrics(self) -> str:
        with urllib.request.urlopen(self.url + "/metrics", timeout=10) as answer:
            return answer.read().decode("utf-8")

    def ingested_events(self, model: str) -> int:
        """``mlhealth_ingest_events_total{model=…}`` from ``/metrics``."""
        pattern = r'^mlhealth_ingest_events_total\{model="%s"\} (\S+)$' % re.escape(model)
        match = re.search(pattern, self.metrics(), re.MULTILINE)
        if match is None:
            raise AssertionError("no mlhealth_ingest_events_total for model %s in /metrics" % model)
        return int(float(match.group(1)))

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 10 s; removes the data directory."""
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)
        self._reader.join(5)
        if self._process.stdout is not None:
            self._process.stdout.close()
        self._dir.cleanup()


class Answer(NamedTuple):
    """One scripted answer; ``hold`` keeps the request open until it is set (at most 10 s)."""

    status: int = 202
    headers: Dict[str, str] = {}
    body: bytes = b'{"accepted":1}'
    hold: Optional[threading.Event] = None


class Received(NamedTuple):
    at: float
    path: str
    headers: Dict[str, str]
    body: bytes


class ScriptedServer:
    """A local HTTP server that answers POSTs with ``answers`` in order, then 202; records each request."""

    def __init__(self, answers: Optional[List[Answer]] = None) -> None:
        self.answers = list(answers or [])
        self.received: List[Received] = []
        self._lock = threading.Lock()
        self._holds: List[threading.Event] = [a.hold for a in self.answers if a.hold is not None]
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                answer = owner._record(
                    Received(time.monotonic(), self.path, dict(self.headers.items()), body)
                )
                if answer.hold is not None:
                    answer.hold.wait(10)
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.handle_error = lambda request, address: None  # a client that timed out and left
        self.url = "http://127.0.0.1:%d" % self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def _record(self, received: Received) -> Answer:
        with self._lock:
            index = len(self.received)
            self.received.append(received)
        return self.answers[index] if index < len(self.answers) else Answer()

    def requests(self) -> List[Received]:
        with self._lock:
            return list(self.received)

    def stop(self) -> None:
        for hold in self._holds:
            hold.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def lines_of(body: bytes) -> List[bytes]:
    """The NDJSON lines of a request body."""
    return [line for line in body.split(b"\n") if line]
