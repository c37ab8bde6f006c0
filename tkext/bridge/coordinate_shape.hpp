// coordinate_shape.hpp — the one decision on the shape of coordinate words.
//
// Two questions about the coordinate words of a call, answered here only:
//   is_plain_leaf:  is this word one leaf by its type or text alone (no list
//                   parsing)?  Flattening keeps it as a leaf, Tk reads it as
//                   one coordinate.
//   tk_takes_as_is: does Tk take the words as they are, or must tkext hand
//                   it their leaves?
// Flattening (flatten.cpp: classify, its fast path for large lists, and the
// final verdict of flatten_values), the short path of small calls
// (read_short_call below, for "pathName coords") and tkext::flatten all ask
// these, as every Tk item type asks Tk_CanvasGetCoordFromObj; whether a leaf
// is a good coordinate is the other one decision, judge_leaf
// (coordinate_values.hpp).
#pragma once

#include <cstddef>
#include <span>

#include "../core/nesting_scan.hpp"
#include "coordinate_values.hpp"
#include "obj_types.hpp"
#include "tcl_compat.hpp"

namespace tkext::bridge {

// True for a number Tcl holds in binary, or a value that is not a list and
// whose text is one plain word ("12", "1.5c": core::is_plain_word).  Either is
// one leaf whatever else it could be parsed as.
inline bool is_plain_leaf(const ObjTypes& types, Tcl_Obj* value) {
    return types.is_number(value) || (value->typePtr != types.list && core::is_plain_word(text_of(value)));
}

// Whether Tk takes a call's `words` coordinate words as they are, given that
// their leaves lie at most `deepest_leaf` lists deep and `empty_lists` empty
// lists appear among them.  Tk itself reads separate leaves, or exactly one
// list of leaves; anything deeper needs flattening, and an empty list
// anywhere Tk would read as a coordinate "".
constexpr bool tk_takes_as_is(std::size_t words, std::size_t deepest_leaf, std::size_t empty_lists) {
    return empty_lists == 0 && (deepest_leaf == 0 || (words == 1 && deepest_leaf <= 1));
}

// A leaf Tcl does not hold in binary that is plain (is_plain_leaf) and taken
// by the leaf decision under `rules`.
inline bool plain_text_leaf_ok(const ObjTypes& types, const LeafRules& rules, Tcl_Obj* leaf) {
    double number = 0.0;
    return is_plain_leaf(types, leaf) && judge_leaf(types, rules, leaf, number) == LeafVerdict::ok;
}

// The most leaves the short path of small calls takes.
inline constexpr std::size_t max_short_leaves = 8;

// Whether every one of `leaves` (at most max_short_leaves) is a plain leaf the
// leaf decision takes under `rules`.  Always inlined: for numbers Tcl holds in
// binary, the loop is a few instructions a leaf, and a call costs as much.
[[gnu::always_inline]] inline bool short_leaves_ok(const ObjTypes& types, const LeafRules& rules,
                                                   std::span<Tcl_Obj* const> leaves) {
    if (leaves.size() > max_short_leaves) return false;
    for (Tcl_Obj* leaf : leaves) {
        double number = 0.0;
        const LeafVerdict binary = binary_leaf_verdict(types, rules, leaf, number);
        if (binary == LeafVerdict::ok) continue;
        if (binary != LeafVerdict::needs_text || !plain_text_leaf_ok(types, rules, leaf)) return false;
    }
    return true;
}

// The short path of small calls: when `values` are at most max_short_leaves
// leaves, each word being a plain leaf or a list of two or more plain leaves
// ({1 2} {3 4}: pairs typed in a script), and the leaf decision takes every
// leaf under `rules`, returns the leaves and sets `as_is` (tk_takes_as_is).
// The leaves are the words themselves or the elements of the one list given
// when Tk takes them as they are, else copied into `room`.  Returns nothing,
// leaving the call to flatten_values, for anything else (empty and
// one-element lists follow flattening's rules there).  No list is built and
// nothing is converted: Tk sees the very objects judged here.  Inline: every
// small call passes here, and calling a function costs as much as its checks.
[[gnu::always_inline]] inline std::span<Tcl_Obj* const> read_short_call(
    const ObjTypes& types, const LeafRules& rules, std::span<Tcl_Obj* const> values,
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
