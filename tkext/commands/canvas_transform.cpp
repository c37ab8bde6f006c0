// canvas_transform.cpp — atomic rotate and transform of canvas items (see canvas_transform.hpp).
#include "canvas_transform.hpp"

#include <array>
#include <cmath>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include <tk.h>

#include "../core/finite_values.hpp"
#include "../core/point_transforms.hpp"
#include "../core/scratch_vector.hpp"
#include "../core/screen_distance.hpp"
#include "../bridge/coordinate_values.hpp"
#include "../bridge/errors.hpp"
#include "../bridge/interp_state.hpp"
#include "../bridge/number_values.hpp"
#include "../bridge/obj_ref.hpp"
#include "../bridge/reusable_objects.hpp"

namespace tkext::commands {
namespace {

using bridge::ObjRef;

// Computes an item's new coordinates from its type and current coordinates
// (`out` already has the size of `in`).
using ItemMap =
    std::function<void(const std::string& type, std::span<const double> in, std::span<double> out)>;

struct ItemChange {
    ObjRef id;
    // Old and new coordinates: previous[first, first + count) and
    // planned[first, first + count).
    std::size_t first = 0;
    std::size_t count = 0;
};

// The result of running `words` on the canvas, or an empty ref on error
// (left in the interpreter).
ObjRef call_for_result(const CanvasTarget& target, std::span<Tcl_Obj* const> words) {
    if (target.call(static_cast<Tcl_Size>(words.size()), words.data()) != TCL_OK) return {};
    ObjRef result(Tcl_GetObjResult(target.interp()));
    Tcl_ResetResult(target.interp());
    return result;
}

std::string result_text(Tcl_Interp* interp) { return Tcl_GetString(Tcl_GetObjResult(interp)); }

// Reads Tk's answer to "pathName coords id", held only by the caller, onto
// the end of `out`, releasing it cheaply once read (see
// bridge::read_and_release_doubles: Tk makes its answers as doubles, so the
// fast read nearly always serves).
int read_item_coords(Tcl_Interp* interp, const bridge::ObjTypes& types, Tcl_Obj* coords, Tcl_Obj* id,
                     core::ScratchVector<double>& out) {
    const std::size_t first = out.size();
    Tcl_Size count = 0;
    Tcl_Obj** elements = nullptr;
    bool ok = Tcl_ListObjGetElements(nullptr, coords, &count, &elements) == TCL_OK;
    if (ok) {
        out.resize(first + static_cast<std::size_t>(count));
        if (!bridge::read_and_release_doubles(types, coords, out.data() + first)) {
            for (Tcl_Size i = 0; ok && i < count; ++i) {
                ok = bridge::judge_leaf(types, bridge::LeafRules::numbers(), elements[i],
                                        out[first + static_cast<std::size_t>(i)]) == bridge::LeafVerdict::ok;
            }
        }
    }
    if (ok) return TCL_OK;
    out.resize(first);
    return bridge::set_error(interp,
                             "cannot read the coordinates of item " + std::string(Tcl_GetString(id)) +
                                 ": " + bridge::quoted(coords),
                             {"CANVAS", "COORDS"});
}

// Puts back the coordinates of changes[0..count), from `previous` (the same
// doubles Tk answered, so the same coordinates); it clears the interpreter
// result, so the caller saves the error first.
void restore(const CanvasTarget& target, Tcl_Obj* path, const std::vector<ItemChange>& changes,
             std::size_t count, std::span<const double> previous) {
    Tcl_Interp* interp = target.interp();
    for (std::size_t i = 0; i < count; ++i) {
        const ObjRef old_coords(bridge::new_double_list(previous.subspan(changes[i].first, changes[i].count)));
        const std::array<Tcl_Obj*, 4> words{path, target.state.word_coords.get(), changes[i].id.get(),
                                            old_coords.get()};
        target.call(static_cast<Tcl_Size>(words.size()), words.data());
        Tcl_ResetResult(interp);
    }
}

// Applies the planned changes with Tk's own subcommand (`native`, the
// widget-command form of the call), then reads every changed item back: Tk's
// numbers are the result, but they too must be finite, or every item gets
// its old coordinates back.
int apply_natively(const CanvasTarget& target, Tcl_Obj* path, const std::vector<ItemChange>& changes,
                   std::span<const double> previous, std::span<Tcl_Obj* const> native) {
    Tcl_Interp* interp = target.interp();
    if (target.call(static_cast<Tcl_Size>(native.size()), native.data()) != TCL_OK) {
        const std::string why = result_text(interp);
        restore(target, path, changes, changes.size(), previous);
        return bridge::set_error(interp, "cannot change the items: " + why + " (no item was changed)",
                                 {"CANVAS", "APPLY"});
    }
    Tcl_ResetResult(interp);
    core::Scratch<double> now;
    for (const ItemChange& change : changes) {
        const std::array<Tcl_Obj*, 3> query{path, target.state.word_coords.get(), change.id.get()};
        const ObjRef coords = call_for_result(target, query);
        now->clear();
        const bool read = coords && read_item_coords(interp, target.state.types(), coords.get(),
                                                     change.id.get(), *now) == TCL_OK;
        if (!read || !core::all_finite(*now)) {
            restore(target, path, changes, changes.size(), previous);
            return bridge::set_error(interp,
                                     "new coordinates of item " + std::string(Tcl_GetString(change.id.get())) +
                                         " are not finite: coordinates too large for double precision",
                                     {"GEOM", "OVERFLOW"});
        }
    }
    return TCL_OK;
}

// Plans every item's change, then applies them all; see the header for why.
// With `native` (Tk's own form of the call), Tk applies them once the plan
// shows every result finite.
int change_items(const CanvasTarget& target, Tcl_Obj* path, Tcl_Obj* tag_or_id, const ItemMap& map,
                 std::span<Tcl_Obj* const> native = {}) {
    Tcl_Interp* interp = target.interp();
    const bridge::InterpState& state = target.state;

    const std::array<Tcl_Obj*, 4> find{path, state.word_find.get(), state.word_withtag.get(), tag_or_id};
    const ObjRef ids = call_for_result(target, find);
    if (!ids) {
        return bridge::set_error(interp,
                                 "cannot find items " + bridge::quoted(tag_or_id) + " on canvas " +
                                     bridge::quoted(path) + ": " + result_text(interp),
                                 {"CANVAS", "SEARCH"});
    }
    Tcl_Size count = 0;
    Tcl_Obj** elements = nullptr;
    if (Tcl_ListObjGetElements(interp, ids.get(), &count, &elements) != TCL_OK) return TCL_ERROR;
    const std::vector<ObjRef> id_list(elements, elements + count);  // ids outlive later calls

    std::vector<ItemChange> changes;
    changes.reserve(id_list.size());
    // Scratch reused between calls (core/scratch_vector.hpp): every item's
    // current coordinates one after another (kept to put them back should
    // Tk refuse a later item), and every item's new ones alike.
    core::Scratch<double> previous;
    core::Scratch<double> planned;
    for (const ObjRef& id : id_list) {
        const std::string type = target.item_type(path, id.get());
        const std::array<Tcl_Obj*, 3> query{path, state.word_coords.get(), id.get()};
        const ObjRef old_coords = call_for_result(target, query);
        if (!old_coords) return TCL_ERROR;
        const std::size_t first = previous->size();
        if (read_item_coords(interp, state.types(), old_coords.get(), id.get(), *previous) != TCL_OK) {
            return TCL_ERROR;
        }
        const std::size_t count = previous->size() - first;
        if (count == 0) continue;  // nothing to move
        planned->resize(first + count);
        const std::span<const double> before(previous->data() + first, count);
        const std::span<double> after(planned->data() + first, count);
        map(type, before, after);
        if (!core::all_finite(after)) {
            return bridge::set_error(interp,
                                     "new coordinates of item " + std::string(Tcl_GetString(id.get())) +
                                         " are not finite: coordinates too large for double precision",
                                     {"GEOM", "OVERFLOW"});
        }
        changes.push_back({id, first, count});
    }
    if (!native.empty()) return apply_natively(target, path, changes, *previous, native);

    for (std::size_t i = 0; i < changes.size(); ++i) {
        // Tk copies the numbers out and keeps no reference, so one list of
        // double objects, refilled in place, serves every item and call.
        ObjRef list = bridge::fill_double_list(
            interp, {planned->data() + changes[i].first, changes[i].count});
        const std::array<Tcl_Obj*, 4> words{path, state.word_coords.get(), changes[i].id.get(),
                                            list.get()};
        const int status = target.call(static_cast<Tcl_Size>(words.size()), words.data());
        bridge::release_double_list(interp, std::move(list));
        if (status != TCL_OK) {
            const std::string why = result_text(interp);
            restore(target, path, changes, i + 1, *previous);  // Tk may have half-changed item i
            return bridge::set_error(interp,
                                     "cannot set the coordinates of item " +
                                         std::string(Tcl_GetString(changes[i].id.get())) + ": " + why +
                                         " (no item was changed)",
                                     {"CANVAS", "APPLY"});
        }
        Tcl_ResetResult(interp);
    }
    return TCL_OK;
}

// The window whose screen gives units their size: the canvas pathName names
// (as Tk_CanvasGetCoordFromObj uses the canvas's), or the main window when
// pathName is a command that names no window.
Tk_Window window_for_units(Tcl_Interp* interp, Tcl_Obj* path) {
    Tk_Window main = Tk_MainWindow(interp);
    const char* name = Tcl_GetString(path);
    if (name[0] == ':' && name[1] == ':' && name[2] == '.') name += 2;  // "::.c" is ".c"
    Tk_Window window = Tk_NameToWindow(interp, name, main);
    if (window == nullptr) Tcl_ResetResult(interp);
    return window != nullptr ? window : main;
}

// `value` in pixels, as the running Tk's canvas reads a coordinate.  Tk 9
// has the canvas's own reading public (Tk_GetDoublePixelsFromObj, all that
// Tk_CanvasGetCoordFromObj does); Tk 8.6 keeps it private, so its arithmetic
// is done here with the screen's size and Tk's millimetres per unit.
bool origin_in_pixels(bridge::InterpState& state, Tk_Window window, Tcl_Obj* value, double number,
                      double& pixels) {
#if TK_MAJOR_VERSION >= 9
    if (state.tk_has_rotate()) {
        return Tk_GetDoublePixelsFromObj(nullptr, window, value, &pixels) == TCL_OK;
    }
#endif
    pixels = number;
    if (state.types().is_number(value)) return true;  // a number Tcl holds in binary has no unit
    const auto distance = core::parse_screen_distance(
        bridge::text_of(value), state.distance_dialect(),
        [](const char* text, double& out) { return Tcl_GetDouble(nullptr, text, &out) == TCL_OK; });
    if (!distance) return false;
    double mm_per_unit = 1.0;
    if (distance->unit != core::DistanceUnit::pixels) {
        const char unit[] = {'1', core::unit_letter(distance->unit), '\0'};
        const ObjRef one_unit(Tcl_NewStringObj(unit, -1));
        if (Tk_GetMMFromObj(nullptr, window, one_unit.get(), &mm_per_unit) != TCL_OK) return false;
    }
    Screen* screen = Tk_Screen(window);
    pixels = core::distance_in_pixels(*distance, mm_per_unit, WidthOfScreen(screen), WidthMMOfScreen(screen));
    return true;
}

// Reads rotate's x or y (`name`) as Tk 9's rotate does: a screen distance,
// converted to pixels for the canvas's screen, that must be finite.  Tk 8.6
// has no rotate; tkext's takes the same there, in 8.6's screen-distance
// grammar (every integer too: tkext, not Tk, reads it).
int read_origin(const CanvasTarget& target, Tcl_Obj* path, Tcl_Obj* value, const char* name, double& out) {
    Tcl_Interp* interp = target.interp();
    bridge::LeafRules rules = bridge::LeafRules::screen_distances(target.state.distance_dialect());
    rules.ints_must_fit_int32 = false;
    double number = 0.0;
    const bridge::LeafVerdict verdict = bridge::judge_leaf(target.state.types(), rules, value, number);
    if (verdict == bridge::LeafVerdict::nonfinite) {
        return bridge::set_error(interp,
                                 "non-finite " + std::string(name) + " " + bridge::quoted(value) +
                                     ": expected a finite screen distance",
                                 {"ARG", "NONFINITE"});
    }
    if (verdict != bridge::LeafVerdict::ok ||
        !origin_in_pixels(target.state, window_for_units(interp, path), value, number, out)) {
        return bridge::set_error(interp,
                                 "bad " + std::string(name) + " " + bridge::quoted(value) + ": " +
                                     bridge::screen_distance_hint,
                                 {"ARG", "VALUE"});
    }
    if (!std::isfinite(out)) {
        return bridge::set_error(interp,
                                 "non-finite " + std::string(name) + " " + bridge::quoted(value) +
                                     ": expected a finite screen distance (too large in pixels)",
                                 {"ARG", "NONFINITE"});
    }
    return TCL_OK;
}

}  // namespace

int reshape_rotate(const CanvasTarget& target, Tcl_Size objc, ObjArray objv) {
    Tcl_Interp* interp = target.interp();
    if (objc != 6) {
        Tcl_WrongNumArgs(interp, 2, objv, "tagOrId x y angle");
        return TCL_ERROR;
    }
    // The same checks whichever Tk: x and y are finite screen distances (as
    // Tk 9 reads them), the angle a finite number of degrees.
    double x = 0.0, y = 0.0, angle = 0.0;
    if (read_origin(target, objv[0], objv[3], "x", x) != TCL_OK ||
        read_origin(target, objv[0], objv[4], "y", y) != TCL_OK ||
        bridge::read_finite_argument(interp, objv[5], "angle", angle) != TCL_OK) {
        return TCL_ERROR;
    }
    const ItemMap turn = [&](const std::string& type, std::span<const double> in, std::span<double> out) {
        core::rotate_item_points(core::rotation_rule_for(type), in, out, angle, x, y);
    };
    // Where Tk has its own rotate, it does the work, so results are exactly
    // Tk's; tkext's plan only proves them finite first (and they are read
    // back and checked, everything put back should Tk's differ).
    if (target.state.tk_has_rotate()) return change_items(target, objv[0], objv[2], turn, {objv, 6});
    return change_items(target, objv[0], objv[2], turn);
}

int reshape_transform(const CanvasTarget& target, Tcl_Size objc, ObjArray objv) {
    Tcl_Interp* interp = target.interp();
    if (objc != 4) {
        Tcl_WrongNumArgs(interp, 2, objv, "tagOrId {a b c d e f}");
        return TCL_ERROR;
    }
    std::array<double, 6> m{};
    if (bridge::read_matrix(interp, objv[3], m) != TCL_OK) return TCL_ERROR;
    const core::Affine affine{m[0], m[1], m[2], m[3], m[4], m[5]};
    return change_items(target, objv[0], objv[2],
                        [&](const std::string&, std::span<const double> in, std::span<double> out) {
                            core::transform_points(in, out, affine);
                        });
}

}  // namespace tkext::commands
