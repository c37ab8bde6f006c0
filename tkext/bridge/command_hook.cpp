// command_hook.cpp — in-place command takeover (see command_hook.hpp).
#include "command_hook.hpp"

#include "errors.hpp"

namespace tkext::bridge {

CommandHook::CommandHook(Tcl_Command token, Handler handler, HookOwner* owner, void* context)
    : token_(token), handler_(handler), owner_(owner), context_(context) {}

bool CommandHook::install() {
    Tcl_CmdInfo info;
    if (installed_ || Tcl_GetCommandInfoFromToken(token_, &info) == 0) return false;
    if (info.objProc == nullptr || info.objProc == &CommandHook::dispatch) return false;
    original_ = info;
    info.objProc = &CommandHook::dispatch;
    info.objClientData = this;
    info.deleteProc = &CommandHook::deleted;
    info.deleteData = this;
    installed_ = Tcl_SetCommandInfoFromToken(token_, &info) != 0;
    return installed_;
}

void CommandHook::uninstall() {
    if (!installed_) return;
    Tcl_CmdInfo info;
    if (Tcl_GetCommandInfoFromToken(token_, &info) != 0 && info.objProc == &CommandHook::dispatch &&
        info.objClientData == this) {
        Tcl_SetCommandInfoFromToken(token_, &original_);
    }
    installed_ = false;
}

CommandHook* CommandHook::installed_on(Tcl_Command token) {
    Tcl_CmdInfo info;
    if (token == nullptr || Tcl_GetCommandInfoFromToken(token, &info) == 0) return nullptr;
    if (info.objProc != &CommandHook::dispatch) return nullptr;
    return static_cast<CommandHook*>(info.objClientData);
}

void CommandHook::discard(CommandHook* hook) {
    hook->uninstall();
    hook->free_when_idle();
}

void CommandHook::free_when_idle() {
    if (calls_running_ == 0) {
        delete this;
    } else {
        doomed_ = true;
    }
}

int CommandHook::dispatch(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto* hook = static_cast<CommandHook*>(data);
    // The command may be deleted while its original procedure runs; the hook
    // must outlive this call.
    // Handlers guard themselves; this guard is the last line, so that no C++
    // exception can ever unwind through Tcl from a hooked command.
    ++hook->calls_running_;
    const int status = run_guarded(interp, [&] { return hook->handler_(*hook, interp, objc, objv); });
    if (--hook->calls_running_ == 0 && hook->doomed_) delete hook;
    return status;
}

void CommandHook::deleted(ClientData data) {
    auto* hook = static_cast<CommandHook*>(data);
    // Tk's own clean-up first, exactly as if tkext had never been there.
    if (hook->original_.deleteProc != nullptr) {
        hook->original_.deleteProc(hook->original_.deleteData);
    }
    hook->installed_ = false;
    try {
        if (hook->owner_ != nullptr) hook->owner_->hook_gone(hook);
    } catch (...) {
        // Forgetting a hook only erases from a set; nothing to report to here.
    }
    hook->free_when_idle();
}

}  // namespace tkext::bridge
