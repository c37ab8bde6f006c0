#!/usr/bin/env bash
# wine.sh — runs a Windows program under Wine, in a Wine prefix of tkext's own
# (kept between runs, so ~/.wine is left alone), quietly, without the Mono
# and Gecko installers a fresh prefix would offer (no .NET and no HTML engine
# is needed here), and without Wine's debugger: a program that crashes exits
# at once with a failure instead of waiting in winedbg.  Under Wine, Linux paths appear as Z:/... and a path such as
# /work/x given to a Windows program reaches the same file.
# Usage: scripts/wine.sh program.exe args...     (CMAKE_CROSSCOMPILING_EMULATOR)
#        source scripts/wine.sh; wine_run program.exe args...
# Environment: TKEXT_WINEPREFIX (default ~/.cache/tkext/wine)
export WINEPREFIX=${TKEXT_WINEPREFIX:-$HOME/.cache/tkext/wine}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d"
# The prefix is made on first use (wineboot), once.
wine_prefix() {
  if [[ ! -f $WINEPREFIX/system.reg ]]; then
    mkdir -p "$WINEPREFIX"
    wine wineboot -i >/dev/null 2>&1 || true
    wineserver -w
  fi
}
wine_run() {
  wine_prefix
  wine "$@"
}
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  wine_prefix
  exec wine "$@"   # signals reach the program itself
fi
