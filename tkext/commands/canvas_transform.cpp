// canvas_transform.cpp — atomic rotate and transform of canvas items (see canvas_transform.hpp).
#include "canvas_transform.hpp"

#include <array>
#include <cmath>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <tk.h>

#include "../core/finite_values.hpp"
#include "../core/item_kinds.hpp"
#include "../core/point_transforms.hpp"
#include "../core/scratch_vector.hpp"
#include "../core/screen_distance.hpp"
#include "../bridge/coordinate_values.hpp"
#include "../bridge/errors.hpp"
#include "../bridge/interp_state.hpp"
#include "../bridge/number_values.hpp"
#include "../bridge/obj_ref.hpp"

namespace tkext::commands {
namespace {

using bridge::ObjRef;

// Computes an item's new coordinates from its kind and current coordinates
// (`out` already has the size of `in`).
using ItemMap =
    std::function<void(const core::ItemKind& kind, std::span<const double> in, std::span<double> out)>;

struct ItemChange {
    ObjRef id;
    // Old and new coordinates: previous[first, first + count) and
    // planned[first, first + count).
    std::size_t first = 0;
    std::size_t count = 0;
};

std::string result_text(Tcl_Interp* interp) { return Tcl_GetString(Tcl_GetObjResult(interp)); }

// Every call tkext makes here goes through the canvas's command, which a
// script may have traced, replaced or destroyed: whatever error one leaves
// becomes a TKEXT CANVAS error that quotes it.
int canvas_error(Tcl_Interp* interp, const std::string& what, const std::string& why,
                 std::string_view code) {
    return bridge::set_error(interp, what + ": " + why + " (no item was changed)", {"CANVAS", code});
}

// Whether the error left in the interpreter is already tkext's own.
bool is_tkext_error(Tcl_Interp* interp) {
    const bridge::ObjRef options(Tcl_GetReturnOptions(interp, TCL_ERROR));
    const bridge::ObjRef key(Tcl_NewStringObj("-errorcode", -1));
    Tcl_Obj* code = nullptr;
    if (Tcl_DictObjGet(nullptr, options.get(), key.get(), &code) != TCL_OK || code == nullptr) return false;
    Tcl_Obj* first = nullptr;
    return Tcl_ListObjIndex(nullptr, code, 0, &first) == TCL_OK && first != nullptr &&
           std::string_view(Tcl_GetString(first)) == "TKEXT";
}

// The error of a failed read of item `id` while planning: tkext's own stays,
// Tk's (a destroyed or replaced canvas) is quoted in a TKEXT CANVAS COORDS one.
int read_error(Tcl_Interp* interp, Tcl_Obj* id) {
    if (is_tkext_error(interp)) return TCL_ERROR;
    return canvas_error(interp, "cannot read item " + std::string(Tcl_GetString(id)), result_text(interp),
                        "COORDS");
}

// Puts back the coordinates of changes[0..count), from `previous` (the same
// doubles Tk answered, so the same coordinates); it clears the interpreter
// result, so the caller saves the error first.
void restore(const CanvasTarget& target, const std::vector<ItemChange>& changes, std::size_t count,
             std::span<const double> previous) {
    for (std::size_t i = 0; i < count; ++i) {
        target.set_coords(changes[i].id.get(), previous.subspan(changes[i].first, changes[i].count));
        Tcl_ResetResult(target.interp());
    }
}

// Applies the planned changes with Tk's own subcommand (`native`, the
// widget-command form of the call), then reads every changed item back: Tk's
// numbers are the result, but they too must be finite, or every item gets
// its old coordinates back.
int apply_natively(const CanvasTarget& target, const std::vector<ItemChange>& changes,
                   std::span<const double> previous, std::span<Tcl_Obj* const> native) {
    Tcl_Interp* interp = target.interp();
    if (target.call(static_cast<Tcl_Size>(native.size()), native.data()) != TCL_OK) {
        const std::string why = result_text(interp);
        restore(target, changes, changes.size(), previous);
        return canvas_error(interp, "cannot change the items", why, "APPLY");
    }
    Tcl_ResetResult(interp);
    core::Scratch<double> now;
    for (const ItemChange& change : changes) {
        now->clear();
        if (target.read_coords(change.id.get(), *now) != TCL_OK) {
            const std::string why = result_text(interp);
            restore(target, changes, changes.size(), previous);
            return canvas_error(interp,
                                "cannot read back the coordinates of item " +
                                    std::string(Tcl_GetString(change.id.get())),
                                why, "APPLY");
        }
        if (!core::all_finite(*now)) {
            restore(target, changes, changes.size(), previous);
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
int change_items(const CanvasTarget& target, Tcl_Obj* tag_or_id, const ItemMap& map,
                 std::span<Tcl_Obj* const> native = {}) {
    Tcl_Interp* interp = target.interp();
    std::vector<ObjRef> id_list;
    if (target.find_items(tag_or_id, id_list) != TCL_OK) {
        return bridge::set_error(interp,
                                 "cannot find items " + bridge::quoted(tag_or_id) + " on canvas " +
                                     bridge::quoted(target.path) + ": " + result_text(interp),
                                 {"CANVAS", "SEARCH"});
    }

    std::vector<ItemChange> changes;
    changes.reserve(id_list.size());
    // Scratch reused between calls (core/scratch_vector.hpp): every item's
    // current coordinates one after another (kept to put them back should
    // Tk refuse a later item), and every item's new ones alike.
    core::Scratch<double> previous;
    core::Scratch<double> planned;
    for (const ObjRef& id : id_list) {
        const core::ItemKind* kind = target.item_kind(id.get());
        const std::size_t first = previous->size();
        if (target.read_coords(id.get(), *previous) != TCL_OK) return read_error(interp, id.get());
        const std::size_t count = previous->size() - first;
        if (count == 0) continue;  // nothing to move
        planned->resize(first + count);
        const std::span<const double> before(previous->data() + first, count);
        const std::span<double> after(planned->data() + first, count);
        map(kind != nullptr ? *kind : core::unknown_item_kind, before, after);
        if (!core::all_finite(after)) {
            return bridge::set_error(interp,
                                     "new coordinates of item " + std::string(Tcl_GetString(id.get())) +
                                         " are not finite: coordinates too large for double precision",
                                     {"GEOM", "OVERFLOW"});
        }
        changes.push_back({id, first, count});
    }
    if (!native.empty()) return apply_natively(target, changes, *previous, native);

    for (std::size_t i = 0; i < changes.size(); ++i) {
        if (target.set_coords(changes[i].id.get(), {planned->data() + changes[i].first, changes[i].count}) !=
            TCL_OK) {
            const std::string why = result_text(interp);
            restore(target, changes, i + 1, *previous);  // Tk may have half-changed item i
            return canvas_error(interp,
                                "cannot set the coordinates of item " +
                                    std::string(Tcl_GetString(changes[i].id.get())),
                                why, "APPLY");
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
    if (state.tk().has_rotate) {
        return Tk_GetDoublePixelsFromObj(nullptr, window, value, &pixels) == TCL_OK;
    }
#endif
    pixels = number;
    if (state.types().is_number(value)) return true;  // a number Tcl holds in binary has no unit
    const auto distance = core::parse_screen_distance(
        bridge::text_of(value), state.tk().distance_dialect,
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
    bridge::LeafRules rules = bridge::LeafRules::canvas_coordinates(target.state.tk());
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
    const ItemMap turn = [&](const core::ItemKind& kind, std::span<const double> in, std::span<double> out) {
        core::rotate_item_points(kind.rotation, in, out, angle, x, y);
    };
    // Where Tk has its own rotate, it does the work, so results are exactly
    // Tk's; tkext's plan only proves them finite first (and they are read
    // back and checked, everything put back should Tk's differ).
    if (target.state.tk().has_rotate) return change_items(target, objv[2], turn, {objv, 6});
    return change_items(target, objv[2], turn);
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
    return change_items(target, objv[2],
                        [&](const core::ItemKind&, std::span<const double> in, std::span<double> out) {
                            core::transform_points(in, out, affine);
                        });
}

}  // namespace tkext::commands
