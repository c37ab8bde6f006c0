// What each Tk release does, decided once from its version text.
#include <gtest/gtest.h>

#include "tkext/core/tk_release.hpp"

using tkext::core::DistanceDialect;
using tkext::core::tk_release;

TEST(TkRelease, VersionTextIsReadOnce) {
    const auto tk = tk_release("8.6.13");
    EXPECT_EQ(tk.major, 8);
    EXPECT_EQ(tk.minor, 6);
    EXPECT_EQ(tk.patch, 13);
    const auto beta = tk_release("9.0b2");  // read up to the first other character
    EXPECT_EQ(beta.major, 9);
    EXPECT_EQ(beta.minor, 0);
    EXPECT_EQ(beta.patch, 0);
    EXPECT_EQ(tk_release("9.1").minor, 1);
}

TEST(TkRelease, UnreadableTextIsTheOldestSupportedTk) {
    for (const char* text : {"", "x", "-"}) {
        const auto tk = tk_release(text);
        EXPECT_EQ(tk.major, 8) << text;
        EXPECT_EQ(tk.minor, 6) << text;
        EXPECT_EQ(tk.patch, 0) << text;
        EXPECT_TRUE(tk.ints_must_fit_int32) << text;
    }
}

TEST(TkRelease, RotateArrivedWithTk9) {
    EXPECT_FALSE(tk_release("8.6.13").has_rotate);
    EXPECT_FALSE(tk_release("8.7.0").has_rotate);
    EXPECT_TRUE(tk_release("9.0.4").has_rotate);
}

TEST(TkRelease, OnlyTk86Before18ReadsIntsAsCInt) {
    EXPECT_TRUE(tk_release("8.6.0").ints_must_fit_int32);
    EXPECT_TRUE(tk_release("8.6.17").ints_must_fit_int32);
    EXPECT_FALSE(tk_release("8.6.18").ints_must_fit_int32);
    EXPECT_FALSE(tk_release("9.0.4").ints_must_fit_int32);
}

TEST(TkRelease, DistanceDialectFollowsTheVersion) {
    EXPECT_EQ(tk_release("8.6.13").distance_dialect, DistanceDialect::strtod_unit);
    EXPECT_EQ(tk_release("8.6.18").distance_dialect, DistanceDialect::number_then_strtod);
    EXPECT_EQ(tk_release("9.0.4").distance_dialect, DistanceDialect::number_then_last_unit);
}
