// geometry_measures.cpp — polyline and polygon measures (see geometry_measures.hpp).
#include "geometry_measures.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstring>

#include "segment_distance.hpp"

namespace tkext::core {
namespace {

std::size_t point_count(std::span<const double> xy) { return xy.size() / 2; }

// The sum of term(i) for i in [first, last), kept in four independent partial
// sums: with one running sum every addition waits for the one before, and on
// 10^5 points that wait costs more than the arithmetic itself.
template <class Term>
double four_way_sum(std::size_t first, std::size_t last, const Term& term) {
    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
    std::size_t i = first;
    for (; i + 4 <= last; i += 4) {
        s0 += term(i);
        s1 += term(i + 1);
        s2 += term(i + 2);
        s3 += term(i + 3);
    }
    for (; i < last; ++i) s0 += term(i);
    return (s0 + s1) + (s2 + s3);
}

template <class Term>
double sum_of(std::size_t first, std::size_t last, const Term& term) {
    return last > first ? four_way_sum(first, last, term) : 0.0;
}

// Two doubles side by side (GCC's and clang's vector extension, as in
// finite_values.cpp): an x y pair, handled as one value.
using Pair = double __attribute__((vector_size(16)));

Pair load_pair(const double* p) {
    Pair pair;
    std::memcpy(&pair, p, sizeof pair);
    return pair;
}

// Lane by lane std::min / std::max (the values are finite: no NaN to order).
Pair pair_min(Pair a, Pair b) { return b < a ? b : a; }
Pair pair_max(Pair a, Pair b) { return a < b ? b : a; }

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
    // Each point is one x y pair, so one vector min and one vector max per
    // point instead of four scalar ones; grown as four boxes side by side
    // (points i, i+1, i+2, i+3) for the same reason as four_way_sum's partial
    // sums.  All start as the first point, so merging is exact.
    constexpr std::size_t lanes = 4;
    const double* p = xy.data();
    Pair low[lanes], high[lanes];
    for (std::size_t k = 0; k < lanes; ++k) low[k] = high[k] = load_pair(p);
    std::size_t i = 0;
    for (; i + lanes <= n; i += lanes) {
        for (std::size_t k = 0; k < lanes; ++k) {
            const Pair point = load_pair(p + 2 * (i + k));
            low[k] = pair_min(low[k], point);
            high[k] = pair_max(high[k], point);
        }
    }
    for (; i < n; ++i) {
        const Pair point = load_pair(p + 2 * i);
        low[0] = pair_min(low[0], point);
        high[0] = pair_max(high[0], point);
    }
    const Pair box_low = pair_min(pair_min(low[0], low[1]), pair_min(low[2], low[3]));
    const Pair box_high = pair_max(pair_max(high[0], high[1]), pair_max(high[2], high[3]));
    return Box{box_low[0], box_low[1], box_high[0], box_high[1]};
}

double polyline_length(std::span<const double> xy) {
    const std::size_t n = point_count(xy);
    const double* p = xy.data();
    double total = sum_of(1, std::max<std::size_t>(n, 1), [p](std::size_t i) {
        const double dx = p[2 * i] - p[2 * i - 2];
        const double dy = p[2 * i + 1] - p[2 * i - 1];
        return std::sqrt(dx * dx + dy * dy);
    });
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
    const std::size_t n = point_count(xy);
    if (n < 3) return 0.0;
    // The shoelace sum relative to the first point (as in shoelace()); there
    // the two edges that touch the first point contribute nothing, leaving
    // the edges from point i to i + 1 for i in 1 .. n-2.
    const double* p = xy.data();
    const double x0 = p[0], y0 = p[1];
    const auto term = [=](std::size_t i) {
        const double xi = p[2 * i] - x0, yi = p[2 * i + 1] - y0;
        const double xj = p[2 * i + 2] - x0, yj = p[2 * i + 3] - y0;
        return xi * yj - xj * yi;
    };
    // four_way_sum(1, n - 1, term), two terms to a vector: lane k of `low`
    // and `high` is four_way_sum's partial sum k and k + 2, each lane doing
    // term's operations on the same values, so the sum is the same bit for
    // bit (tests/core/geometry_measures_test.cpp checks it).
    const Pair x0s = {x0, x0}, y0s = {y0, y0};
    Pair low = {0.0, 0.0}, high = {0.0, 0.0};
    const std::size_t last = n - 1;
    std::size_t i = 1;
    for (; i + 4 <= last; i += 4) {
        const double* q = p + 2 * i;  // points i .. i + 4
        const Pair xa = {q[0], q[2]}, ya = {q[1], q[3]}, xb = {q[2], q[4]}, yb = {q[3], q[5]};
        low += (xa - x0s) * (yb - y0s) - (xb - x0s) * (ya - y0s);
        const Pair xc = {q[4], q[6]}, yc = {q[5], q[7]}, xd = {q[6], q[8]}, yd = {q[7], q[9]};
        high += (xc - x0s) * (yd - y0s) - (xd - x0s) * (yc - y0s);
    }
    double s0 = low[0];
    for (; i < last; ++i) s0 += term(i);
    const double twice_area = (s0 + low[1]) + (high[0] + high[1]);
    return std::abs(twice_area) / 2.0;
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
    // Edge i runs from point i - 1 (point n - 1 for i = 0) to point i.  The
    // parity of the crossings decides, unless some edge holds the point.
    const double* p = xy.data();
    bool inside = false;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = i == 0 ? n - 1 : i - 1;
        const double xi = p[2 * i], yi = p[2 * i + 1];
        const double xj = p[2 * j], yj = p[2 * j + 1];
        // The point can lie on the edge only when y lies between the ends'
        // y: where they straddle it, or where neither is above it and one is
        // at it.  Most edges of a large polygon are neither: two comparisons.
        const bool above_i = yi > y, above_j = yj > y;
        if (above_i != above_j) {
            if (on_segment(x, y, xi, yi, xj, yj)) return true;
            // Half-open in y, so a ray through a vertex counts that vertex once.
            const double crossing_x = xi + (y - yi) * (xj - xi) / (yj - yi);
            if (x < crossing_x) inside = !inside;
        } else if (!above_i && (yi == y || yj == y) && on_segment(x, y, xi, yi, xj, yj)) {
            return true;
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
