// Affine maps of coordinate runs, with Tk 9's rotation convention.
#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "tkext/core/point_transforms.hpp"

using namespace tkext::core;

TEST(RotatePoints, QuarterTurnIsAnticlockwiseOnScreen) {
    std::vector<double> xy{1, 0};
    rotate_points(xy, xy, 90, 0, 0);
    EXPECT_EQ(xy, (std::vector<double>{0, -1}));  // exact: quarter turns are exact
    rotate_points(xy, xy, 90, 0, 0);
    EXPECT_EQ(xy, (std::vector<double>{-1, 0}));
}

TEST(RotatePoints, AboutACentre) {
    std::vector<double> xy{12, 5};
    rotate_points(xy, xy, -90, 10, 5);
    EXPECT_EQ(xy, (std::vector<double>{10, 7}));
}

TEST(RotatePoints, FullTurnIsIdentity) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> coordinate(-1000, 1000);
    std::vector<double> xy(200);
    for (double& v : xy) v = coordinate(rng);
    for (const double start : {0.0, 33.3, -71.0, 1234.5}) {
        std::vector<double> turned(xy.size());
        rotate_points(xy, turned, start, 3, 4);
        rotate_points(turned, turned, 360 - start, 3, 4);
        for (std::size_t i = 0; i < xy.size(); ++i) EXPECT_NEAR(turned[i], xy[i], 1e-9) << i;
        rotate_points(xy, turned, 360, -50, 80);
        for (std::size_t i = 0; i < xy.size(); ++i) EXPECT_NEAR(turned[i], xy[i], 1e-9) << i;
    }
}

TEST(SinCosDegrees, ExactAtQuarterTurnsAndReducesLargeAngles) {
    EXPECT_EQ(sin_cos_degrees(-90).sin, -1.0);
    EXPECT_EQ(sin_cos_degrees(720).cos, 1.0);
    EXPECT_EQ(sin_cos_degrees(450).sin, 1.0);
    EXPECT_NEAR(sin_cos_degrees(30).sin, 0.5, 1e-15);
}

TEST(TranslateAndScale, MatchTkMoveAndScale) {
    std::vector<double> xy{1, 2, 3, 4};
    translate_points(xy, xy, 10, -1);
    EXPECT_EQ(xy, (std::vector<double>{11, 1, 13, 3}));
    scale_points(xy, xy, 2, 3, 11, 1);
    EXPECT_EQ(xy, (std::vector<double>{11, 1, 15, 7}));
}

TEST(TransformPoints, AppliesTheMatrixInTkOrder) {
    std::vector<double> xy{1, 2};
    transform_points(xy, xy, Affine{1, 2, 3, 4, 5, 6});  // x' = 1*1 + 3*2 + 5, y' = 2*1 + 4*2 + 6
    EXPECT_EQ(xy, (std::vector<double>{12, 16}));
}

TEST(RotateItemPoints, BoxKeepsItsSizeAndTurnsItsCentre) {
    const std::vector<double> box{10, 10, 30, 20};  // centre (20, 15), 20 x 10
    std::vector<double> out(4);
    rotate_item_points(RotationRule::box_centre, box, out, 90, 0, 0);
    EXPECT_EQ(out, (std::vector<double>{5, -25, 25, -15}));  // centre (15, -20), still 20 x 10
    rotate_item_points(RotationRule::every_point, box, out, 90, 0, 0);
    EXPECT_EQ(out, (std::vector<double>{10, -10, 20, -30}));
}
