// canvas_target.hpp — reaching a canvas widget command, hooked or not.
//
// tkext::coords and the enabled widget command share one implementation of
// reshaping; they differ only in how the canvas's own procedure is reached:
// through the hook's saved original (enabled canvas), or by evaluating the
// command normally (any other canvas, renamed or traced ones included).
#pragma once

#include <string>

#include "../bridge/command_hook.hpp"
#include "../bridge/interp_state.hpp"
#include "../bridge/tcl_compat.hpp"

namespace tkext::commands {

struct CanvasTarget {
    bridge::InterpState& state;
    const bridge::CommandHook* hook = nullptr;  // null: evaluate the command by name

    Tcl_Interp* interp() const { return state.interp(); }

    // Runs the canvas widget command with objv in widget form: pathName subcommand ...
    int call(Tcl_Size objc, ObjArray objv) const;

    // The type of the first item matching tagOrId ("line", ...), or "" when
    // nothing matches (interpreter result left untouched).
    std::string item_type(Tcl_Obj* path, Tcl_Obj* tag_or_id) const;

    // The target for a pathName given to a tkext command.
    static CanvasTarget for_path(bridge::InterpState& state, Tcl_Obj* path);
};

// A canvas subcommand implementation, given the widget-command form of a call.
using Reshaper = int (*)(const CanvasTarget& target, Tcl_Size objc, ObjArray objv);

}  // namespace tkext::commands
