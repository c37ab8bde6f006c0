// screen_distance.hpp — recognising a Tk canvas coordinate in text form.
//
// tkext checks coordinates before Tk sees them, so it must accept exactly
// what the running Tk accepts: no more (or Tk would fail half-way and leave
// a half-changed item) and no less (or valid scripts would break).  Tk's
// parser (tkObj.c, GetPixelsFromObjEx and SetPixelFromAny, reached through
// tkCanvUtil.c's Tk_CanvasGetCoordFromObj) differs between releases:
//
//   strtod_unit (Tk 8.6.0 .. 8.6.17): C strtod's number (leading blanks,
//     hex floats such as 0x1p3, inf, nan), optional blanks, then the end or
//     a unit letter m, c, i or p; anything after the letter is ignored, so
//     "1cm" and "1cxyz" are one centimetre.  (Verified on 8.6.13; for
//     8.6.14 .. 8.6.17 this is the safe choice: see number_then_strtod.)
//   number_then_strtod (Tk 8.6.18 and later 8.6): first the whole text as
//     a Tcl number (so 0b11 and 0o7 too), else as strtod_unit.
//   number_then_last_unit (Tk 8.7, 9.x): the whole text as a Tcl number
//     (Tcl 9: 1_000, 0b11, 0o7, 0x10, blanks around), else the last
//     character before trailing blanks must be m, c, i or p and everything
//     before it a Tcl number: "1c" and "1 c" are taken, "1cm", "1pt",
//     "1px", "1c1" and "0x1p3" refused.
//
// What a Tcl number is depends on the running Tcl, so the caller supplies
// the reader (Tcl_GetDouble in the bridge); the core keeps the structure.
#pragma once

#include <optional>
#include <string_view>

namespace tkext::core {

enum class DistanceDialect { strtod_unit, number_then_strtod, number_then_last_unit };

enum class DistanceUnit { pixels, millimetres, centimetres, inches, points };

struct ScreenDistance {
    double value;  // as written, before the unit is applied; may be NaN or Inf
    DistanceUnit unit;
};

// Reads NUL-terminated text as the running Tcl's number grammar; false if
// it is not a number (Tcl refuses NaN there, as Tk then does too).
using NumberReader = bool (*)(const char* text, double& value);

// The dialect for Tk version major.minor.patch (see above).
DistanceDialect dialect_for_tk(int major, int minor, int patch);

// Parses `text` (NUL-terminated: text.data()[text.size()] == '\0') as the
// given Tk does; nothing if Tk would refuse it.
std::optional<ScreenDistance> parse_screen_distance(std::string_view text, DistanceDialect dialect,
                                                    NumberReader read_number);

// The letter that writes `unit` ('m', 'c', 'i', 'p'; '\0' for pixels).
char unit_letter(DistanceUnit unit);

// Tk's own arithmetic for a distance in pixels (tkObj.c, GetPixelsFromObjEx):
// value * (millimetres per unit * screen width in pixels) / screen width in
// millimetres, in that order, so the result is the canvas's to the bit; a
// distance in pixels is its value.  `mm_per_unit` is the running Tk's (Tk
// 8.6 takes a point as 0.35278 mm, Tk 9 as 25.4 / 72).
double distance_in_pixels(const ScreenDistance& distance, double mm_per_unit, double screen_pixels,
                          double screen_millimetres);

// Whether the distance stays finite once Tk turns it into pixels: a unit
// multiplies by at most 25.4 mm times the screen's pixels per millimetre,
// taken here as at most 10^4 (254,000 dpi), so this refuses only values
// within a factor of about 2.5*10^5 of the largest double.
bool finite_in_pixels(const ScreenDistance& distance);

}  // namespace tkext::core
