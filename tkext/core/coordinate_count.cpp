// coordinate_count.cpp — per-item-type coordinate counts (see coordinate_count.hpp).
#include "coordinate_count.hpp"

#include <array>
#include <utility>

#include "prefix_match.hpp"

namespace tkext::core {

std::string_view resolve_item_type(std::string_view word) {
    static constexpr std::array<const char*, 9> built_in{
        "arc", "bitmap", "image", "line", "oval", "polygon", "rectangle", "text", "window"};
    if (const char* name = resolve_prefix(word, built_in)) return name;
    return word;
}

CountRule count_rule_for(std::string_view item_type) {
    static constexpr std::array<std::pair<std::string_view, CountRule>, 9> rules{{
        {"line", CountRule::even_at_least_4},
        {"polygon", CountRule::any_even},
        {"rectangle", CountRule::exactly_4},
        {"oval", CountRule::exactly_4},
        {"arc", CountRule::exactly_4},
        {"text", CountRule::exactly_2},
        {"image", CountRule::exactly_2},
        {"bitmap", CountRule::exactly_2},
        {"window", CountRule::exactly_2},
    }};
    for (const auto& [name, rule] : rules) {
        if (name == item_type) return rule;
    }
    return CountRule::even;
}

std::optional<std::string> count_problem(CountRule rule, std::size_t count) {
    const std::string got = ", got " + std::to_string(count);
    switch (rule) {
        case CountRule::exactly_2:
            if (count != 2) return "wrong # coordinates: expected 2" + got;
            return std::nullopt;
        case CountRule::exactly_4:
            if (count != 4) return "wrong # coordinates: expected 4" + got;
            return std::nullopt;
        case CountRule::even_at_least_4:
            if (count % 2 != 0) return "wrong # coordinates: expected an even number" + got;
            if (count < 4) return "wrong # coordinates: expected at least 4" + got;
            return std::nullopt;
        case CountRule::any_even:
        case CountRule::even:
            if (count % 2 != 0) return "wrong # coordinates: expected an even number" + got;
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace tkext::core
