// canvas_commands.cpp — tkext::coords, tkext::create, tkext::rotate and tkext::transform.
//
// Drop-in forms of "pathName coords" and "pathName create" that accept every
// coordinate shape on any canvas, enabled or not, and of the "rotate" and
// "transform" subcommands tkext adds (canvas_transform.hpp).  They rebuild
// the widget-command form (pathName subcommand ...) and share the code of the
// enabled widget command.
#include <algorithm>
#include <array>
#include <vector>

#include "../bridge/errors.hpp"
#include "../bridge/interp_state.hpp"
#include "canvas_reshape.hpp"
#include "canvas_transform.hpp"
#include "commands.hpp"

namespace tkext::commands {
namespace {

// objv is "tkext::X pathName first ...": call `reshape` with
// "pathName subcommand first ...".  The word count is checked here, against
// `usage`, so a wrong count names the command the user called rather than
// the widget form Tk would name.
int run_as_widget_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[],
                          const char* command, const char* usage, Tcl_Obj* subcommand,
                          CanvasSubcommand reshape, int min_objc, int max_objc = 0) {
    auto& state = *static_cast<bridge::InterpState*>(data);
    if (objc < min_objc || (max_objc != 0 && objc > max_objc)) {
        Tcl_WrongNumArgs(interp, 1, objv, usage);
        return TCL_ERROR;
    }
    if (state.require_tk(command) != TCL_OK) return TCL_ERROR;
    return bridge::run_guarded(interp, [&] {
        // The words on the stack for everyday calls, which are short.
        std::array<Tcl_Obj*, 16> short_call;
        std::vector<Tcl_Obj*> long_call;
        const auto count = static_cast<std::size_t>(objc);
        if (count > short_call.size()) long_call.resize(count);
        Tcl_Obj** words = count > short_call.size() ? long_call.data() : short_call.data();
        words[0] = objv[1];
        words[1] = subcommand;
        std::copy(objv + 2, objv + objc, words + 2);
        const CanvasTarget target = CanvasTarget::for_path(state, objv[1]);
        return reshape(target, objc, words);
    });
}

}  // namespace

int coords_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto& state = *static_cast<bridge::InterpState*>(data);
    return run_as_widget_command(data, interp, objc, objv, "tkext::coords",
                                 "pathName tagOrId ?coordinates ...?", state.word_coords.get(),
                                 &reshape_coords, 3);
}

int create_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto& state = *static_cast<bridge::InterpState*>(data);
    return run_as_widget_command(data, interp, objc, objv, "tkext::create",
                                 "pathName type coordinates ?coordinates ...? ?option value ...?",
                                 state.word_create.get(), &reshape_create, 4);
}

int rotate_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto& state = *static_cast<bridge::InterpState*>(data);
    return run_as_widget_command(data, interp, objc, objv, "tkext::rotate", "pathName tagOrId x y angle",
                                 state.word_rotate.get(), &reshape_rotate, 6, 6);
}

int transform_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto& state = *static_cast<bridge::InterpState*>(data);
    return run_as_widget_command(data, interp, objc, objv, "tkext::transform",
                                 "pathName tagOrId {a b c d e f}", state.word_transform.get(),
                                 &reshape_transform, 4, 4);
}

}  // namespace tkext::commands
