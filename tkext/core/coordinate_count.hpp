// coordinate_count.hpp — the count rules of canvas coordinates, in Tk's words.
//
// Tk checks the count itself, but only after it may have started changing an
// item, and with Tk's error code.  tkext checks first, so a bad call changes
// nothing and reports TKEXT COORDS COUNT.  The rules and the wording mirror
// Tk 8.6's item types; which type has which rule is item_kinds.hpp's table.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace tkext::core {

enum class CountRule {
    any_even,          // polygon: any even number
    even_at_least_4,   // line: even, at least two points
    exactly_2,         // text, image, bitmap, window: one point
    exactly_4,         // rectangle, oval, arc: two corners
    even,              // an item type tkext does not know: only pairs
};

// Why `count` coordinates break `rule`, in Tk's words
// ("wrong # coordinates: expected an even number, got 3"), or nothing when fine.
std::optional<std::string> count_problem(CountRule rule, std::size_t count);

}  // namespace tkext::core
