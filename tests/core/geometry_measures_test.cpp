// Polyline and polygon measures on flat x y runs: exact cases, invariance
// properties and the degenerate-input rules.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "tkext/core/geometry_measures.hpp"
#include "tkext/core/point_transforms.hpp"

using namespace tkext::core;

namespace {

const std::vector<double> square{0, 0, 10, 0, 10, 10, 0, 10};

// A star-shaped (so simple) random polygon around (cx, cy).
std::vector<double> random_polygon(std::mt19937& rng, int points, double cx, double cy) {
    std::uniform_real_distribution<double> radius(5.0, 50.0);
    std::vector<double> xy;
    for (int i = 0; i < points; ++i) {
        const double a = 2.0 * M_PI * i / points;
        const double r = radius(rng);
        xy.push_back(cx + r * std::cos(a));
        xy.push_back(cy + r * std::sin(a));
    }
    return xy;
}

}  // namespace

TEST(BoundingBox, CoversEveryPoint) {
    const auto box = bounding_box(std::vector<double>{3, -1, -2, 7, 5, 4});
    ASSERT_TRUE(box);
    EXPECT_EQ(box->xmin, -2);
    EXPECT_EQ(box->ymin, -1);
    EXPECT_EQ(box->xmax, 5);
    EXPECT_EQ(box->ymax, 7);
}

TEST(BoundingBox, OnePointIsADegenerateBoxAndNoPointsHaveNone) {
    const auto box = bounding_box(std::vector<double>{4, 5});
    ASSERT_TRUE(box);
    EXPECT_EQ(box->xmin, 4);
    EXPECT_EQ(box->xmax, 4);
    EXPECT_FALSE(bounding_box({}));
}

TEST(PolylineLength, SumsSegmentsOfTheOpenPolyline) {
    EXPECT_DOUBLE_EQ(polyline_length(std::vector<double>{0, 0, 3, 4, 3, 8}), 9.0);
    EXPECT_DOUBLE_EQ(polyline_length(square), 30.0);  // open: the closing side is not counted
}

TEST(PolylineLength, DegenerateInputsMeasureZero) {
    EXPECT_EQ(polyline_length({}), 0.0);
    EXPECT_EQ(polyline_length(std::vector<double>{1, 2}), 0.0);
    EXPECT_EQ(polyline_length(std::vector<double>{1, 2, 1, 2, 1, 2}), 0.0);
}

TEST(PolylineLength, HugeCoordinatesDoNotOverflowWhenTheLengthFits) {
    EXPECT_DOUBLE_EQ(polyline_length(std::vector<double>{1e300, 0, -1e300, 0}), 2e300);
}

