// coordinate_shape.cpp — the short path of small calls (see coordinate_shape.hpp).
#include "coordinate_shape.hpp"

namespace tkext::bridge {

std::span<Tcl_Obj* const> read_short_call(const ObjTypes& types, const LeafRules& rules,
                                          std::span<Tcl_Obj* const> values,
                                          std::span<Tcl_Obj*, max_short_leaves> room, bool& as_is) {
    // Separate leaves, or one list of them: Tk's own forms.
    std::span<Tcl_Obj* const> leaves = values;
    std::size_t deepest_leaf = 0;
    if (values.size() == 1 && values[0]->typePtr == types.list) {
        Tcl_Size count = 0;
        Tcl_Obj** elements = nullptr;
        Tcl_ListObjGetElements(nullptr, values[0], &count, &elements);
        if (count < 2) return {};
        leaves = {elements, static_cast<std::size_t>(count)};
        deepest_leaf = 1;
    }
    if (short_leaves_ok(types, rules, leaves)) {
        as_is = tk_takes_as_is(values.size(), deepest_leaf, 0);
        return leaves;
    }
    // Words that are leaves or lists of them: Tk needs the leaves as words.
    std::size_t count = 0;
    for (Tcl_Obj* value : values) {
        std::span<Tcl_Obj* const> word{&value, 1};
        if (value->typePtr == types.list) {
            Tcl_Size length = 0;
            Tcl_Obj** elements = nullptr;
            Tcl_ListObjGetElements(nullptr, value, &length, &elements);
            if (length < 2) return {};
            word = {elements, static_cast<std::size_t>(length)};
            deepest_leaf = 1;
        }
        if (count + word.size() > room.size() || !short_leaves_ok(types, rules, word)) return {};
        for (Tcl_Obj* leaf : word) room[count++] = leaf;
    }
    as_is = tk_takes_as_is(values.size(), deepest_leaf, 0);
    return {room.data(), count};
}

}  // namespace tkext::bridge
