// enable_commands.cpp — the commands tkext::enable ?pathName? and tkext::disable ?pathName?
//
// Enabling a canvas hooks its widget command in place (see bridge/command_hook.hpp)
// with enabled_widget_command (enabled_widget_command.hpp), so ".c coords",
// ".c create", ".c find|addtag overlapping|enclosed" and ".c insert" on lines
// and polygons take every coordinate shape; everything else goes to Tk untouched.  With no pathName, every canvas present is enabled
// and the `canvas` class command is hooked so canvases created later (by Tcl
// or by Tkinter) are enabled as they are made.  All of it is reversible and
// idempotent, and safe when canvases or the interpreter are destroyed.
#include <string>
#include <unordered_set>
#include <vector>

#include <tk.h>

#include "../bridge/errors.hpp"
#include "../bridge/interp_state.hpp"
#include "../bridge/obj_ref.hpp"
#include "commands.hpp"
#include "enabled_widget_command.hpp"

namespace tkext::commands {
namespace {

using bridge::CommandHook;
using bridge::InterpState;
using bridge::ObjRef;

bool is_canvas_window(Tcl_Interp* interp, Tcl_Obj* path) {
    Tk_Window main = Tk_MainWindow(interp);
    Tk_Window window = main ? Tk_NameToWindow(interp, Tcl_GetString(path), main) : nullptr;
    Tcl_ResetResult(interp);
    return window != nullptr && std::string(Tk_Class(window)) == "Canvas";
}

// Enables one canvas; on failure leaves an error (unless `quiet`).
int enable_canvas(InterpState& state, Tcl_Obj* path, bool quiet) {
    Tcl_Interp* interp = state.interp();
    if (!is_canvas_window(interp, path)) {
        if (quiet) return TCL_ERROR;
        return bridge::set_error(interp, bridge::quoted(path) + " is not a canvas", {"ENABLE", "NOTCANVAS"});
    }
    Tcl_Command token = Tcl_GetCommandFromObj(interp, path);
    if (token == nullptr) {
        if (quiet) return TCL_ERROR;
        return bridge::set_error(interp, "no widget command for canvas " + bridge::quoted(path),
                                 {"ENABLE", "NOCOMMAND"});
    }
    if (CommandHook::installed_on(token) != nullptr) return TCL_OK;  // already enabled
    auto* hook = new CommandHook(token, &enabled_widget_command, &state, &state);
    if (!hook->install()) {
        delete hook;
        if (quiet) return TCL_ERROR;
        return bridge::set_error(interp, "cannot enable canvas " + bridge::quoted(path),
                                 {"ENABLE", "NOCOMMAND"});
    }
    state.adopt(hook);
    return TCL_OK;
}

// Disables the canvas whose widget command is named `path`.  A command that
// is not an enabled canvas is left alone (disabling is idempotent), and so is
// a name that is neither a command nor a window (a destroyed canvas: nothing
// is left to undo).  A canvas window whose command no longer has its name was
// renamed: which command is its cannot be told from the window, so that is an
// error naming the fix rather than a silent no-op.
int disable_canvas(InterpState& state, Tcl_Obj* path) {
    Tcl_Interp* interp = state.interp();
    Tcl_Command token = Tcl_GetCommandFromObj(interp, path);
    Tcl_ResetResult(interp);
    if (token == nullptr) {
        // Without Tk nothing was ever enabled.
        const bool canvas = state.require_tk("tkext::disable") == TCL_OK && is_canvas_window(interp, path);
        Tcl_ResetResult(interp);
        if (!canvas) return TCL_OK;
        return bridge::set_error(interp,
                                 "no widget command for canvas " + bridge::quoted(path) +
                                     ": it was renamed; disable it by its new name",
                                 {"DISABLE", "NOCOMMAND"});
    }
    CommandHook* hook = CommandHook::installed_on(token);
    if (hook != nullptr && hook != state.class_hook) state.release(hook);
    return TCL_OK;
}

// The `canvas` class command while every canvas is enabled: create as Tk
// does, then enable the new canvas, leaving Tk's result (the path) as it was.
// Runs on every canvas creation, so no exception may leave it: the canvas
// exists once Tk has made it, and failing to enable it (out of memory) only
// leaves it a plain canvas.
int canvas_class_handler(CommandHook& hook, Tcl_Interp* interp, Tcl_Size objc, ObjArray objv) noexcept {
    const int status = hook.call_original(interp, objc, objv);
    if (status != TCL_OK) return status;
    const ObjRef path(Tcl_GetObjResult(interp));
    auto* state = static_cast<InterpState*>(hook.context());
    Tcl_InterpState saved = Tcl_SaveInterpState(interp, status);
    try {
        enable_canvas(*state, path.get(), /*quiet=*/true);
    } catch (...) {
        // See above: the new canvas stays as Tk made it.
    }
    return Tcl_RestoreInterpState(interp, saved);
}

// Every window below `root` (inclusive) whose class is Canvas.  `winfo` is
// an ordinary command a script may replace, so its answers may repeat a
// window or loop back to an ancestor: the walk uses an explicit stack, visits
// each path once and descends only into windows Tk knows, so it always ends
// (an endless recursion here used to crash the process).
void collect_canvases(Tcl_Interp* interp, Tcl_Obj* root, std::vector<ObjRef>& found) {
    std::vector<ObjRef> pending{ObjRef(root)};
    std::unordered_set<std::string> seen{Tcl_GetString(root)};
    while (!pending.empty()) {
        const ObjRef path = std::move(pending.back());
        pending.pop_back();
        Tk_Window main = Tk_MainWindow(interp);
        if (main == nullptr || Tk_NameToWindow(interp, Tcl_GetString(path.get()), main) == nullptr) {
            Tcl_ResetResult(interp);
            continue;
        }
        if (is_canvas_window(interp, path.get())) found.push_back(path);
        const ObjRef command(Tcl_NewListObj(0, nullptr));
        Tcl_ListObjAppendElement(nullptr, command.get(), Tcl_NewStringObj("winfo", -1));
        Tcl_ListObjAppendElement(nullptr, command.get(), Tcl_NewStringObj("children", -1));
        Tcl_ListObjAppendElement(nullptr, command.get(), path.get());
        if (Tcl_EvalObjEx(interp, command.get(), TCL_EVAL_GLOBAL) != TCL_OK) {
            Tcl_ResetResult(interp);
            continue;
        }
        const ObjRef children(Tcl_GetObjResult(interp));
        Tcl_ResetResult(interp);
        Tcl_Size count = 0;
        Tcl_Obj** elements = nullptr;
        if (Tcl_ListObjGetElements(nullptr, children.get(), &count, &elements) != TCL_OK) continue;
        for (Tcl_Size i = count; i-- > 0;) {  // reversed: children come off the stack in order
            if (seen.insert(Tcl_GetString(elements[i])).second) pending.emplace_back(elements[i]);
        }
    }
}

int enable_everything(InterpState& state) {
    Tcl_Interp* interp = state.interp();
    if (state.class_hook == nullptr) {
        const ObjRef name(Tcl_NewStringObj("::canvas", -1));
        Tcl_Command token = Tcl_GetCommandFromObj(interp, name.get());
        if (token == nullptr) {
            return bridge::set_error(interp, "no \"canvas\" command to hook", {"ENABLE", "NOCOMMAND"});
        }
        auto* hook = new CommandHook(token, &canvas_class_handler, &state, &state);
        if (!hook->install()) {
            delete hook;
            return bridge::set_error(interp, "cannot hook the \"canvas\" command", {"ENABLE", "NOCOMMAND"});
        }
        state.adopt(hook);
        state.class_hook = hook;
    }
    std::vector<ObjRef> canvases;
    const ObjRef root(Tcl_NewStringObj(".", -1));
    collect_canvases(interp, root.get(), canvases);
    for (const ObjRef& canvas : canvases) enable_canvas(state, canvas.get(), /*quiet=*/true);
    Tcl_ResetResult(interp);
    return TCL_OK;
}

void disable_everything(InterpState& state) {
    const std::vector<CommandHook*> hooks(state.hooks().begin(), state.hooks().end());
    for (CommandHook* hook : hooks) state.release(hook);
}

}  // namespace

int enable_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto& state = *static_cast<InterpState*>(data);
    if (objc > 2) {
        Tcl_WrongNumArgs(interp, 1, objv, "?pathName?");
        return TCL_ERROR;
    }
    if (state.require_tk("tkext::enable") != TCL_OK) return TCL_ERROR;
    return bridge::run_guarded(interp, [&] {
        return objc == 2 ? enable_canvas(state, objv[1], /*quiet=*/false) : enable_everything(state);
    });
}

int disable_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto& state = *static_cast<InterpState*>(data);
    if (objc > 2) {
        Tcl_WrongNumArgs(interp, 1, objv, "?pathName?");
        return TCL_ERROR;
    }
    return bridge::run_guarded(interp, [&] {
        if (objc == 2) return disable_canvas(state, objv[1]);
        disable_everything(state);
        return TCL_OK;
    });
}

}  // namespace tkext::commands
