// short_decimal.cpp — short plain decimals without strtod (see short_decimal.hpp).
#include "short_decimal.hpp"

#include <array>
#include <cstdint>

namespace tkext::core {
namespace {

constexpr std::array<double, short_decimal_max_digits + 1> powers_of_ten{
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<double> parse_short_decimal(std::string_view text) {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) i = 1;
    // Digits beyond the limit end the scan early; the mantissa stays below 10^16.
    std::uint64_t mantissa = 0;
    std::size_t digits = 0;
    const std::size_t integer_start = i;
    while (i < text.size() && is_digit(text[i]) && digits <= short_decimal_max_digits) {
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(text[i] - '0');
        ++digits;
        ++i;
    }
    const std::size_t integer_digits = i - integer_start;
    if (integer_digits == 0) return std::nullopt;
    if (integer_digits > 1 && text[integer_start] == '0') return std::nullopt;
    std::size_t fraction_digits = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && is_digit(text[i]) && digits <= short_decimal_max_digits) {
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(text[i] - '0');
            ++digits;
            ++fraction_digits;
            ++i;
        }
        if (fraction_digits == 0) return std::nullopt;
    }
    if (i != text.size() || digits > short_decimal_max_digits) return std::nullopt;
    const double value = static_cast<double>(mantissa) / powers_of_ten[fraction_digits];
    return negative ? -value : value;
}

}  // namespace tkext::core
