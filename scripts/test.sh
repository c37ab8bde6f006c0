#!/usr/bin/env bash
# test.sh — builds tkext and runs every test: GoogleTest, tcltest and unittest
# under ctest, with one headless X server for the Tk cases, then Tk's and
# CPython's own suites with tkext (scripts/dropin.sh), then the reliability
# stages (scripts/reliability.sh).  Installs what is missing first.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

build=${TKEXT_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)"
xvfb-run -a -s "-screen 0 1280x1024x24" \
  ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 600

# Drop-in: Tk's and CPython's own suites, plain and with tkext on every canvas
# (TKEXT_SKIP_DROPIN=1 skips it for a quick local run).
if [[ ${TKEXT_SKIP_DROPIN:-0} != 1 ]]; then
  TKEXT_BUILD_DIR="$build" bash scripts/dropin.sh
fi

# Then the reliability stages: ASan+UBSan suite, fuzzing, valgrind
# (TKEXT_SKIP_RELIABILITY=1 skips them for a quick local run).
if [[ ${TKEXT_SKIP_RELIABILITY:-0} != 1 ]]; then
  TKEXT_BUILD_DIR="$build" bash scripts/reliability.sh
fi
