// canvas_target.hpp — one canvas, reached through its widget command, and
// the questions every canvas command asks it.
//
// tkext::coords and the enabled widget command share one implementation of
// reshaping; they differ only in how the canvas's own procedure is reached:
// through the hook's saved original (enabled canvas), or by evaluating the
// command normally (any other canvas, renamed or traced ones included).
// Every read of a canvas (the items of a tag, an item's kind, its
// coordinates) and every write of coordinates goes through here, so rotate,
// transform, packed get/set and export ask Tk the same way.
#pragma once

#include <span>
#include <vector>

#include "../core/item_kinds.hpp"
#include "../core/scratch_vector.hpp"
#include "../bridge/command_hook.hpp"
#include "../bridge/interp_state.hpp"
#include "../bridge/obj_ref.hpp"
#include "../bridge/tcl_compat.hpp"

namespace tkext::commands {

// Tk's answer to "pathName coords tagOrId", held only here, so it can be read
// once into doubles and released cheaply (bridge::read_and_release_doubles).
class CoordsAnswer {
public:
    std::size_t size() const { return static_cast<std::size_t>(count_); }
    // Reads every value into out[0, size()) as a finite number; false, with
    // `out` unspecified, when one is not (only a replaced canvas command answers so).
    bool read_into(const bridge::ObjTypes& types, double* out) const;
    Tcl_Obj* list() const { return list_.get(); }

private:
    friend struct CanvasTarget;
    bridge::ObjRef list_;
    Tcl_Size count_ = 0;
    Tcl_Obj** elements_ = nullptr;
};

struct CanvasTarget {
    bridge::InterpState& state;
    Tcl_Obj* path;                              // the canvas's pathName
    const bridge::CommandHook* hook = nullptr;  // null: evaluate the command by name

    Tcl_Interp* interp() const { return state.interp(); }

    // Runs the canvas widget command with objv in widget form: pathName subcommand ...
    int call(Tcl_Size objc, ObjArray objv) const;

    // The items tagOrId matches ("find withtag"), in Tk's order.  TCL_ERROR
    // with Tk's error left in the interpreter.
    int find_items(Tcl_Obj* tag_or_id, std::vector<bridge::ObjRef>& ids) const;

    // The kind of the first item tagOrId matches (core::unknown_item_kind for
    // an extension's type), or nullptr when nothing matches; the interpreter
    // result is left untouched.
    const core::ItemKind* item_kind(Tcl_Obj* tag_or_id) const;

    // Tk's answer to "coords tagOrId", taken out of the interpreter result.
    // TCL_ERROR with the error left when Tk refuses or the answer is not a list.
    int coords(Tcl_Obj* tag_or_id, CoordsAnswer& answer) const;

    // Appends the coordinates of item `id` to `out`; a TKEXT CANVAS COORDS
    // error when Tk's answer is not a list of finite numbers.
    int read_coords(Tcl_Obj* id, core::ScratchVector<double>& out) const;

    // Sets the coordinates of tagOrId to `values`, through one list of
    // doubles reused between calls (bridge/reusable_objects.hpp).
    int set_coords(Tcl_Obj* tag_or_id, std::span<const double> values) const;

    // The target for a pathName given to a tkext command.
    static CanvasTarget for_path(bridge::InterpState& state, Tcl_Obj* path);
};

// One subcommand of a canvas as tkext implements it, given the widget-command
// form of a call (pathName subcommand ...): the reshaping ones (coords,
// create, ...) and the added ones (rotate, transform).
using CanvasSubcommand = int (*)(const CanvasTarget& target, Tcl_Size objc, ObjArray objv);

}  // namespace tkext::commands
