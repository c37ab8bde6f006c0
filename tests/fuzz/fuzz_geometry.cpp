// fuzz_geometry.cpp — libFuzzer target: the geometry core on arbitrary doubles.
//
// Input layout: byte 0 picks how coordinates are made (bit 0) and, when it is
// 0xFE or 0xFF, to repeat them; bytes 1-2 the repeat count (up to 512 doubles
// in all); the rest the coordinates.  Ordinary inputs use at most their first
// 64 values and repeated ones 512, so each run takes microseconds and a CI run
// reaches millions of inputs: every function is one loop, so longer inputs
// reach no other code (the core tests run 200003-point inputs).
//   raw mode:  every 8 bytes are one double as stored: NaN, Inf, denormals,
//              -0.0 and DBL_MAX all occur;
//   grid mode: every byte is one coordinate on a quarter-unit grid, or (for
//              the top 16 byte values) a special value.
// Every function must return without a sanitizer report.  On finite grid
// input, where arithmetic is exact, the answers are also checked against
// what the header promises (vertices are inside, simplification keeps the
// ends and stays within tolerance, full turns change nothing, ...).
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <span>
#include <vector>

#include "tkext/core/geometry_measures.hpp"
#include "tkext/core/point_transforms.hpp"
#include "tkext/core/polyline_simplify.hpp"

namespace {

using namespace tkext::core;

void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_geometry invariant broken: %s\n", what);
        std::abort();
    }
}

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr std::array<double, 16> specials{
    0.0, -0.0, std::numeric_limits<double>::quiet_NaN(), inf, -inf,
    std::numeric_limits<double>::denorm_min(), -std::numeric_limits<double>::denorm_min(),
    std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(), 1e308, -1e308,
    std::numeric_limits<double>::min(), std::numeric_limits<double>::epsilon(), 1e-300, 0.5, 1e15};

bool all_finite(const std::vector<double>& v) {
    for (const double x : v) {
        if (!std::isfinite(x)) return false;
    }
    return true;
}

// Same value, counting NaN equal to NaN.
bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

