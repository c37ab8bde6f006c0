#!/usr/bin/env bash
# windows.sh — the `windows` CI stage: tkext cross-built for 64-bit Windows
# with mingw-w64 and tested under Wine + Xvfb, on Windows Tcl/Tk 8.6.13 and
# 9.0.4 (scripts/tcltk-windows.sh builds them from Debian's sources, once).
# For each: an ordinary CMake cross-build (cmake/toolchains/mingw-w64-x86_64.cmake),
# the DLL's import table read (Windows' own DLLs only: the C++ runtime is linked
# in), every tcltest file of the suite (tests/tcl, the oracle whole) and the
# demo with its screenshot, run by the Windows tclsh under Wine.  Then the
# py3-none-win_amd64 wheel (setup.py, TKEXT_WINDOWS_TCLTK), its files listed
# and checked, and tkext.load() given Windows paths (C:\..., Z:\...) where
# that wheel is unpacked, run against Windows tclsh86.exe
# (tests/python/windows_load.py).  Prints the pass/skip/fail table beside the
# Linux builds' (when their last ctest runs are there).  Any failure fails.
# Usage: bash scripts/windows.sh
#   TKEXT_BUILD_DIR, TKEXT_BUILD9_DIR   the Linux builds for the table (default build, build-tcl9)
#   TKEXT_WINDOWS_BUILD_DIR             prefix of the Windows build dirs (default build-win: -86, -90)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tcl-counts.sh   # tcl_counts, tcl_skips
source scripts/wine.sh         # WINEPREFIX, wine_run

build=${TKEXT_BUILD_DIR:-build}
build9=${TKEXT_BUILD9_DIR:-$build-tcl9}
win=${TKEXT_WINDOWS_BUILD_DIR:-build-win}
jobs=$(nproc)
python=/usr/bin/python3   # Debian's, with python3-build and tkinter (scripts/install-deps.sh)
stage_started=$SECONDS
stage() { echo "=== windows: $1 ($((SECONDS - stage_started)) s)"; stage_started=$SECONDS; }

