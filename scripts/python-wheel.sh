#!/usr/bin/env bash
# python-wheel.sh — builds the tkext wheel once, offline (Debian's python3 with
# python3-build: `python3 -m build --no-isolation --wheel`), checks its tag and
# contents, then for each pyenv Python 3.8-3.13 and Debian's python3 (with its
# NumPy): a fresh venv, `pip install --no-index` of the wheel, the whole Python
# suite (tests/python) under xvfb-run with no PYTHONPATH and no TCLLIBPATH, and
# `pip uninstall -y tkext`, after which no tkext file may be left in the venv.
# Usage: bash scripts/python-wheel.sh [3.8 3.13 system ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
out=${TKEXT_WHEEL_DIR:-$PWD/build-wheel}   # also setup.py's build directory
pythons=("$@")
((${#pythons[@]})) || pythons=(3.8 3.9 3.10 3.11 3.12 3.13 system)
pyenv_root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
system_python=/usr/bin/python3
unset PYTHONPATH TCLLIBPATH

stage() { printf 'python-wheel: %-44s %4ds\n' "$1" "$SECONDS"; }

SECONDS=0
mkdir -p "$out"
rm -rf "$out/lib" "$out/dist"
if ! "$system_python" -m build --no-isolation --wheel --outdir "$out/dist" . >"$out/build.log" 2>&1; then
  tail -n 40 "$out/build.log"
  echo "python-wheel: the wheel build failed (log: $out/build.log)"
  exit 1
fi
wheels=("$out"/dist/tkext-*.whl)
((${#wheels[@]} == 1)) || { echo "python-wheel: expected one wheel, got ${wheels[*]}"; exit 1; }
wheel=${wheels[0]}
stage "built $(basename "$wheel")"

# One wheel for every Python 3: py3-none-<platform>, the Tcl package inside tkext/tcl/.
"$system_python" - "$wheel" <<'PY'
import sys, zipfile
wheel = sys.argv[1]
name = wheel.rsplit('/', 1)[-1]
assert '-py3-none-linux_' in name, 'wrong tag: ' + name
with zipfile.ZipFile(wheel) as archive:
    names = archive.namelist()
    metadata = next(n for n in names if n.endswith('.dist-info/METADATA'))
    text = archive.read(metadata).decode()
    for field in ('Requires-Python: >=3.8', 'Version: ', 'Summary: ', 'License'):
        assert field in text, 'METADATA lacks ' + field
    for needed in ('tkext/__init__.py', 'tkext/py.typed', 'tkext/_version.py',
                   'tkext/tcl/pkgIndex.tcl'):
        assert needed in names, 'wheel lacks ' + needed
    assert any(n.startswith('tkext/tcl/') and n.endswith('.so') for n in names), 'no library'
    strays = [n for n in names if not n.startswith(('tkext/', 'tkext-'))]
    assert not strays, 'files outside the package: %s' % strays
print('python-wheel: %s: %d files, tag and contents as expected' % (name, len(names)))
PY

failures=()
for python_name in "${pythons[@]}"; do
  venv_options=()
  if [[ $python_name == system ]]; then
    python=$system_python
    venv_options=(--system-site-packages)   # Debian's NumPy and tkinter
    suite_env=(TKEXT_REQUIRE_DISPLAY=1 TKEXT_REQUIRE_NUMPY=1)
  else
    python=$(ls -d "$pyenv_root/versions/$python_name".*/bin/python 2>/dev/null | sort -V | tail -n 1)
    suite_env=(TKEXT_REQUIRE_DISPLAY=1)
  fi
  if [[ ! -x $python ]]; then
    echo "python-wheel: no Python $python_name under $pyenv_root/versions"
    failures+=("$python_name (missing)")
    continue
  fi
  work=$(mktemp -d)
  venv=$work/venv
  "$python" -m venv "${venv_options[@]}" "$venv"
  "$venv/bin/python" -m pip install --no-index --no-cache-dir --disable-pip-version-check -q "$wheel"
  # From an empty directory, so nothing of the source tree is importable.
  module=$(cd "$work" && "$venv/bin/python" -c 'import tkext; print(tkext.__file__)')
  if [[ $module != "$venv"/* ]]; then
    echo "python-wheel: $python_name imported tkext from $module, not from the venv"
    failures+=("$python_name (import)")
  elif ! (cd "$work" && env "${suite_env[@]}" xvfb-run -a -s "-screen 0 1280x1024x24" \
            "$venv/bin/python" -m unittest discover -s "$source_dir/tests/python" -p 'test_*.py' \
            >"$work/suite.log" 2>&1); then
    tail -n 40 "$work/suite.log"
    failures+=("$python_name (suite)")
  else
    echo "python-wheel: $python_name: $(grep '^Ran ' "$work/suite.log"): $(tail -n 1 "$work/suite.log")"
  fi
  "$venv/bin/python" -m pip uninstall -y -q --disable-pip-version-check tkext
  left=$(find "$venv" -ipath '*tkext*' | head -n 20)
  if [[ -n $left ]]; then
    echo "python-wheel: $python_name: pip uninstall left:"
    echo "$left"
    failures+=("$python_name (uninstall)")
  fi
  stage "$python_name: venv, install, suite, uninstall"
  rm -rf "$work"
done

if ((${#failures[@]})); then
  echo "python-wheel: FAILED: ${failures[*]}"
  exit 1
fi
stage "all passed: ${pythons[*]}"
