#!/usr/bin/env bash
# tcltk9.sh — Tcl 9.0, Tk 9.0 and Thread 3 built from Debian's own source
# packages (tcl9.0, tk9.0, tclthread3 in the unstable suite) into a prefix kept
# between runs; a prefix that already holds them is reused as it is.  Prints
# the prefix as the last line of stdout, for CMAKE_PREFIX_PATH.
#
# The machine's apt setup stays untouched: a private APT_CONFIG (state, cache
# and one deb-src line for unstable, on the archive the machine already uses,
# checked with Debian's archive keyring) lives in the cache directory.
#
# Usage: prefix=$(bash scripts/tcltk9.sh | tail -n 1)
# Environment: TKEXT_TCLTK9_PREFIX (default ~/.cache/tkext/tcltk-9.0.4),
#              TKEXT_TCLTK9_CACHE (sources and apt state, default ~/.cache/tkext/tcltk9-src)
set -euo pipefail

prefix=${TKEXT_TCLTK9_PREFIX:-$HOME/.cache/tkext/tcltk-9.0.4}
cache=${TKEXT_TCLTK9_CACHE:-$HOME/.cache/tkext/tcltk9-src}
jobs=$(nproc)
log() { echo "tcltk9: $*" >&2; }

# The prefix is ready when its tclsh runs Tcl 9.0 and finds Tk 9.0 (from the
# pkgIndex files, so no display is needed) and Tk's build files are there.
tcltk_ready() {
  [[ -x $prefix/bin/tclsh9.0 && -x $prefix/bin/wish9.0 &&
     -f $prefix/lib/tclConfig.sh && -f $prefix/lib/tkConfig.sh ]] || return 1
  local versions
  versions=$(echo 'catch {package require tkext-none}; puts "[info patchlevel] [package versions Tk]"' |
             "$prefix/bin/tclsh9.0" 2>/dev/null) || return 1
  [[ $versions == 9.0.* && $versions == *" 9.0."* ]]
}
# (tclsh reading stdin exits 0 after an error: the output is what counts.)
thread_ready() {
  [[ $(echo 'puts [package require Thread 3]' | "$prefix/bin/tclsh9.0" 2>/dev/null) == 3.* ]]
}

# fetch source-package... -> downloads their upstream tarballs into $cache/src
# (scripts/debian-source.sh); success is judged by the tarballs.
source "$(dirname "${BASH_SOURCE[0]}")/debian-source.sh"
fetch() {
  debian_source_fetch "$cache/apt" "$cache/src" unstable "$@" ||
    log "apt-get source exited non-zero (a missing file, e.g. tcl9.0's .dsc, is known); checking the tarballs"
}

# tarball pattern -> the newest file in $cache/src matching it, or fail.
tarball() {
  local found
  found=$(ls -1 "$cache"/src/$1 2>/dev/null | sort -V | tail -n 1)
  [[ -n $found ]] || { log "no $1 in $cache/src after apt-get source"; return 1; }
  echo "$found"
}

# build tarball subdir configure-args... -> configure, make, make install into
# $prefix.  Sources stay unpacked in $cache/build until the script ends: Tk's
# configure reads Tcl's headers from the Tcl source tree tclConfig.sh names.
build() {
  local tarball=$1 subdir=$2; shift 2
  local top
  # (awk reads the whole listing: `head` would end tar with SIGPIPE under pipefail)
  top=$cache/build/$(tar -tzf "$tarball" | awk -F/ 'NR == 1 {print $1}')
  mkdir -p "$cache/build" && rm -rf "$top" && tar -xzf "$tarball" -C "$cache/build"
  log "building $(basename "$top") into $prefix"
  (cd "$top/$subdir" && ./configure --prefix="$prefix" "$@" >"$cache/build.log" 2>&1 &&
     make -j"$jobs" >>"$cache/build.log" 2>&1 && make install >>"$cache/build.log" 2>&1) ||
    { log "build failed; last lines of $cache/build.log:"; tail -n 30 "$cache/build.log" >&2; return 1; }
}

mkdir -p "$cache"
# One build at a time per cache (two test runs may start together).
exec 9>"$cache/lock"
flock 9

# What is missing is fetched in one go, then built: Tcl, Tk, then Thread 3
# (Debian's tclthread3; Debian's tcl9.0 tarball has no pkgs/) for
# tests/tcl/threads.test.
need_tcltk=1 need_thread=1
tcltk_ready && need_tcltk=0 && thread_ready && need_thread=0
wanted=()
((need_tcltk)) && wanted+=(tcl9.0 tk9.0)
((need_thread)) && wanted+=(tclthread3)
((${#wanted[@]} == 0)) || fetch "${wanted[@]}"

if ((need_tcltk)); then
  tcl_tar=$(tarball 'tcl9.0_9.0.*.orig.tar.gz')
  tk_tar=$(tarball 'tk9.0_9.0.*.orig.tar.gz')
  build "$tcl_tar" unix --enable-shared
  build "$tk_tar" unix --with-tcl="$prefix/lib"
  tcltk_ready || { log "Tcl/Tk 9.0 in $prefix does not work after the build"; exit 1; }
else
  log "reusing Tcl/Tk $(echo 'puts [info patchlevel]' | "$prefix/bin/tclsh9.0") in $prefix"
fi
# Thread is optional: without it threads.test says its cases are skipped for
# the missing package (constraint "thread") and everything else still runs.
if ((need_thread)); then
  if thread_tar=$(tarball 'tclthread3_3.*.orig.tar.gz') &&
     build "$thread_tar" . --with-tcl="$prefix/lib" && thread_ready; then
    log "Thread $(echo 'puts [package require Thread]' | "$prefix/bin/tclsh9.0") built into $prefix"
  else
    log "Thread 3 is not available for Tcl 9.0 here: tests/tcl/threads.test will skip (constraint thread)"
  fi
fi

rm -rf "$cache/build"
echo "$prefix"
