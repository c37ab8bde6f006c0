# tkext_find_pythons.cmake — the Python interpreters (3.8-3.13, with tkinter)
# that the tkext module is tested with (tests/python).
#
# tkext_find_pythons(<out>) sets <out> to a list of "minor=interpreter" entries
# ("3.12=/root/.pyenv/versions/3.12.1/bin/python"), oldest first, the newest
# patch release of each minor.  Interpreters come from pyenv (its root from
# `pyenv root`, $PYENV_ROOT or ~/.pyenv, so pyenv need not be on PATH) and
# from the TKEXT_PYTHONS cache list.  Minors without one are reported.
include_guard(GLOBAL)

set(TKEXT_PYTHONS "" CACHE STRING "Extra Python interpreters to test the tkext module with")

function(tkext_find_pythons out)
  set(roots "")
  find_program(TKEXT_PYENV pyenv PATHS "$ENV{PYENV_ROOT}/bin" "$ENV{HOME}/.pyenv/bin")
  if(TKEXT_PYENV)
    execute_process(COMMAND ${TKEXT_PYENV} root OUTPUT_VARIABLE root
                    OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE status ERROR_QUIET)
    if(status EQUAL 0 AND root)
      list(APPEND roots "${root}")
    endif()
  endif()
  list(APPEND roots "$ENV{PYENV_ROOT}" "$ENV{HOME}/.pyenv")
  set(candidates ${TKEXT_PYTHONS})
  foreach(root IN LISTS roots)
    if(root AND IS_DIRECTORY "${root}/versions")
      file(GLOB found "${root}/versions/3.*/bin/python")
      list(APPEND candidates ${found})
    endif()
  endforeach()
  list(REMOVE_DUPLICATES candidates)

  set(minors "")
  foreach(python IN LISTS candidates)
    execute_process(
      COMMAND ${python} -c "import sys, tkinter; print('%d.%d.%d' % sys.version_info[:3])"
      OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE status ERROR_QUIET)
    if(NOT status EQUAL 0)
      message(STATUS "tkext: ${python} has no tkinter; not used")
      continue()
    endif()
    string(REGEX MATCH "^[0-9]+\\.[0-9]+" minor "${version}")
    if(minor VERSION_LESS 3.8 OR minor VERSION_GREATER_EQUAL 3.14)
      continue()
    endif()
    if(NOT DEFINED best_${minor} OR version VERSION_GREATER best_version_${minor})
      set(best_${minor} "${python}")
      set(best_version_${minor} "${version}")
    endif()
    list(APPEND minors ${minor})
  endforeach()
  list(REMOVE_DUPLICATES minors)

  set(result "")
  foreach(minor 3.8 3.9 3.10 3.11 3.12 3.13)
    if(minor IN_LIST minors)
      list(APPEND result "${minor}=${best_${minor}}")
    else()
      message(STATUS "tkext: no Python ${minor} with tkinter found; skipped")
    endif()
  endforeach()
  set(${out} ${result} PARENT_SCOPE)
endfunction()