TEST(PolygonArea, IsPositiveWhicheverWayTheRingTurns) {
    EXPECT_DOUBLE_EQ(polygon_area(square), 100.0);
    const std::vector<double> reversed{0, 10, 10, 10, 10, 0, 0, 0};
    EXPECT_DOUBLE_EQ(polygon_area(reversed), 100.0);
    const std::vector<double> closed{0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
    EXPECT_DOUBLE_EQ(polygon_area(closed), 100.0);
}

TEST(PolygonArea, OppositeLobesOfAFigureEightCancel) {
    const std::vector<double> eight{0, 0, 10, 10, 10, 0, 0, 10};
    EXPECT_NEAR(polygon_area(eight), 0.0, 1e-12);
}

TEST(PolygonArea, FewerThanThreePointsOrCollinearHaveNoArea) {
    EXPECT_EQ(polygon_area({}), 0.0);
    EXPECT_EQ(polygon_area(std::vector<double>{1, 1, 5, 5}), 0.0);
    EXPECT_EQ(polygon_area(std::vector<double>{0, 0, 1, 1, 2, 2}), 0.0);
}

TEST(PolygonArea, InvariantUnderRotationAndTranslation) {
    std::mt19937 rng(42);
    for (int trial = 0; trial < 50; ++trial) {
        const auto xy = random_polygon(rng, 3 + trial, 0, 0);
        const double area = polygon_area(xy);
        std::vector<double> moved(xy.size());
        rotate_points(xy, moved, 17.0 * trial + 3.0, 12.5, -7.0);
        EXPECT_NEAR(polygon_area(moved), area, 1e-9 * area);
        translate_points(xy, moved, 1e6, -3e5);
        EXPECT_NEAR(polygon_area(moved), area, 1e-9 * area);
    }
}

TEST(PolygonCentroid, OfASquareIsItsCentre) {
    const auto c = polygon_centroid(square);
    ASSERT_TRUE(c);
    EXPECT_DOUBLE_EQ(c->x, 5.0);
    EXPECT_DOUBLE_EQ(c->y, 5.0);
}

TEST(PolygonCentroid, WeighsAreaNotVertices) {
    // Many vertices crowd one corner of the square; the centroid stays put.
    const std::vector<double> crowded{0, 0, 1, 0, 2, 0, 3, 0, 10, 0, 10, 10, 0, 10};
    const auto c = polygon_centroid(crowded);
    ASSERT_TRUE(c);
    EXPECT_NEAR(c->x, 5.0, 1e-12);
    EXPECT_NEAR(c->y, 5.0, 1e-12);
}

TEST(PolygonCentroid, ZeroAreaFallsBackToTheOutlineThenThePoint) {
    const auto segment = polygon_centroid(std::vector<double>{0, 0, 10, 0});
    ASSERT_TRUE(segment);
    EXPECT_DOUBLE_EQ(segment->x, 5.0);
    EXPECT_DOUBLE_EQ(segment->y, 0.0);
    const auto collinear = polygon_centroid(std::vector<double>{0, 0, 1, 1, 4, 4});
    ASSERT_TRUE(collinear);
    EXPECT_NEAR(collinear->x, 2.0, 1e-12);
    EXPECT_NEAR(collinear->y, 2.0, 1e-12);
    const auto point = polygon_centroid(std::vector<double>{3, 4, 3, 4});
    ASSERT_TRUE(point);
    EXPECT_EQ(point->x, 3.0);
    EXPECT_EQ(point->y, 4.0);
    EXPECT_FALSE(polygon_centroid({}));
}

TEST(PolygonContains, EvenOddRule) {
    EXPECT_TRUE(polygon_contains(square, 5, 5));
    EXPECT_FALSE(polygon_contains(square, 15, 5));
    EXPECT_FALSE(polygon_contains(square, -0.001, 5));
    // A ring wound twice round the middle: even-odd says outside there.
    const std::vector<double> pentagram{50, 0, 79, 90, 2, 35, 98, 35, 21, 90};
    EXPECT_FALSE(polygon_contains(pentagram, 50, 50));
    EXPECT_TRUE(polygon_contains(pentagram, 50, 10));
}

TEST(PolygonContains, EdgesAndVerticesCountAsInside) {
    EXPECT_TRUE(polygon_contains(square, 10, 5));
    EXPECT_TRUE(polygon_contains(square, 0, 0));
    EXPECT_TRUE(polygon_contains(square, 5, 10));
    EXPECT_TRUE(polygon_contains(square, 0, 3));
}

TEST(PolygonContains, FewerThanThreePointsContainNothing) {
    EXPECT_FALSE(polygon_contains({}, 0, 0));
    EXPECT_FALSE(polygon_contains(std::vector<double>{0, 0}, 0, 0));
    EXPECT_FALSE(polygon_contains(std::vector<double>{0, 0, 10, 0}, 5, 0));
}

TEST(DistanceToPolyline, NearestSegmentOrEndpoint) {
    const std::vector<double> line{0, 0, 10, 0, 10, 10};
    EXPECT_DOUBLE_EQ(*distance_to_polyline(line, 5, 3), 3.0);
    EXPECT_DOUBLE_EQ(*distance_to_polyline(line, -3, -4), 5.0);
    EXPECT_DOUBLE_EQ(*distance_to_polyline(line, 7, 5), 3.0);
    EXPECT_EQ(*distance_to_polyline(line, 10, 4), 0.0);
}

TEST(DistanceToPolyline, DegenerateInputs) {
    EXPECT_DOUBLE_EQ(*distance_to_polyline(std::vector<double>{1, 1}, 4, 5), 5.0);
    EXPECT_DOUBLE_EQ(*distance_to_polyline(std::vector<double>{1, 1, 1, 1}, 4, 5), 5.0);
    EXPECT_FALSE(distance_to_polyline({}, 0, 0));
}

// Large inputs take the unrolled passes (four partial sums, two boxes): the
// answers must match a plain one-pass computation, and repeat bit for bit.
namespace {

constexpr int large_points = 200003;  // large, and not a multiple of 16

double serial_twice_area(const std::vector<double>& xy) {
    const std::size_t n = xy.size() / 2;
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = (i + 1) % n;
        sum += (xy[2 * i] - xy[0]) * (xy[2 * j + 1] - xy[1]) - (xy[2 * j] - xy[0]) * (xy[2 * i + 1] - xy[1]);
    }
    return sum;
}

bool serial_contains(const std::vector<double>& xy, double x, double y) {
    const std::size_t n = xy.size() / 2;
    bool inside = false;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const double xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
        if ((yi > y) != (yj > y) && x < xi + (y - yi) * (xj - xi) / (yj - yi)) inside = !inside;
    }
    return inside;
}

}  // namespace

