// svg_path.cpp — shortest-form numbers and path data (see svg_path.hpp).
#include "svg_path.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace tkext::core::svg {

namespace {

// Canvas coordinates are mostly whole pixels or a few decimals.  For those
// the shortest form is found far faster than by std::to_chars: v is k-digit
// decimal exactly when v * 10^k is a whole number that divides back to v.
// Only where to_chars would also write fixed notation (it prefers fixed
// unless scientific is shorter: from 1e5 up, below 1e-3), and the result is
// the same text (svg_path_test checks that on generated values).
bool append_short_decimal(std::string& out, double v) {
    static constexpr std::array<double, 5> scale{1.0, 10.0, 100.0, 1000.0, 10000.0};
    const double magnitude = std::abs(v);
    if (!(magnitude >= 1e-3 && magnitude < 1e5)) return false;
    for (std::size_t k = 0; k < scale.size(); ++k) {
        const double scaled = magnitude * scale[k];
        if (scaled != std::floor(scaled) || scaled / scale[k] != magnitude) continue;
        auto digits = static_cast<std::uint64_t>(scaled);
        // Trailing zeros of the fraction are not part of the shortest form.
        while (k > 0 && digits % 10 == 0) {
            digits /= 10;
            --k;
        }
        std::array<char, 24> text;
        std::size_t at = text.size();
        std::size_t written = 0;
        do {
            if (written == k && k > 0) text[--at] = '.';
            text[--at] = static_cast<char>('0' + digits % 10);
            digits /= 10;
            ++written;
        } while (digits != 0 || written <= k);
        if (v < 0) text[--at] = '-';
        out.append(text.data() + at, text.size() - at);
        return true;
    }
    return false;
}

}  // namespace

void append_number(std::string& out, double v) {
    if (!std::isfinite(v) || v == 0.0) {  // also turns -0 into 0
        out.push_back('0');
        return;
    }
    if (append_short_decimal(out, v)) return;
    std::array<char, 32> buffer;
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v);
    out.append(buffer.data(), result.ptr);
}

void PathData::command(char c) {
    if (!text_.empty()) text_.push_back(' ');
    text_.push_back(c);
}

void PathData::pair(double x, double y) {
    append_number(text_, x);
    text_.push_back(' ');
    append_number(text_, y);
}

void PathData::move(double x, double y) {
    command('M');
    pair(x, y);
}

void PathData::line(double x, double y) {
    command('L');
    pair(x, y);
}

void PathData::cubic(double x1, double y1, double x2, double y2, double x, double y) {
    command('C');
    pair(x1, y1);
    text_.push_back(' ');
    pair(x2, y2);
    text_.push_back(' ');
    pair(x, y);
}

void PathData::arc(double rx, double ry, bool large, bool sweep, double x, double y) {
    command('A');
    pair(rx, ry);
    text_.append(large ? " 0 1 " : " 0 0 ");
    text_.append(sweep ? "1 " : "0 ");
    pair(x, y);
}

void PathData::close() { command('Z'); }

void PathData::polyline(std::span<const double> xy, bool closed) {
    const std::size_t points = xy.size() / 2;
    if (points == 0) return;
    // At most 25 characters a number (to_chars' longest double, a space):
    // one reservation for a long line, never a copy while it grows.
    text_.reserve(text_.size() + points * 50 + 4);
    move(xy[0], xy[1]);
    for (std::size_t i = 1; i < points; ++i) {
        text_.push_back(' ');
        pair(xy[2 * i], xy[2 * i + 1]);  // implicit L after M/L
    }
    if (closed) close();
}

}  // namespace tkext::core::svg
