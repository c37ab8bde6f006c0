// Values quoted in error messages stay short and printable.
#include <gtest/gtest.h>

#include <string>

#include "tkext/core/value_preview.hpp"

using tkext::core::preview_value;

TEST(ValuePreview, ShortValuesAreKeptAsTheyAre) {
    EXPECT_EQ(preview_value("abc"), "abc");
    EXPECT_EQ(preview_value(""), "");
}

TEST(ValuePreview, LongValuesAreCutWithAnEllipsis) {
    const std::string long_value(1000, 'x');
    EXPECT_EQ(preview_value(long_value, 10), std::string(10, 'x') + "...");
}

TEST(ValuePreview, CutsNeverSplitAUtf8Character) {
    // "é" is two bytes; a cut at byte 2 would split the second one.
    EXPECT_EQ(preview_value("a\xC3\xA9\xC3\xA9", 2), "a...");
}

TEST(ValuePreview, ControlBytesAreEscaped) {
    EXPECT_EQ(preview_value(std::string("a\0b\nc", 5)), "a\\x00b\\x0Ac");
}
