#!/usr/bin/env bash
# dropin.sh — drop-in, proven by suites nobody here wrote: Tk's own canvas
# tests (tests/canv*.test) of Tk 8.6.13 (Debian's tk8.6 source package, run in
# tclsh8.6 with the Tcl 8.6 build) and of Tk 9.0 (the release of the Tk the
# Tcl 9 build was made for, run in its wish9.0 with that build), and CPython's
# tkinter tests (test_tkinter) of each pyenv Python 3.8-3.13, each run once
# plain and once with tkext enabled on every canvas.  Fails on any test whose
# outcome differs between the two runs unless tests/dropin/expected-differences.txt
# lists it with its reason, and on a listed difference that no longer happens.
# Run by scripts/test.sh after the normal suite.
# Usage: bash scripts/dropin.sh
#   TKEXT_BUILD_DIR      the Tcl 8.6 build holding libtkext.so (default build)
#   TKEXT_BUILD9_DIR     the Tcl 9 build (default: TKEXT_BUILD_DIR's with -tcl9
#                        appended, as scripts/test.sh names it); its CMakeCache
#                        names the wish9.0 and tclsh9.0 it was built for
#   TKEXT_DROPIN_SUITES  which suites (default "tk tk9 8 9 10 11 12 13": Tk
#                        8.6's, Tk 9's, and CPython 3.8 ... 3.13's)
#   TKEXT_TCLTK9_CACHE   where scripts/tcltk9.sh keeps Tk 9's source tarball
#                        (default ~/.cache/tkext/tcltk9-src): used when there
# Needs: xvfb-run, the pyenv Pythons (`pyenv root`), network once: Tk sources
# not in a cache are fetched with apt-get source through a private apt
# configuration (the machine's own apt sources are not touched) and kept in
# ~/.cache/tkext/dropin between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

build=$(cd "${TKEXT_BUILD_DIR:-build}" && pwd)
build9=${TKEXT_BUILD9_DIR:-$build-tcl9}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/tkext/dropin
work=$build/dropin
expected=tests/dropin/expected-differences.txt
tk_version=8.6.13-2
suites=" ${TKEXT_DROPIN_SUITES:-tk tk9 8 9 10 11 12 13} "
rm -rf "$work"
mkdir -p "$cache" "$work"
xvfb=(xvfb-run -a -s "-screen 0 1280x1024x24")
export TCLLIBPATH=$build PYTHONPATH=$PWD/python PYTHONDONTWRITEBYTECODE=1
failed=0

# fetch_source SUITE PACKAGE[=VERSION]: the files of that Debian source
# package in SUITE into $cache (scripts/debian-source.sh).
source scripts/debian-source.sh
fetch_source() { debian_source_fetch "$cache/apt-$1" "$cache" "$1" "$2"; }

# ---- Tk's test files ------------------------------------------------------------
tk_tests=$cache/tk8.6.13/tests
if [[ $suites == *" tk "* && ! -f $tk_tests/canvas.test ]]; then
  fetch_source bookworm "tk8.6=$tk_version"
  tar xzf "$cache/tk8.6_8.6.13.orig.tar.gz" -C "$cache" tk8.6.13/tests
fi

