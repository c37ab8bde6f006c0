# tkext_library_names.cmake — the one place that names tkext's loadable library.
#
# Names follow TEA (tcl.m4's TEA_MAKE_LIB, sampleextension's win/rules.vc), so
# both Tcl majors' builds can share one package directory and pkgIndex.tcl
# loads the one for the running Tcl:
#                 Tcl 8                 Tcl 9
#   windows       tkext010.dll          tcl9tkext010.dll        (version without dots)
#   unix          libtkext0.1.0.so      libtcl9tkext0.1.0.so    (.dylib on macOS)
# A name is a stem (by platform and major) plus the running Tcl's
# [info sharedlibextension], which is its tclConfig.sh's TCL_SHLIB_SUFFIX:
# pkgIndex.tcl appends the former, the build the latter, so they agree.
include_guard(GLOBAL)

# tkext_library_stem(<platform> <major> <out>): the stem for Tcl's
# tcl_platform(platform) <platform> (windows or unix) and Tcl major <major>.
function(tkext_library_stem platform major out)
  if(major EQUAL 8)
    set(tcl_prefix "")
  else()
    set(tcl_prefix "tcl${major}")
  endif()
  if(platform STREQUAL "windows")
    string(REPLACE "." "" version "${PROJECT_VERSION}")
    set(${out} "${tcl_prefix}tkext${version}" PARENT_SCOPE)
  elseif(platform STREQUAL "unix")
    set(${out} "lib${tcl_prefix}tkext${PROJECT_VERSION}" PARENT_SCOPE)
  else()
    message(FATAL_ERROR "tkext_library_stem: unknown platform \"${platform}\" (windows or unix)")
  endif()
endfunction()

# The platform being built for, as Tcl spells it.
if(WIN32)
  set(TKEXT_TCL_PLATFORM windows)
else()
  set(TKEXT_TCL_PLATFORM unix)
endif()

# For pkgIndex.tcl: "windows {8 <stem> 9 <stem>} unix {8 <stem> 9 <stem>}".
set(TKEXT_LIBRARY_STEMS "")
foreach(_platform windows unix)
  tkext_library_stem(${_platform} 8 _stem8)
  tkext_library_stem(${_platform} 9 _stem9)
  string(APPEND TKEXT_LIBRARY_STEMS " ${_platform} {8 ${_stem8} 9 ${_stem9}}")
endforeach()
string(STRIP "${TKEXT_LIBRARY_STEMS}" TKEXT_LIBRARY_STEMS)

# tkext_name_library(<target> <major>): names the loadable library <target>
# for the platform built for and Tcl major <major> (TKEXT_TCL_SHLIB_SUFFIX is
# the installation's TCL_SHLIB_SUFFIX, from cmake/tkext_find_tcltk.cmake), and
# sets TKEXT_LIBRARY_FILE in the caller to the file name.
function(tkext_name_library target major)
  tkext_library_stem(${TKEXT_TCL_PLATFORM} ${major} stem)
  set(suffix "${TKEXT_TCL_SHLIB_SUFFIX}")
  if(NOT suffix)
    set(suffix "${CMAKE_SHARED_MODULE_SUFFIX}")
  endif()
  set_target_properties(${target} PROPERTIES PREFIX "" OUTPUT_NAME "${stem}" SUFFIX "${suffix}")
  set(TKEXT_LIBRARY_FILE "${stem}${suffix}" PARENT_SCOPE)
endfunction()
