// Coordinate counts per Tk item type, with Tk 8.6's wording.
#include <gtest/gtest.h>

#include "tkext/core/coordinate_count.hpp"

using tkext::core::count_problem;
using tkext::core::count_rule_for;
using tkext::core::CountRule;

TEST(CoordinateCount, KnownTypesMapToTheirRules) {
    EXPECT_EQ(count_rule_for("line"), CountRule::even_at_least_4);
    EXPECT_EQ(count_rule_for("polygon"), CountRule::any_even);
    EXPECT_EQ(count_rule_for("rectangle"), CountRule::exactly_4);
    EXPECT_EQ(count_rule_for("oval"), CountRule::exactly_4);
    EXPECT_EQ(count_rule_for("arc"), CountRule::exactly_4);
    for (const char* type : {"text", "image", "bitmap", "window"}) {
        EXPECT_EQ(count_rule_for(type), CountRule::exactly_2) << type;
    }
    EXPECT_EQ(count_rule_for("sprite"), CountRule::even);
    EXPECT_EQ(count_rule_for(""), CountRule::even);
}

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

TEST(CoordinateCount, TypeNamesResolveByUniquePrefixAsTkDoes) {
    using tkext::core::resolve_item_type;
    EXPECT_EQ(resolve_item_type("rect"), "rectangle");
    EXPECT_EQ(resolve_item_type("poly"), "polygon");
    EXPECT_EQ(resolve_item_type("li"), "line");
    EXPECT_EQ(resolve_item_type("line"), "line");
    EXPECT_EQ(resolve_item_type("w"), "window");
    // Ambiguous ("b" is not: only bitmap; "o" is oval; "t" is text), empty and
    // unknown names stay as they are and get the pairs-only rule.
    EXPECT_EQ(resolve_item_type(""), "");
    EXPECT_EQ(resolve_item_type("x"), "x");
    EXPECT_EQ(resolve_item_type("lines"), "lines");
    EXPECT_EQ(tkext::core::count_rule_for(resolve_item_type("rect")), tkext::core::CountRule::exactly_4);
}
