// screen_distance.cpp — Tk's screen-distance syntaxes (see screen_distance.hpp).
#include "screen_distance.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace tkext::core {
namespace {

std::optional<DistanceUnit> unit_of(char letter) {
    switch (letter) {
        case 'm': return DistanceUnit::millimetres;
        case 'c': return DistanceUnit::centimetres;
        case 'i': return DistanceUnit::inches;
        case 'p': return DistanceUnit::points;
        default: return std::nullopt;
    }
}

bool is_blank(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Tk 8.6's SetPixelFromAny: strtod, blanks, then the end or a unit letter
// (whatever follows the letter is never looked at).
std::optional<ScreenDistance> parse_strtod_unit(const char* text) {
    char* rest = nullptr;
    const double value = std::strtod(text, &rest);
    if (rest == text) return std::nullopt;
    while (*rest != '\0' && is_blank(*rest)) ++rest;
    if (*rest == '\0') return ScreenDistance{value, DistanceUnit::pixels};
    if (auto unit = unit_of(*rest)) return ScreenDistance{value, *unit};
    return std::nullopt;
}

// Tk 9's SetPixelFromAny after the whole text failed as a number: the last
// character before trailing blanks is the unit, the rest a Tcl number.
std::optional<ScreenDistance> parse_last_unit(std::string_view text, NumberReader read_number) {
    std::size_t end = text.size();
    while (end > 0 && is_blank(text[end - 1])) --end;
    if (end < 2) return std::nullopt;  // nothing before the unit letter
    const auto unit = unit_of(text[end - 1]);
    if (!unit) return std::nullopt;
    const std::string number(text.substr(0, end - 1));
    double value = 0.0;
    if (!read_number(number.c_str(), value)) return std::nullopt;
    return ScreenDistance{value, *unit};
}

}  // namespace

DistanceDialect dialect_for_tk(int major, int minor, int patch) {
    if (major > 8 || (major == 8 && minor >= 7)) return DistanceDialect::number_then_last_unit;
    if (major == 8 && minor == 6 && patch >= 18) return DistanceDialect::number_then_strtod;
    return DistanceDialect::strtod_unit;
}

std::optional<ScreenDistance> parse_screen_distance(std::string_view text, DistanceDialect dialect,
                                                    NumberReader read_number) {
    if (dialect != DistanceDialect::strtod_unit) {
        double value = 0.0;
        if (read_number(text.data(), value)) return ScreenDistance{value, DistanceUnit::pixels};
    }
    if (dialect == DistanceDialect::number_then_last_unit) return parse_last_unit(text, read_number);
    return parse_strtod_unit(text.data());
}

char unit_letter(DistanceUnit unit) {
    switch (unit) {
        case DistanceUnit::millimetres: return 'm';
        case DistanceUnit::centimetres: return 'c';
        case DistanceUnit::inches: return 'i';
        case DistanceUnit::points: return 'p';
        default: return '\0';
    }
}

double distance_in_pixels(const ScreenDistance& distance, double mm_per_unit, double screen_pixels,
                          double screen_millimetres) {
    if (distance.unit == DistanceUnit::pixels) return distance.value;
    double pixels = distance.value;
    pixels *= mm_per_unit * screen_pixels;
    pixels /= screen_millimetres;
    return pixels;
}

bool finite_in_pixels(const ScreenDistance& distance) {
    if (!std::isfinite(distance.value)) return false;
    if (distance.unit == DistanceUnit::pixels) return true;
    constexpr double largest_factor = 25.4 * 1.0e4;  // inches, 10^4 pixels per mm
    return std::isfinite(distance.value * largest_factor);
}

}  // namespace tkext::core
