#!/usr/bin/env bash
# Runs the whole CLI pipeline and a dashboard session in a network namespace with no
# route out (only loopback), with an audit hook that fails on any non-loopback connect.
# Called by .ci/run; needs util-linux `unshare` and iproute2 `ip`.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! unshare -rn true 2>/dev/null; then
  echo "offline-check: cannot create a network namespace here (unshare -rn failed)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unshare -rn bash -euo pipefail -c '
  ip link set lo up
  work="$1"
  guard=(.venv/bin/python tests/offline_guard.py)
  "${guard[@]}" scan sample_exports --json "$work/scan.json" > /dev/null
  "${guard[@]}" report sample_exports/office_worker --out "$work/report.html" > /dev/null
  "${guard[@]}" redact sample_exports/journalist --out "$work/redacted" > /dev/null
  "${guard[@]}" --dashboard "$work"
  echo "offline-check: CLI pipeline and dashboard session ran with no network route"
' offline-check "$work"
