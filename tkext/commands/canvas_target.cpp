// canvas_target.cpp — calling a canvas widget command (see canvas_target.hpp).
#include "canvas_target.hpp"

#include <array>

namespace tkext::commands {

int CanvasTarget::call(Tcl_Size objc, ObjArray objv) const {
    if (hook != nullptr) return hook->call_original(interp(), objc, objv);
    return Tcl_EvalObjv(interp(), objc, const_cast<Tcl_Obj**>(objv), 0);
}

std::string CanvasTarget::item_type(Tcl_Obj* path, Tcl_Obj* tag_or_id) const {
    const std::array<Tcl_Obj*, 3> words{path, state.word_type.get(), tag_or_id};
    std::string type;
    if (call(static_cast<Tcl_Size>(words.size()), words.data()) == TCL_OK) {
        type = Tcl_GetString(Tcl_GetObjResult(interp()));
    }
    Tcl_ResetResult(interp());
    return type;
}

CanvasTarget CanvasTarget::for_path(bridge::InterpState& state, Tcl_Obj* path) {
    Tcl_Command token = Tcl_GetCommandFromObj(state.interp(), path);
    bridge::CommandHook* hook = bridge::CommandHook::installed_on(token);
    // Only this interpreter's canvas hooks lead to a canvas procedure.
    if (hook != nullptr && (!state.owns(hook) || hook == state.class_hook)) hook = nullptr;
    return CanvasTarget{state, hook};
}

}  // namespace tkext::commands
