#!/usr/bin/env bash
# Installs footprint with its test dependencies into .venv, then runs lint, types and tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
# Results must not depend on the computer's zone: the suite runs in one far from UTC
# (+05:45), so a test that silently relies on UTC fails here first.
export TZ="${FOOTPRINT_TEST_TZ:-Asia/Kathmandu}"
.venv/bin/python -m pytest "$@"
