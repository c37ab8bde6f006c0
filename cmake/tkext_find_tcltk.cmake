# tkext_find_tcltk.cmake — finds every Tcl/Tk piece tkext needs in ONE installation.
#
# CMake's FindTCL searches headers, libraries and tclsh independently, so with
# -DCMAKE_PREFIX_PATH=<Tcl 9 prefix> it happily pairs Tcl 9 headers with the
# system's libtcl8.6 and tclsh8.6.  Here the installation is named by its
# tclConfig.sh (TEA's own description of an install) and everything else is
# taken from what that file and the matching tkConfig.sh say; then the versions
# in tcl.h, tk.h, tclConfig.sh, tkConfig.sh and the tclsh are compared and a
# mixed configuration stops with a message naming the pieces.
#
# Cross-building (a toolchain file, e.g. cmake/toolchains/mingw-w64-x86_64.cmake,
# and CMAKE_PREFIX_PATH=<Windows Tcl/Tk prefix>): the installation is looked for
# as given, whatever the toolchain's find-root settings, and its tclsh is run
# through CMAKE_CROSSCOMPILING_EMULATOR (e.g. scripts/wine.sh); without an
# emulator the tclsh's versions are not checked.
#
# Input:  CMAKE_PREFIX_PATH (the installation's prefix), or TKEXT_TCL_CONFIG /
#         TKEXT_TK_CONFIG (paths of tclConfig.sh / tkConfig.sh) set directly.
# Output: TCL_INCLUDE_PATH TK_INCLUDE_PATH TCL_LIBRARY TK_LIBRARY
#         TCL_STUB_LIBRARY TK_STUB_LIBRARY TKEXT_TCLSH TKEXT_WISH
#         TKEXT_TCLSH_COMMAND (the emulator, if any, and TKEXT_TCLSH: a list to run it with)
#         TKEXT_TCL_MAJOR TKEXT_TCL_PATCHLEVEL TKEXT_TK_PATCHLEVEL TKEXT_TCL_SHLIB_SUFFIX

# Where an installation keeps its *Config.sh, below a prefix: TEA installs put
# them in lib/, Debian in lib/tcl8.6 and lib/<multiarch>/tcl8.6.
set(_tkext_config_suffixes lib lib64)
foreach(_version 9.1 9.0 8.6)
  list(APPEND _tkext_config_suffixes lib/tcl${_version} lib/${CMAKE_LIBRARY_ARCHITECTURE}/tcl${_version})
endforeach()

find_file(TKEXT_TCL_CONFIG tclConfig.sh
  HINTS ${CMAKE_PREFIX_PATH} ENV TCL_ROOT
  PATHS /usr/local /usr
  PATH_SUFFIXES ${_tkext_config_suffixes}
  NO_DEFAULT_PATH CMAKE_FIND_ROOT_PATH_BOTH
  DOC "tclConfig.sh of the Tcl installation tkext builds against")
if(NOT TKEXT_TCL_CONFIG)
  message(FATAL_ERROR "tkext: no tclConfig.sh found; install Tcl's development files "
    "(Debian: tcl-dev tk-dev) or point CMAKE_PREFIX_PATH at a Tcl/Tk installation prefix")
endif()
get_filename_component(_tkext_tcl_config_dir "${TKEXT_TCL_CONFIG}" DIRECTORY)

# tkConfig.sh sits next to tclConfig.sh (TEA) or in the sibling tk<version>
# directory (Debian); either way it must be the same installation's.
string(REGEX REPLACE "tcl([0-9.]+)$" "tk\\1" _tkext_tk_sibling "${_tkext_tcl_config_dir}")
find_file(TKEXT_TK_CONFIG tkConfig.sh
  HINTS ${_tkext_tcl_config_dir} ${_tkext_tk_sibling}
  NO_DEFAULT_PATH CMAKE_FIND_ROOT_PATH_BOTH
  DOC "tkConfig.sh of the Tk installation tkext builds against")
