// coordinate_values.cpp — judging and reading coordinate leaves (see coordinate_values.hpp).
#include "coordinate_values.hpp"

#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

#include "../core/short_decimal.hpp"
#include "errors.hpp"
#include "obj_ref.hpp"

namespace tkext::bridge {
namespace {

// The running Tcl's number grammar, on text only: no object changes type.
bool read_tcl_number(const char* text, double& value) {
    return Tcl_GetDouble(nullptr, text, &value) == TCL_OK;
}

// Tcl refuses the text "NaN" outright, so without this a NaN would be
// reported as junk rather than as what it is.
bool spells_nan(const char* text) {
    char* end = nullptr;
    const double value = std::strtod(text, &end);
    while (end != nullptr && (*end == ' ' || *end == '\t')) ++end;
    return end != text && end != nullptr && *end == '\0' && std::isnan(value);
}

LeafVerdict judge_text(const LeafRules& rules, Tcl_Obj* leaf, double& value) {
    const std::string_view view = text_of(leaf);  // NUL-terminated, as Tcl's strings are
    // A short plain decimal ("12", "-3.5": most words typed as coordinates)
    // is the same finite number of pixels in every dialect, read exactly as
    // strtod and Tcl read it; parse_short_decimal takes nothing else.
    if (const auto decimal = core::parse_short_decimal(view)) {
        value = *decimal;
        return LeafVerdict::ok;
    }
    const auto distance = core::parse_screen_distance(view, rules.dialect, &read_tcl_number);
    if (!distance) return spells_nan(view.data()) ? LeafVerdict::nonfinite : LeafVerdict::bad;
    if (!core::finite_in_pixels(*distance)) return LeafVerdict::nonfinite;
    value = distance->value;
    return LeafVerdict::ok;
}

int leaf_error(Tcl_Interp* interp, const LeafRules& rules, LeafVerdict verdict, Tcl_Obj* leaf,
               std::size_t index) {
    const std::string where = quoted(leaf) + " at index " + std::to_string(index);
    switch (verdict) {
        case LeafVerdict::nonfinite:
            return set_error(interp,
                             "non-finite coordinate " + where + ": coordinates must be finite numbers",
                             {"COORDS", "NONFINITE"});
        case LeafVerdict::out_of_range:
            return set_error(interp,
                             "bad coordinate " + where +
                                 ": integer outside -2147483648..2147483647, which this Tk reads wrongly",
                             {"COORDS", "RANGE"});
        default:
            return set_error(interp,
                             "bad coordinate " + where + ": " +
                                 (rules.grammar == LeafRules::Grammar::number ? "expected a number"
                                                                              : screen_distance_hint),
                             {"COORDS", "VALUE"});
    }
}

}  // namespace

LeafVerdict judge_leaf(const ObjTypes& types, const LeafRules& rules, Tcl_Obj* leaf, double& value) {
    const LeafVerdict quick = binary_leaf_verdict(types, rules, leaf, value);
    if (quick != LeafVerdict::needs_text) return quick;
    const bool numeric = leaf->typePtr != nullptr &&
                         (leaf->typePtr == types.wide_int || leaf->typePtr == types.bignum);
    if (numeric || rules.grammar == LeafRules::Grammar::number) {
        // A wide or big integer: every Tk reads its value (8.6 through its
        // decimal text).  Plain numbers follow Tcl's own reading.
        if (Tcl_GetDoubleFromObj(nullptr, leaf, &value) != TCL_OK) {
            return spells_nan(Tcl_GetString(leaf)) ? LeafVerdict::nonfinite : LeafVerdict::bad;
        }
        return std::isfinite(value) ? LeafVerdict::ok : LeafVerdict::nonfinite;
    }
    return judge_text(rules, leaf, value);
}

int check_leaves(Tcl_Interp* interp, const ObjTypes& types, const LeafRules& rules,
                 std::span<Tcl_Obj* const> leaves) {
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        double value = 0.0;
        const LeafVerdict verdict = judge_leaf(types, rules, leaves[i], value);
        if (verdict != LeafVerdict::ok) return leaf_error(interp, rules, verdict, leaves[i], i);
    }
    return TCL_OK;
}

int read_finite_numbers(Tcl_Interp* interp, const ObjTypes& types, std::span<Tcl_Obj* const> leaves,
                        core::ScratchVector<double>& out) {
    const LeafRules rules = LeafRules::numbers();
    out.resize(leaves.size());
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        const LeafVerdict verdict = judge_leaf(types, rules, leaves[i], out[i]);
        if (verdict != LeafVerdict::ok) return leaf_error(interp, rules, verdict, leaves[i], i);
    }
    return TCL_OK;
}

int check_finite(Tcl_Interp* interp, std::span<const double> values) {
    if (core::all_finite(values)) return TCL_OK;  // only a failure looks for the index
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i])) continue;
        const ObjRef leaf(Tcl_NewDoubleObj(values[i]));
        return leaf_error(interp, LeafRules::numbers(), LeafVerdict::nonfinite, leaf.get(), i);
    }
    return TCL_OK;
}

int count_error(Tcl_Interp* interp, const std::string& message) {
    return set_error(interp, message, {"COORDS", "COUNT"});
}

}  // namespace tkext::bridge
