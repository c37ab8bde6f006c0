// segment_distance.hpp — the distance from a point to a line segment.
//
// Shared by distance measures and simplification; inline because both call
// it once per point in their inner loops.
#pragma once

#include <algorithm>

namespace tkext::core {

// Squared distance from (px, py) to the segment a-b; a point when a == b.
inline double squared_distance_to_segment(double px, double py, double ax, double ay, double bx,
                                          double by) {
    const double dx = bx - ax;
    const double dy = by - ay;
    const double length2 = dx * dx + dy * dy;
    double t = 0.0;
    if (length2 > 0.0) t = std::clamp(((px - ax) * dx + (py - ay) * dy) / length2, 0.0, 1.0);
    const double ex = ax + t * dx - px;
    const double ey = ay + t * dy - py;
    return ex * ex + ey * ey;
}

}  // namespace tkext::core
