// screen_distance.cpp — Tk's screen-distance syntax (see screen_distance.hpp).
#include "screen_distance.hpp"

#include <cctype>
#include <cstdlib>

namespace tkext::core {

std::optional<ScreenDistance> parse_screen_distance(const char* text) {
    char* rest = nullptr;
    const double value = std::strtod(text, &rest);
    if (rest == text) return std::nullopt;
    while (*rest != '\0' && std::isspace(static_cast<unsigned char>(*rest))) ++rest;
    switch (*rest) {
        case '\0': return ScreenDistance{value, DistanceUnit::pixels};
        case 'm': return ScreenDistance{value, DistanceUnit::millimetres};
        case 'c': return ScreenDistance{value, DistanceUnit::centimetres};
        case 'i': return ScreenDistance{value, DistanceUnit::inches};
        case 'p': return ScreenDistance{value, DistanceUnit::points};
        default: return std::nullopt;
    }
}

}  // namespace tkext::core
