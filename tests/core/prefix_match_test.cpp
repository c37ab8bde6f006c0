// Subcommand abbreviations resolve as Tcl_GetIndexFromObj resolves them.
#include <gtest/gtest.h>

#include <array>

#include "tkext/core/prefix_match.hpp"

using tkext::core::resolve_prefix;

namespace {
constexpr std::array<const char*, 5> names{"configure", "coords", "create", "find", "focus"};
}

TEST(PrefixMatch, ExactNamesAndUniquePrefixesResolve) {
    EXPECT_STREQ(resolve_prefix("coords", names), "coords");
    EXPECT_STREQ(resolve_prefix("coo", names), "coords");
    EXPECT_STREQ(resolve_prefix("cr", names), "create");
    EXPECT_STREQ(resolve_prefix("fi", names), "find");
}

TEST(PrefixMatch, AmbiguousEmptyAndUnknownWordsDoNot) {
    EXPECT_EQ(resolve_prefix("co", names), nullptr);
    EXPECT_EQ(resolve_prefix("f", names), nullptr);
    EXPECT_EQ(resolve_prefix("", names), nullptr);
    EXPECT_EQ(resolve_prefix("coordsx", names), nullptr);
    EXPECT_EQ(resolve_prefix("rotate", names), nullptr);
}
