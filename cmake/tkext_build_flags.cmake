# tkext_build_flags.cmake — build flags every tkext target shares, as one
# INTERFACE library (tkext_build_flags) that tkext_core links PUBLIC, so the
# loadable library, the directly linked bridge, the tests and the fuzzers all
# get them through their link to the core; nothing is set directory-wide.
# Compiler-specific flags live only in tkext_compile_flags() below, each behind
# $<CXX_COMPILER_ID>, so a new compiler is taught in one place.
#
#   -DTKEXT_SANITIZE=address,undefined   instrument everything with sanitizers
#   -DTKEXT_FUZZ=ON                      also build the libFuzzer targets (clang)

set(TKEXT_SANITIZE "" CACHE STRING
    "Comma-separated -fsanitize= list for every target (e.g. address,undefined); empty for none")
option(TKEXT_FUZZ "Build the libFuzzer targets fuzz_* (needs clang)" OFF)

add_library(tkext_build_flags INTERFACE)

if(TKEXT_SANITIZE)
  # Stop at the first UBSan report instead of printing and carrying on, so a
  # report fails its test; keep frame pointers for readable stacks.
  target_compile_options(tkext_build_flags INTERFACE
    -fsanitize=${TKEXT_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(tkext_build_flags INTERFACE
    -fsanitize=${TKEXT_SANITIZE} -fno-sanitize-recover=all)
endif()

if(TKEXT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "TKEXT_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # Coverage feedback for the fuzzers from the code they reach; only the
  # fuzz_* executables link libFuzzer's main (tests/fuzz).
  target_compile_options(tkext_build_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()

# The sanitizer runtime a non-instrumented host program (tclsh, python) must
# preload to load the instrumented libtkext.so; empty when not needed.
set(TKEXT_SANITIZER_PRELOAD "")
if(TKEXT_SANITIZE MATCHES "address" AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  execute_process(
    COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-${CMAKE_SYSTEM_PROCESSOR}.so
    OUTPUT_VARIABLE TKEXT_SANITIZER_PRELOAD OUTPUT_STRIP_TRAILING_WHITESPACE)
elseif(TKEXT_SANITIZE MATCHES "undefined" AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  execute_process(
    COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.ubsan_standalone-${CMAKE_SYSTEM_PROCESSOR}.so
    OUTPUT_VARIABLE TKEXT_SANITIZER_PRELOAD OUTPUT_STRIP_TRAILING_WHITESPACE)
elseif(TKEXT_SANITIZE MATCHES "address")
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
    OUTPUT_VARIABLE TKEXT_SANITIZER_PRELOAD OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()

# Sanitizer settings for tests, in one place: as environment for host programs
# (tclsh) that preload the runtime, and compiled into test executables
# (tests/sanitizers/sanitizer_defaults.cpp) so they need no environment.
# Fail on the first report; suppress only leaks inside third-party libraries.
set(TKEXT_ASAN_OPTIONS "detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1")
set(TKEXT_LSAN_OPTIONS "suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0")
set(TKEXT_UBSAN_OPTIONS "print_stacktrace=1:halt_on_error=1")
set(TKEXT_SANITIZER_ENV "")
if(TKEXT_SANITIZE)
  set(TKEXT_SANITIZER_ENV
    "ASAN_OPTIONS=${TKEXT_ASAN_OPTIONS}"
    "LSAN_OPTIONS=${TKEXT_LSAN_OPTIONS}"
    "UBSAN_OPTIONS=${TKEXT_UBSAN_OPTIONS}"
    "TKEXT_SANITIZED=${TKEXT_SANITIZE}")
endif()

# Gives a test executable the sanitizer settings above as its built-in defaults.
function(tkext_use_sanitizer_defaults target)
  if(TKEXT_SANITIZE)
    target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests/sanitizers/sanitizer_defaults.cpp)
    target_compile_definitions(${target} PRIVATE
      TKEXT_ASAN_OPTIONS="${TKEXT_ASAN_OPTIONS}"
      TKEXT_LSAN_OPTIONS="${TKEXT_LSAN_OPTIONS}"
      TKEXT_UBSAN_OPTIONS="${TKEXT_UBSAN_OPTIONS}")
  endif()
endfunction()

# tkext_sanitize_host_test(test [NO_LEAK_CHECK]): for a test whose program
# (tclsh, python) is not instrumented but loads the instrumented libtkext.so:
# preloads the sanitizer runtime and passes the settings as environment.
# NO_LEAK_CHECK for hosts that keep memory until exit by design (CPython).
function(tkext_sanitize_host_test test)
  cmake_parse_arguments(ARG "NO_LEAK_CHECK" "" "" ${ARGN})
  if(NOT TKEXT_SANITIZE)
    return()
  endif()
  set(env ${TKEXT_SANITIZER_ENV})
  if(ARG_NO_LEAK_CHECK)
    list(TRANSFORM env REPLACE "detect_leaks=1" "detect_leaks=0")
  endif()
  if(TKEXT_SANITIZER_PRELOAD)
    list(APPEND env "LD_PRELOAD=${TKEXT_SANITIZER_PRELOAD}")
  endif()
  set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT ${env})
endfunction()

# tkext_compile_flags(target [TCL_CALLBACKS] [HOT_LOOPS]): the warnings every
# tkext target compiles with.  TCL_CALLBACKS: code written to Tcl's callback
# signatures, where unused parameters (clientData, interp) are the norm.
# HOT_LOOPS: the geometry loops run over 10^5..10^6 points; let them vectorise,
# and let sqrt be one instruction (nothing in tkext reads errno).
function(tkext_compile_flags target)
  cmake_parse_arguments(ARG "TCL_CALLBACKS;HOT_LOOPS" "" "" ${ARGN})
  set(gnu_like "$<CXX_COMPILER_ID:GNU,Clang,AppleClang>")
  set(msvc "$<CXX_COMPILER_ID:MSVC>")
  target_compile_options(${target} PRIVATE "$<${gnu_like}:-Wall;-Wextra>" "$<${msvc}:/W4>")
  if(ARG_TCL_CALLBACKS)
    target_compile_options(${target} PRIVATE "$<${gnu_like}:-Wno-unused-parameter>"
                                             "$<${msvc}:/wd4100>")
  endif()
  if(ARG_HOT_LOOPS)
    target_compile_options(${target} PRIVATE
      "$<$<AND:${gnu_like},$<NOT:$<CONFIG:Debug>>>:-O3>" "$<${gnu_like}:-fno-math-errno>")
  endif()
endfunction()

# tkext_link_runtime_statically(target): where the loadable package carries its
# own C++ runtime.
# - Windows, always: the DLL imports only Windows' own DLLs (no
#   libstdc++-6.dll, libgcc_s_seh-1.dll or libwinpthread-1.dll beside it).
#   MinGW's -static makes every library it links static; the Tcl and Tk stub
#   libraries are static anyway.  MSVC's runtime is the system's (nothing to do).
# - Elsewhere with TKEXT_STATIC_CXX_RUNTIME (setup.py sets it for the Linux
#   wheel): libstdc++ and libgcc inside, so the library needs nothing of the
#   system's but the C library.  --gc-sections leaves out the parts of
#   libstdc++.a tkext never calls (they come in with the object files it does
#   call, e.g. std::random_device's arc4random, which alone would need glibc
#   2.36); --exclude-libs keeps the runtime's symbols private to the library.
option(TKEXT_STATIC_CXX_RUNTIME "Link libstdc++ and libgcc statically into the Tcl library" OFF)
function(tkext_link_runtime_statically target)
  set(gnu_like "$<CXX_COMPILER_ID:GNU,Clang>")
  target_link_options(${target} PRIVATE
    "$<$<AND:$<PLATFORM_ID:Windows>,${gnu_like}>:-static>")
  if(TKEXT_STATIC_CXX_RUNTIME AND NOT WIN32)
    target_link_options(${target} PRIVATE
      "$<${gnu_like}:-static-libstdc++;-static-libgcc;LINKER:--gc-sections;LINKER:--exclude-libs,ALL>")
  endif()
endfunction()
