// number_values.hpp — reading number arguments and lists of doubles, and returning them.
//
// Geometry commands take scalar arguments such as X, ANGLE or TOLERANCE (and
// one COORDS value, read by flatten.hpp's read_coordinate_list).  Errors name
// what was wrong:
//   bad angle "abc": expected a number                     TKEXT ARG VALUE
//   non-finite angle "Inf": expected a finite number       TKEXT ARG NONFINITE
//   (coordinates: TKEXT COORDS VALUE / NONFINITE / COUNT, TKEXT FLATTEN DEPTH)
//   result is not finite: coordinates too large ...        TKEXT GEOM OVERFLOW
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "../core/scratch_vector.hpp"
#include "obj_types.hpp"
#include "tcl_compat.hpp"

namespace tkext::bridge {

// Reads `value`, the argument called `name`, as a finite double.
int read_finite_argument(Tcl_Interp* interp, Tcl_Obj* value, std::string_view name, double& out);

// Reads an affine matrix {a b c d e f}: a list of exactly six finite numbers.
//   wrong # matrix elements: expected 6, got 5            TKEXT MATRIX COUNT
//   bad matrix element c "x": expected a number           TKEXT ARG VALUE
int read_matrix(Tcl_Interp* interp, Tcl_Obj* value, std::array<double, 6>& out);

// Copies `count` elements into `out` when binary_leaf_verdict (numbers)
// approves every one: finite doubles and integers Tcl already holds in
// binary (true); otherwise false, with `out` unspecified.  The fast way to
// read 10^5 coordinates: one tight pass on the calling thread.
bool read_binary_numbers(const ObjTypes& types, Tcl_Obj* const* elements, std::size_t count,
                         double* out);

// Reads the list `list` into `out`, as read_binary_numbers, and when every
// element is a finite number (true) and nobody else
// holds the list, empties it with Tcl_ListObjReplace.  Meant for Tk's answer
// to "pathName coords", taken out of the interpreter result, which is then
// dropped: freeing a list frees each element through TclFreeObj, which in
// Tcl 8.6 also looks every object up in a per-thread table (of script line
// positions), while deleting elements with Tcl_ListObjReplace frees plain
// doubles directly.  On large reads that matters: freeing Tk's 2n new
// objects costs more than Tk making them.  False, with `list`
// unchanged and `out` unspecified, when anything is not a finite number.
bool read_and_release_doubles(const ObjTypes& types, Tcl_Obj* list, double* out);

// A new list of double objects (built from one prebuilt array).
Tcl_Obj* new_double_list(std::span<const double> values);

// Sets the interpreter result to the list of `values`; a TKEXT GEOM OVERFLOW
// error instead when any of them is not finite.
int set_double_list_result(Tcl_Interp* interp, std::span<const double> values);
// The same for one double.
int set_double_result(Tcl_Interp* interp, double value);

}  // namespace tkext::bridge
