#!/usr/bin/env bash
# demo.sh — installs what is missing, builds tkext, and runs the demo.
#
#   bash scripts/demo.sh                      the Tcl/Tk demo (demo/demo.tcl)
#   bash scripts/demo.sh --python             the Tkinter demo (demo/demo.py, python3)
#   bash scripts/demo.sh --screenshot FILE    write the window to FILE (PNG) and exit
#
# With a display ($DISPLAY set) the demo opens a window; without one it runs
# under xvfb-run and writes a screenshot, then says where.  TKEXT_BUILD_DIR
# picks the build directory (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."

flavour=tcl
screenshot=
while (($#)); do
  case $1 in
    --python) flavour=python ;;
    --tcl) flavour=tcl ;;
    --screenshot) screenshot=${2:?--screenshot needs a file name}; shift ;;
    -h|--help) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "demo.sh: unknown option \"$1\" (try --help)" >&2; exit 2 ;;
  esac
  shift
done

bash scripts/install-deps.sh
build=${TKEXT_BUILD_DIR:-build}
echo "demo.sh: building tkext in $build/"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null

export TCLLIBPATH="$PWD/$build"
export PYTHONPATH="$PWD/python${PYTHONPATH:+:$PYTHONPATH}"
if [[ $flavour == python ]]; then
  # Debian's python3 keeps tkinter in a separate package.
  if ! python3 -c 'import tkinter' 2>/dev/null; then
    echo "demo.sh: python3 has no tkinter; installing python3-tk"
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends python3-tk
  fi
  demo=(python3 demo/demo.py)
else
  demo=(tclsh demo/demo.tcl)
fi

if [[ -z $screenshot && -n ${DISPLAY:-} ]]; then
  exec "${demo[@]}"
fi
screenshot=${screenshot:-$build/demo/screenshot-$flavour.png}
mkdir -p "$(dirname "$screenshot")"
run=()
[[ -n ${DISPLAY:-} ]] || run=(xvfb-run -a -s "-screen 0 1280x1024x24")
"${run[@]}" "${demo[@]}" --screenshot "$screenshot" >/dev/null
if ((${#run[@]})); then
  echo "demo.sh: no display (\$DISPLAY unset), so the demo ran off-screen."
fi
echo "demo.sh: screenshot written to $(realpath "$screenshot")"
