#!/usr/bin/env bash
# reliability.sh — the reliability stages, run by scripts/test.sh after the
# normal suite (tests/RELIABILITY.md says what each one found):
#   1. sanitized: the whole ctest suite built with clang, ASan+UBSan, fuzzers
#      included, under xvfb-run (tclsh and python preload the ASan runtime);
#   2. threads: the core and bridge GoogleTests built with ThreadSanitizer
#      (per-thread scratch vectors, interpreters in several threads);
#   3. fuzz: every fuzz_* target for its time (fuzz_oracle under xvfb-run), in
#      parallel, from the seed corpus in tests/fuzz/corpus/; fails when a target
#      runs fewer than 1,000,000 inputs;
#   4. valgrind: memcheck over tcltest files in the normal build; fails on any
#      memcheck error or "definitely lost" block with a tkext frame.
# Usage: bash scripts/reliability.sh
#   TKEXT_BUILD_DIR            the normal build to run valgrind on (default build)
#   TKEXT_SANITIZE_BUILD_DIR   the sanitized build (default build-sanitize)
#   TKEXT_TSAN_BUILD_DIR       the ThreadSanitizer build (default build-tsan)
#   TKEXT_FUZZ_SECONDS         seconds for every fuzz target (default: each its own,
#                              see fuzz_seconds_of below)
#   TKEXT_FUZZ_MIN_EXECUTIONS  fewest inputs a fuzz target must run (default 1000000)
#   TKEXT_RELIABILITY_ONLY     fuzz: only build the fuzz targets (sanitized) and fuzz
set -euo pipefail
cd "$(dirname "$0")/.."

build=${TKEXT_BUILD_DIR:-build}
sanitize_build=${TKEXT_SANITIZE_BUILD_DIR:-build-sanitize}
tsan_build=${TKEXT_TSAN_BUILD_DIR:-build-tsan}
# Seconds per fuzz target, chosen so that every target passes 1,000,000
# inputs while all four share the two cores of a CI machine, with room to
# spare (about twice the floor); sized from the execution counts recorded in
# tests/RELIABILITY.md, where a run at 210 s left fuzz_packed within 2% of it.
declare -A fuzz_seconds_of=([fuzz_flatten]=420 [fuzz_geometry]=420 [fuzz_packed]=420 [fuzz_oracle]=420)
fuzz_min_executions=${TKEXT_FUZZ_MIN_EXECUTIONS:-1000000}
# The suite's ASan settings (cmake/tkext_build_flags.cmake) plus three that
# only cut the cost of each input: a 16 MB quarantine instead
# of 256 MB (fewer fresh pages; recent frees are still caught), no 0xbe fill of
# new blocks, allocation stacks of 4 frames.
fuzz_asan_options="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
fuzz_asan_options+=":quarantine_size_mb=16:max_malloc_fill_size=0:malloc_context_size=4"
jobs=$(nproc)
# Plain tclsh cases and Tk ones; a subset, since every file is slow under valgrind.
valgrind_files=(flatten geom transform packed coords enable hostile)

started=$SECONDS
stage_started=$SECONDS
durations=()
begin() {
  echo "=== reliability: $1"
  stage_started=$SECONDS
}
finish() {
  durations+=("$1 $((SECONDS - stage_started))s")
  echo "=== reliability: $1 done in $((SECONDS - stage_started)) s"
}

# ---- 1. the suite under ASan + UBSan ------------------------------------------
only=${TKEXT_RELIABILITY_ONLY:-}
if [[ $only == fuzz ]]; then
  CXX=clang++ cmake -S . -B "$sanitize_build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTKEXT_SANITIZE=address,undefined -DTKEXT_FUZZ=ON
  cmake --build "$sanitize_build" -j"$jobs" --target tkext fuzz_flatten fuzz_geometry fuzz_packed fuzz_oracle
else
begin "sanitized build and suite"
CXX=clang++ cmake -S . -B "$sanitize_build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTKEXT_SANITIZE=address,undefined -DTKEXT_FUZZ=ON
cmake --build "$sanitize_build" -j"$jobs"
xvfb-run -a -s "-screen 0 1280x1024x24" \
  ctest --test-dir "$sanitize_build" --output-on-failure -j"$jobs" --timeout 600
finish sanitized

# ---- 2. interpreters in several threads under ThreadSanitizer ---------------------
# Only the test executables: a TSan runtime cannot be preloaded into an
# uninstrumented tclsh.  tkext starts no threads; the bridge tests' ThreadsTest
# runs four interpreters in four threads at once through the per-thread scratch
# vectors and the per-interpreter reusable objects.
begin "thread sanitizer (core and bridge tests)"
CXX=clang++ cmake -S . -B "$tsan_build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTKEXT_SANITIZE=thread
cmake --build "$tsan_build" -j"$jobs" --target core_tests bridge_tests
for tests in core/core_tests bridge/bridge_tests; do
  TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" xvfb-run -a \
    "$tsan_build/tests/$tests" --gtest_brief=1
