// SVG numbers and path data: shortest exact numbers, command syntax.
#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>

#include "tkext/core/svg_path.hpp"

using namespace tkext::core::svg;

namespace {
std::string number(double v) {
    std::string out;
    append_number(out, v);
    return out;
}
}  // namespace

TEST(SvgNumber, ShortestForms) {
    EXPECT_EQ(number(0.0), "0");
    EXPECT_EQ(number(-0.0), "0");
    EXPECT_EQ(number(1.0), "1");
    EXPECT_EQ(number(-2.5), "-2.5");
    EXPECT_EQ(number(0.1), "0.1");
    EXPECT_EQ(number(1e-7), "1e-07");
    EXPECT_EQ(number(1e21), "1e+21");
    EXPECT_EQ(number(1234567.125), "1234567.125");
}

TEST(SvgNumber, SameTextAsToCharsWhereverTheShortPathApplies) {
    // Whole numbers and numbers of up to six decimals, all signs and sizes
    // around the short path's limits: the text must be to_chars' own.
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<long long> whole(-2000000000LL, 2000000000LL);
    std::uniform_int_distribution<int> decimals(0, 6);
    auto reference = [](double v) {
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
        return std::string(buffer, result.ptr);
    };
    for (int i = 0; i < 200000; ++i) {
        const double v = static_cast<double>(whole(rng)) / std::pow(10.0, decimals(rng));
        if (v == 0.0) continue;
        ASSERT_EQ(number(v), reference(v)) << v;
    }
    for (double v : {1e-3, 9.999e-4, 0.0012, 1e5, 99999.9999, 10000.0, 100000.0, 0.5, -0.25, 3.0, 0.1 + 0.2}) {
        EXPECT_EQ(number(v), reference(v)) << v;
    }
}

TEST(SvgNumber, NotFiniteIsZero) {
    EXPECT_EQ(number(std::numeric_limits<double>::quiet_NaN()), "0");
    EXPECT_EQ(number(std::numeric_limits<double>::infinity()), "0");
}

TEST(SvgNumber, ReadsBackExactly) {
    std::mt19937_64 rng(19);
    std::uniform_real_distribution<double> mantissa(-1.0, 1.0);
    std::uniform_int_distribution<int> exponent(-30, 30);
    for (int i = 0; i < 20000; ++i) {
        const double v = std::ldexp(mantissa(rng), exponent(rng));
        const std::string text = number(v);
        EXPECT_EQ(std::strtod(text.c_str(), nullptr), v == 0.0 ? 0.0 : v) << text;
    }
}

TEST(SvgPathData, Commands) {
    PathData d;
    d.move(1, 2);
    d.line(3, 4);
    d.cubic(5, 6, 7, 8, 9, 10);
    d.arc(4, 3, true, false, 11, 12);
    d.close();
    EXPECT_EQ(d.text(), "M1 2 L3 4 C5 6 7 8 9 10 A4 3 0 1 0 11 12 Z");
}

TEST(SvgPathData, PolylineUsesImplicitLines) {
    PathData open, closed, none;
    const double xy[] = {0, 0, 10, 0.5, 20, -1, 99};  // the odd last value is ignored
    open.polyline(xy, false);
    closed.polyline(std::span<const double>(xy, 4), true);
    none.polyline({}, true);
    EXPECT_EQ(open.text(), "M0 0 10 0.5 20 -1");
    EXPECT_EQ(closed.text(), "M0 0 10 0.5 Z");
    EXPECT_TRUE(none.empty());
}
