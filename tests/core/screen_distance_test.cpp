// Tk's canvas coordinate syntaxes, per dialect (tests/tcl checks agreement
// with the real Tk 8.6 and 9.0).  The Tcl number grammar inside them comes
// from the caller; here a small stand-in: decimal numbers as strtod reads
// them without hex floats, inf or nan, blanks around allowed, and the three
// Tcl 9 spellings 1_000, 0b11 and 0o7.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "tkext/core/screen_distance.hpp"

using tkext::core::DistanceDialect;
using tkext::core::DistanceUnit;
using tkext::core::ScreenDistance;

namespace {

bool stand_in_tcl_number(const char* text, double& value) {
    std::string t(text);
    while (!t.empty() && t.front() == ' ') t.erase(0, 1);
    while (!t.empty() && t.back() == ' ') t.pop_back();
    if (t == "1_000") return value = 1000, true;
    if (t == "0b11") return value = 3, true;
    if (t == "0o7") return value = 7, true;
    if (t.empty() || t.find_first_of("xXpPnNiI") != std::string::npos) return false;
    char* end = nullptr;
    value = std::strtod(t.c_str(), &end);
    return *end == '\0';
}

std::optional<ScreenDistance> parse(const char* text, DistanceDialect dialect) {
    return tkext::core::parse_screen_distance(text, dialect, &stand_in_tcl_number);
}

constexpr DistanceDialect tk86 = DistanceDialect::strtod_unit;
constexpr DistanceDialect tk86_18 = DistanceDialect::number_then_strtod;
constexpr DistanceDialect tk90 = DistanceDialect::number_then_last_unit;

}  // namespace

TEST(ScreenDistance, DialectFollowsTheTkVersion) {
    EXPECT_EQ(tkext::core::dialect_for_tk(8, 6, 13), tk86);
    EXPECT_EQ(tkext::core::dialect_for_tk(8, 6, 17), tk86);
    EXPECT_EQ(tkext::core::dialect_for_tk(8, 6, 18), tk86_18);
    EXPECT_EQ(tkext::core::dialect_for_tk(8, 7, 0), tk90);
    EXPECT_EQ(tkext::core::dialect_for_tk(9, 0, 4), tk90);
}

TEST(ScreenDistance, PlainNumbersArePixelsInEveryDialect) {
    for (const auto dialect : {tk86, tk86_18, tk90}) {
        for (const char* text : {"12", "-3.5", "+5", ".5", "5.", "1e3", " 7 "}) {
            const auto d = parse(text, dialect);
            ASSERT_TRUE(d) << text;
            EXPECT_EQ(d->unit, DistanceUnit::pixels) << text;
        }
        EXPECT_EQ(parse("1e3", dialect)->value, 1000.0);
    }
}

TEST(ScreenDistance, UnitLettersInEveryDialect) {
    for (const auto dialect : {tk86, tk86_18, tk90}) {
        EXPECT_EQ(parse("1.5c", dialect)->unit, DistanceUnit::centimetres);
        EXPECT_EQ(parse("2i", dialect)->unit, DistanceUnit::inches);
        EXPECT_EQ(parse("3m", dialect)->unit, DistanceUnit::millimetres);
        EXPECT_EQ(parse("4p", dialect)->unit, DistanceUnit::points);
        EXPECT_EQ(parse("1 c", dialect)->unit, DistanceUnit::centimetres);
        EXPECT_EQ(parse("1.5c", dialect)->value, 1.5);
    }
}

TEST(ScreenDistance, Tk86IgnoresWhatFollowsTheUnitLetterTk9DoesNot) {
    for (const char* text : {"1cm", "1inch", "1mm", "1pt", "1px", "1ci", "1c1", "1cxyz", "2inches"}) {
        EXPECT_TRUE(parse(text, tk86)) << text;
        EXPECT_TRUE(parse(text, tk86_18)) << text;
        EXPECT_FALSE(parse(text, tk90)) << text;
    }
    EXPECT_EQ(parse("1cm", tk86)->unit, DistanceUnit::centimetres);
    EXPECT_EQ(parse("1px", tk86)->unit, DistanceUnit::points);
}

