// Coordinate count rules, with Tk 8.6's wording.
#include <gtest/gtest.h>

#include "tkext/core/coordinate_count.hpp"

using tkext::core::count_problem;
using tkext::core::CountRule;

TEST(CoordinateCount, LineNeedsAnEvenNumberOfAtLeastFour) {
    EXPECT_EQ(count_problem(CountRule::even_at_least_4, 3).value(),
              "wrong # coordinates: expected an even number, got 3");
    EXPECT_EQ(count_problem(CountRule::even_at_least_4, 2).value(),
              "wrong # coordinates: expected at least 4, got 2");
    EXPECT_FALSE(count_problem(CountRule::even_at_least_4, 4));
    EXPECT_FALSE(count_problem(CountRule::even_at_least_4, 200000));
}

TEST(CoordinateCount, FixedCountsRejectEverythingElse) {
    EXPECT_EQ(count_problem(CountRule::exactly_4, 6).value(), "wrong # coordinates: expected 4, got 6");
    EXPECT_EQ(count_problem(CountRule::exactly_4, 0).value(), "wrong # coordinates: expected 4, got 0");
    EXPECT_FALSE(count_problem(CountRule::exactly_4, 4));
    EXPECT_EQ(count_problem(CountRule::exactly_2, 4).value(), "wrong # coordinates: expected 2, got 4");
    EXPECT_FALSE(count_problem(CountRule::exactly_2, 2));
}

TEST(CoordinateCount, PolygonAndUnknownTypesOnlyNeedPairs) {
    EXPECT_FALSE(count_problem(CountRule::any_even, 0));
    EXPECT_FALSE(count_problem(CountRule::any_even, 2));
    EXPECT_EQ(count_problem(CountRule::any_even, 5).value(),
              "wrong # coordinates: expected an even number, got 5");
    EXPECT_EQ(count_problem(CountRule::even, 1).value(),
              "wrong # coordinates: expected an even number, got 1");
}
