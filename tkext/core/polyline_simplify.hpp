// polyline_simplify.hpp — Ramer–Douglas–Peucker simplification of a flat x y run.
//
// Iterative (an explicit stack of index ranges), so a million points that
// defeat every split cost heap, not call-stack depth.  Distances are to the
// segment between a range's ends, not to the infinite line through them,
// which guarantees every dropped point lies within the tolerance of the
// result and copes with ranges whose ends coincide (closed rings).
#pragma once

#include <span>
#include <vector>

namespace tkext::core {

// The kept points, in order, as a flat run.  The first and last points are
// always kept; a point is dropped when it lies within `tolerance` (>= 0) of
// the segment that replaces it.  Fewer than three points come back as given.
std::vector<double> simplify_polyline(std::span<const double> xy, double tolerance);

}  // namespace tkext::core
