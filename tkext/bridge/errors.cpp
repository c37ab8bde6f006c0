// errors.cpp — TKEXT error results (see errors.hpp).
#include "errors.hpp"

#include <algorithm>

#include "../core/value_preview.hpp"

namespace tkext::bridge {

int set_error(Tcl_Interp* interp, std::string_view message,
              std::initializer_list<std::string_view> code) {
    if (interp == nullptr) return TCL_ERROR;
    Tcl_SetObjResult(interp, Tcl_NewStringObj(message.data(), static_cast<Tcl_Size>(message.size())));
    Tcl_Obj* code_list = Tcl_NewListObj(0, nullptr);
    Tcl_ListObjAppendElement(nullptr, code_list, Tcl_NewStringObj("TKEXT", -1));
    for (const std::string_view word : code) {
        Tcl_ListObjAppendElement(nullptr, code_list,
                                 Tcl_NewStringObj(word.data(), static_cast<Tcl_Size>(word.size())));
    }
    Tcl_SetObjErrorCode(interp, code_list);
    return TCL_ERROR;
}

std::string quoted(Tcl_Obj* value) {
    // Tcl stores U+0000 as the two bytes C0 80, which would come back as a
    // real NUL in the message; decoded to a NUL byte, the preview escapes it
    // as \x00.  Only a prefix is decoded: twice the preview's length plus two
    // bytes always decodes to more than the preview shows, so it still ends
    // in "..." when the value is longer.
    constexpr std::size_t shown = 40;
    Tcl_Size length = 0;
    const char* text = Tcl_GetStringFromObj(value, &length);
    const std::string_view raw(text, std::min(static_cast<std::size_t>(length), 2 * shown + 2));
    std::string decoded;
    decoded.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\xC0' && i + 1 < raw.size() && raw[i + 1] == '\x80') {
            decoded += '\0';
            ++i;
        } else {
            decoded += raw[i];
        }
    }
    return '"' + core::preview_value(decoded, shown) + '"';
}

}  // namespace tkext::bridge
