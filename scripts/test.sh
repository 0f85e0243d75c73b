#!/usr/bin/env bash
# The README's test command (`npm test`): static checks, the build, then every test suite, ending with
# one summary line "tests: N passed, N failed" over all jest suites and the Python client's tests.
#
# Two lanes after the build, so the 2-core CI machine is busy but not oversubscribed:
# - the "end-to-end" lane runs exporter/test/e2e (real Prometheus, Alertmanager and exporters on the
#   wall clock: mostly waiting on scrape, evaluation and group timers, little CPU), then the panel's
#   typecheck, lint, unit tests, build and built-plugin tests in Chromium;
# - the main lane runs the Python client's tests and the rest of the exporter's suites (one jest worker).
# The end-to-end lane's output is kept in a file and printed after the main lane, so neither interleaves.
set -uo pipefail
cd "$(dirname "$0")/.."
results_dir=$(mktemp -d)
lane_pid=''
cleanup() {
  [ -n "$lane_pid" ] && kill -- "-$lane_pid" 2>/dev/null
  rm -rf "$results_dir"
}
trap cleanup EXIT
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

e2e_lane() {
  step "exporter end-to-end tests" npx jest -c exporter/jest.config.js --ci --runInBand exporter/test/e2e \
    --json --outputFile="$results_dir/exporter-e2e.json"
  step "panel typecheck" npm --prefix grafana-plugin run -s typecheck
  step "panel lint" npm --prefix grafana-plugin run -s lint
  step "panel unit tests" bash -c "cd grafana-plugin && npx jest --ci --json --outputFile='$results_dir/panel-unit.json'"
  step "panel build" npm --prefix grafana-plugin run -s build
  step "panel built-plugin tests (Chromium)" bash -c "cd grafana-plugin && npx jest -c jest.e2e.config.js --ci --runInBand --json --outputFile='$results_dir/panel-built.json'"
  return $status
}

step "lint" npm run -s lint
step "typecheck" npm run -s typecheck
step "build" npm run -s build

# set -m: the lane gets its own process group, so an interrupted run stops all of it.
set -m
e2e_lane >"$results_dir/e2e-lane.log" 2>&1 &
lane_pid=$!
set +m
echo "==> end-to-end and panel lane started in the background (its output follows the main lane's)"

step "python client tests" python3 clients/python/tests/runner.py --json "$results_dir/python-client.json"
step "exporter tests (all but end-to-end)" npx jest -c exporter/jest.config.js --ci \
  --testPathIgnorePatterns '/exporter/test/e2e/' --json --outputFile="$results_dir/exporter.json"

lane_status=0
wait "$lane_pid" || lane_status=$?
lane_pid=''
echo "==> end-to-end and panel lane (exit $lane_status):"
cat "$results_dir/e2e-lane.log"
[ "$lane_status" -eq 0 ] || status=1

node scripts/summarize-jest.js "$results_dir/exporter.json" "$results_dir/exporter-e2e.json" \
  "$results_dir/python-client.json" "$results_dir/panel-unit.json" "$results_dir/panel-built.json" || status=1
exit $status