TEST(LargeInput, MeasuresMatchAOnePassComputation) {
    std::mt19937 rng(7);
    const auto xy = random_polygon(rng, large_points, 300.0, -40.0);
    double length = 0.0;
    Box box{xy[0], xy[1], xy[0], xy[1]};
    for (std::size_t i = 1; i < xy.size() / 2; ++i) {
        length += std::hypot(xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
        box.xmin = std::min(box.xmin, xy[2 * i]);
        box.xmax = std::max(box.xmax, xy[2 * i]);
        box.ymin = std::min(box.ymin, xy[2 * i + 1]);
        box.ymax = std::max(box.ymax, xy[2 * i + 1]);
    }
    EXPECT_NEAR(polygon_area(xy), std::abs(serial_twice_area(xy)) / 2.0, 1e-9 * polygon_area(xy));
    EXPECT_NEAR(polyline_length(xy), length, 1e-9 * length);
    const auto measured = bounding_box(xy);
    ASSERT_TRUE(measured);
    EXPECT_EQ(measured->xmin, box.xmin);
    EXPECT_EQ(measured->ymin, box.ymin);
    EXPECT_EQ(measured->xmax, box.xmax);
    EXPECT_EQ(measured->ymax, box.ymax);
}

TEST(LargeInput, ContainsAgreesWithTheEvenOddRuleEverywhere) {
    std::mt19937 rng(11);
    const auto xy = random_polygon(rng, large_points, 0.0, 0.0);
    std::uniform_real_distribution<double> coordinate(-60.0, 60.0);
    for (int k = 0; k < 200; ++k) {
        const double x = coordinate(rng), y = coordinate(rng);
        ASSERT_EQ(polygon_contains(xy, x, y), serial_contains(xy, x, y)) << x << " " << y;
    }
    // Points on edges in the middle of the ring and on its closing edge.
    for (const std::size_t i : {std::size_t{1}, std::size_t{large_points / 2}, std::size_t{large_points - 1}}) {
        const std::size_t j = (i + 1) % large_points;
        EXPECT_TRUE(polygon_contains(xy, xy[2 * i], xy[2 * i + 1])) << "vertex " << i;
        const double mx = (xy[2 * i] + xy[2 * j]) / 2, my = (xy[2 * i + 1] + xy[2 * j + 1]) / 2;
        if (polygon_contains(xy, mx, my) != serial_contains(xy, mx, my)) {
            // The midpoint is on the edge only if rounding kept it there.
            EXPECT_TRUE(polygon_contains(xy, mx, my));
        }
    }
}

TEST(LargeInput, RepeatedMeasuresAreIdenticalBitForBit) {
    std::mt19937 rng(3);
    const auto xy = random_polygon(rng, large_points, 1e6, 1e6);
    const double area = polygon_area(xy), length = polyline_length(xy);
    for (int round = 0; round < 30; ++round) {
        ASSERT_EQ(polygon_area(xy), area);
        ASSERT_EQ(polyline_length(xy), length);
    }
}

// The vectorised passes must give what the plain scalar ones give, bit for
// bit: the same partial sums for area, the same extremes for bbox, and the
// same answer for contains, whose edge test now runs only where it can hold.
namespace {

double four_partial_sums_area(const std::vector<double>& xy) {
    const std::size_t n = xy.size() / 2;
    if (n < 3) return 0.0;
    const double x0 = xy[0], y0 = xy[1];
    const auto term = [&](std::size_t i) {
        return (xy[2 * i] - x0) * (xy[2 * i + 3] - y0) - (xy[2 * i + 2] - x0) * (xy[2 * i + 1] - y0);
    };
    double s[4] = {0.0, 0.0, 0.0, 0.0};
    std::size_t i = 1;
    for (; i + 4 <= n - 1; i += 4) {
        for (std::size_t k = 0; k < 4; ++k) s[k] += term(i + k);
    }
    for (; i < n - 1; ++i) s[0] += term(i);
    return std::abs((s[0] + s[1]) + (s[2] + s[3])) / 2.0;
}

// Even-odd with the on-edge test on every edge (the rule as documented).
bool contains_checking_every_edge(const std::vector<double>& xy, double x, double y) {
    const std::size_t n = xy.size() / 2;
    if (n < 3) return false;
    bool inside = false;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const double xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
        const double cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
        if (cross == 0.0 && x >= std::min(xi, xj) && x <= std::max(xi, xj) && y >= std::min(yi, yj) &&
            y <= std::max(yi, yj)) {
            return true;
        }
        if ((yi > y) != (yj > y) && x < xi + (y - yi) * (xj - xi) / (yj - yi)) inside = !inside;
    }
    return inside;
}

}  // namespace