if(NOT TKEXT_TK_CONFIG)
  message(FATAL_ERROR "tkext: ${TKEXT_TCL_CONFIG} has no tkConfig.sh beside it; "
    "install Tk for that Tcl (Debian: tk-dev) or set TKEXT_TK_CONFIG")
endif()

# The *Config.sh files are shell scripts (Debian's are shims that source the
# real one), so let the shell read them and print the values needed.
set(_tkext_config_vars
  TCL_VERSION TCL_PATCH_LEVEL TCL_MAJOR_VERSION TCL_INCLUDE_SPEC TCL_LIB_SPEC TCL_LIB_FILE
  TCL_STUB_LIB_PATH TCL_EXEC_PREFIX TCL_SHLIB_SUFFIX TCL_PREFIX
  TK_VERSION TK_PATCH_LEVEL TK_INCLUDE_SPEC TK_LIB_SPEC TK_LIB_FILE TK_STUB_LIB_PATH TK_PREFIX)
set(_tkext_print "")
foreach(_var IN LISTS _tkext_config_vars)
  string(APPEND _tkext_print "printf '%s\\n' \"$${_var}\"; ")
endforeach()
execute_process(
  COMMAND sh -c ". \"$0\" && . \"$1\" && ${_tkext_print}" "${TKEXT_TCL_CONFIG}" "${TKEXT_TK_CONFIG}"
  OUTPUT_VARIABLE _tkext_values RESULT_VARIABLE _tkext_status ERROR_VARIABLE _tkext_error)
if(NOT _tkext_status EQUAL 0)
  message(FATAL_ERROR "tkext: cannot read ${TKEXT_TCL_CONFIG} / ${TKEXT_TK_CONFIG}: ${_tkext_error}")
endif()
string(REGEX REPLACE "\n$" "" _tkext_values "${_tkext_values}")
string(REPLACE ";" "\\;" _tkext_values "${_tkext_values}")
string(REPLACE "\n" ";" _tkext_values "${_tkext_values}")
foreach(_var IN LISTS _tkext_config_vars)
  list(POP_FRONT _tkext_values _value)
  set(_cfg_${_var} "${_value}")
endforeach()

# "-I/a -I/b" -> first directory; "-L/dir -lname" -> /dir.
function(_tkext_flag_dir flag spec out)
  if(spec MATCHES "(^| )${flag}([^ ]+)")
    set(${out} "${CMAKE_MATCH_2}" PARENT_SCOPE)
  else()
    set(${out} "" PARENT_SCOPE)
  endif()
endfunction()

