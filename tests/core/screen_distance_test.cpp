// Tk 8.6's canvas coordinate syntax, accepted exactly (tests/tcl checks agreement with Tk).
#include <gtest/gtest.h>

#include <cmath>

#include "tkext/core/screen_distance.hpp"

using tkext::core::DistanceUnit;
using tkext::core::parse_screen_distance;

TEST(ScreenDistance, PlainNumbersArePixels) {
    for (const char* text : {"12", "-3.5", "+5", ".5", "5.", "1e3", "0x10", " 7 "}) {
        const auto d = parse_screen_distance(text);
        ASSERT_TRUE(d) << text;
        EXPECT_EQ(d->unit, DistanceUnit::pixels) << text;
    }
    EXPECT_EQ(parse_screen_distance("0x10")->value, 16.0);
}

TEST(ScreenDistance, UnitLettersFollowTheNumberPerhapsAfterBlanks) {
    EXPECT_EQ(parse_screen_distance("1.5c")->unit, DistanceUnit::centimetres);
    EXPECT_EQ(parse_screen_distance("2i")->unit, DistanceUnit::inches);
    EXPECT_EQ(parse_screen_distance("3m")->unit, DistanceUnit::millimetres);
    EXPECT_EQ(parse_screen_distance("4p")->unit, DistanceUnit::points);
    EXPECT_EQ(parse_screen_distance("1 c")->unit, DistanceUnit::centimetres);
    EXPECT_EQ(parse_screen_distance("1.5c")->value, 1.5);
}

TEST(ScreenDistance, TkIgnoresWhatFollowsTheUnitLetter) {
    EXPECT_TRUE(parse_screen_distance("1cm"));
    EXPECT_TRUE(parse_screen_distance("2inches"));
}

TEST(ScreenDistance, JunkIsRefused) {
    for (const char* text : {"", " ", "abc", "1_000", "0b11", "0o7", "1x", "c1", "--1"}) {
        EXPECT_FALSE(parse_screen_distance(text)) << text;
    }
}

TEST(ScreenDistance, NonFiniteSpellingsParseSoTheCallerCanRefuseThem) {
    EXPECT_TRUE(std::isnan(parse_screen_distance("nan")->value));
    EXPECT_TRUE(std::isinf(parse_screen_distance("-Infinity")->value));
    EXPECT_TRUE(std::isinf(parse_screen_distance("1e400")->value));
}
