// short_decimal.hpp — reading short plain decimals such as "12" or "-3.5" without strtod.
//
// Most coordinates typed into scripts are short plain decimals, and checking
// each with strtod (or Tcl's number parser) costs 150-350 instructions, more
// than Tk's own call.  A plain decimal of at most 15 digits is m / 10^k with
// m < 10^15 < 2^53 and k <= 15 <= 22: both are exact doubles, so one IEEE
// division rounds the exact value once, to the double strtod returns.
//
// Only the grammar every reader agrees on is taken: an optional sign, digits
// (no leading zero unless the digit is the only one: Tcl 8.6 reads "012" as
// octal), and optionally "." and digits; nothing before or after.  Anything
// else (blanks, exponents, "1.", ".5", hex, units, more digits) is left to
// the full parsers: nothing is returned.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace tkext::core {

inline constexpr std::size_t short_decimal_max_digits = 15;

// The value of `text` when it is a short plain decimal (see above), else nothing.
std::optional<double> parse_short_decimal(std::string_view text);

}  // namespace tkext::core