# The header directories: where the *_INCLUDE_SPEC says, else (Windows'
# tkConfig.sh has no TK_INCLUDE_SPEC) where TEA looks next: <prefix>/include
# of Tk, then of Tcl (TEA_PUBLIC_TK_HEADERS).
function(_tkext_header_dir header spec prefixes out)
  _tkext_flag_dir(-I "${spec}" dir)
  foreach(candidate IN ITEMS "${dir}" LISTS prefixes)
    if(candidate AND NOT candidate STREQUAL dir)
      set(candidate "${candidate}/include")
    endif()
    if(candidate AND EXISTS "${candidate}/${header}")
      set(${out} "${candidate}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  set(${out} "${dir}" PARENT_SCOPE)
endfunction()
_tkext_header_dir(tcl.h "${_cfg_TCL_INCLUDE_SPEC}" "${_cfg_TCL_PREFIX}" TCL_INCLUDE_PATH)
_tkext_header_dir(tk.h "${_cfg_TK_INCLUDE_SPEC}" "${_cfg_TK_PREFIX};${_cfg_TCL_PREFIX}" TK_INCLUDE_PATH)
_tkext_flag_dir(-L "${_cfg_TCL_LIB_SPEC}" _tkext_tcl_libdir)
_tkext_flag_dir(-L "${_cfg_TK_LIB_SPEC}" _tkext_tk_libdir)
set(TCL_LIBRARY "${_tkext_tcl_libdir}/${_cfg_TCL_LIB_FILE}")
set(TK_LIBRARY "${_tkext_tk_libdir}/${_cfg_TK_LIB_FILE}")
set(TCL_STUB_LIBRARY "${_cfg_TCL_STUB_LIB_PATH}")
set(TK_STUB_LIBRARY "${_cfg_TK_STUB_LIB_PATH}")
set(TKEXT_TCL_MAJOR "${_cfg_TCL_MAJOR_VERSION}")
set(TKEXT_TCL_SHLIB_SUFFIX "${_cfg_TCL_SHLIB_SUFFIX}")  # what [info sharedlibextension] says
set(TKEXT_TCL_PATCHLEVEL "${_cfg_TCL_VERSION}${_cfg_TCL_PATCH_LEVEL}")
set(TKEXT_TK_PATCHLEVEL "${_cfg_TK_VERSION}${_cfg_TK_PATCH_LEVEL}")

set(_tkext_pieces "${TCL_INCLUDE_PATH}/tcl.h" "${TK_INCLUDE_PATH}/tk.h" "${TCL_LIBRARY}"
  "${TK_LIBRARY}" "${TCL_STUB_LIBRARY}" "${TK_STUB_LIBRARY}")
foreach(_piece IN LISTS _tkext_pieces)
  if(NOT EXISTS "${_piece}")
    message(FATAL_ERROR "tkext: ${TKEXT_TCL_CONFIG} / ${TKEXT_TK_CONFIG} name \"${_piece}\", "
      "which does not exist: that installation is incomplete")
  endif()
endforeach()

# The interpreters: the installation's own, by their versioned names first
# (tclsh8.6 on Unix, tclsh86.exe on Windows).
string(REPLACE "." "" _tkext_nodots "${_cfg_TCL_VERSION}")
find_program(TKEXT_TCLSH
  NAMES tclsh${_cfg_TCL_VERSION} tclsh${_tkext_nodots}${CMAKE_EXECUTABLE_SUFFIX} tclsh
  HINTS "${_cfg_TCL_EXEC_PREFIX}/bin" NO_DEFAULT_PATH CMAKE_FIND_ROOT_PATH_BOTH
  DOC "tclsh of the Tcl tkext builds against")
find_program(TKEXT_WISH
  NAMES wish${_cfg_TK_VERSION} wish${_tkext_nodots}${CMAKE_EXECUTABLE_SUFFIX} wish
  HINTS "${_cfg_TCL_EXEC_PREFIX}/bin" NO_DEFAULT_PATH CMAKE_FIND_ROOT_PATH_BOTH
  DOC "wish of the Tk tkext builds against")
if(NOT TKEXT_TCLSH)
  message(FATAL_ERROR "tkext: no tclsh${_cfg_TCL_VERSION} in ${_cfg_TCL_EXEC_PREFIX}/bin "
    "(the bin directory of ${TKEXT_TCL_CONFIG}'s installation); set TKEXT_TCLSH")
endif()
# How to run that tclsh here: through the emulator when cross-building.
set(TKEXT_TCLSH_COMMAND ${TKEXT_TCLSH})
if(CMAKE_CROSSCOMPILING)
  set(TKEXT_TCLSH_COMMAND ${CMAKE_CROSSCOMPILING_EMULATOR} ${TKEXT_TCLSH})
endif()

# Every piece must be the same release: reads each one's own version.
function(_tkext_header_version header macro out)
  file(STRINGS "${header}" _line REGEX "^#[ \t]*define[ \t]+${macro}[ \t]")
  string(REGEX REPLACE ".*\"([^\"]*)\".*" "\\1" _line "${_line}")
  set(${out} "${_line}" PARENT_SCOPE)
endfunction()
_tkext_header_version("${TCL_INCLUDE_PATH}/tcl.h" TCL_PATCH_LEVEL _tkext_tcl_h)
_tkext_header_version("${TK_INCLUDE_PATH}/tk.h" TK_PATCH_LEVEL _tkext_tk_h)
# The tclsh reports its own version and the Tk its package search finds
# (from pkgIndex files, so no display is needed).
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/tkext_tclsh_versions.tcl"
  "catch {package require tkext-no-such-package}\n"
  "puts \"[info patchlevel] [lindex [lsort -command {package vcompare} [package versions Tk]] end]\"\n")
