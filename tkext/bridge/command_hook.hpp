// command_hook.hpp — taking over an existing Tcl command in place, reversibly.
//
// tkext::enable changes a canvas's widget command (and, for every canvas, the
// `canvas` class command) without renaming anything: the command keeps its
// name, token and Tk's own deletion procedure; only its object procedure is
// swapped with Tcl_SetCommandInfoFromToken.  The hook remembers what it
// replaced, can put it back, and learns when the command is deleted so that
// nothing dangles (canvas destroyed, interpreter deleted).
#pragma once

#include "tcl_compat.hpp"

namespace tkext::bridge {

class CommandHook;

// Told when a hooked command is deleted, so it can forget the hook; the hook
// frees itself once no call is running through it.
class HookOwner {
public:
    virtual void hook_gone(CommandHook* hook) = 0;

protected:
    ~HookOwner() = default;
};

class CommandHook {
public:
    // What runs instead of the command; call_original() reaches the command's
    // own procedure.
    using Handler = int (*)(CommandHook& hook, Tcl_Interp* interp, Tcl_Size objc, ObjArray objv);

    CommandHook(Tcl_Command token, Handler handler, HookOwner* owner, void* context);
    ~CommandHook() = default;
    CommandHook(const CommandHook&) = delete;
    CommandHook& operator=(const CommandHook&) = delete;

    // Swaps the command's procedure for the handler; false if the command is
    // already hooked by tkext (its procedure is ours) or has no object procedure.
    bool install();
    // Puts the original procedure back, if the command is still hooked by us.
    void uninstall();
    // Uninstalls and frees the hook as soon as no call is running through it.
    static void discard(CommandHook* hook);

    int call_original(Tcl_Interp* interp, Tcl_Size objc, ObjArray objv) const {
        return original_.objProc(original_.objClientData, interp, static_cast<int>(objc),
                                 const_cast<Tcl_Obj**>(objv));
    }

    Tcl_Command token() const { return token_; }
    void* context() const { return context_; }
    // The hook currently installed on a command, or nullptr.
    static CommandHook* installed_on(Tcl_Command token);

private:
    static int dispatch(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]);
    static void deleted(ClientData data);
    // Frees the hook now, or when the last call running through it returns.
    void free_when_idle();

    Tcl_Command token_;
    Handler handler_;
    HookOwner* owner_;
    void* context_;
    Tcl_CmdInfo original_{};
    bool installed_ = false;
    // Calls running through the hook, and whether it is to be freed when the
    // last returns.  A plain count rather than Tcl_Preserve: every call on an
    // enabled canvas passes here, and Tcl_Preserve with Tcl_Release takes a
    // global mutex and searches a table, which costs more than all the rest
    // of a passed-on call (measured in bench/RESULTS.md).
    int calls_running_ = 0;
    bool doomed_ = false;
};

}  // namespace tkext::bridge
