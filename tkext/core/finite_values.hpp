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

// Whether every value is finite.  Values are nearly always fine, so callers
// look for the culprit only after this says no.
bool all_finite(std::span<const double> values);

}  // namespace tkext::core
