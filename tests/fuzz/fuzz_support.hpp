// fuzz_support.hpp — what the fuzz targets that embed a Tcl interpreter share.
#pragma once

#include <cstddef>
#include <cstdint>
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

// `size` bytes as text the way Tcl reads them from a file (the system
// encoding, as a channel with no -encoding does), so the text's internal form
// is valid.  Tcl is handed a NUL-terminated copy, never the fuzzer's buffer:
// Tcl 8.6's decoder reads past `srcLen` on some malformed UTF-8 (a lead byte
// last, as in corpus/fuzz_flatten/crash_utf8_lead_byte_last), and libFuzzer's
// buffer ends exactly at `size`.  Tcl_UtfToUniChar stops at the NUL, which is
// no continuation byte; the padding covers the longest sequence it reads.
inline std::string decoded_text(const std::uint8_t* data, std::size_t size) {
    std::string terminated(reinterpret_cast<const char*>(data), size);
    terminated.append(4, '\0');
    Tcl_DString decoded;
    Tcl_ExternalToUtfDString(nullptr, terminated.data(), static_cast<Tcl_Size>(size), &decoded);
    std::string text(Tcl_DStringValue(&decoded), static_cast<std::size_t>(Tcl_DStringLength(&decoded)));
    Tcl_DStringFree(&decoded);
    return text;
}

// decoded_text as a new Tcl string object (reference count 0).
inline Tcl_Obj* new_text_object(const std::uint8_t* data, std::size_t size) {
    const std::string text = decoded_text(data, size);
    return Tcl_NewStringObj(text.data(), static_cast<Tcl_Size>(text.size()));
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
