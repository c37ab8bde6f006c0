// sanitizer_defaults.cpp — built-in sanitizer options for tkext's test and fuzz
// executables in a sanitized build (see cmake/tkext_build_flags.cmake).
//
// The runtimes ask for these hooks at start-up, so `ctest` and a bare
// `./bridge_tests` behave alike without any environment; variables such as
// ASAN_OPTIONS set by hand still override them.
extern "C" {

const char* __asan_default_options() { return TKEXT_ASAN_OPTIONS; }
const char* __lsan_default_options() { return TKEXT_LSAN_OPTIONS; }
const char* __ubsan_default_options() { return TKEXT_UBSAN_OPTIONS; }

}
