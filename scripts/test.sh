#!/usr/bin/env bash
# The README's test command (`npm test`): static checks, the build, then every test suite, ending with
# one summary line "tests: N passed, N failed" over all jest suites and the Python client's tests.
set -uo pipefail
cd "$(dirname "$0")/.."
results_dir=$(mktemp -d)
trap 'rm -rf "$results_dir"' EXIT
status=0

step() {
  local name=$1
  shift
  echo "==> $name"
  if ! "$@"; then
    echo "==> FAILED: $name"
    status=1
  fi
}

step "lint" npm run -s lint
step "typecheck" npm run -s typecheck
step "build" npm run -s build
step "python client tests" python3 clients/python/tests/runner.py --json "$results_dir/python-client.json"
step "exporter tests" npx jest -c exporter/jest.config.js --ci --json --outputFile="$results_dir/exporter.json"
step "panel typecheck" npm --prefix grafana-plugin run -s typecheck
step "panel lint" npm --prefix grafana-plugin run -s lint
step "panel unit tests" bash -c "cd grafana-plugin && npx jest --ci --json --outputFile='$results_dir/panel-unit.json'"
step "panel build" npm --prefix grafana-plugin run -s build
step "panel built-plugin tests (Chromium)" bash -c "cd grafana-plugin && npx jest -c jest.e2e.config.js --ci --runInBand --json --outputFile='$results_dir/panel-built.json'"

node scripts/summarize-jest.js "$results_dir/exporter.json" "$results_dir/python-client.json" "$results_dir/panel-unit.json" "$results_dir/panel-built.json" || status=1
exit $status
