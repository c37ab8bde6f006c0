// interp_state.hpp — everything tkext keeps for one interpreter.
//
// Held in the interpreter's AssocData and handed to every command as its
// clientData, so several interpreters (threads, Tkinter roots) never share
// mutable state.  It owns the hooks on enabled canvases and is told when a
// hooked command disappears; when the interpreter goes, it puts every hooked
// command it still has back as it was.
#pragma once

#include <optional>
#include <string_view>
#include <unordered_set>

#include "../core/screen_distance.hpp"
#include "command_hook.hpp"
#include "obj_ref.hpp"
#include "obj_types.hpp"
#include "tcl_compat.hpp"

namespace tkext::bridge {

class InterpState final : public HookOwner {
public:
    explicit InterpState(Tcl_Interp* interp);
    ~InterpState();
    InterpState(const InterpState&) = delete;
    InterpState& operator=(const InterpState&) = delete;

    // Creates the state and ties its lifetime to the interpreter.
    static InterpState* attach(Tcl_Interp* interp);

    Tcl_Interp* interp() const { return interp_; }
    const ObjTypes& types() const { return types_; }

    // Ensures Tk is loaded in this interpreter and its stubs are ready; when
    // not, leaves a TKEXT TK MISSING error naming `command` and returns TCL_ERROR.
    int require_tk(std::string_view command);

    // True when Tk's canvas has its own "rotate" (Tk 9 and later), so tkext
    // delegates to it.  Looked up once, after require_tk has succeeded.
    bool tk_has_rotate();

    // Which screen-distance grammar the running Tk's canvas uses
    // (core/screen_distance.hpp), from its version; looked up once, after
    // require_tk has succeeded (Tk may be loaded after tkext).
    core::DistanceDialect distance_dialect();

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
    ObjTypes types_;
    bool tk_ready_ = false;
    std::optional<bool> tk_has_rotate_;
    std::optional<core::DistanceDialect> distance_dialect_;
    std::unordered_set<CommandHook*> hooks_;
};

}  // namespace tkext::bridge
