// flatten_command.cpp — tkext::flatten ?value ...?
//
// Returns one flat list of the leaves of every value (see bridge/flatten.hpp for
// the rules).  Needs no Tk.  A single argument that is already a flat list is
// returned as the very same object, so flattening flat data costs no copy.
#include <span>

#include "../bridge/errors.hpp"
#include "../bridge/flatten.hpp"
#include "../bridge/interp_state.hpp"
#include "commands.hpp"

namespace tkext::commands {

int flatten_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto& state = *static_cast<bridge::InterpState*>(data);
    return bridge::run_guarded(interp, [&] {
        const std::span<Tcl_Obj* const> values(objv + 1, static_cast<std::size_t>(objc - 1));
        bridge::Flattened flat;
        if (bridge::flatten_values(interp, state.types(), bridge::LeafRules::numbers(), values, flat) !=
            TCL_OK) {
            return TCL_ERROR;
        }
        // The argument itself as the only leaf may be text that is not a list
        // ("{abc"): only a list built from it is a list of its leaves.
        const bool is_own_leaf = flat.leaves.size() == 1 && flat.leaves[0] == values[0];
        if (values.size() == 1 && flat.tk_accepts_as_is && !is_own_leaf) {
            Tcl_SetObjResult(interp, values[0]);
        } else {
            Tcl_SetObjResult(interp, Tcl_NewListObj(static_cast<Tcl_Size>(flat.leaves.size()),
                                                    flat.leaves.data()));
        }
        return TCL_OK;
    });
}

}  // namespace tkext::commands
