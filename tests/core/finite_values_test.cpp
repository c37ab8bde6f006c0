// all_finite and is_finite_bits: every non-finite kind found at every
// position, in runs long and short enough to reach every lane and the tail.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "tkext/core/finite_values.hpp"

using namespace tkext::core;

namespace {
const double inf = std::numeric_limits<double>::infinity();
const double quiet_nan = std::numeric_limits<double>::quiet_NaN();
}  // namespace

TEST(AllFinite, EmptyAndOrdinaryRunsAreFinite) {
    EXPECT_TRUE(all_finite({}));
    EXPECT_TRUE(all_finite(std::vector<double>{0.0, -0.0, 1e308, -1e308, 4.9e-324, 2.5}));
}

TEST(AllFinite, FindsEveryNonFiniteKindAtEveryPosition) {
    for (std::size_t n = 1; n <= 37; ++n) {
        for (std::size_t at = 0; at < n; ++at) {
            for (const double bad : {inf, -inf, quiet_nan, -quiet_nan}) {
                std::vector<double> values(n, 1.5);
                values[at] = bad;
                EXPECT_FALSE(all_finite(values)) << "n=" << n << " at=" << at << " value=" << bad;
            }
        }
    }
}

TEST(IsFiniteBits, AgreesWithStdIsfinite) {
    for (const double v : {0.0, -0.0, 1.0, -1e308, 1e308, 4.9e-324, inf, -inf, quiet_nan}) {
        EXPECT_EQ(is_finite_bits(std::bit_cast<std::uint64_t>(v)), std::isfinite(v)) << v;
    }
}
