// Short plain decimals: the very double strtod gives, bit for bit, on many
// generated strings; everything outside the grammar is left to strtod.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>

#include "tkext/core/short_decimal.hpp"

using tkext::core::parse_short_decimal;
using tkext::core::short_decimal_max_digits;

namespace {

std::uint64_t strtod_bits(const std::string& text) {
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    EXPECT_EQ(*end, '\0') << text;
    return std::bit_cast<std::uint64_t>(value);
}

void expect_as_strtod(const std::string& text) {
    const auto parsed = parse_short_decimal(text);
    ASSERT_TRUE(parsed) << text;
    ASSERT_EQ(std::bit_cast<std::uint64_t>(*parsed), strtod_bits(text)) << text;
}

}  // namespace

TEST(ShortDecimal, ReadsPlainDecimals) {
    for (const char* text : {"0", "1", "-1", "+1", "12", "-3.5", "0.5", "0.25", "-0", "-0.0", "+0.000",
                             "0.1", "0.3", "2.675", "100", "999999999999999", "-999999999999999",
                             "99999999999999.9", "0.00000000000001", "9.00719925474099", "123456789.012345",
                             "1.7976931348623", "0.00000000000005"}) {
        expect_as_strtod(text);
    }
    EXPECT_TRUE(std::signbit(*parse_short_decimal("-0")));
    EXPECT_FALSE(std::signbit(*parse_short_decimal("0")));
}

TEST(ShortDecimal, MatchesStrtodBitForBitOnGeneratedStrings) {
    std::mt19937_64 rng(20261202);
    std::uniform_int_distribution<int> digit(0, 9), nonzero(1, 9), sign(0, 2);
    std::uniform_int_distribution<std::size_t> total(1, short_decimal_max_digits);
    int taken = 0;
    for (int round = 0; round < 400000; ++round) {
        const std::size_t digits = total(rng);
        const std::size_t integer_digits = std::uniform_int_distribution<std::size_t>(1, digits)(rng);
        std::string text = sign(rng) == 0 ? "-" : (sign(rng) == 0 ? "+" : "");
        // No leading zero unless the integer part is "0" alone.
        if (integer_digits == 1) {
            text += static_cast<char>('0' + digit(rng));
        } else {
            text += static_cast<char>('0' + nonzero(rng));
            for (std::size_t i = 1; i < integer_digits; ++i) text += static_cast<char>('0' + digit(rng));
        }
        if (integer_digits < digits) {
            text += '.';
            for (std::size_t i = integer_digits; i < digits; ++i) {
                // Runs of zeros and nines: where rounding is hardest to get right.
                const int kind = digit(rng);
                text += static_cast<char>(kind < 3 ? '0' : kind < 6 ? '9' : '0' + digit(rng));
            }
        }
        expect_as_strtod(text);
        if (HasFatalFailure()) return;
        ++taken;
    }
    EXPECT_EQ(taken, 400000);
}

TEST(ShortDecimal, LeavesEverythingElseToTheFullParsers) {
    for (const char* text :
         {"", "-", "+", ".", "-.", "1.", ".5", "-.5", "1e3", "1E3", "1.5e-3", " 1", "1 ", "\t1", "01", "00",
          "-01.5", "0x10", "0X1p3", "0b11", "0o7", "1_000", "1c", "2i", "3m", "4p", "1cm", "inf", "-inf",
          "nan", "NaN", "Infinity", "1..2", "1.2.3", "--1", "+-1", "-+1", "1-", "1+", "1,5", "abc",
          "1234567890123456", "0.123456789012345", "12345678901234567890", "9007199254740993",
          "1.000000000000000", "0.0000000000000001"}) {
        EXPECT_FALSE(parse_short_decimal(text)) << '"' << text << '"';
    }
}

TEST(ShortDecimal, FifteenDigitsAreTakenSixteenAreNot) {
    EXPECT_TRUE(parse_short_decimal("123456789012345"));
    EXPECT_TRUE(parse_short_decimal("1.23456789012345"));
    EXPECT_TRUE(parse_short_decimal("0.12345678901234"));
    EXPECT_FALSE(parse_short_decimal("1234567890123456"));
    EXPECT_FALSE(parse_short_decimal("1.234567890123456"));
}