# Tk 9's: those of the Tk the Tcl 9 build was made for (from the tarball
# scripts/tcltk9.sh built it from, else from Debian's unstable).
tk9_tests='' tk9_patch='' wish9=''
if [[ $suites == *" tk9 "* ]]; then
  wish9=$(awk -F= '$1 == "TKEXT_WISH:FILEPATH" {print $2}' "$build9/CMakeCache.txt" 2>/dev/null || true)
  tclsh9=$(awk -F= '$1 == "TKEXT_TCLSH:FILEPATH" {print $2}' "$build9/CMakeCache.txt" 2>/dev/null || true)
  if [[ -n $wish9 && -x $wish9 && -n $tclsh9 && -x $tclsh9 ]]; then
    # (asking for a package that is nowhere makes Tcl read every pkgIndex.tcl)
    tk9_patch=$(echo 'catch {package require tkext-none}
                      puts [lindex [lsort -dictionary [package versions Tk]] end]' | "$tclsh9")
    tk9_tests=$cache/tk$tk9_patch/tests
    if [[ -z $tk9_patch ]]; then
      echo "tk9: FAILED: $tclsh9 finds no Tk"
      tk9_tests='' failed=1
    elif [[ ! -f $tk9_tests/canvas.test ]]; then
      tarball=${TKEXT_TCLTK9_CACHE:-$HOME/.cache/tkext/tcltk9-src}/src/tk9.0_$tk9_patch.orig.tar.gz
      if [[ ! -f $tarball ]]; then
        fetch_source unstable tk9.0 || true
        tarball=$cache/tk9.0_$tk9_patch.orig.tar.gz
      fi
      if [[ -f $tarball ]]; then
        tar xzf "$tarball" -C "$cache" "tk$tk9_patch/tests"
      else
        echo "tk$tk9_patch: FAILED: no source tarball of Tk $tk9_patch to take its tests from"
        tk9_tests='' failed=1
      fi
    fi
  else
    echo "tk9: FAILED: $build9 is no Tcl 9 build of tkext naming its wish9.0" \
      "(build it as scripts/test.sh does, or set TKEXT_BUILD9_DIR)"
    failed=1
  fi
fi

# compare SUITE PLAIN_FILE TKEXT_FILE: the tests whose outcome differs, each
# checked against the expected list; prints the suite's one-line summary.
compare() {
  local suite=$1 plain=$work/$1-plain.sorted tkext=$work/$1-tkext.sorted
  local tests differing unexpected=() gone=()
  LC_ALL=C sort "$2" >"$plain"
  LC_ALL=C sort "$3" >"$tkext"
  tests=$(wc -l <"$plain")
  if ((tests == 0)) || [[ $(cut -d' ' -f1 "$plain") != $(cut -d' ' -f1 "$tkext") ]]; then
    echo "$suite: FAILED: the two runs did not run the same tests ($tests plain, $(wc -l <"$tkext") with tkext)"
    failed=1
    return
  fi
  differing=$(LC_ALL=C join "$plain" "$tkext" | awk '$2 != $3 {print $1 " " $2 " -> " $3}')
  while read -r name change; do
    [[ -z $name ]] && continue
    grep -q "^$suite $name " "$expected" || unexpected+=("$name: $change")
  done <<<"$differing"
  # Listed differences that did not happen: the list must stay true.
  while read -r _ name _; do
    grep -q "^$name " <<<"$differing" || gone+=("$name")
  done < <(grep "^$suite " "$expected" || true)
  local count
  count=$(grep -c . <<<"$differing" || true)
  if ((${#unexpected[@]} + ${#gone[@]} == 0)); then
    if ((count == 0)); then
      echo "$suite: $tests tests, the same outcome for every one with tkext"
    else
      echo "$suite: $tests tests, $count differ with tkext, each listed in $expected"
    fi
  else
    failed=1
    echo "$suite: $tests tests, $count differ with tkext: FAILED"
    for each in "${unexpected[@]}"; do echo "  not listed: $each"; done
    for each in "${gone[@]}"; do echo "  listed but the same in both runs: $each"; done
  fi
}

# ---- Tk's canvas tests, plain and with tkext ----------------------------------------
# run_tk SUITE NAME SHELL TESTS_DIR BUILD_DIR: both runs of those tests in
# SHELL, with that build's tkext on the package path, then the comparison.
run_tk() {
  local suite=$1 name=$2 shell=$3 tests=$4 lib=$5 mode
  for mode in plain tkext; do
    (cd "$work" && TCLLIBPATH=$lib "${xvfb[@]}" "$shell" "$OLDPWD/tests/dropin/tk_canvas_tests.tcl" \
        "$tests" "$mode" "$work/$name-$mode.txt" >"$work/$name-$mode.log" 2>&1) \
      || { echo "$suite ($mode): the run failed; see $work/$name-$mode.log"; tail -n 5 "$work/$name-$mode.log"; failed=1; }
  done
  if [[ -f $work/$name-plain.txt && -f $work/$name-tkext.txt ]]; then
    compare "$suite" "$work/$name-plain.txt" "$work/$name-tkext.txt"
  fi
}
if [[ $suites == *" tk "* ]]; then
  run_tk tk8.6.13 tk tclsh8.6 "$tk_tests" "$build"
fi
if [[ -n $tk9_tests ]]; then
  run_tk "tk$tk9_patch" tk9 "$wish9" "$tk9_tests" "$(cd "$build9" && pwd)"
fi

# ---- CPython's tkinter tests, each pyenv Python 3.8-3.13 -----------------------------
# As cmake/tkext_find_pythons.cmake finds them: pyenv need not be on PATH.
pyenv_root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
for minor in 8 9 10 11 12 13; do
  [[ $suites == *" $minor "* ]] || continue
  python=$(ls -d "$pyenv_root"/versions/3."$minor".*/bin/python 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z $python ]]; then
    echo "python3.$minor: FAILED: no pyenv Python 3.$minor under $pyenv_root"
    failed=1
    continue
  fi
  # Where each version keeps its tkinter tests.
  package=test.test_tkinter
  ((minor <= 11)) && package=tkinter.test.test_tkinter
  for mode in plain tkext; do
    "${xvfb[@]}" "$python" tests/dropin/tkinter_tests.py "$mode" "$work/py3$minor-$mode.txt" "$package" \
      >"$work/py3$minor-$mode.log" 2>&1 \
      || { echo "python3.$minor ($mode): the run failed; see $work/py3$minor-$mode.log"; tail -n 5 "$work/py3$minor-$mode.log"; failed=1; }
  done
  if [[ -f $work/py3$minor-plain.txt && -f $work/py3$minor-tkext.txt ]]; then
    compare "python3.$minor" "$work/py3$minor-plain.txt" "$work/py3$minor-tkext.txt"
  fi
done

((failed == 0))
