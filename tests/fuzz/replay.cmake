# replay.cmake — runs a fuzz target once on every stored input of its corpus
# directory (seeds and crash inputs), listed when the test runs so a newly
# stored input needs no reconfigure.  Works with either build of a target:
# libFuzzer runs each file named on its command line once, without fuzzing,
# and so does replay_main.cpp.
#   cmake -DTARGET=<program> -DCORPUS=<dir> -P replay.cmake
file(GLOB inputs LIST_DIRECTORIES false "${CORPUS}/*")
list(SORT inputs)
list(LENGTH inputs count)
if(count EQUAL 0)
  message(FATAL_ERROR "no stored inputs in ${CORPUS}")
endif()
execute_process(COMMAND ${TARGET} ${inputs} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${TARGET} failed (${status}) on one of the ${count} inputs in ${CORPUS}")
endif()
message(STATUS "${count} stored inputs replayed")
