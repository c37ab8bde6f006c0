// packed_commands.cpp — tkext::packed: coordinates as one block of float64.
//
//   tkext::packed set pathName tagOrId bytes    sets an item's coordinates
//   tkext::packed get pathName tagOrId          -> its coordinates as bytes
//   tkext::packed decode bytes                  -> a list of doubles
//   tkext::packed encode ?coordinates ...?      -> bytes (any shape)
//   tkext::packed release                       -> how many kept values it dropped
//
// "bytes" is a Tcl byte array of native-endian IEEE float64 values, x y x y...
// It is what CPython's _tkinter makes of a Python `bytes` object and what it
// turns back into one, so large point sets cross between Python and Tk as one
// copy instead of one conversion per number.  Everything is checked before
// anything changes: whole x y pairs, finite values (bridge::PackedValues, which
// tkext::geom -packed reads blocks with too), the item type's count.
#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <utility>

#include "../core/coordinate_count.hpp"
#include "../core/item_kinds.hpp"
#include "../core/scratch_vector.hpp"
#include "../bridge/coordinate_values.hpp"
#include "../bridge/errors.hpp"
#include "../bridge/flatten.hpp"
#include "../bridge/interp_state.hpp"
#include "../bridge/number_values.hpp"
#include "../bridge/obj_ref.hpp"
#include "../bridge/packed_values.hpp"
#include "../bridge/reusable_objects.hpp"
#include "canvas_target.hpp"
#include "commands.hpp"

