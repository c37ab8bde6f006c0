// geometry_measures.hpp — measuring polylines and polygons given as flat x y runs.
//
// Every function takes coordinates as one interleaved span (x0 y0 x1 y1 ...)
// and reads only whole pairs, so it never sees an interpreter and is tested
// on plain arrays.  A polygon is the closed ring through its points (the last
// point joins the first; repeating the first point at the end changes
// nothing); a polyline is open.
//
// Degenerate input is answered, never refused, except where there is no
// answer at all (nothing to bound, measure from or average): those return
// nothing and the caller reports it.
#pragma once

#include <optional>
#include <span>

namespace tkext::core {

struct Point {
    double x;
    double y;
};

struct Box {
    double xmin;
    double ymin;
    double xmax;
    double ymax;
};

// The smallest axis-aligned box holding every point; nothing for no points.
std::optional<Box> bounding_box(std::span<const double> xy);

// Length of the open polyline; 0 for fewer than two points.
double polyline_length(std::span<const double> xy);

// Area enclosed by the polygon, never negative: the absolute value of the
// shoelace sum, so for a self-intersecting ring lobes wound in opposite
// directions cancel (a symmetric figure eight has area 0) and a region
// wound twice counts twice.  0 for fewer than three points.
double polygon_area(std::span<const double> xy);

// Centroid of the polygon's area.  When the area is zero (fewer than three
// points, collinear points, cancelling lobes) it is the centroid of the
// closed outline weighted by segment length, and when that length is zero
// too (all points equal) the first point.  Nothing for no points.
std::optional<Point> polygon_centroid(std::span<const double> xy);

// Even-odd rule; a point exactly on an edge or a vertex counts as inside.
// A ring of fewer than three points has no interior: always false.
bool polygon_contains(std::span<const double> xy, double x, double y);

// Shortest distance from (x, y) to the open polyline (to the point itself
// when there is one point; zero-length segments are points); nothing for no points.
std::optional<double> distance_to_polyline(std::span<const double> xy, double x, double y);

}  // namespace tkext::core
