// fuzz_support.hpp — what the fuzz targets that embed a Tcl interpreter share.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "tkext/bridge/obj_ref.hpp"

namespace fuzz_support {

// Stops the run with a message; libFuzzer saves the input that got here.
inline void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

inline bool starts_with(const std::string& text, const char* prefix) {
    return text.compare(0, std::strlen(prefix), prefix) == 0;
}

// The -errorcode of the last error in `interp`, as a string.
inline std::string error_code(Tcl_Interp* interp) {
    using tkext::bridge::ObjRef;
    const ObjRef options(Tcl_GetReturnOptions(interp, TCL_ERROR));
    const ObjRef key(Tcl_NewStringObj("-errorcode", -1));
    Tcl_Obj* code = nullptr;
    Tcl_DictObjGet(nullptr, options.get(), key.get(), &code);
    return code ? Tcl_GetString(code) : "";
}

}  // namespace fuzz_support
