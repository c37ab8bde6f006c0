// canvas_reshape.cpp — reshaping coordinate subcommands (see canvas_reshape.hpp).
#include "canvas_reshape.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "../core/coordinate_count.hpp"
#include "../core/item_kinds.hpp"
#include "../core/prefix_match.hpp"
#include "../bridge/coordinate_shape.hpp"
#include "../bridge/coordinate_values.hpp"
#include "../bridge/flatten.hpp"
#include "../bridge/obj_ref.hpp"

namespace tkext::commands {
namespace {

using bridge::Flattened;
using bridge::ObjRef;

std::span<Tcl_Obj* const> args_from(ObjArray objv, Tcl_Size objc, Tcl_Size first) {
    return {objv + first, static_cast<std::size_t>(objc - first)};
}

// The leaf rules of canvas coordinates for the running Tk.
bridge::LeafRules canvas_rules(const CanvasTarget& target) {
    return bridge::LeafRules::canvas_coordinates(target.state.tk());
}

// Checks the coordinates flattened into `out` after its first `words_before`
// words: their count against `rule` (if any), and every one by the leaf
// decision (coordinate_values.hpp), all before Tk sees anything.
int check_flattened(const CanvasTarget& target, const bridge::LeafRules& rules, const Flattened& out,
                    std::size_t words_before, std::optional<core::CountRule> rule) {
    Tcl_Interp* interp = target.interp();
    const std::span<Tcl_Obj* const> coordinates(out.leaves.data() + words_before,
                                                out.leaves.size() - words_before);
    if (rule) {
        if (auto problem = core::count_problem(*rule, coordinates.size())) {
            return bridge::count_error(interp, *problem);
        }
    }
    if (out.all_leaves_ok) return TCL_OK;  // judged while flattening
    return bridge::check_leaves(interp, target.state.types(), rules, coordinates);
}

// Flattens `values` after the words already in `out.leaves` (the start of the
// call to make), then checks them (check_flattened).  `position` is the first
// value's word number after the command's name, for errors: the same in the
// widget form (".c coords id ...") and in tkext's (tkext::coords .c id ...).
int prepare(const CanvasTarget& target, std::span<Tcl_Obj* const> values, std::size_t position,
            std::optional<core::CountRule> rule, Flattened& out) {
    const std::size_t words_before = out.leaves.size();
    const bridge::LeafRules rules = canvas_rules(target);
    if (bridge::flatten_values(target.interp(), target.state.types(), rules, values, out, position) !=
        TCL_OK) {
        return TCL_ERROR;
    }
    return check_flattened(target, rules, out, words_before, rule);
}

Tcl_Obj* new_flat_list(const Flattened& flat) {
    return Tcl_NewListObj(static_cast<Tcl_Size>(flat.leaves.size()), flat.leaves.data());
}

// A call that begins with objv[0..count).
Flattened call_starting_with(ObjArray objv, Tcl_Size count) {
    Flattened call;
    call.leaves.assign(objv, objv + count);
    return call;
}

int call_with(const CanvasTarget& target, const Flattened& call) {
    return target.call(static_cast<Tcl_Size>(call.leaves.size()), call.leaves.data());
}

// Tk's rule for where coordinates end in `create`: at the first argument that
// starts with '-' and a lowercase letter.  Lists and numbers built in memory
// are judged without generating their text, which can be large.
bool starts_option(const bridge::ObjTypes& types, Tcl_Obj* value) {
    if (value->bytes == nullptr) {
        if (types.is_number(value)) return false;
        if (value->typePtr == types.list) {
            Tcl_Size count = 0;
            Tcl_Obj** elements = nullptr;
            Tcl_ListObjGetElements(nullptr, value, &count, &elements);
            return count > 0 && starts_option(types, elements[0]);
        }
    }
    const char* text = Tcl_GetString(value);
    return text[0] == '-' && text[1] >= 'a' && text[1] <= 'z';
}

// Shared by find and addtag: objv[search] names the search; what follows it is
// reshaped when the search is "overlapping" or "enclosed".
int reshape_area_search(const CanvasTarget& target, Tcl_Size objc, ObjArray objv, Tcl_Size search) {
    static constexpr std::array<const char*, 7> searches{
        "above", "all", "below", "closest", "enclosed", "overlapping", "withtag"};
    if (objc <= search + 1) return target.call(objc, objv);
    const char* name = core::resolve_prefix(Tcl_GetString(objv[search]), searches);
    if (name == nullptr || (std::strcmp(name, "enclosed") != 0 && std::strcmp(name, "overlapping") != 0)) {
        return target.call(objc, objv);
    }
    Flattened call = call_starting_with(objv, search + 1);
    if (prepare(target, args_from(objv, objc, search + 1), static_cast<std::size_t>(search + 1),
                core::CountRule::exactly_4, call) != TCL_OK) {
        return TCL_ERROR;
    }
    return call_with(target, call);  // Tk wants the four values as separate words
}

// True when every item tagOrId matches is of a kind whose insert takes
// coordinates (lines, polygons; text items take text, which must stay untouched).
bool matches_only_point_items(const CanvasTarget& target, Tcl_Obj* tag_or_id) {
    std::vector<ObjRef> ids;
    if (target.find_items(tag_or_id, ids) != TCL_OK) {
        Tcl_ResetResult(target.interp());
        return false;
    }
    if (ids.empty()) return false;
    for (const ObjRef& id : ids) {
        const core::ItemKind* kind = target.item_kind(id.get());
        if (kind == nullptr || !kind->insert_takes_points) return false;
    }
    return true;
}

// Hands Tk the coordinates of a checked `coords` call: the caller's own words
// when Tk takes them as they are; one empty list when they flatten to nothing
// (a polygon may be emptied, and `.c coords id` alone would be a query);
// else the flattened leaves as separate words.
int send_coords(const CanvasTarget& target, Tcl_Size objc, ObjArray objv, const Flattened& call) {
    if (call.leaves.size() == 3) {
        const ObjRef none(Tcl_NewObj());
        const std::array<Tcl_Obj*, 4> words{objv[0], objv[1], objv[2], none.get()};
        return target.call(static_cast<Tcl_Size>(words.size()), words.data());
    }
    if (call.tk_accepts_as_is) return target.call(objc, objv);
    return call_with(target, call);
}

// After setting `count` coordinates of tagOrId failed: tkext's count error
// when the count breaks the rule of the item's type, else the error as it is.
int count_error_over_error(const CanvasTarget& target, Tcl_Obj* tag_or_id, std::size_t count) {
    Tcl_Interp* interp = target.interp();
    Tcl_InterpState error = Tcl_SaveInterpState(interp, TCL_ERROR);
    if (const core::ItemKind* kind = target.item_kind(tag_or_id)) {
        if (auto problem = core::count_problem(kind->count, count)) {
            Tcl_DiscardInterpState(error);
            return bridge::count_error(interp, *problem);
        }
    }
    return Tcl_RestoreInterpState(interp, error);
}

}  // namespace

int reshape_coords(const CanvasTarget& target, Tcl_Size objc, ObjArray objv) {
    if (objc <= 3) return target.call(objc, objv);  // a query: Tk answers as ever
    const std::span<Tcl_Obj* const> values = args_from(objv, objc, 3);
    const bridge::LeafRules rules = canvas_rules(target);
    // A small call whose leaves need no flattening (bridge::read_short_call):
    // Tk gets the caller's words, or the leaves as separate words.
    std::array<Tcl_Obj*, 3 + bridge::max_short_leaves> words;  // filled only as far as used
    bool as_is = false;
    const std::span<Tcl_Obj* const> leaves = bridge::read_short_call(
        target.state.types(), rules, values, std::span(words).subspan<3>(), as_is);
    if (!leaves.empty() && leaves.size() % 2 == 0) {
        std::copy(objv, objv + 3, words.begin());
        const int status = as_is ? target.call(objc, objv)
                                 : target.call(static_cast<Tcl_Size>(3 + leaves.size()), words.data());
        if (status == TCL_OK) return TCL_OK;
        return count_error_over_error(target, objv[2], leaves.size());  // see below
    }
    // Separate words, not a new list: Tk takes them as they are, and nothing
    // is allocated or reference-counted per coordinate.
    Flattened call = call_starting_with(objv, 3);
    if (bridge::flatten_values(target.interp(), target.state.types(), rules, values, call, 3) != TCL_OK) {
        return TCL_ERROR;
    }
    const std::size_t count = call.leaves.size() - 3;
    if (count % 2 == 0) {
        // An even count breaks a count rule only for Tk's own item types, and
        // each of them refuses it before changing anything.  So Tk goes first,
        // and the item's type (a second call into Tk, nearly as costly as the
        // call itself) is asked for only when something fails, to report a
        // broken count as tkext always has, ahead of any bad value.
        if (check_flattened(target, rules, call, 3, std::nullopt) != TCL_OK ||
            send_coords(target, objc, objv, call) != TCL_OK) {
            return count_error_over_error(target, objv[2], count);
        }
        return TCL_OK;
    }
    std::optional<core::CountRule> rule;
    if (const core::ItemKind* kind = target.item_kind(objv[2])) rule = kind->count;
    if (check_flattened(target, rules, call, 3, rule) != TCL_OK) return TCL_ERROR;
    return send_coords(target, objc, objv, call);
}

int reshape_create(const CanvasTarget& target, Tcl_Size objc, ObjArray objv) {
    if (objc <= 3) return target.call(objc, objv);  // Tk's own "wrong # args"
    // The first argument after the type is always a coordinate, as in Tk.
    Tcl_Size options = 4;
    while (options < objc && !starts_option(target.state.types(), objv[options])) ++options;
    Flattened flat;
    // Tk takes any unique prefix of a type name ("rect"), so the rule does too.
    const std::optional<core::CountRule> rule = core::resolve_item_kind(Tcl_GetString(objv[2])).count;
    if (prepare(target, {objv + 3, static_cast<std::size_t>(options - 3)}, 3, rule, flat) !=
        TCL_OK) {
        return TCL_ERROR;
    }
    if (flat.tk_accepts_as_is) return target.call(objc, objv);
    const ObjRef coordinates(new_flat_list(flat));
    std::vector<Tcl_Obj*> words{objv[0], objv[1], objv[2], coordinates.get()};
    words.insert(words.end(), objv + options, objv + objc);
    return target.call(static_cast<Tcl_Size>(words.size()), words.data());
}

int reshape_find(const CanvasTarget& target, Tcl_Size objc, ObjArray objv) {
    return reshape_area_search(target, objc, objv, 2);
}

int reshape_addtag(const CanvasTarget& target, Tcl_Size objc, ObjArray objv) {
    return reshape_area_search(target, objc, objv, 3);
}

int reshape_insert(const CanvasTarget& target, Tcl_Size objc, ObjArray objv) {
    if (objc != 5 || !matches_only_point_items(target, objv[2])) {
        return target.call(objc, objv);
    }
    Flattened flat;
    if (prepare(target, args_from(objv, objc, 4), 4, core::CountRule::any_even, flat) != TCL_OK) {
        return TCL_ERROR;
    }
    if (flat.tk_accepts_as_is) return target.call(objc, objv);
    const ObjRef coordinates(new_flat_list(flat));
    const std::array<Tcl_Obj*, 5> words{objv[0], objv[1], objv[2], objv[3], coordinates.get()};
    return target.call(static_cast<Tcl_Size>(words.size()), words.data());
}

}  // namespace tkext::commands
