// coordinate_values.cpp — validation of coordinate leaves (see coordinate_values.hpp).
#include "coordinate_values.hpp"

#include <cmath>
#include <cstdlib>
#include <string>

#include "../core/finite_values.hpp"
#include "../core/screen_distance.hpp"
#include "errors.hpp"
#include "obj_ref.hpp"

namespace tkext::bridge {
namespace {

constexpr const char* screen_distance_hint =
    "expected a screen distance such as 12, 1.5c, 2i, 3m or 4p";

int value_error(Tcl_Interp* interp, Tcl_Obj* leaf, std::size_t index, const char* expected) {
    return set_error(interp,
                     "bad coordinate " + quoted(leaf) + " at index " + std::to_string(index) + ": " +
                         expected,
                     {"COORDS", "VALUE"});
}

int nonfinite_error(Tcl_Interp* interp, Tcl_Obj* leaf, std::size_t index) {
    return set_error(interp,
                     "non-finite coordinate " + quoted(leaf) + " at index " + std::to_string(index) +
                         ": coordinates must be finite numbers",
                     {"COORDS", "NONFINITE"});
}

// Tcl refuses the text "NaN" outright, so without this a NaN would be
// reported as junk rather than as what it is.
bool spells_nan(Tcl_Obj* leaf) {
    const char* text = Tcl_GetString(leaf);
    char* end = nullptr;
    const double value = std::strtod(text, &end);
    while (end != nullptr && (*end == ' ' || *end == '\t')) ++end;
    return end != text && end != nullptr && *end == '\0' && std::isnan(value);
}

}  // namespace

int read_finite_numbers(Tcl_Interp* interp, std::span<Tcl_Obj* const> leaves,
                        core::ScratchVector<double>& out) {
    out.resize(leaves.size());
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        Tcl_Obj* leaf = leaves[i];
        double value = 0.0;
        if (Tcl_GetDoubleFromObj(nullptr, leaf, &value) != TCL_OK) {
            if (spells_nan(leaf)) return nonfinite_error(interp, leaf, i);
            return value_error(interp, leaf, i, "expected a number");
        }
        if (!std::isfinite(value)) return nonfinite_error(interp, leaf, i);
        out[i] = value;
    }
    return TCL_OK;
}

int check_finite(Tcl_Interp* interp, std::span<const double> values) {
    if (core::all_finite(values)) return TCL_OK;  // only a failure looks for the index
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i])) continue;
        const ObjRef leaf(Tcl_NewDoubleObj(values[i]));
        return nonfinite_error(interp, leaf.get(), i);
    }
    return TCL_OK;
}

int check_screen_distances(Tcl_Interp* interp, const ObjTypes& types,
                           std::span<Tcl_Obj* const> leaves) {
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        Tcl_Obj* leaf = leaves[i];
        if (types.is_integer(leaf)) continue;  // always a finite pixel count
        double value = 0.0;
        if (types.is_number(leaf)) {
            value = leaf->internalRep.doubleValue;  // is_integer ruled out above
        } else if (auto distance = core::parse_screen_distance(Tcl_GetString(leaf))) {
            value = distance->value;  // the unit is Tk's to apply
        } else {
            return value_error(interp, leaf, i, screen_distance_hint);
        }
        if (!std::isfinite(value)) return nonfinite_error(interp, leaf, i);
    }
    return TCL_OK;
}

int count_error(Tcl_Interp* interp, const std::string& message) {
    return set_error(interp, message, {"COORDS", "COUNT"});
}

}  // namespace tkext::bridge