namespace tkext::commands {
namespace {

using bridge::InterpState;
using bridge::ObjRef;
using bridge::PackedValues;

Tcl_Obj* new_packed(std::span<const double> values) {
    Tcl_Obj* bytes = Tcl_NewByteArrayObj(nullptr, 0);
    const std::size_t size = values.size() * sizeof(double);
    unsigned char* data = Tcl_SetByteArrayLength(bytes, static_cast<Tcl_Size>(size));
    if (size != 0) std::memcpy(data, values.data(), size);
    return bytes;
}

int packed_set(InterpState& state, Tcl_Obj* path, Tcl_Obj* tag_or_id, Tcl_Obj* bytes) {
    Tcl_Interp* interp = state.interp();
    const CanvasTarget target = CanvasTarget::for_path(state, path);
    // Asked before the block is read: asking may run scripts (a renamed canvas
    // command), and nothing may run while `values` points into the block.
    const core::ItemKind* kind = target.item_kind(tag_or_id);
    PackedValues packed;
    if (packed.read(interp, state.types(), bytes) != TCL_OK) return TCL_ERROR;
    const std::span<const double> values = packed.values();
    if (kind != nullptr) {
        if (auto problem = core::count_problem(kind->count, values.size())) {
            return bridge::count_error(interp, *problem);
        }
    }
    return target.set_coords(tag_or_id, values);
}

int packed_get(InterpState& state, Tcl_Obj* path, Tcl_Obj* tag_or_id) {
    Tcl_Interp* interp = state.interp();
    const CanvasTarget target = CanvasTarget::for_path(state, path);
    CoordsAnswer answer;
    if (target.coords(tag_or_id, answer) != TCL_OK) {
        if (answer.list() == nullptr) return TCL_ERROR;  // Tk's own error
        // Only a script standing in for the canvas's command answers with a
        // non-list; a list with a bad element is a COORDS VALUE error below,
        // and so is this.
        return bridge::set_error(interp,
                                 "bad coordinates " + bridge::quoted(answer.list()) +
                                     ": expected a list of numbers",
                                 {"COORDS", "VALUE"});
    }
    // Written straight into the result: Tk's answers are double objects, read
    // in one pass on this thread, where Tk has just made them; anything else
    // goes through Tcl and its checks.
    const std::size_t size = answer.size();
    const ObjRef bytes = bridge::result_byte_array(interp, size * sizeof(double));
    auto* out = reinterpret_cast<double*>(Tcl_GetByteArrayFromObj(bytes.get(), nullptr));
    const bool aligned = reinterpret_cast<std::uintptr_t>(out) % alignof(double) == 0;
    if (!aligned || !answer.read_into(state.types(), out)) {
        Tcl_Size count = 0;
        Tcl_Obj** elements = nullptr;
        Tcl_ListObjGetElements(nullptr, answer.list(), &count, &elements);
        core::Scratch<double> values;
        if (bridge::read_finite_numbers(interp, state.types(), {elements, size}, *values) != TCL_OK) {
            return TCL_ERROR;
        }
        if (size != 0) std::memcpy(out, values->data(), size * sizeof(double));
    }
    Tcl_SetObjResult(interp, bytes.get());
    return TCL_OK;
}

int packed_decode(InterpState& state, Tcl_Obj* bytes) {
    Tcl_Interp* interp = state.interp();
    PackedValues packed;
    if (packed.read(interp, state.types(), bytes) != TCL_OK) return TCL_ERROR;
    Tcl_SetObjResult(interp, bridge::new_double_list(packed.values()));
    return TCL_OK;
}

int packed_encode(InterpState& state, std::span<Tcl_Obj* const> coordinates) {
    Tcl_Interp* interp = state.interp();
    bridge::Flattened flat;
    if (bridge::flatten_values(interp, state.types(), bridge::LeafRules::numbers(), coordinates, flat, 2) !=
        TCL_OK) {
        return TCL_ERROR;
    }
    core::Scratch<double> values;
    if (bridge::read_finite_numbers(interp, state.types(), flat.leaves, *values) != TCL_OK) return TCL_ERROR;
    if (auto problem = core::count_problem(core::CountRule::any_even, values->size())) {
        return bridge::count_error(interp, *problem);
    }
    Tcl_SetObjResult(interp, new_packed(*values));
    return TCL_OK;
}

// Drops the values kept for reuse now rather than when their timer fires.
int packed_release(Tcl_Interp* interp) {
    const std::size_t dropped = bridge::release_kept_values(interp);
    Tcl_SetObjResult(interp, Tcl_NewWideIntObj(static_cast<Tcl_WideInt>(dropped)));
    return TCL_OK;
}

}  // namespace

int packed_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto& state = *static_cast<InterpState*>(data);
    static constexpr std::array<const char*, 6> subcommands{"decode", "encode", "get", "release", "set",
                                                            nullptr};
    enum Subcommand { decode, encode, get, release, set };
    if (objc < 2) {
        Tcl_WrongNumArgs(interp, 1, objv, "subcommand ?arg ...?");
        return TCL_ERROR;
    }
    int index = 0;
    if (Tcl_GetIndexFromObj(interp, objv[1], subcommands.data(), "subcommand", 0, &index) != TCL_OK) {
        return TCL_ERROR;
    }
    struct Usage {
        int words;
        const char* text;
    };
    static constexpr std::array<Usage, 5> usage{{{3, "bytes"},
                                                 {-1, "?coordinates ...?"},
                                                 {4, "pathName tagOrId"},
                                                 {2, nullptr},
                                                 {5, "pathName tagOrId bytes"}}};
    if (usage[index].words >= 0 && objc != usage[index].words) {
        Tcl_WrongNumArgs(interp, 2, objv, usage[index].text);
        return TCL_ERROR;
    }
    if ((index == get || index == set) && state.require_tk("tkext::packed") != TCL_OK) {
        return TCL_ERROR;
    }
    return bridge::run_guarded(interp, [&] {
        switch (static_cast<Subcommand>(index)) {
            case decode: return packed_decode(state, objv[2]);
            case encode:
                return packed_encode(state, {objv + 2, static_cast<std::size_t>(objc - 2)});
            case get: return packed_get(state, objv[2], objv[3]);
            case release: return packed_release(interp);
            case set: return packed_set(state, objv[2], objv[3], objv[4]);
        }
        return TCL_ERROR;
    });
}

}  // namespace tkext::commands
