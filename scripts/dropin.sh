#!/usr/bin/env bash
# dropin.sh — drop-in, proven by suites nobody here wrote: Tk 8.6.13's own
# canvas tests (tests/canv*.test of Debian's tk8.6 source package) and CPython's
# tkinter tests (test_tkinter) of each pyenv Python 3.8-3.13, each run once
# plain and once with tkext enabled on every canvas.  Fails on any test whose
# outcome differs between the two runs unless tests/dropin/expected-differences.txt
# lists it with its reason, and on a listed difference that no longer happens.
# Run by scripts/test.sh after the normal suite.
# Usage: bash scripts/dropin.sh
#   TKEXT_BUILD_DIR      the build holding libtkext.so (default build)
#   TKEXT_DROPIN_SUITES  which suites (default "tk 8 9 10 11 12 13": Tk's, and
#                        CPython 3.8 ... 3.13's)
# Needs: xvfb-run, the pyenv Pythons (`pyenv root`), network once: the Tk
# sources are fetched with apt-get source through a private apt configuration
# (the machine's own apt sources are not touched) and kept in
# ~/.cache/tkext/dropin between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

build=$(cd "${TKEXT_BUILD_DIR:-build}" && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/tkext/dropin
work=$build/dropin
expected=tests/dropin/expected-differences.txt
tk_version=8.6.13-2
rm -rf "$work"
mkdir -p "$cache" "$work"
xvfb=(xvfb-run -a -s "-screen 0 1280x1024x24")
export TCLLIBPATH=$build PYTHONPATH=$PWD/python PYTHONDONTWRITEBYTECODE=1

# ---- Tk's test files ------------------------------------------------------------
tk_tests=$cache/tk8.6.13/tests
if [[ ! -f $tk_tests/canvas.test ]]; then
  apt=$cache/apt
  mkdir -p "$apt/lists/partial" "$apt/archives/partial" "$apt/etc/sources.list.d" "$apt/etc/preferences.d"
  : >"$apt/etc/sources.list"
  # The archive this machine already uses, for source packages of bookworm.
  archive=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  cat >"$apt/etc/sources.list.d/tkext-dropin.sources" <<EOF
Types: deb-src
URIs: ${archive:-http://deb.debian.org/debian}
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  cat >"$apt/apt.conf" <<EOF
Dir::State "$apt";
Dir::State::Lists "$apt/lists";
Dir::Cache "$apt";
Dir::Etc::SourceList "$apt/etc/sources.list";
Dir::Etc::SourceParts "$apt/etc/sources.list.d";
Dir::Etc::Preferences "$apt/etc/preferences";
Dir::Etc::PreferencesParts "$apt/etc/preferences.d";
APT::Sandbox::User "root";
EOF
  APT_CONFIG=$apt/apt.conf apt-get update -qq
  (cd "$cache" && APT_CONFIG=$apt/apt.conf apt-get source --download-only -qq "tk8.6=$tk_version")
  tar xzf "$cache/tk8.6_8.6.13.orig.tar.gz" -C "$cache" tk8.6.13/tests
fi

suites=" ${TKEXT_DROPIN_SUITES:-tk 8 9 10 11 12 13} "
failed=0
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

# ---- Tk 8.6.13's canvas tests ------------------------------------------------------
[[ $suites == *" tk "* ]] && for mode in plain tkext; do
  (cd "$work" && "${xvfb[@]}" tclsh8.6 "$OLDPWD/tests/dropin/tk_canvas_tests.tcl" "$tk_tests" "$mode" \
      "$work/tk-$mode.txt" >"$work/tk-$mode.log" 2>&1) \
    || { echo "tk8.6.13 ($mode): the run failed; see $work/tk-$mode.log"; tail -n 5 "$work/tk-$mode.log"; failed=1; }
done
if [[ -f $work/tk-plain.txt && -f $work/tk-tkext.txt ]]; then
  compare tk8.6.13 "$work/tk-plain.txt" "$work/tk-tkext.txt"
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