mapfile -t prefixes < <(bash scripts/tcltk-windows.sh 8.6 9.0)
((${#prefixes[@]} == 2)) || { echo "windows: scripts/tcltk-windows.sh gave no prefixes"; exit 1; }
stage "Windows Tcl/Tk prefixes ${prefixes[*]}"

# check_dll dll -> its imports are Windows' own DLLs, and it exports Tcl's entry points.
check_dll() {
  local dll=$1 imports bad exports
  imports=$(x86_64-w64-mingw32-objdump -p "$dll" | awk '/DLL Name:/ {print $3}')
  bad=$(grep -viE '^(kernel32|msvcrt|ucrtbase|user32|gdi32|advapi32|ntdll|ws2_32)\.dll$|^api-ms-win-' \
        <<<"$imports" || true)
  exports=$(x86_64-w64-mingw32-objdump -p "$dll" | awk '/\[ *[0-9]+\] Tkext_/ {print $NF}' | sort | tr '\n' ' ')
  echo "windows: $(basename "$dll") imports: $(tr '\n' ' ' <<<"$imports")exports: $exports"
  if [[ -n $bad ]]; then
    echo "windows: FAILED: $(basename "$dll") imports DLLs Windows does not have: $(tr '\n' ' ' <<<"$bad")"
    return 1
  fi
  [[ $exports == "Tkext_Init Tkext_SafeInit " ]] ||
    { echo "windows: FAILED: $(basename "$dll") does not export Tkext_Init and Tkext_SafeInit"; return 1; }
}

status=0
rows=()
for prefix in "${prefixes[@]}"; do
  patch=${prefix##*-}            # .../tcltk-win-8.6.13 -> 8.6.13
  short=$(cut -d. -f1,2 <<<"$patch" | tr -d .)
  dir=$win-$short
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/toolchains/mingw-w64-x86_64.cmake" \
    -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CROSSCOMPILING_EMULATOR="$PWD/scripts/wine.sh" >/dev/null
  cmake --build "$dir" -j"$jobs" >"$dir/build.log" 2>&1 ||
    { tail -n 30 "$dir/build.log"; echo "windows: FAILED: the build for Tcl/Tk $patch"; exit 1; }
  dlls=("$dir"/*.dll)
  ((${#dlls[@]} == 1)) || { echo "windows: expected one DLL in $dir, got ${dlls[*]}"; exit 1; }
  check_dll "${dlls[0]}" || status=1
  suite=0
  # Wine's desktop process serves every program of the prefix and keeps the
  # display it started with: start afresh inside this Xvfb.
  wineserver -k 2>/dev/null || true
  xvfb-run -a -s "-screen 0 1280x1024x24" \
    ctest --test-dir "$dir" --output-on-failure -j"$jobs" --timeout 600 -R '^(tcl|demo)\.' || suite=$?
  ((suite == 0)) || status=1
  grep -h '^oracle: ' "$dir/Testing/Temporary/LastTest.log" | sed "s/^/windows $patch: /" || true
  rows+=("Windows $patch (Wine)|$dir|$suite")
  stage "Tcl/Tk $patch for Windows: build, DLL, suite"
done

# ---- the win_amd64 wheel --------------------------------------------------------------
wheel_dir=$PWD/$win-wheel
rm -rf "$wheel_dir" && mkdir -p "$wheel_dir"
if ! TKEXT_WINDOWS_TCLTK=${prefixes[0]} CMAKE_BUILD_PARALLEL_LEVEL=$jobs \
     "$python" -m build --no-isolation --skip-dependency-check --wheel --outdir "$wheel_dir" . >"$wheel_dir/build.log" 2>&1; then
  tail -n 40 "$wheel_dir/build.log"
  echo "windows: FAILED: the win_amd64 wheel build (log: $wheel_dir/build.log)"
  exit 1
fi
wheels=("$wheel_dir"/tkext-*.whl)
((${#wheels[@]} == 1)) || { echo "windows: expected one wheel, got ${wheels[*]}"; exit 1; }
"$python" - "${wheels[0]}" <<'PY'
import sys, zipfile
wheel = sys.argv[1]
name = wheel.rsplit('/', 1)[-1]
assert name.endswith('-py3-none-win_amd64.whl'), 'wrong tag: ' + name
with zipfile.ZipFile(wheel) as archive:
    names = archive.namelist()
    for entry in archive.infolist():
        print('  %8d  %s' % (entry.file_size, entry.filename))
    wheel_meta = archive.read(next(n for n in names if n.endswith('.dist-info/WHEEL'))).decode()
    assert 'Tag: py3-none-win_amd64' in wheel_meta and 'Root-Is-Purelib: false' in wheel_meta, wheel_meta
    version = {}
    exec(archive.read('tkext/_version.py').decode(), version)
    # TEA's name for Tcl 8 on Windows: the version without dots (Tkinter runs Tcl 8.6).
    dll = 'tkext/tcl/tkext%s.dll' % version['__version__'].replace('.', '')
    for needed in ('tkext/__init__.py', 'tkext/py.typed', 'tkext/tcl/pkgIndex.tcl', dll):
        assert needed in names, 'wheel lacks ' + needed
    libraries = [n for n in names if n.endswith(('.so', '.dll', '.dylib'))]
    assert libraries == [dll], 'libraries: %s' % libraries
    strays = [n for n in names if not n.startswith(('tkext/', 'tkext-'))]
    assert not strays, 'files outside the package: %s' % strays
print('windows: %s: %d files, tag and contents as expected' % (name, len(names)))
PY
unpacked=$wheel_dir/site-packages
"$python" -m zipfile -e "${wheels[0]}" "$unpacked"
check_dll "$(ls "$unpacked"/tkext/tcl/*.dll)" || status=1
# The same package where Windows Python would have it: C:\Users\...\site-packages.
c_site="Users/Tkext User/AppData/Local/Programs/Python/Python312/Lib/site-packages"
rm -rf "$WINEPREFIX/drive_c/Users/Tkext User"
mkdir -p "$WINEPREFIX/drive_c/$c_site"
cp -r "$unpacked/tkext" "$WINEPREFIX/drive_c/$c_site/"
c_dir="C:\\${c_site//\//\\}\\tkext\\tcl"
z_dir="Z:${unpacked//\//\\}\\tkext\\tcl"
"$python" tests/python/windows_load.py "${prefixes[0]}/bin/tclsh86.exe" "$unpacked" "$c_dir" "$z_dir" ||
  status=1
rm -rf "$WINEPREFIX/drive_c/Users/Tkext User"
stage "win_amd64 wheel: build, contents, load() from C:\\ and Z:\\ paths"

# ---- the table ----------------------------------------------------------------------------
echo
echo "Tcl test cases (tests/tcl, tests/demo)        passed  skipped  failed   ctest"
for linux in "$build" "$build9"; do
  [[ -f $linux/Testing/Temporary/LastTest.log && -f $linux/CMakeCache.txt ]] || continue
  tclsh=$(awk -F= '$1 == "TKEXT_TCLSH:FILEPATH" {print $2}' "$linux/CMakeCache.txt")
  rows=("Linux $(echo 'puts [info patchlevel]' | "$tclsh")|$linux|" "${rows[@]}")
done
for row in "${rows[@]}"; do
  IFS='|' read -r label dir suite <<<"$row"
  read -r p s f <<<"$(tcl_counts "$dir")"
  verdict=""
  [[ -n $suite ]] && verdict=$( ((suite)) && echo FAILED || echo passed)
  printf "  %-42s %6d %8d %7d   %s\n" "$label" "$p" "$s" "$f" "$verdict"
done
for row in "${rows[@]}"; do
  IFS='|' read -r label dir suite <<<"$row"
  echo "  skipped on $label by constraint: $(tcl_skips "$dir")"
done
((status == 0)) || { echo "windows: FAILED"; exit 1; }
echo "windows: all passed"
