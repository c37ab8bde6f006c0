"""Build step of the tkext wheel: CMake builds the Tcl package, which goes into tkext/tcl/.

The Tcl extension links only Tcl/Tk's stub libraries, never Python, so one
wheel serves every Python 3.8+: it is tagged py3-none-<platform>.  The Tcl
package is what `cmake --install` produces (library and pkgIndex.tcl,
whatever their names), found by its pkgIndex.tcl in a staging prefix.
Metadata is in pyproject.toml.  Environment: CMAKE (the cmake program),
TKEXT_CMAKE_ARGS (extra configure arguments, e.g. -DCMAKE_PREFIX_PATH=...),
CMAKE_BUILD_PARALLEL_LEVEL (jobs; default: the number of CPUs).

Windows wheels are cross-built on Linux: TKEXT_WINDOWS_TCLTK names a Windows
Tcl/Tk prefix (scripts/tcltk-windows.sh builds one); CMake then builds with the
mingw-w64 toolchain file (TKEXT_WINDOWS_TOOLCHAIN, default
cmake/toolchains/mingw-w64-x86_64.cmake) and the wheel is py3-none-win_amd64.
"""
import os
import pathlib
import runpy
import shlex
import shutil
import subprocess

from setuptools import Distribution, setup
from setuptools.command.build_py import build_py
from wheel.bdist_wheel import bdist_wheel

ROOT = pathlib.Path(__file__).resolve().parent
SOURCE_VERSION = ROOT / 'python' / 'tkext' / '_version.py'
VERSION = runpy.run_path(str(SOURCE_VERSION))['__version__']
WINDOWS_TCLTK = os.environ.get('TKEXT_WINDOWS_TCLTK', '')


def windows_cmake_args():
    """Configure arguments of the cross-build for Windows (empty when not asked for)."""
    if not WINDOWS_TCLTK:
        return []
    toolchain = os.environ.get('TKEXT_WINDOWS_TOOLCHAIN') or str(
        ROOT / 'cmake' / 'toolchains' / 'mingw-w64-x86_64.cmake')
    return ['-DCMAKE_TOOLCHAIN_FILE=' + toolchain, '-DCMAKE_PREFIX_PATH=' + WINDOWS_TCLTK]


def run(command):
    print('+ ' + ' '.join(shlex.quote(str(word)) for word in command), flush=True)
    subprocess.run([str(word) for word in command], check=True)


class build_py_with_tcl(build_py):
    """build_py, then the Tcl package into tkext/tcl/ and the version as a constant."""

    def run(self):
        super().run()
        package = pathlib.Path(self.build_lib) / 'tkext'
        (package / '_version.py').write_text(
            '"""The tkext version (written by the wheel build)."""\n'
            '__version__ = %r\n' % VERSION, encoding='utf-8')
        build_temp = pathlib.Path(self.get_finalized_command('build').build_temp).resolve()
        self.build_tcl_package(build_temp / 'cmake', build_temp / 'staging', package / 'tcl')

    def build_tcl_package(self, cmake_build, staging, target):
        cmake = os.environ.get('CMAKE', 'cmake')
        run([cmake, '-S', ROOT, '-B', cmake_build, '-DCMAKE_BUILD_TYPE=Release',
             '-DTKEXT_BUILD_TESTS=OFF'] + windows_cmake_args() +
            shlex.split(os.environ.get('TKEXT_CMAKE_ARGS', '')))
        jobs = os.environ.get('CMAKE_BUILD_PARALLEL_LEVEL') or str(os.cpu_count() or 1)
        run([cmake, '--build', cmake_build, '-j', jobs])
        shutil.rmtree(staging, ignore_errors=True)
        run([cmake, '--install', cmake_build, '--prefix', staging])
        indexes = sorted(staging.rglob('pkgIndex.tcl'))
        if len(indexes) != 1:
            raise RuntimeError('expected one pkgIndex.tcl under %s, found %s' % (staging, indexes))
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(indexes[0].parent, target)
        print('tkext: Tcl package %s -> %s' % (indexes[0].parent, target), flush=True)


class bdist_wheel_any_python(bdist_wheel):
    """A platform wheel for every Python 3: the Tcl library does not link Python."""

    def finalize_options(self):
        super().finalize_options()
        self.root_is_pure = False

    def get_tag(self):
        if WINDOWS_TCLTK:   # cross-built: the DLL is for 64-bit Windows
            return 'py3', 'none', 'win_amd64'
        _, _, platform = super().get_tag()
        return 'py3', 'none', platform


class BinaryDistribution(Distribution):
    """A distribution with a compiled part (the Tcl library), installed into platlib."""

    def has_ext_modules(self):
        return True


setup(
    version=VERSION,
    packages=['tkext'],
    package_dir={'': 'python'},
    package_data={'tkext': ['py.typed']},
    zip_safe=False,
    distclass=BinaryDistribution,
    cmdclass={'build_py': build_py_with_tcl, 'bdist_wheel': bdist_wheel_any_python},
    # The Windows cross-build keeps its own build tree (and never mixes objects).
    options={'build': {'build_base': 'build-wheel-win' if WINDOWS_TCLTK else 'build-wheel'}},
)
