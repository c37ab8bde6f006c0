// item_kinds.hpp — the one table of Tk's canvas item types.
//
// Tk describes each item type once (tkLineType, tkRectangleType...: its
// coords, rotate, postscript procedures).  Every rule tkext keeps about an
// item type is a column of this table, asked by name: how many coordinates
// it takes, how Tk 9's "rotate" moves it, whether "insert" takes points.
// (SVG export adds its column here.)  A type the table does not know (an
// extension's item) gets unknown_item_kind: pairs only, every point turns,
// "insert" left to Tk.
#pragma once

#include <array>
#include <string_view>

#include "coordinate_count.hpp"
#include "point_transforms.hpp"

namespace tkext::core {

struct ItemKind {
    std::string_view name;    // Tk's type name; "" for unknown_item_kind
    CountRule count;          // how many coordinates it takes
    RotationRule rotation;    // how Tk 9's "rotate" moves it
    bool insert_takes_points; // "insert" takes coordinates (text items take text)
};

// Sorted by name, as Tk's "create" resolves prefixes among them.
inline constexpr std::array<ItemKind, 9> item_kinds{{
    {"arc", CountRule::exactly_4, RotationRule::box_centre, false},
    {"bitmap", CountRule::exactly_2, RotationRule::every_point, false},
    {"image", CountRule::exactly_2, RotationRule::every_point, false},
    {"line", CountRule::even_at_least_4, RotationRule::every_point, true},
    {"oval", CountRule::exactly_4, RotationRule::box_centre, false},
    {"polygon", CountRule::any_even, RotationRule::every_point, true},
    {"rectangle", CountRule::exactly_4, RotationRule::box_centre, false},
    {"text", CountRule::exactly_2, RotationRule::every_point, false},
    {"window", CountRule::exactly_2, RotationRule::every_point, false},
}};

inline constexpr ItemKind unknown_item_kind{"", CountRule::even, RotationRule::every_point, false};

// The kind Tk's "type" answer names ("line"); unknown_item_kind otherwise.
const ItemKind& item_kind_named(std::string_view type);

// The kind `word` names exactly or as a unique prefix, as Tk's "create"
// resolves it ("rect" is a rectangle); unknown_item_kind otherwise.
const ItemKind& resolve_item_kind(std::string_view word);

}  // namespace tkext::core
