// Linear scans that bound list nesting before any parsing.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "tkext/core/nesting_scan.hpp"

using tkext::core::is_plain_word;
using tkext::core::max_brace_depth;

TEST(NestingScan, CountsTheDeepestBraceLevel) {
    EXPECT_EQ(max_brace_depth(""), 0u);
    EXPECT_EQ(max_brace_depth("10 20"), 0u);
    EXPECT_EQ(max_brace_depth("{10 20} {30 40}"), 1u);
    EXPECT_EQ(max_brace_depth("a {b {c}} {d}"), 2u);
}

TEST(NestingScan, EscapedBracesDoNotCount) {
    EXPECT_EQ(max_brace_depth("\\{\\{ x \\}\\}"), 0u);
    EXPECT_EQ(max_brace_depth("{a \\} b}"), 1u);
}

TEST(NestingScan, UnbalancedClosingBracesNeverGoNegative) {
    EXPECT_EQ(max_brace_depth("}}} {x}"), 1u);
}

TEST(NestingScan, AMillionLevelsAreMeasuredInOnePass) {
    const std::size_t levels = 1'000'000;
    const std::string deep = std::string(levels, '{') + "1 2" + std::string(levels, '}');
    EXPECT_EQ(max_brace_depth(deep), levels);
}

TEST(NestingScan, PlainWordsNeedNoParsing) {
    EXPECT_TRUE(is_plain_word("10"));
    EXPECT_TRUE(is_plain_word("-1.5e3"));
    EXPECT_TRUE(is_plain_word("30c"));
    EXPECT_FALSE(is_plain_word(""));
    EXPECT_FALSE(is_plain_word("10 20"));
    EXPECT_FALSE(is_plain_word("{10}"));
    EXPECT_FALSE(is_plain_word("a\"b"));
    EXPECT_FALSE(is_plain_word("a\\ b"));
    EXPECT_FALSE(is_plain_word("x\ty"));
}
