#!/usr/bin/env bash
# The README's test command (`npm test`): static checks, the build, then every test suite, ending with
# one summary line "tests: N passed, N failed" over all jest suites.
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
step "exporter tests" npx jest -c exporter/jest.config.js --ci --json --outputFile="$results_dir/exporter.json"
if [ -f grafana-plugin/package.json ]; then
  step "panel tests" npm --prefix grafana-plugin run -s test -- --results "$results_dir/plugin.json"
fi

node scripts/summarize-jest.js "$results_dir"/*.json || status=1
exit $status
