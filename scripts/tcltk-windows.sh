#!/usr/bin/env bash
# tcltk-windows.sh — Tcl/Tk for Windows (x86_64), cross-built on Linux with
# Debian's mingw-w64 from Debian's own sources, and Wine to run it: Tcl/Tk
# 8.6.13 from bookworm's tcl8.6/tk8.6 source packages, Tcl/Tk 9.0.4 from the
# tcl9.0/tk9.0 tarballs scripts/tcltk9.sh fetches (fetched here when absent).
# Each goes into a prefix kept between runs; a prefix whose tclsh runs under
# Wine and finds its Tk is reused as it is.  Installs what is missing first
# (mingw-w64, wine, zip).  Prints one prefix per line, in the order asked, for
# CMAKE_PREFIX_PATH (with -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/mingw-w64-x86_64.cmake).
#
# The machine's apt setup stays untouched: a private APT_CONFIG (state, cache
# and deb-src lines on the archive the machine already uses, checked with
# Debian's archive keyring) lives in the cache directory.  Wine runs in its own
# prefix (TKEXT_WINEPREFIX), so ~/.wine is left alone.
#
# Usage: bash scripts/tcltk-windows.sh [8.6] [9.0]     (default: both)
#        prefix86=$(bash scripts/tcltk-windows.sh 8.6 | tail -n 1)
# Environment: TKEXT_TCLTK_WIN_ROOT (prefixes, default ~/.cache/tkext; each is
#              <root>/tcltk-win-<patchlevel>), TKEXT_TCLTK_WIN_CACHE (sources,
#              apt state, logs; default ~/.cache/tkext/tcltk-win-src),
#              TKEXT_TCLTK9_CACHE (scripts/tcltk9.sh's sources, looked in first),
#              TKEXT_WINEPREFIX (default ~/.cache/tkext/wine)
set -euo pipefail
cd "$(dirname "$0")/.."

root=${TKEXT_TCLTK_WIN_ROOT:-$HOME/.cache/tkext}
cache=${TKEXT_TCLTK_WIN_CACHE:-$HOME/.cache/tkext/tcltk-win-src}
tcl9_cache=${TKEXT_TCLTK9_CACHE:-$HOME/.cache/tkext/tcltk9-src}
host=x86_64-w64-mingw32
jobs=$(nproc)
log() { echo "tcltk-windows: $*" >&2; }
source scripts/wine.sh   # WINEPREFIX, WINEDEBUG, wine_run

versions=("$@")
((${#versions[@]})) || versions=(8.6 9.0)

# Debian packages the builds and the runs need (the posix-thread flavour of
# mingw-w64's g++: std::thread and friends need it; tkext starts no thread, but
# it is the one Debian recommends for C++).
packages=(g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 wine wine64 zip make xvfb xauth)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ready prefix tclsh-name -> the prefix's tclsh runs under Wine, reports the
# wanted Tcl and finds the same Tk (from pkgIndex files: no window opens).
ready() {
  local prefix=$1 tclsh=$2 want=$3 says
  [[ -f $prefix/bin/$tclsh && -f $prefix/lib/tclConfig.sh && -f $prefix/lib/tkConfig.sh ]] || return 1
  # (a script file: under Wine, tclsh reads no script from a pipe)
  echo 'catch {package require tkext-none}; puts "[info patchlevel] [package versions Tk]"' \
    >"$cache/versions.tcl"
  says=$(wine_run "$prefix/bin/$tclsh" "$cache/versions.tcl" 2>/dev/null | tr -d '\r') || return 1
  [[ $says == "$want "*"$want"* ]]
}

# fetch suite source-package... -> downloads their upstream tarballs into
# $cache/src (scripts/debian-source.sh); success is judged by the tarballs.
source scripts/debian-source.sh
fetch() {
  local suite=$1; shift
  debian_source_fetch "$cache/apt-$suite" "$cache/src" "$suite" "$@" ||
    log "apt-get source exited non-zero; checking the tarballs"
}

# tarball pattern -> the newest file matching it in $cache/src or in
# scripts/tcltk9.sh's cache, or fail.
tarball() {
  local found
  found=$(ls -1 "$cache"/src/$1 "$tcl9_cache"/src/$1 2>/dev/null | sort -V | tail -n 1)
  [[ -n $found ]] || return 1
  echo "$found"
}

# build tarball prefix configure-args... -> win/configure for mingw-w64, make,
# make install into prefix.  Sources stay unpacked in $cache/build until the
# script ends: Tk's configure reads Tcl's build tree.  Prints the build's win/.
build() {
  local tarball=$1 prefix=$2 top; shift 2
  # (awk reads the whole listing: `head` would end tar with SIGPIPE under pipefail)
  top=$cache/build/$(tar -tzf "$tarball" | awk -F/ 'NR == 1 {print $1}')
  mkdir -p "$cache/build" && rm -rf "$top" && tar -xzf "$tarball" -C "$cache/build"
  log "building $(basename "$top") for Windows into $prefix"
  (cd "$top/win" && ./configure --host=$host --enable-64bit --prefix="$prefix" "$@" \
       >"$cache/build.log" 2>&1 &&
     make -j"$jobs" >>"$cache/build.log" 2>&1 && make install >>"$cache/build.log" 2>&1) ||
    { log "build failed; last lines of $cache/build.log:"; tail -n 30 "$cache/build.log" >&2; return 1; }
  echo "$top/win"
}

# one version: tcl/tk source packages, suite, tarball patterns, tclsh name.
build_version() {
  local version=$1 suite tcl_pkg tk_pkg tcl_glob tk_glob tclsh patch prefix
  case $version in
    8.6) suite=bookworm tcl_pkg=tcl8.6 tk_pkg=tk8.6 tclsh=tclsh86.exe patch=8.6.13
         tcl_glob='tcl8.6_8.6.13*.orig.tar.gz' tk_glob='tk8.6_8.6.13*.orig.tar.gz' ;;
    9.0) suite=unstable tcl_pkg=tcl9.0 tk_pkg=tk9.0 tclsh=tclsh90.exe patch=9.0.4
         tcl_glob='tcl9.0_9.0.4*.orig.tar.gz' tk_glob='tk9.0_9.0.4*.orig.tar.gz' ;;
    *) log "unknown version $version (8.6 or 9.0)"; exit 2 ;;
  esac
  prefix=$root/tcltk-win-$patch
  if ready "$prefix" "$tclsh" "$patch"; then
    log "reusing Tcl/Tk $patch for Windows in $prefix"
    echo "$prefix"
    return
  fi
  local tcl_tar tk_tar tcl_win
  tcl_tar=$(tarball "$tcl_glob") && tk_tar=$(tarball "$tk_glob") ||
    { fetch "$suite" "$tcl_pkg" "$tk_pkg"; tcl_tar=$(tarball "$tcl_glob") && tk_tar=$(tarball "$tk_glob"); } ||
    { log "no $tcl_glob / $tk_glob after apt-get source"; exit 1; }
  rm -rf "$prefix"
  tcl_win=$(build "$tcl_tar" "$prefix")
  build "$tk_tar" "$prefix" --with-tcl="$tcl_win" >/dev/null
  rm -rf "$cache/build"
  ready "$prefix" "$tclsh" "$patch" ||
    { log "Tcl/Tk $patch for Windows in $prefix does not run under Wine after the build"; exit 1; }
  log "Tcl/Tk $patch for Windows built into $prefix"
  echo "$prefix"
}

mkdir -p "$cache"
# One build at a time per cache (two test runs may start together).
exec 9>"$cache/lock"
flock 9
for version in "${versions[@]}"; do
  build_version "$version"
done