TEST(ScreenDistance, HexFloatsAreStrtodsOnly) {
    EXPECT_EQ(parse("0x1p3", tk86)->value, 8.0);
    EXPECT_EQ(parse("0x1p3", tk86_18)->value, 8.0);  // the strtod fallback
    EXPECT_FALSE(parse("0x1p3", tk90));
}

TEST(ScreenDistance, TclNumberSpellingsNeedADialectThatAsksTcl) {
    for (const char* text : {"1_000", "0b11", "0o7"}) {
        EXPECT_FALSE(parse(text, tk86)) << text;
        EXPECT_TRUE(parse(text, tk86_18)) << text;
        EXPECT_TRUE(parse(text, tk90)) << text;
    }
    EXPECT_EQ(parse("1_000", tk90)->value, 1000.0);
    EXPECT_EQ(parse("0b11", tk90)->value, 3.0);
}

TEST(ScreenDistance, JunkIsRefusedEverywhere) {
    for (const auto dialect : {tk86, tk86_18, tk90}) {
        for (const char* text : {"", " ", "abc", "1x", "c1", "--1", "c", " c"}) {
            EXPECT_FALSE(parse(text, dialect)) << text;
        }
    }
}

TEST(ScreenDistance, NonFiniteValuesParseOrFailButNeverPassFiniteInPixels) {
    // Tk 8.6 reads nan and inf through strtod: the caller must refuse them.
    EXPECT_TRUE(std::isnan(parse("nan", tk86)->value));
    EXPECT_TRUE(std::isinf(parse("-Infinity", tk86)->value));
    EXPECT_FALSE(tkext::core::finite_in_pixels(*parse("nan", tk86)));
    EXPECT_FALSE(tkext::core::finite_in_pixels(*parse("1e400", tk86)));
    // A unit multiplies: a finite number can become an infinite distance.
    EXPECT_FALSE(tkext::core::finite_in_pixels(*parse("1e306i", tk86)));
    EXPECT_TRUE(tkext::core::finite_in_pixels(*parse("1e306", tk86)));
    EXPECT_TRUE(tkext::core::finite_in_pixels(*parse("1e290i", tk86)));
}

TEST(ScreenDistance, UnitLettersRoundTripThroughTheParser) {
    for (const auto unit : {DistanceUnit::millimetres, DistanceUnit::centimetres, DistanceUnit::inches,
                            DistanceUnit::points}) {
        const std::string text = std::string("2") + tkext::core::unit_letter(unit);
        const auto d = parse(text.c_str(), tk90);
        ASSERT_TRUE(d) << text;
        EXPECT_EQ(d->unit, unit) << text;
    }
    EXPECT_EQ(tkext::core::unit_letter(DistanceUnit::pixels), '\0');
}

TEST(ScreenDistance, PixelsFollowTksArithmeticInItsOrder) {
    using tkext::core::distance_in_pixels;
    // Pixels pass unchanged, whatever the screen.
    EXPECT_EQ(distance_in_pixels({0.1, DistanceUnit::pixels}, 10.0, 1280.0, 338.0), 0.1);
    // 2c on a 1280 px / 338 mm screen: 2 * (10 * 1280) / 338.
    EXPECT_EQ(distance_in_pixels({2.0, DistanceUnit::centimetres}, 10.0, 1280.0, 338.0),
              2.0 * (10.0 * 1280.0) / 338.0);
    // The order is Tk's: value * (mm * width) first, then / width in mm; the
    // other grouping differs in the last bit for this value.
    const double value = 0.1, mm = 25.4 / 72, px = 1280.0, wmm = 338.0;
    const double tk_order = value * (mm * px) / wmm;
    ASSERT_NE(value * mm * px / wmm, tk_order);  // so the grouping is what is checked
    EXPECT_EQ(distance_in_pixels({value, DistanceUnit::points}, mm, px, wmm), tk_order);
}
