// coordinate_count.hpp — how many coordinates each Tk canvas item type takes.
//
// Tk checks the count itself, but only after it may have started changing an
// item, and with Tk's error code.  tkext checks first, so a bad call changes
// nothing and reports TKEXT COORDS COUNT.  The rules and the wording mirror
// Tk 8.6's item types; unknown (extension) item types get no rule.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tkext::core {

enum class CountRule {
    any_even,          // polygon: any even number
    even_at_least_4,   // line: even, at least two points
    exactly_2,         // text, image, bitmap, window: one point
    exactly_4,         // rectangle, oval, arc: two corners
    even,              // an item type tkext does not know: only pairs
};

// The built-in item type `word` names exactly or as a unique prefix, as Tk's
// "create" resolves it ("rect" is "rectangle"); `word` itself otherwise.
std::string_view resolve_item_type(std::string_view word);

// The rule for a Tk item type name such as "line"; `even` for unknown types.
CountRule count_rule_for(std::string_view item_type);

// Why `count` coordinates break `rule`, in Tk's words
// ("wrong # coordinates: expected an even number, got 3"), or nothing when fine.
std::optional<std::string> count_problem(CountRule rule, std::size_t count);

}  // namespace tkext::core