done
finish threads

fi

# ---- 3. fuzzing ------------------------------------------------------------------
begin "fuzzing"
runs="$sanitize_build/fuzz-runs"
mkdir -p "$runs"
pids=()
targets=()
for target in "$sanitize_build"/fuzz_*; do
  name=$(basename "$target")
  seconds=${TKEXT_FUZZ_SECONDS:-${fuzz_seconds_of[$name]:-120}}
  mkdir -p "$runs/$name"
  # fuzz_oracle embeds Tk with real canvases: it needs a display.
  display=()
  [[ $name == fuzz_oracle ]] && display=(xvfb-run -a -s "-screen 0 1280x1024x24")
  # New inputs go to the build tree; the repository's corpus is only read.
  ASAN_OPTIONS=$fuzz_asan_options "${display[@]}" "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$runs/$name-" \
    "$runs/$name" "tests/fuzz/corpus/$name" >"$runs/$name.log" 2>&1 &
  pids+=($!)
  targets+=("$name $seconds")
done
fuzz_failed=0
for i in "${!pids[@]}"; do
  read -r name seconds <<<"${targets[$i]}"
  if wait "${pids[$i]}"; then
    execs=$(grep -a "stat::number_of_executed_units" "$runs/$name.log" | awk '{print $2}')
    if ((${execs:-0} < fuzz_min_executions)); then
      fuzz_failed=1
      echo "$name: ${execs:-?} executions in $seconds s, FEWER than $fuzz_min_executions"
    else
      echo "$name: $execs executions in $seconds s, no crash"
    fi
  else
    fuzz_failed=1
    echo "$name: FAILED; the input is in $runs/$name-*; log:"
    tail -n 40 "$runs/$name.log"
  fi
done
finish fuzzing
((fuzz_failed == 0))
if [[ $only == fuzz ]]; then
  echo "=== reliability: fuzzing passed in $((SECONDS - started)) s"
  exit 0
fi

# ---- 4. valgrind memcheck -----------------------------------------------------
# Tcl's own allocator keeps freed Tcl_Objs in caches, so valgrind sees block
# leaks (C++ objects, vectors), not single leaked Tcl_Objs: tests/tcl/leak.test
# covers those by resident memory.
begin "valgrind memcheck"
logs="$build/valgrind"
mkdir -p "$logs"
valgrind_failed=0
for file in "${valgrind_files[@]}"; do
  log="$logs/$file.log"
  TCLLIBPATH="$PWD/$build" TKEXT_REQUIRE_DISPLAY=1 xvfb-run -a -s "-screen 0 1280x1024x24" \
    valgrind --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite \
      --num-callers=40 --log-file="$log" \
    tclsh8.6 tests/tcl/all.tcl -file "$file.test" -singleproc 1 >"$logs/$file.out" 2>&1 || true
  # Each error or leak record runs from its headline to the next blank record line.
  tkext_records=$(awk '
    /== [0-9,]+ bytes in [0-9,]+ blocks are definitely lost/ || /== (Invalid|Conditional|Use of uninit|Mismatched|Source and destination|Syscall param)/ {
      inside = 1; record = $0; next }
    inside && /^==[0-9]+== *$/ { if (record ~ /libtkext|tkext::|Tkext_/) { n++; print record "\n" }; inside = 0; next }
    inside { record = record "\n" $0 }
    END { exit 0 }' "$log")
  summary=$(grep -a "definitely lost:" "$log" | sed 's/^==[0-9]*== *//')
  errors=$(grep -a "ERROR SUMMARY" "$log" | sed 's/^==[0-9]*== *//; s/ (suppressed.*//')
  result=$(grep -a "Total" "$logs/$file.out" | tail -n 1)
  echo "$file.test: $result | $summary | $errors"
  if [[ -n $tkext_records ]]; then
    valgrind_failed=1
    echo "$file.test: memcheck found problems in tkext frames:"
    echo "$tkext_records"
  fi
  if ! grep -aq "Failed[[:space:]]*0" "$logs/$file.out"; then
    valgrind_failed=1
    echo "$file.test: tests failed under valgrind:"
    tail -n 30 "$logs/$file.out"
  fi
done
finish valgrind
((valgrind_failed == 0))

echo "=== reliability: all stages passed in $((SECONDS - started)) s (${durations[*]})"
