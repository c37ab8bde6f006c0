// flatten.hpp — turning coordinate values of any shape into one flat run of leaves.
//
// Shapes: separate numbers, one flat list, pairs, a list of pairs, deeper
// nesting, or a mix.  A value that is a list of two or more elements
// contributes the flattening of each; an empty list contributes nothing,
// wherever it sits; a one-element list whose element differs from itself
// ({{10 20}}) is unwrapped; anything else is a leaf, kept as the very same
// Tcl_Obj (never converted).  While flattening, each leaf Tcl holds in binary
// is judged by the rules given (coordinate_values.hpp), so that the common
// all-numbers case needs no second pass.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "../core/scratch_vector.hpp"
#include "coordinate_values.hpp"
#include "obj_types.hpp"
#include "tcl_compat.hpp"

namespace tkext::bridge {

// Lists nested deeper than this are refused (TKEXT FLATTEN DEPTH), as CPython's
// _tkinter._flatten does; it also bounds recursion.
inline constexpr std::size_t max_nesting = 1000;

struct Flattened {
    Flattened() : leaves(core::borrow_scratch<Tcl_Obj*>()) {}
    ~Flattened() { core::return_scratch(std::move(leaves)); }
    Flattened(Flattened&&) noexcept = default;
    Flattened& operator=(Flattened&&) noexcept = default;

    // Borrowed: each leaf lives inside the arguments, which the caller keeps
    // alive and unchanged while the leaves are in use.  The vector itself is
    // the thread's reused scratch (core/scratch_vector.hpp).
    core::ScratchVector<Tcl_Obj*> leaves;
    // True when the arguments were already in a form Tk itself accepts
    // (tk_takes_as_is, coordinate_shape.hpp).
    bool tk_accepts_as_is = true;
    // True when binary_leaf_verdict found every leaf ok under the rules given
    // to flatten_values; otherwise the caller judges them (check_leaves).
    bool all_leaves_ok = true;
};

// Flattens `values`, appending their leaves to `out.leaves` (anything already
// there is kept, so callers can put words in front).  On too deep nesting, leaves a TKEXT FLATTEN
// DEPTH error naming the argument (counted from `first_position`) and returns
// TCL_ERROR.
int flatten_values(Tcl_Interp* interp, const ObjTypes& types, const LeafRules& rules,
                   std::span<Tcl_Obj* const> values, Flattened& out,
                   std::size_t first_position = 1);

// Flattens `value` (argument number `position` of the command, for errors),
// checks it holds whole x y pairs and reads every leaf as a finite double:
// a geometry command's COORDS (plain numbers only: screen units need a canvas).
int read_coordinate_list(Tcl_Interp* interp, const ObjTypes& types, Tcl_Obj* value,
                         std::size_t position, core::ScratchVector<double>& out);

}  // namespace tkext::bridge
