// interp_state.hpp — everything tkext keeps for one interpreter.
//
// Held in the interpreter's AssocData (under one key, "tkext") and handed to
// every command as its clientData, so several interpreters (threads, Tkinter
// roots) never share mutable state.  It holds the one record of what the
// running Tcl and Tk are and do (RunningTclTk), the values kept for reuse
// (reusable_objects.hpp), and the hooks on enabled canvases: it is told when
// a hooked command disappears, and when the interpreter goes, it puts every
// hooked command it still has back as it was.
#pragma once

#include <string_view>
#include <unordered_set>

#include "../core/tk_release.hpp"
#include "command_hook.hpp"
#include "obj_ref.hpp"
#include "obj_types.hpp"
#include "reusable_objects.hpp"
#include "tcl_compat.hpp"

namespace tkext::bridge {

// What the running Tcl and Tk are and do: every difference between releases
// and platforms that tkext follows is a field here, filled once per
// interpreter, never a #if or a version test at the place that needs it.
struct RunningTclTk {
    // Tcl, known when tkext loads: its value types, and how it stores integers.
    ObjTypes types;
    // Tk, known once require_tk has first succeeded (Tk may be loaded after
    // tkext): its version and what that version does.
    core::TkRelease tk;
};

class InterpState final : public HookOwner {
public:
    explicit InterpState(Tcl_Interp* interp);
    ~InterpState();
    InterpState(const InterpState&) = delete;
    InterpState& operator=(const InterpState&) = delete;

    // The interpreter's state, created (and tied to the interpreter's
    // lifetime) on first use.
    static InterpState* attach(Tcl_Interp* interp);

    Tcl_Interp* interp() const { return interp_; }
    const RunningTclTk& running() const { return running_; }
    const ObjTypes& types() const { return running_.types; }
    // The running Tk's release; filled by the first successful require_tk,
    // which every command that reaches a canvas has passed.
    const core::TkRelease& tk() const { return running_.tk; }

    // Ensures Tk is loaded in this interpreter and its stubs are ready; when
    // not, leaves a TKEXT TK MISSING error naming `command` and returns TCL_ERROR.
    int require_tk(std::string_view command);

    // Values kept for reuse between calls (reusable_objects.hpp).
    KeptValues& kept_values() { return kept_values_; }

    // Hooks this state owns (enabled canvases and the `canvas` class command).
    void adopt(CommandHook* hook) { hooks_.insert(hook); }
    // Forgets and discards `hook`, restoring its command; false if not ours.
    bool release(CommandHook* hook);
    bool owns(CommandHook* hook) const { return hooks_.count(hook) != 0; }
    const std::unordered_set<CommandHook*>& hooks() const { return hooks_; }
    void hook_gone(CommandHook* hook) override;

    // The hook on the `canvas` class command while every canvas is enabled.
    CommandHook* class_hook = nullptr;

    // Literal words tkext passes to canvas widget commands.
    const ObjRef word_coords{Tcl_NewStringObj("coords", -1)};
    const ObjRef word_create{Tcl_NewStringObj("create", -1)};
    const ObjRef word_type{Tcl_NewStringObj("type", -1)};
    const ObjRef word_find{Tcl_NewStringObj("find", -1)};
    const ObjRef word_withtag{Tcl_NewStringObj("withtag", -1)};
    const ObjRef word_rotate{Tcl_NewStringObj("rotate", -1)};
    const ObjRef word_transform{Tcl_NewStringObj("transform", -1)};

private:
    Tcl_Interp* interp_;
    RunningTclTk running_;
    bool tk_ready_ = false;
    KeptValues kept_values_;
    std::unordered_set<CommandHook*> hooks_;
};

}  // namespace tkext::bridge
