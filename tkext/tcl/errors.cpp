// errors.cpp — TKEXT error results (see errors.hpp).
#include "errors.hpp"

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
    Tcl_Size length = 0;
    const char* text = Tcl_GetStringFromObj(value, &length);
    return '"' + core::preview_value(std::string_view(text, static_cast<std::size_t>(length))) + '"';
}

}  // namespace tkext::bridge
