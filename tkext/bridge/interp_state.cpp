// interp_state.cpp — per-interpreter state (see interp_state.hpp).
#include "interp_state.hpp"

#include <string>
#include <vector>

#include <tk.h>

#include "errors.hpp"

namespace tkext::bridge {
namespace {

constexpr const char* assoc_key = "tkext";

// Called by Tcl as the interpreter goes: no exception may leave it.
void delete_state(ClientData data, Tcl_Interp*) noexcept {
    try {
        delete static_cast<InterpState*>(data);
    } catch (...) {
        // The destructor only copies a small vector; should even that fail,
        // the hooks stay installed on commands that are going away with the
        // interpreter anyway.
    }
}

}  // namespace

InterpState::InterpState(Tcl_Interp* interp)
    : interp_(interp), running_{ObjTypes::look_up(), core::TkRelease{}} {}

InterpState::~InterpState() {
    // Copy first: discarding a hook must not disturb the set being walked.
    const std::vector<CommandHook*> remaining(hooks_.begin(), hooks_.end());
    hooks_.clear();
    for (CommandHook* hook : remaining) CommandHook::discard(hook);
}

InterpState* InterpState::attach(Tcl_Interp* interp) {
    if (auto* existing = static_cast<InterpState*>(Tcl_GetAssocData(interp, assoc_key, nullptr))) {
        return existing;
    }
    auto* state = new InterpState(interp);
    Tcl_SetAssocData(interp, assoc_key, &delete_state, state);
    return state;
}

bool InterpState::release(CommandHook* hook) {
    if (hooks_.erase(hook) == 0) return false;
    if (hook == class_hook) class_hook = nullptr;
    CommandHook::discard(hook);
    return true;
}

void InterpState::hook_gone(CommandHook* hook) {
    hooks_.erase(hook);
    if (hook == class_hook) class_hook = nullptr;
}

int InterpState::require_tk(std::string_view command) {
    if (!tk_ready_) {
        if (Tcl_PkgPresent(interp_, "Tk", "8.6-", 0) != nullptr &&
            Tk_InitStubs(interp_, "8.6-", 0) != nullptr) {
            tk_ready_ = true;
            const char* version = Tcl_PkgPresent(interp_, "Tk", nullptr, 0);
            running_.tk = core::tk_release(version != nullptr ? version : "");
        }
        Tcl_ResetResult(interp_);
    }
    if (tk_ready_ && Tk_MainWindow(interp_) != nullptr) return TCL_OK;
    return set_error(interp_,
                     std::string(command) + " needs Tk: run \"package require Tk\" first",
                     {"TK", "MISSING"});
}

}  // namespace tkext::bridge
