// screen_distance.hpp — recognising a Tk canvas coordinate in text form.
//
// Tk 8.6's canvas parses a coordinate as strtod's number, optional blanks, then
// an optional unit letter (m, c, i or p; anything after the letter is ignored,
// so Tk takes "1cm").  tkext checks coordinates before Tk sees them, so it
// must accept exactly that set: no more (or Tk would fail half-way and leave
// a half-changed item) and no less (or valid scripts would break).
#pragma once

#include <optional>

namespace tkext::core {

enum class DistanceUnit { pixels, millimetres, centimetres, inches, points };

struct ScreenDistance {
    double value;  // as written, before the unit is applied; may be NaN or Inf
    DistanceUnit unit;
};

// Parses NUL-terminated `text` as Tk's canvas does; nothing if Tk would refuse it.
std::optional<ScreenDistance> parse_screen_distance(const char* text);

}  // namespace tkext::core
