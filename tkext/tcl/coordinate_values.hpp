// coordinate_values.hpp — checking and reading flattened coordinate leaves.
//
// Two notions of a valid coordinate: a plain finite number (geometry, packed
// data), and a finite Tk screen distance such as 12, 1.5c, 2i, 3m or 4p
// (canvas items).  Both report the first bad leaf with its flattened index:
//   bad coordinate "abc" at index 3: expected ...        TKEXT COORDS VALUE
//   non-finite coordinate "NaN" at index 3: ...           TKEXT COORDS NONFINITE
#pragma once

#include <span>
#include <string>
#include <vector>

#include "../core/scratch_vector.hpp"
#include "obj_types.hpp"
#include "tcl_compat.hpp"

namespace tkext::bridge {

// Reads every leaf as a finite double into `out` (replacing its contents).
int read_finite_numbers(Tcl_Interp* interp, std::span<Tcl_Obj* const> leaves,
                        core::ScratchVector<double>& out);

// Checks every value is finite; the first that is not gets the same TKEXT
// COORDS NONFINITE error as read_finite_numbers (packed data has no leaves).
int check_finite(Tcl_Interp* interp, std::span<const double> values);

// Checks every leaf is a finite screen distance exactly as Tk's canvas parses
// one; leaves are not changed (units stay for Tk to apply).  Needs no Tk.
int check_screen_distances(Tcl_Interp* interp, const ObjTypes& types,
                           std::span<Tcl_Obj* const> leaves);

// Sets the TKEXT COORDS COUNT error for `message` (from core::count_problem).
int count_error(Tcl_Interp* interp, const std::string& message);

}  // namespace tkext::bridge
