// coordinate_values.hpp — the one decision on coordinate leaves, and reading them.
//
// Every command and every fast path asks judge_leaf (or, for leaves Tcl
// already holds in binary, its inline first half binary_leaf_verdict)
// whether a leaf can be taken as it is: by Tk as a canvas coordinate, or as a
// plain finite number (geometry, packed data).  Nothing else decides, so a
// check cannot be made on one path and skipped on another.  A leaf is never
// converted while judged for Tk: Tk sees the very object tkext checked.
// Errors name the first bad leaf with its flattened index:
//   bad coordinate "abc" at index 3: expected ...        TKEXT COORDS VALUE
//   non-finite coordinate "NaN" at index 3: ...           TKEXT COORDS NONFINITE
//   bad coordinate "1099511627776" at index 2: ...        TKEXT COORDS RANGE
#pragma once

#include <bit>
#include <climits>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "../core/finite_values.hpp"
#include "../core/scratch_vector.hpp"
#include "../core/screen_distance.hpp"
#include "../core/tk_release.hpp"
#include "obj_types.hpp"
#include "tcl_compat.hpp"

namespace tkext::bridge {

// What errors about a screen distance say it should be.
inline constexpr const char* screen_distance_hint =
    "expected a screen distance such as 12, 1.5c, 2i, 3m or 4p";

// What a leaf must be.
struct LeafRules {
    enum class Grammar : unsigned char { number, screen_distance };
    Grammar grammar = Grammar::number;
    core::DistanceDialect dialect = core::DistanceDialect::strtod_unit;
    // An "int" outside C int's range is refused (core::TkRelease says which
    // Tks need that).
    bool ints_must_fit_int32 = false;

    static LeafRules numbers() { return {}; }
    // Canvas coordinates, as the running Tk reads them.
    static LeafRules canvas_coordinates(const core::TkRelease& tk) {
        return {Grammar::screen_distance, tk.distance_dialect, tk.ints_must_fit_int32};
    }
};

enum class LeafVerdict : unsigned char { ok, needs_text, bad, nonfinite, out_of_range };

// The decision for a leaf Tcl holds as a double or an int; needs_text for
// anything else (judge_leaf reads those).  Inline: large lists run it per
// element in tight loops.  `value` is set when the verdict is ok.
inline LeafVerdict binary_leaf_verdict(const ObjTypes& types, const LeafRules& rules,
                                       const Tcl_Obj* leaf, double& value) {
    const Tcl_ObjType* type = leaf->typePtr;
    if (type == nullptr) return LeafVerdict::needs_text;
    if (type == types.double_) {
        value = leaf->internalRep.doubleValue;
        return core::is_finite_bits(std::bit_cast<std::uint64_t>(value)) ? LeafVerdict::ok
                                                                          : LeafVerdict::nonfinite;
    }
    if (type == types.int_) {
        const Tcl_WideInt integer = types.int_value(leaf);
        if (rules.ints_must_fit_int32 && (integer < INT_MIN || integer > INT_MAX)) {
            return LeafVerdict::out_of_range;
        }
        value = static_cast<double>(integer);
        return LeafVerdict::ok;
    }
    return LeafVerdict::needs_text;
}

// The whole decision for any leaf: binary_leaf_verdict, then the leaf's
// number or text (Tk's screen-distance grammar for the rules' dialect, with
// the running Tcl's number grammar inside it).  `value` (set when ok) is the
// number, or for a screen distance the number before its unit.
LeafVerdict judge_leaf(const ObjTypes& types, const LeafRules& rules, Tcl_Obj* leaf, double& value);

// Judges every leaf; the first that is not ok gets its TKEXT COORDS error.
int check_leaves(Tcl_Interp* interp, const ObjTypes& types, const LeafRules& rules,
                 std::span<Tcl_Obj* const> leaves);

// Reads every leaf as a finite number into `out` (replacing its contents).
int read_finite_numbers(Tcl_Interp* interp, const ObjTypes& types, std::span<Tcl_Obj* const> leaves,
                        core::ScratchVector<double>& out);

// Checks every value is finite; the first that is not gets the same TKEXT
// COORDS NONFINITE error as read_finite_numbers (packed data has no leaves).
int check_finite(Tcl_Interp* interp, std::span<const double> values);

// Sets the TKEXT COORDS COUNT error for `message` (from core::count_problem).
int count_error(Tcl_Interp* interp, const std::string& message);

}  // namespace tkext::bridge
