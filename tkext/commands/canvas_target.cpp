// canvas_target.cpp — asking a canvas through its widget command (see canvas_target.hpp).
#include "canvas_target.hpp"

#include <array>
#include <string>

#include "../bridge/coordinate_values.hpp"
#include "../bridge/errors.hpp"
#include "../bridge/number_values.hpp"
#include "../bridge/reusable_objects.hpp"

namespace tkext::commands {
namespace {

using bridge::ObjRef;

// The result of running `words` on the canvas, taken out of the interpreter,
// or an empty ref on error (left in the interpreter).
ObjRef call_for_result(const CanvasTarget& target, std::span<Tcl_Obj* const> words) {
    if (target.call(static_cast<Tcl_Size>(words.size()), words.data()) != TCL_OK) return {};
    ObjRef result(Tcl_GetObjResult(target.interp()));
    Tcl_ResetResult(target.interp());
    return result;
}

}  // namespace

bool CoordsAnswer::read_into(const bridge::ObjTypes& types, double* out) const {
    // Tk makes its answers as doubles, so the fast read nearly always serves.
    if (bridge::read_and_release_doubles(types, list_.get(), out)) return true;
    for (Tcl_Size i = 0; i < count_; ++i) {
        if (bridge::judge_leaf(types, bridge::LeafRules::numbers(), elements_[i], out[i]) !=
            bridge::LeafVerdict::ok) {
            return false;
        }
    }
    return true;
}

int CanvasTarget::call(Tcl_Size objc, ObjArray objv) const {
    if (hook != nullptr) return hook->call_original(interp(), objc, objv);
    return Tcl_EvalObjv(interp(), objc, const_cast<Tcl_Obj**>(objv), 0);
}

int CanvasTarget::find_items(Tcl_Obj* tag_or_id, std::vector<ObjRef>& ids) const {
    const std::array<Tcl_Obj*, 4> find{path, state.word_find.get(), state.word_withtag.get(), tag_or_id};
    const ObjRef found = call_for_result(*this, find);
    if (!found) return TCL_ERROR;
    Tcl_Size count = 0;
    Tcl_Obj** elements = nullptr;
    if (Tcl_ListObjGetElements(interp(), found.get(), &count, &elements) != TCL_OK) return TCL_ERROR;
    ids = std::vector<ObjRef>(elements, elements + count);  // held: they outlive later calls
    return TCL_OK;
}

const core::ItemKind* CanvasTarget::item_kind(Tcl_Obj* tag_or_id) const {
    const std::array<Tcl_Obj*, 3> words{path, state.word_type.get(), tag_or_id};
    const core::ItemKind* kind = nullptr;
    if (call(static_cast<Tcl_Size>(words.size()), words.data()) == TCL_OK) {
        const std::string_view type = bridge::text_of(Tcl_GetObjResult(interp()));
        // "" when nothing matches.
        if (!type.empty()) kind = &core::item_kind_named(type);
    }
    Tcl_ResetResult(interp());
    return kind;
}

int CanvasTarget::coords(Tcl_Obj* tag_or_id, CoordsAnswer& answer) const {
    const std::array<Tcl_Obj*, 3> query{path, state.word_coords.get(), tag_or_id};
    answer.list_ = call_for_result(*this, query);
    if (!answer.list_) return TCL_ERROR;
    return Tcl_ListObjGetElements(interp(), answer.list_.get(), &answer.count_, &answer.elements_);
}

int CanvasTarget::read_coords(Tcl_Obj* id, core::ScratchVector<double>& out) const {
    CoordsAnswer answer;
    const bool answered = coords(id, answer) == TCL_OK;
    if (!answered && !answer.list_) return TCL_ERROR;  // Tk's own error
    const std::size_t first = out.size();
    out.resize(first + answer.size());
    if (answered && answer.read_into(state.types(), out.data() + first)) return TCL_OK;
    out.resize(first);
    return bridge::set_error(interp(),
                             "cannot read the coordinates of item " + std::string(Tcl_GetString(id)) +
                                 ": " + bridge::quoted(answer.list()),
                             {"CANVAS", "COORDS"});
}

int CanvasTarget::set_coords(Tcl_Obj* tag_or_id, std::span<const double> values) const {
    // Tk copies the numbers out and keeps no reference, so one list of double
    // objects, refilled in place, serves every item and call.
    ObjRef list = bridge::fill_double_list(interp(), values);
    const std::array<Tcl_Obj*, 4> words{path, state.word_coords.get(), tag_or_id, list.get()};
    const int status = call(static_cast<Tcl_Size>(words.size()), words.data());
    bridge::release_double_list(interp(), std::move(list));
    return status;
}

CanvasTarget CanvasTarget::for_path(bridge::InterpState& state, Tcl_Obj* path) {
    Tcl_Command token = Tcl_GetCommandFromObj(state.interp(), path);
    bridge::CommandHook* hook = bridge::CommandHook::installed_on(token);
    // Only this interpreter's canvas hooks lead to a canvas procedure.
    if (hook != nullptr && (!state.owns(hook) || hook == state.class_hook)) hook = nullptr;
    return CanvasTarget{state, path, hook};
}

}  // namespace tkext::commands
