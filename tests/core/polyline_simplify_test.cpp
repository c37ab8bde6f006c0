// Ramer–Douglas–Peucker: exact cases, its guarantees on random walks, and
// degenerate input.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "tkext/core/geometry_measures.hpp"
#include "tkext/core/polyline_simplify.hpp"

using namespace tkext::core;

TEST(SimplifyPolyline, DropsPointsWithinTolerance) {
    const std::vector<double> xy{0, 0, 1, 0.1, 2, 0, 3, 5, 4, 0};
    EXPECT_EQ(simplify_polyline(xy, 0.5), (std::vector<double>{0, 0, 2, 0, 3, 5, 4, 0}));
    EXPECT_EQ(simplify_polyline(xy, 10), (std::vector<double>{0, 0, 4, 0}));
    EXPECT_EQ(simplify_polyline(xy, 0), xy);
}

TEST(SimplifyPolyline, ZeroToleranceDropsOnlyCollinearAndRepeatedPoints) {
    const std::vector<double> xy{0, 0, 1, 1, 1, 1, 2, 2, 3, 0};
    EXPECT_EQ(simplify_polyline(xy, 0), (std::vector<double>{0, 0, 2, 2, 3, 0}));
}

TEST(SimplifyPolyline, ClosedRingWithEqualEnds) {
    const std::vector<double> ring{0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
    const auto kept = simplify_polyline(ring, 1);
    EXPECT_EQ(kept, ring);  // ends coincide: distances are to the point, not a line
}

TEST(SimplifyPolyline, DegenerateInputsComeBackAsGiven) {
    EXPECT_TRUE(simplify_polyline({}, 1).empty());
    EXPECT_EQ(simplify_polyline(std::vector<double>{1, 2}, 1), (std::vector<double>{1, 2}));
    EXPECT_EQ(simplify_polyline(std::vector<double>{1, 2, 3, 4}, 100),
              (std::vector<double>{1, 2, 3, 4}));
}

TEST(SimplifyPolyline, KeepsEndpointsAndNeverExceedsTolerance) {
    std::mt19937 rng(2024);
    std::normal_distribution<double> step(0.0, 1.0);
    for (const double tolerance : {0.1, 1.0, 5.0}) {
        std::vector<double> walk{0, 0};
        for (int i = 1; i < 2000; ++i) {
            walk.push_back(walk[walk.size() - 2] + step(rng));
            walk.push_back(walk[walk.size() - 2] + step(rng));
        }
        const auto kept = simplify_polyline(walk, tolerance);
        ASSERT_GE(kept.size(), 4u);
        EXPECT_EQ(kept[0], walk[0]);
        EXPECT_EQ(kept[1], walk[1]);
        EXPECT_EQ(kept[kept.size() - 2], walk[walk.size() - 2]);
        EXPECT_EQ(kept.back(), walk.back());
        EXPECT_LT(kept.size(), walk.size());
        for (std::size_t i = 0; i < walk.size(); i += 2) {
            const double d = *distance_to_polyline(kept, walk[i], walk[i + 1]);
            EXPECT_LE(d, tolerance * (1 + 1e-12)) << "point " << i / 2;
        }
    }
}

TEST(SimplifyPolyline, AMillionPointsOnAConvexCurveAreAllKept) {
    // Every point of a strictly convex arc is off the chord of any range
    // around it, so every range splits: a million kept points, and a stack
    // of ranges instead of a million nested calls' worth of bookkeeping.
    std::vector<double> arc;
    const std::size_t n = 1'000'000;
    arc.reserve(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = static_cast<double>(i) - 500'000.0;
        arc.push_back(x);
        arc.push_back(x * x / 1024.0);  // exact in binary: no rounding onto a chord
    }
    const auto kept = simplify_polyline(arc, 0.0);
    EXPECT_EQ(kept.size(), arc.size());
    EXPECT_EQ(kept.front(), arc.front());
    EXPECT_EQ(kept.back(), arc.back());
}
