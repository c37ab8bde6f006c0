// geometry_measures.cpp — polyline and polygon measures (see geometry_measures.hpp).
#include "geometry_measures.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "segment_distance.hpp"

namespace tkext::core {
namespace {

std::size_t point_count(std::span<const double> xy) { return xy.size() / 2; }

// Twice the signed area, and the sum of |cross| terms that judges whether the
// area is zero up to rounding.  Coordinates are taken relative to the first
// point so that far-off polygons lose no precision to cancellation.
struct Shoelace {
    double twice_area = 0.0;
    double magnitude = 0.0;
    double moment_x = 0.0;  // sum of (x_i + x_j) * cross, relative coordinates
    double moment_y = 0.0;
};

Shoelace shoelace(std::span<const double> xy) {
    Shoelace s;
    const std::size_t n = point_count(xy);
    if (n < 3) return s;
    const double x0 = xy[0];
    const double y0 = xy[1];
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = (i + 1 == n) ? 0 : i + 1;
        const double xi = xy[2 * i] - x0, yi = xy[2 * i + 1] - y0;
        const double xj = xy[2 * j] - x0, yj = xy[2 * j + 1] - y0;
        const double cross = xi * yj - xj * yi;
        s.twice_area += cross;
        s.magnitude += std::abs(cross);
        s.moment_x += (xi + xj) * cross;
        s.moment_y += (yi + yj) * cross;
    }
    return s;
}

bool on_segment(double px, double py, double ax, double ay, double bx, double by) {
    const double cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    if (cross != 0.0) return false;
    return px >= std::min(ax, bx) && px <= std::max(ax, bx) && py >= std::min(ay, by) &&
           py <= std::max(ay, by);
}

}  // namespace

std::optional<Box> bounding_box(std::span<const double> xy) {
    const std::size_t n = point_count(xy);
    if (n == 0) return std::nullopt;
    Box box{xy[0], xy[1], xy[0], xy[1]};
    for (std::size_t i = 1; i < n; ++i) {
        const double x = xy[2 * i];
        const double y = xy[2 * i + 1];
        box.xmin = std::min(box.xmin, x);
        box.xmax = std::max(box.xmax, x);
        box.ymin = std::min(box.ymin, y);
        box.ymax = std::max(box.ymax, y);
    }
    return box;
}

double polyline_length(std::span<const double> xy) {
    const std::size_t n = point_count(xy);
    double total = 0.0;
    for (std::size_t i = 1; i < n; ++i) {
        const double dx = xy[2 * i] - xy[2 * i - 2];
        const double dy = xy[2 * i + 1] - xy[2 * i - 1];
        total += std::sqrt(dx * dx + dy * dy);
    }
    if (std::isfinite(total)) return total;
    // A square overflowed: redo the slow way, which only overflows when the
    // length itself does.
    total = 0.0;
    for (std::size_t i = 1; i < n; ++i) {
        total += std::hypot(xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
    }
    return total;
}

double polygon_area(std::span<const double> xy) {
    return std::abs(shoelace(xy).twice_area) / 2.0;
}

std::optional<Point> polygon_centroid(std::span<const double> xy) {
    const std::size_t n = point_count(xy);
    if (n == 0) return std::nullopt;
    const double x0 = xy[0];
    const double y0 = xy[1];
    const Shoelace s = shoelace(xy);
    // Rounding leaves a tiny area on collinear points; dividing by it would
    // fling the centroid anywhere, so such an area counts as zero.
    if (s.twice_area != 0.0 && std::abs(s.twice_area) > 1e-12 * s.magnitude) {
        const double six_area = 3.0 * s.twice_area;
        return Point{x0 + s.moment_x / six_area, y0 + s.moment_y / six_area};
    }
    // Zero area: the centroid of the closed outline.
    double length = 0.0, sum_x = 0.0, sum_y = 0.0;
    for (std::size_t i = 0; i < n && n > 1; ++i) {
        const std::size_t j = (i + 1 == n) ? 0 : i + 1;
        const double xi = xy[2 * i] - x0, yi = xy[2 * i + 1] - y0;
        const double xj = xy[2 * j] - x0, yj = xy[2 * j + 1] - y0;
        const double segment = std::sqrt((xj - xi) * (xj - xi) + (yj - yi) * (yj - yi));
        length += segment;
        sum_x += segment * (xi + xj) / 2.0;
        sum_y += segment * (yi + yj) / 2.0;
    }
    if (length > 0.0) return Point{x0 + sum_x / length, y0 + sum_y / length};
    return Point{x0, y0};
}

bool polygon_contains(std::span<const double> xy, double x, double y) {
    const std::size_t n = point_count(xy);
    if (n < 3) return false;
    bool inside = false;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const double xi = xy[2 * i], yi = xy[2 * i + 1];
        const double xj = xy[2 * j], yj = xy[2 * j + 1];
        if (on_segment(x, y, xi, yi, xj, yj)) return true;
        // Half-open in y, so a ray through a vertex counts that vertex once.
        if ((yi > y) != (yj > y)) {
            const double crossing_x = xi + (y - yi) * (xj - xi) / (yj - yi);
            if (x < crossing_x) inside = !inside;
        }
    }
    return inside;
}

std::optional<double> distance_to_polyline(std::span<const double> xy, double x, double y) {
    const std::size_t n = point_count(xy);
    if (n == 0) return std::nullopt;
    double best = squared_distance_to_segment(x, y, xy[0], xy[1], xy[0], xy[1]);
    for (std::size_t i = 1; i < n; ++i) {
        best = std::min(best, squared_distance_to_segment(x, y, xy[2 * i - 2], xy[2 * i - 1], xy[2 * i],
                                                       xy[2 * i + 1]));
    }
    return std::sqrt(best);
}

}  // namespace tkext::core