TEST(ScalarEquivalence, AreaAndBoxMatchTheScalarPassesBitForBit) {
    std::mt19937 rng(14);
    for (int points = 1; points <= 70; ++points) {
        for (const double centre : {0.0, 1e3, -1e7}) {
            const auto xy = random_polygon(rng, points, centre, -centre);
            ASSERT_EQ(polygon_area(xy), four_partial_sums_area(xy)) << points << " points";
            Box box{xy[0], xy[1], xy[0], xy[1]};
            for (std::size_t i = 0; i < xy.size() / 2; ++i) {
                box.xmin = std::min(box.xmin, xy[2 * i]);
                box.xmax = std::max(box.xmax, xy[2 * i]);
                box.ymin = std::min(box.ymin, xy[2 * i + 1]);
                box.ymax = std::max(box.ymax, xy[2 * i + 1]);
            }
            const auto measured = bounding_box(xy);
            ASSERT_TRUE(measured);
            ASSERT_EQ(measured->xmin, box.xmin) << points << " points";
            ASSERT_EQ(measured->ymin, box.ymin);
            ASSERT_EQ(measured->xmax, box.xmax);
            ASSERT_EQ(measured->ymax, box.ymax);
        }
    }
    std::mt19937 large_rng(5);
    const auto xy = random_polygon(large_rng, large_points, 2.5, 1e4);
    EXPECT_EQ(polygon_area(xy), four_partial_sums_area(xy));
}

TEST(ScalarEquivalence, ContainsMatchesTheEdgeTestOnEveryEdge) {
    // Small integer grids: many points on vertices, on horizontal and vertical
    // edges and on diagonal ones, exactly.
    std::mt19937 rng(21);
    std::uniform_int_distribution<int> coordinate(0, 6);
    int inside_or_on = 0;
    for (int ring = 0; ring < 400; ++ring) {
        std::vector<double> xy;
        const int points = 3 + ring % 8;
        for (int i = 0; i < 2 * points; ++i) xy.push_back(coordinate(rng));
        for (int x = -1; x <= 7; ++x) {
            for (int y = -1; y <= 7; ++y) {
                for (const double dy : {0.0, 0.5}) {
                    const bool expected = contains_checking_every_edge(xy, x, y + dy);
                    ASSERT_EQ(polygon_contains(xy, x, y + dy), expected) << "ring " << ring << " at " << x
                                                                         << " " << y + dy;
                    inside_or_on += expected;
                }
            }
        }
    }
    EXPECT_GT(inside_or_on, 1000);  // both answers occur
}