if(CMAKE_CROSSCOMPILING AND NOT CMAKE_CROSSCOMPILING_EMULATOR)
  # Nothing here can run it: its versions are taken on trust.
  message(STATUS "tkext: cross-building without CMAKE_CROSSCOMPILING_EMULATOR: "
    "${TKEXT_TCLSH} not run, so its versions are not checked and no tests are registered")
  set(_tkext_tclsh_tcl "${TKEXT_TCL_PATCHLEVEL}")
  set(_tkext_tclsh_tk "${TKEXT_TK_PATCHLEVEL}")
else()
  execute_process(
    COMMAND ${TKEXT_TCLSH_COMMAND} "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/tkext_tclsh_versions.tcl"
    OUTPUT_VARIABLE _tkext_tclsh_says ERROR_VARIABLE _tkext_tclsh_error RESULT_VARIABLE _tkext_status
    OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT _tkext_status EQUAL 0)
    message(FATAL_ERROR "tkext: ${TKEXT_TCLSH_COMMAND} does not run: ${_tkext_tclsh_error}")
  endif()
  separate_arguments(_tkext_tclsh_says UNIX_COMMAND "${_tkext_tclsh_says}")
  list(GET _tkext_tclsh_says 0 _tkext_tclsh_tcl)
  list(LENGTH _tkext_tclsh_says _n)
  set(_tkext_tclsh_tk "none")
  if(_n GREATER 1)
    list(GET _tkext_tclsh_says 1 _tkext_tclsh_tk)
  endif()
endif()

set(_tkext_report
  "  ${TKEXT_TCL_CONFIG} says Tcl ${TKEXT_TCL_PATCHLEVEL}\n"
  "  ${TCL_INCLUDE_PATH}/tcl.h says Tcl ${_tkext_tcl_h}\n"
  "  ${TKEXT_TCLSH} runs Tcl ${_tkext_tclsh_tcl}\n"
  "  ${TKEXT_TK_CONFIG} says Tk ${TKEXT_TK_PATCHLEVEL}\n"
  "  ${TK_INCLUDE_PATH}/tk.h says Tk ${_tkext_tk_h}\n"
  "  ${TKEXT_TCLSH} finds Tk ${_tkext_tclsh_tk}\n")
string(REPLACE ";" "" _tkext_report "${_tkext_report}")
if(NOT _tkext_tcl_h STREQUAL TKEXT_TCL_PATCHLEVEL OR NOT _tkext_tclsh_tcl STREQUAL TKEXT_TCL_PATCHLEVEL
   OR NOT _tkext_tk_h STREQUAL TKEXT_TK_PATCHLEVEL OR NOT _tkext_tclsh_tk STREQUAL TKEXT_TK_PATCHLEVEL
   OR NOT _cfg_TK_VERSION STREQUAL _cfg_TCL_VERSION)
  message(FATAL_ERROR "tkext: the Tcl/Tk pieces come from different versions:\n${_tkext_report}"
    "Point CMAKE_PREFIX_PATH at one Tcl/Tk installation (in a fresh build directory), "
    "or set TKEXT_TCL_CONFIG, TKEXT_TK_CONFIG and TKEXT_TCLSH to pieces of the same one.")
endif()
message(STATUS "tkext: Tcl ${TKEXT_TCL_PATCHLEVEL} / Tk ${TKEXT_TK_PATCHLEVEL} from ${TKEXT_TCL_CONFIG} (tclsh ${TKEXT_TCLSH})")
