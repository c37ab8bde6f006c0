// number_values.cpp — geometry arguments and double results (see number_values.hpp).
#include "number_values.hpp"

#include <cmath>
#include <string>

#include "coordinate_values.hpp"
#include "errors.hpp"
#include "interp_state.hpp"
#include "object_prefetch.hpp"

namespace tkext::bridge {
namespace {

int overflow_error(Tcl_Interp* interp) {
    return set_error(interp, "result is not finite: coordinates too large for double precision",
                     {"GEOM", "OVERFLOW"});
}

}  // namespace

int read_finite_argument(Tcl_Interp* interp, Tcl_Obj* value, std::string_view name, double& out) {
    const ObjTypes& types = InterpState::attach(interp)->types();
    double parsed = 0.0;
    switch (judge_leaf(types, LeafRules::numbers(), value, parsed)) {
        case LeafVerdict::ok:
            out = parsed;
            return TCL_OK;
        case LeafVerdict::nonfinite:
            return set_error(interp,
                             "non-finite " + std::string(name) + " " + quoted(value) +
                                 ": expected a finite number",
                             {"ARG", "NONFINITE"});
        default:
            return set_error(interp, "bad " + std::string(name) + " " + quoted(value) + ": expected a number",
                             {"ARG", "VALUE"});
    }
}

int read_matrix(Tcl_Interp* interp, Tcl_Obj* value, std::array<double, 6>& out) {
    static constexpr std::array<const char*, 6> names{
        "matrix element a", "matrix element b", "matrix element c",
        "matrix element d", "matrix element e", "matrix element f"};
    Tcl_Size count = 0;
    Tcl_Obj** elements = nullptr;
    if (Tcl_ListObjGetElements(nullptr, value, &count, &elements) != TCL_OK) {
        return set_error(interp, "bad matrix " + quoted(value) + ": expected a list {a b c d e f}",
                         {"MATRIX", "VALUE"});
    }
    if (count != 6) {
        return set_error(interp,
                         "wrong # matrix elements: expected 6, got " + std::to_string(count),
                         {"MATRIX", "COUNT"});
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (read_finite_argument(interp, elements[i], names[i], out[i]) != TCL_OK) return TCL_ERROR;
    }
    return TCL_OK;
}

// One tight pass that copies every value while the leaf verdict checks it:
// at 10^5 points reading the objects is the cost, so the pass does nothing
// else but ask for the objects prefetch_distance elements ahead.
bool read_binary_numbers(const ObjTypes& types, Tcl_Obj* const* elements, std::size_t count,
                         double* out) {
    const LeafRules rules = LeafRules::numbers();
    bool all_ok = true;
    std::size_t i = 0;
    for (; i + prefetch_distance < count; ++i) {
        prefetch_object(elements[i + prefetch_distance]);
        all_ok &= binary_leaf_verdict(types, rules, elements[i], out[i]) == LeafVerdict::ok;
    }
    for (; i < count; ++i) {
        all_ok &= binary_leaf_verdict(types, rules, elements[i], out[i]) == LeafVerdict::ok;
    }
    return all_ok;
}

bool read_and_release_doubles(const ObjTypes& types, Tcl_Obj* list, double* out) {
    Tcl_Size count = 0;
    Tcl_Obj** elements = nullptr;
    if (Tcl_ListObjGetElements(nullptr, list, &count, &elements) != TCL_OK) return false;
    if (!read_binary_numbers(types, elements, static_cast<std::size_t>(count), out)) {
        return false;
    }
    // Only a list nobody else sees may be changed (and only it is worth it).
    if (list->refCount == 1) Tcl_ListObjReplace(nullptr, list, 0, count, 0, nullptr);
    return true;
}

Tcl_Obj* new_double_list(std::span<const double> values) {
    std::vector<Tcl_Obj*> items(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) items[i] = Tcl_NewDoubleObj(values[i]);
    return Tcl_NewListObj(static_cast<Tcl_Size>(items.size()), items.data());
}

int set_double_list_result(Tcl_Interp* interp, std::span<const double> values) {
    for (const double v : values) {
        if (!std::isfinite(v)) return overflow_error(interp);
    }
    Tcl_SetObjResult(interp, new_double_list(values));
    return TCL_OK;
}

int set_double_result(Tcl_Interp* interp, double value) {
    if (!std::isfinite(value)) return overflow_error(interp);
    Tcl_SetObjResult(interp, Tcl_NewDoubleObj(value));
    return TCL_OK;
}

}  // namespace tkext::bridge
