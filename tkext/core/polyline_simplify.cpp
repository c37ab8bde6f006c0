// polyline_simplify.cpp — iterative Ramer–Douglas–Peucker (see polyline_simplify.hpp).
#include "polyline_simplify.hpp"

#include <cstddef>
#include <utility>

#include "segment_distance.hpp"

namespace tkext::core {

std::vector<double> simplify_polyline(std::span<const double> xy, double tolerance) {
    const std::size_t n = xy.size() / 2;
    if (n < 3) return std::vector<double>(xy.begin(), xy.begin() + static_cast<std::ptrdiff_t>(2 * n));

    const double limit = tolerance * tolerance;
    std::vector<char> keep(n, 0);
    keep[0] = keep[n - 1] = 1;
    std::vector<std::pair<std::size_t, std::size_t>> ranges{{0, n - 1}};
    while (!ranges.empty()) {
        const auto [first, last] = ranges.back();
        ranges.pop_back();
        if (last - first < 2) continue;
        const double ax = xy[2 * first], ay = xy[2 * first + 1];
        const double bx = xy[2 * last], by = xy[2 * last + 1];
        double farthest = -1.0;
        std::size_t index = first;
        for (std::size_t i = first + 1; i < last; ++i) {
            const double d = squared_distance_to_segment(xy[2 * i], xy[2 * i + 1], ax, ay, bx, by);
            if (d > farthest) {
                farthest = d;
                index = i;
            }
        }
        if (farthest > limit) {
            keep[index] = 1;
            ranges.emplace_back(first, index);
            ranges.emplace_back(index, last);
        }
    }

    std::vector<double> kept;
    for (std::size_t i = 0; i < n; ++i) {
        if (keep[i]) {
            kept.push_back(xy[2 * i]);
            kept.push_back(xy[2 * i + 1]);
        }
    }
    return kept;
}

}  // namespace tkext::core
