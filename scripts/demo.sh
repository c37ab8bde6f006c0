#!/usr/bin/env bash
# demo.sh — installs what is missing, builds tkext, and runs the demo.
# (Until the demo GUI lands this runs a short Tcl example.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
run=(tclsh)
[[ -n ${DISPLAY:-} ]] || run=(xvfb-run -a tclsh)
TCLLIBPATH="$PWD/build" "${run[@]}" examples/shapes.tcl
