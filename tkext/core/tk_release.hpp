// tk_release.hpp — what a Tk release does differently, decided from its version.
//
// Where Tks differ in a way tkext must follow (the screen-distance grammar,
// whether the canvas has "rotate", how "int" objects are read), the answer is
// a field here, decided once from the version the running Tk reports; the
// bridge keeps one of these per interpreter (bridge/interp_state.hpp).
#pragma once

#include <string_view>

#include "screen_distance.hpp"

namespace tkext::core {

struct TkRelease {
    int major = 8, minor = 6, patch = 0;
    // The grammar of screen distances (screen_distance.hpp).
    DistanceDialect distance_dialect = DistanceDialect::strtod_unit;
    // The canvas has its own "rotate" (Tk 9, TIP 164): tkext delegates to it.
    bool has_rotate = false;
    // Tk 8.6.0 .. 8.6.17 read an object Tcl holds as an "int" with
    // Tcl_GetIntFromObj, so outside C int's range it is mangled: 2**31
    // becomes -2**31, 2**40 becomes 0 (with the error text left as Tk's
    // result of a call that succeeds).  Later Tks read it as a double.
    bool ints_must_fit_int32 = true;
};

// The release for Tk major.minor.patch.
TkRelease tk_release(int major, int minor, int patch);

// The release for a version as Tk reports it ("8.6.13", "9.0.4", "9.0b2":
// numbers separated by dots, read up to the first other character; missing
// parts are 0).  Text that does not start with a number is taken as 8.6.0,
// the oldest Tk tkext supports.
TkRelease tk_release(std::string_view version);

}  // namespace tkext::core
