// finite_values.hpp — whether a run of doubles holds only finite values.
#pragma once

#include <cstdint>
#include <span>

namespace tkext::core {

// Whether the IEEE double with these bits is finite: its exponent is not all
// ones.  Integer work only, for loops whose other work is integer too.
constexpr bool is_finite_bits(std::uint64_t bits) {
    constexpr std::uint64_t exponent = 0x7ff0000000000000;
    return (bits & exponent) != exponent;
}

// One branch-free pass, which the compiler vectorises: x - x is 0 for every
// finite x and NaN for NaN and the infinities.  Values are nearly always
// fine, so callers look for the culprit only after this says no.
inline bool all_finite(std::span<const double> values) {
    bool finite = true;
    for (const double value : values) finite &= (value - value) == 0.0;
    return finite;
}

}  // namespace tkext::core
