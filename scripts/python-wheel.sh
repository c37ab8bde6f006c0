#!/usr/bin/env bash
# python-wheel.sh — builds the tkext sdist, then the wheel from that sdist (not
# from the checkout: the sdist is unpacked into an empty directory and built
# there), offline with Debian's python3 and python3-build (`python3 -m build
# --no-isolation`); checks the sdist's contents and the wheel's tag and
# contents: on Linux the tag is manylinux_2_X_<arch> with X exactly the newest
# GLIBC_2.X symbol version its library needs (read here with readelf, apart
# from setup.py's own reading), and the library needs no libstdc++/libgcc_s
# (no GLIBCXX_, CXXABI_ or GCC_ versions, nothing but the C library in
# DT_NEEDED).  Then for each pyenv Python 3.8-3.13 and Debian's python3 (with
# its NumPy): a fresh venv, `pip install --no-index` of the wheel, the whole
# Python suite (tests/python) under xvfb-run with no PYTHONPATH and no
# TCLLIBPATH, and `pip uninstall -y tkext`, after which no tkext file may be
# left in the venv.
# Usage: bash scripts/python-wheel.sh [3.8 3.13 system ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
out=${TKEXT_WHEEL_DIR:-$PWD/build-wheel}   # the sdist, the wheel and the build logs
pythons=("$@")
((${#pythons[@]})) || pythons=(3.8 3.9 3.10 3.11 3.12 3.13 system)
pyenv_root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
system_python=/usr/bin/python3
unset PYTHONPATH TCLLIBPATH

stage() { printf 'python-wheel: %-44s %4ds\n' "$1" "$SECONDS"; }

# build_step WHAT LOG COMMAND...: runs a build step into LOG, its tail on failure.
build_step() {
  local what=$1 log=$2
  shift 2
  if ! "$@" >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "python-wheel: $what failed (log: $log)"
    exit 1
  fi
}

SECONDS=0
mkdir -p "$out"
rm -rf "$out/lib" "$out/dist" "$out/sdist-src"
# --skip-dependency-check: pyproject.toml names PyPI's cmake, which an offline
# machine has as a program (Debian's cmake), not as a Python distribution.
build=("$system_python" -m build --no-isolation --skip-dependency-check --outdir "$out/dist")
build_step "the sdist build" "$out/sdist.log" "${build[@]}" --sdist .
sdists=("$out"/dist/tkext-*.tar.gz)
((${#sdists[@]} == 1)) || { echo "python-wheel: expected one sdist, got ${sdists[*]}"; exit 1; }
sdist=${sdists[0]}
stage "built $(basename "$sdist")"

# The sdist carries what setup.py's CMake build needs, and no build output.
"$system_python" - "$sdist" <<'PY'
import sys, tarfile
sdist = sys.argv[1]
with tarfile.open(sdist) as archive:
    names = archive.getnames()
top = names[0].split('/')[0]
inner = {name[len(top) + 1:] for name in names if name.startswith(top + '/')}
for needed in ('PKG-INFO', 'setup.py', 'pyproject.toml', 'CMakeLists.txt', 'pkgIndex.tcl.in',
               'LICENSE', 'README.md', 'tkext/init.cpp', 'tkext/CMakeLists.txt',
               'python/CMakeLists.txt', 'python/tkext/__init__.py', 'python/tkext/_version.py',
               'python/tkext/py.typed', 'doc/tkext.n'):
    assert needed in inner, 'sdist lacks ' + needed
cmake_files = [n for n in inner if n.startswith('cmake/') and n.endswith('.cmake')]
assert cmake_files, 'sdist lacks cmake/*.cmake'
strays = [n for n in inner if n.startswith(('build', 'tests/')) or '__pycache__' in n
          or n.endswith(('.so', '.o', '.pyc'))]
assert not strays, 'sdist carries build output or tests: %s' % strays[:10]
print('python-wheel: %s: %d files, contents as expected' % (sdist.rsplit('/', 1)[-1], len(inner)))
PY

mkdir -p "$out/sdist-src"
tar -xzf "$sdist" -C "$out/sdist-src"
unpacked=("$out"/sdist-src/tkext-*)
build_step "the wheel build from the sdist" "$out/build.log" "${build[@]}" --wheel "${unpacked[0]}"
wheels=("$out"/dist/tkext-*.whl)
((${#wheels[@]} == 1)) || { echo "python-wheel: expected one wheel, got ${wheels[*]}"; exit 1; }
wheel=${wheels[0]}
stage "built $(basename "$wheel") from the sdist"

# One wheel for every Python 3: py3-none-<platform>, the Tcl package inside tkext/tcl/.
"$system_python" - "$wheel" <<'PY'
import sys, zipfile
wheel = sys.argv[1]
name = wheel.rsplit('/', 1)[-1]
assert '-py3-none-manylinux_2_' in name, 'wrong tag: ' + name
with zipfile.ZipFile(wheel) as archive:
    names = archive.namelist()
    metadata = next(n for n in names if n.endswith('.dist-info/METADATA'))
    text = archive.read(metadata).decode()
    for field in ('Requires-Python: >=3.8', 'Version: ', 'Summary: ', 'License'):
        assert field in text, 'METADATA lacks ' + field
    tags = archive.read(next(n for n in names if n.endswith('.dist-info/WHEEL'))).decode()
    assert 'Tag: ' + name[:-len('.whl')].split('-', 2)[2] in tags, 'WHEEL tag differs from name'
    for needed in ('tkext/__init__.py', 'tkext/py.typed', 'tkext/_version.py',
                   'tkext/tcl/pkgIndex.tcl'):
        assert needed in names, 'wheel lacks ' + needed
    assert any(n.startswith('tkext/tcl/') and n.endswith('.so') for n in names), 'no library'
    strays = [n for n in names if not n.startswith(('tkext/', 'tkext-'))]
    assert not strays, 'files outside the package: %s' % strays
print('python-wheel: %s: %d files, contents as expected' % (name, len(names)))
PY

# The tag against the library's ELF needs, read with binutils' readelf.
check=$out/tag-check
rm -rf "$check" && mkdir -p "$check"
(cd "$check" && "$system_python" -m zipfile -e "$wheel" .)
tag_minor=$(basename "$wheel" | sed -n 's/.*-manylinux_2_\([0-9][0-9]*\)_[a-z0-9_]*\.whl$/\1/p')
floor_minor=0
for library in "$check"/tkext/tcl/*.so; do
  versions=$(readelf --version-info -W "$library" | awk '
    /^Version needs section/ { on = 1; next }
    /^Version (symbols|definition) section/ { on = 0 }
    on && $4 == "File:" { file = $5 }
    on && $2 == "Name:" { print file, $3 }')
  needed=$(readelf -d -W "$library" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  foreign=$(grep -vxE 'libc\.so\.6|libm\.so\.6|libdl\.so\.2|librt\.so\.1|libpthread\.so\.0|ld-linux[-a-z0-9_.]*\.so\.[0-9]+' <<<"$needed" || true)
  other=$(awk '$2 !~ /^GLIBC_2\.[0-9]+(\.[0-9]+)?$/' <<<"$versions")
  if [[ -n $foreign || -n $other ]]; then
    echo "python-wheel: $(basename "$library") needs more than the C library: ${foreign//$'\n'/ } ${other//$'\n'/, }"
    exit 1
  fi
  minor=$(awk '{ split($2, v, "."); print v[2] }' <<<"$versions" | sort -n | tail -n 1)
  ((minor > floor_minor)) && floor_minor=$minor
  floor_symbols=$(objdump -T "$library" | sed -n "s/.*(GLIBC_2\.$minor\(\.[0-9]*\)\{0,1\})[ \t]*\([^ ]*\)$/\2/p" | sort -u | tr '\n' ' ')
  echo "python-wheel: $(basename "$library") needs ${needed//$'\n'/ }; glibc 2.$minor for: $floor_symbols"
done
if [[ -z $tag_minor || $tag_minor != "$floor_minor" ]]; then
  echo "python-wheel: the tag says glibc 2.${tag_minor:-?}, the library needs 2.$floor_minor: $(basename "$wheel")"
  exit 1
fi
stage "tag manylinux_2_${tag_minor} matches the library's glibc 2.$floor_minor"

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