// Promises that hold exactly on small finite grid coordinates.
void check_grid(const std::vector<double>& xy, double tolerance) {
    const std::size_t n = xy.size() / 2;
    const auto box = bounding_box(xy);
    for (std::size_t i = 0; i < n; ++i) {
        check(box->xmin <= xy[2 * i] && xy[2 * i] <= box->xmax, "bbox holds every x");
        check(box->ymin <= xy[2 * i + 1] && xy[2 * i + 1] <= box->ymax, "bbox holds every y");
    }
    const auto centroid = polygon_centroid(xy);
    check(std::isfinite(centroid->x) && std::isfinite(centroid->y), "grid centroid is finite");
    if (n >= 3) {
        check(polygon_contains(xy, xy[0], xy[1]), "a vertex is inside");
        check(polygon_contains(xy, (xy[0] + xy[2]) / 2, (xy[1] + xy[3]) / 2), "an edge midpoint is inside");
    }
    check(*distance_to_polyline(xy, xy[2 * (n - 1)], xy[2 * n - 1]) == 0.0, "distance to a vertex is 0");

    // Simplification keeps the ends, keeps points in order, and drops only
    // points within tolerance of the result (checked on small inputs: O(n m)).
    const std::vector<double> kept = simplify_polyline(xy, tolerance);
    check(kept.size() % 2 == 0 && kept.size() <= xy.size(), "simplify returns at most the input");
    check(kept[0] == xy[0] && kept[1] == xy[1], "simplify keeps the first point");
    check(kept[kept.size() - 2] == xy[xy.size() - 2] && kept.back() == xy.back(),
          "simplify keeps the last point");
    std::size_t at = 0;
    for (std::size_t k = 0; k < kept.size(); k += 2) {
        while (at < n && !(xy[2 * at] == kept[k] && xy[2 * at + 1] == kept[k + 1])) ++at;
        check(at < n, "kept points are input points, in order");
        ++at;
    }
    {
        for (std::size_t i = 0; i < n; ++i) {
            const double d = *distance_to_polyline(kept, xy[2 * i], xy[2 * i + 1]);
            check(d <= tolerance * (1 + 1e-9) + 1e-9, "dropped points lie within tolerance");
        }
    }

    // Quarter turns are exact: four of them, or one full turn, change nothing.
    std::vector<double> turned(xy);
    for (int i = 0; i < 4; ++i) rotate_points(turned, turned, 90.0, 0.0, 0.0);
    check(turned == xy, "four quarter turns change nothing");
    rotate_points(xy, turned, 360.0, 0.0, 0.0);
    check(turned == xy, "a full turn changes nothing");
    scale_points(xy, turned, 1.0, 1.0, 3.0, -7.0);
    check(turned == xy, "scaling by 1 changes nothing");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 3) return 0;
    const bool grid = data[0] & 1;
    const bool large = data[0] >= 0xFE;
    const std::size_t repeat = large ? 1 + (std::size_t{data[1]} << 8 | data[2]) : 1;
    const std::size_t max_values = large ? 512 : 64;
    data += 3;
    size -= 3;

    // Fresh vectors each run, sized exactly: ASan then sees any read past the end.
    std::vector<double> pattern, xy;
    if (grid) {
        for (std::size_t i = 0; i < size && pattern.size() < max_values; ++i) {
            pattern.push_back(data[i] >= 0xF0 ? specials[data[i] & 15] : (data[i] - 120) / 4.0);
        }
    } else {
        for (std::size_t i = 0; i + 8 <= size && pattern.size() < max_values; i += 8) {
            double value;
            std::memcpy(&value, data + i, sizeof value);
            pattern.push_back(value);
        }
    }
    if (pattern.empty()) return 0;

    // Longer inputs: the pattern repeated, capped at max_values doubles.
    for (std::size_t r = 0; r < repeat && xy.size() < max_values; ++r) {
        xy.insert(xy.end(), pattern.begin(), pattern.end());
    }
    xy.shrink_to_fit();
    // Odd lengths too: every function must read whole pairs only.
    const double px = pattern[0], py = pattern[pattern.size() / 2];
    const double tolerance = std::fabs(pattern.back());
    const std::size_t n = xy.size() / 2;

    const auto box = bounding_box(xy);
    check(box.has_value() == (n > 0), "a bbox exactly when there are points");
    const double length = polyline_length(xy);
    const double area = polygon_area(xy);
    check(!(area < 0.0), "area is never negative");
    check(!(length < 0.0), "length is never negative");
    const auto centroid = polygon_centroid(xy);
    check(centroid.has_value() == (n > 0), "a centroid exactly when there are points");
    const bool inside = polygon_contains(xy, px, py);
    check(n >= 3 || !inside, "fewer than three points contain nothing");
    const auto distance = distance_to_polyline(xy, px, py);
    check(distance.has_value() == (n > 0), "a distance exactly when there are points");
    if (distance) check(!(*distance < 0.0), "distance is never negative");
    // Simplification is quadratic at worst: a bounded prefix keeps runs fast.
    const std::span<const double> prefix = std::span<const double>(xy).first(std::min<std::size_t>(xy.size(), 256));
    const std::vector<double> kept = simplify_polyline(prefix, tolerance);
    check(kept.size() <= prefix.size() && kept.size() % 2 == 0, "simplify returns whole pairs, no more");

    std::vector<double> out(xy.size());
    translate_points(xy, out, px, py);
    scale_points(xy, out, px, py, tolerance, px);
    rotate_points(xy, out, py, px, py);
    transform_points(xy, out, Affine{px, py, tolerance, px, py, tolerance});
    rotate_item_points(RotationRule::box_centre, std::span<const double>(xy).first(std::min<std::size_t>(4, xy.size())),
                       std::span<double>(out).first(std::min<std::size_t>(4, xy.size())), py, px, py);
    // In place gives the same as out of place.
    std::vector<double> in_place(xy);
    rotate_points(in_place, in_place, py, px, py);
    rotate_points(xy, out, py, px, py);
    for (std::size_t i = 0; i < 2 * n; ++i) check(same(in_place[i], out[i]), "rotating in place agrees");
    translate_points(xy, out, 0.0, 0.0);
    for (std::size_t i = 0; i < 2 * n; ++i) check(out[i] == xy[i] || same(out[i], xy[i]), "moving by 0 changes nothing");

    if (grid && n > 0 && all_finite(xy)) {
        // Only whole pairs: drop an odd last value before the exact checks.
        xy.resize(2 * n);
        bool small = true;
        // Quarter units within a million: sums and products stay exact.
        for (const double v : xy) small = small && std::fabs(v) <= 1e6 && std::trunc(v * 4) == v * 4;
        if (small && std::isfinite(tolerance) && n <= 32) check_grid(xy, tolerance);
    }
    return 0;
}
