#!/usr/bin/env bash
# clang-libcxx.sh — the second compiler: tkext built with clang and LLVM's
# libc++ (Debian's clang, libc++-dev, libc++abi-dev), the stand-in for macOS's
# toolchain, and the suite run on that build: GoogleTest (core, bridge),
# tcltest (Tcl commands, demo) and unittest (Python), every layer linked
# against libc++ -- checked below, not assumed.  Debian's libgtest is built
# against libstdc++ and does not link with libc++, so GoogleTest itself is
# built first from Debian's own sources (package googletest, /usr/src/googletest)
# with libc++, once per build directory.
# Left out to keep the stage short: tcl.leak (10^5 calls per command, resident
# memory; nothing compiler-specific) and most of tcl.oracle's generated cases
# (TKEXT_ORACLE_CASES=2000 of the usual 20000).
# Usage: bash scripts/clang-libcxx.sh   (TKEXT_LIBCXX_BUILD_DIR: build dir, default build-libcxx)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath -m "${TKEXT_LIBCXX_BUILD_DIR:-build-libcxx}")
jobs=$(nproc)
export CC=clang CXX=clang++
SECONDS=0
mkdir -p "$build"
stage() { printf 'clang-libcxx: %-52s %4ds\n' "$1" "$SECONDS"; }

gtest_build=$build/googletest
gtest_prefix=$gtest_build/prefix
if [[ ! -f $gtest_prefix/lib/cmake/GTest/GTestConfig.cmake ]]; then
  cmake -S /usr/src/googletest -B "$gtest_build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS=-stdlib=libc++ -DBUILD_GMOCK=OFF -DINSTALL_GTEST=ON \
    -DCMAKE_INSTALL_PREFIX="$gtest_prefix" >"$build/googletest.log" 2>&1 \
    && cmake --build "$gtest_build" -j"$jobs" >>"$build/googletest.log" 2>&1 \
    && cmake --install "$gtest_build" >>"$build/googletest.log" 2>&1 \
    || { tail -n 30 "$build/googletest.log"; echo "clang-libcxx: building GoogleTest with libc++ failed"; exit 1; }
  stage "GoogleTest built with libc++"
fi

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS=-stdlib=libc++ \
  -DGTest_DIR="$gtest_prefix/lib/cmake/GTest" >/dev/null
cmake --build "$build" -j"$jobs" >"$build/build.log" 2>&1 \
  || { tail -n 40 "$build/build.log"; echo "clang-libcxx: the build failed (log: $build/build.log)"; exit 1; }
stage "tkext and its tests built with clang and libc++"

# Which C++ library each layer's binary links: libc++, never libstdc++.
library=$(find "$build" -maxdepth 1 -name 'lib*tkext*.so')
for binary in "$library" "$build/tests/core/core_tests" "$build/tests/bridge/bridge_tests" \
              "$build/tests/commands/commands_tests"; do
  needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
  if [[ $needed != *libc++.so.1* || $needed == *libstdc++* ]]; then
    echo "clang-libcxx: $binary is not linked against libc++ alone: $needed"
    exit 1
  fi
  echo "clang-libcxx: $(basename "$binary") links: $needed"
done

TKEXT_ORACLE_CASES=2000 xvfb-run -a -s "-screen 0 1280x1024x24" \
  ctest --test-dir "$build" -j"$jobs" --timeout 600 -E '^tcl\.leak$' --output-on-failure \
  >"$build/ctest.log" 2>&1 || { grep -E 'tests passed|Failed|\*\*\*' "$build/ctest.log" | tail -n 40
                                echo "clang-libcxx: suite failed (log: $build/ctest.log)"; exit 1; }
for layer in 'core_tests\.' 'bridge_tests\.' 'commands_tests\.' 'tcl\.' 'demo\.' 'python\.' 'cmake\.'; do
  count=$(grep -cE "Test +#[0-9]+: ${layer}.* Passed" "$build/ctest.log" || true)
  printf 'clang-libcxx: %-14s %3d ctest tests passed\n' "${layer//\\/}" "$count"
done
stage "$(grep 'tests passed' "$build/ctest.log")"
