#!/usr/bin/env bash
# test.sh — builds tkext and runs every test: GoogleTest, tcltest and unittest
# under ctest, with one headless X server for the Tk cases, then the
# wheel in fresh venvs (scripts/python-wheel.sh), the suite again built with
# clang and libc++ (scripts/clang-libcxx.sh), Tk's and CPython's own suites
# with tkext (scripts/dropin.sh), then the reliability stages
# (scripts/reliability.sh).  Installs what is missing first.
# Tcl/Tk 9.0 too: scripts/tcltk9.sh builds it from Debian's source packages
# (once; the prefix is kept), tkext is built against it in a second build
# directory, and every Tcl test, the bridge tests and the Tcl demo run there;
# the Tcl test counts of both versions are printed side by side at the end.
# Then the windows stage (scripts/windows.sh): the same Tcl tests under Wine on
# Windows Tcl/Tk 8.6 and 9.0, and the win_amd64 wheel.
# Usage: bash scripts/test.sh   (TKEXT_SKIP_TCL9=1 skips the Tcl 9.0 stage,
#                                TKEXT_SKIP_WINDOWS=1 the windows stage)
set -euo pipefail
cd "$(dirname "$0")/.."

# stage_done NAME: prints how long the stage since the previous one took, so
# tests/RELIABILITY.md can quote each stage of a run.
stage_started=$SECONDS
stage_done() {
  echo "=== test.sh: $1 done in $((SECONDS - stage_started)) s"
  stage_started=$SECONDS
}

bash scripts/install-deps.sh

build=${TKEXT_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)"
status86=0
xvfb-run -a -s "-screen 0 1280x1024x24" \
  ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 600 || status86=$?
stage_done "install check, build and suite on Tcl/Tk 8.6"

source scripts/tcl-counts.sh   # tcl_counts, tcl_skips

status9=0
if [[ ${TKEXT_SKIP_TCL9:-0} != 1 ]]; then
  build9=${TKEXT_BUILD9_DIR:-$build-tcl9}
  prefix9=$(bash scripts/tcltk9.sh | tail -n 1)
  cmake -S . -B "$build9" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH="$prefix9"
  cmake --build "$build9" -j"$(nproc)" --target tkext bridge_tests commands_tests
  xvfb-run -a -s "-screen 0 1280x1024x24" \
    ctest --test-dir "$build9" --output-on-failure -j"$(nproc)" --timeout 600 \
      -R '^(tcl|demo|bridge_tests|commands_tests|cmake)\.' || status9=$?
  stage_done "Tcl/Tk 9.0 (prefix, build, suite)"
  patch86=$(echo 'puts [info patchlevel]' | "$(awk -F= '$1 == "TKEXT_TCLSH:FILEPATH" {print $2}' "$build/CMakeCache.txt")")
  patch9=$(echo 'puts [info patchlevel]' | "$prefix9/bin/tclsh9.0")
  read -r p86 s86 f86 <<<"$(tcl_counts "$build")"
  read -r p9 s9 f9 <<<"$(tcl_counts "$build9")"
  echo
  echo "Tcl test cases (tests/tcl, tests/demo)   passed  skipped  failed   ctest"
  printf "  Tcl/Tk %-32s %6d %8d %7d   %s\n" "$patch86" "$p86" "$s86" "$f86" \
    "$( ((status86)) && echo FAILED || echo passed)"
  printf "  Tcl/Tk %-32s %6d %8d %7d   %s\n" "$patch9" "$p9" "$s9" "$f9" \
    "$( ((status9)) && echo FAILED || echo passed)"
  echo "  skipped on $patch86 by constraint: $(tcl_skips "$build")"
  echo "  skipped on $patch9 by constraint: $(tcl_skips "$build9")"
fi
((status86 == 0 && status9 == 0)) || exit 1

# Windows: tkext cross-built with mingw-w64, every Tcl test file and the demo
# under Wine on Windows Tcl/Tk 8.6.13 and 9.0.4 (scripts/tcltk-windows.sh builds
# them once), and the win_amd64 wheel; its table sits beside the Linux rows
# (TKEXT_SKIP_WINDOWS=1 skips it).
if [[ ${TKEXT_SKIP_WINDOWS:-0} != 1 ]]; then
  TKEXT_BUILD_DIR="$build" TKEXT_BUILD9_DIR="${TKEXT_BUILD9_DIR:-$build-tcl9}" bash scripts/windows.sh
  stage_done "windows (Wine: prefixes, builds, suites; win_amd64 wheel)"
fi

bash scripts/python-wheel.sh   # the wheel, installed into a fresh venv per Python 3.8-3.13
stage_done "wheel"

# The second compiler: clang with LLVM's libc++ (macOS's toolchain), the suite
# on that build (TKEXT_SKIP_LIBCXX=1 skips it for a quick local run).
if [[ ${TKEXT_SKIP_LIBCXX:-0} != 1 ]]; then
  TKEXT_LIBCXX_BUILD_DIR="$build-libcxx" bash scripts/clang-libcxx.sh
  stage_done "clang and libc++"
fi

# Drop-in: Tk's and CPython's own suites, plain and with tkext on every canvas
# (TKEXT_SKIP_DROPIN=1 skips it for a quick local run).
# Tk 9's canvas suite runs on the Tcl 9 build, so it is skipped with that stage.
if [[ ${TKEXT_SKIP_DROPIN:-0} != 1 ]]; then
  dropin_suites=${TKEXT_DROPIN_SUITES:-tk tk9 8 9 10 11 12 13}
  [[ ${TKEXT_SKIP_TCL9:-0} == 1 ]] && dropin_suites=${dropin_suites//tk9/}
  TKEXT_BUILD_DIR="$build" TKEXT_BUILD9_DIR="${TKEXT_BUILD9_DIR:-$build-tcl9}" \
    TKEXT_DROPIN_SUITES="$dropin_suites" bash scripts/dropin.sh
  stage_done "drop-in suites"
fi

# Then the reliability stages: ASan+UBSan suite, fuzzing, valgrind
# (TKEXT_SKIP_RELIABILITY=1 skips them for a quick local run).
if [[ ${TKEXT_SKIP_RELIABILITY:-0} != 1 ]]; then
  TKEXT_BUILD_DIR="$build" bash scripts/reliability.sh
  stage_done "reliability stages"
fi
echo "=== test.sh: all stages passed in $SECONDS s"
