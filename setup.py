"""Build step of the tkext wheel: CMake builds the Tcl package, which goes into tkext/tcl/.

The Tcl extension links only Tcl/Tk's stub libraries, never Python, so one
wheel serves every Python 3.8+: it is tagged py3-none-<platform>.  The Tcl
package is what `cmake --install` produces (library and pkgIndex.tcl,
whatever their names), found by its pkgIndex.tcl in a staging prefix.
Metadata is in pyproject.toml.  Environment: CMAKE (the cmake program),
TKEXT_CMAKE_ARGS (extra configure arguments, e.g. -DCMAKE_PREFIX_PATH=...),
CMAKE_BUILD_PARALLEL_LEVEL (jobs; default: the number of CPUs).

On Linux the library carries libstdc++ and libgcc inside
(TKEXT_STATIC_CXX_RUNTIME), so it needs only the C library, and the wheel is
tagged manylinux_2_X_<arch> (PEP 600) with X the newest GLIBC_2.X symbol
version the library references, read from its ELF version needs as auditwheel
reads them: the oldest glibc it can load on.

Windows wheels are cross-built on Linux: TKEXT_WINDOWS_TCLTK names a Windows
Tcl/Tk prefix (scripts/tcltk-windows.sh builds one); CMake then builds with the
mingw-w64 toolchain file (TKEXT_WINDOWS_TOOLCHAIN, default
cmake/toolchains/mingw-w64-x86_64.cmake) and the wheel is py3-none-win_amd64.
"""
import os
import pathlib
import re
import runpy
import shlex
import shutil
import struct
import subprocess
import sys

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
        # Linux: no libstdc++.so.6 / libgcc_s.so.1 of a particular version needed at run time.
        # (A Windows cross-build links its runtime statically anyway.)
        linux = sys.platform.startswith('linux') and not WINDOWS_TCLTK
        runtime = ['-DTKEXT_STATIC_CXX_RUNTIME=ON'] if linux else []
        run([cmake, '-S', ROOT, '-B', cmake_build, '-DCMAKE_BUILD_TYPE=Release',
             '-DTKEXT_BUILD_TESTS=OFF'] + runtime + windows_cmake_args()
            + shlex.split(os.environ.get('TKEXT_CMAKE_ARGS', '')))
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


def elf_needs(path):
    """(DT_NEEDED libraries, {library: [symbol versions]}) of an ELF shared object.

    Read from its .dynamic and .gnu.version_r (SHT_GNU_verneed) sections, which
    are what the dynamic loader checks; no binutils needed.
    """
    data = pathlib.Path(path).read_bytes()
    if data[:4] != b'\x7fELF':
        raise RuntimeError('%s is not an ELF file' % path)
    wide = data[4] == 2                      # ELFCLASS64
    order = '<' if data[5] == 1 else '>'     # ELFDATA2LSB
    if wide:
        shoff, = struct.unpack_from(order + 'Q', data, 0x28)
        shentsize, shnum = struct.unpack_from(order + 'HH', data, 0x3A)
        header, dyn = order + 'IIQQQQIIQQ', order + 'qQ'
    else:
        shoff, = struct.unpack_from(order + 'I', data, 0x20)
        shentsize, shnum = struct.unpack_from(order + 'HH', data, 0x2E)
        header, dyn = order + 'IIIIIIIIII', order + 'iI'
    sections = [struct.unpack_from(header, data, shoff + i * shentsize) for i in range(shnum)]

    def string(section_index, offset):
        start = sections[section_index][4] + offset
        return data[start:data.index(b'\0', start)].decode()

    needed, versions = [], {}
    for _, kind, _, _, offset, size, link, _, _, _ in sections:
        if kind == 6:                        # SHT_DYNAMIC: DT_NEEDED (1) entries
            step = struct.calcsize(dyn)
            for at in range(offset, offset + size, step):
                tag, value = struct.unpack_from(dyn, data, at)
                if tag == 0:
                    break
                if tag == 1:
                    needed.append(string(link, value))
        elif kind == 0x6FFFFFFE:             # SHT_GNU_verneed: Verneed, then its Vernaux
            at = offset
            while True:
                _, count, file_name, aux, following = struct.unpack_from(order + 'HHIII', data, at)
                names, aux_at = versions.setdefault(string(link, file_name), []), at + aux
                for _ in range(count):
                    _, _, _, name, aux_next = struct.unpack_from(order + 'IHHII', data, aux_at)
                    names.append(string(link, name))
                    aux_at += aux_next
                if not following:
                    break
                at += following
    return needed, versions


# What a manylinux wheel may need from the system (PEP 600: the C library's
# parts); libstdc++ and libgcc_s are linked in instead.
SYSTEM_LIBRARIES = {'libc.so.6', 'libm.so.6', 'libdl.so.2', 'librt.so.1', 'libpthread.so.0'}


def manylinux_platform(libraries, platform):
    """manylinux_2_X_<arch> for linux_<arch>, X the newest GLIBC_2.X the libraries need."""
    glibc_minor = 0
    for library in libraries:
        needed, versions = elf_needs(library)
        foreign = [name for name in needed
                   if name not in SYSTEM_LIBRARIES and not name.startswith('ld-linux')]
        other = set()  # GLIBCXX_, CXXABI_, GCC_, GLIBC_PRIVATE: not the C library's ABI
        for version in (version for names in versions.values() for version in names):
            match = re.fullmatch(r'GLIBC_2\.(\d+)(?:\.\d+)?', version)
            if match:
                glibc_minor = max(glibc_minor, int(match.group(1)))
            else:
                other.add(version)
        if foreign or other:
            raise RuntimeError('%s needs %s from the system, which a manylinux wheel may not'
                               % (library, ', '.join(foreign + sorted(other))))
    if not glibc_minor:
        raise RuntimeError('no GLIBC_2.X symbol version in %s' % libraries)
    return 'manylinux_2_%d_%s' % (glibc_minor, platform[len('linux_'):])


class bdist_wheel_any_python(bdist_wheel):
    """A platform wheel for every Python 3: the Tcl library does not link Python."""

    def finalize_options(self):
        super().finalize_options()
        self.root_is_pure = False

    def get_tag(self):
        if WINDOWS_TCLTK:   # cross-built: the DLL is for 64-bit Windows
            return 'py3', 'none', 'win_amd64'
        _, _, platform = super().get_tag()
        if platform.startswith('linux_') and not self.plat_name_supplied:
            build_lib = pathlib.Path(self.get_finalized_command('build_py').build_lib)
            libraries = sorted((build_lib / 'tkext' / 'tcl').glob('*.so'))
            if not libraries:
                raise RuntimeError('no Tcl library under %s to tag the wheel by' % build_lib)
            platform = manylinux_platform(libraries, platform)
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
