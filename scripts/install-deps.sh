#!/usr/bin/env bash
# install-deps.sh — installs (with apt-get) whatever tkext's build, tests and demo
# need and this machine lacks.  Safe to run again: it installs nothing that is there.
set -euo pipefail

packages=(
  cmake g++ make pkg-config          # build
  tcl8.6-dev tk8.6-dev               # headers and stub libraries
  libgtest-dev libbenchmark-dev      # C++ tests and benchmarks
  xvfb xauth x11-utils               # headless display for Tk tests and the demo
  tcllib tklib tcl-thread            # baselines, and the thread test
  clang libclang-rt-14-dev llvm      # sanitizers and libFuzzer
  libc++-dev libc++abi-dev googletest  # the clang/libc++ stage (GoogleTest's sources, built with libc++)
  valgrind                           # leak checks
  imagemagick                        # demo screenshots
  ghostscript librsvg2-bin           # SVG oracle: Tk's PostScript and tkext's SVG as pictures
  zip                                # Tcl 9.0 build (scripts/tcltk9.sh): its library zip
  python3-tk python3-numpy python3-venv python3-build python3-setuptools python3-wheel python3-mypy  # wheel, NumPy, hints
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
