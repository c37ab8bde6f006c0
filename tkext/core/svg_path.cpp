// svg_path.cpp — shortest-form numbers and path data (see svg_path.hpp).
#include "svg_path.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace tkext::core::svg {

namespace {

// Canvas coordinates are mostly whole pixels or a few decimals.  For those
// the shortest form is found far faster than by std::to_chars: when
// n = v * 10^4 is a whole number that divides back to v exactly, the decimal
// n * 10^-4 (its trailing zeros dropped) reads back as v, and no other
// decimal as short does (any other of at most four decimals is 10^-4 away,
// far beyond v's rounding).  Used only where to_chars would also write fixed
// notation (it prefers fixed unless scientific is shorter: from 1e5 up,
// below 1e-3), so the text is the same (svg_path_test checks it on
// generated values).
bool append_short_decimal(std::string& out, double v) {
    const double magnitude = std::abs(v);
    if (!(magnitude >= 1e-3 && magnitude < 1e5)) return false;
    const double scaled = magnitude * 10000.0;
    if (scaled != std::floor(scaled) || scaled / 10000.0 != magnitude) return false;
    const auto n = static_cast<std::uint64_t>(scaled);
    std::uint64_t whole = n / 10000, fraction = n % 10000;
    std::array<char, 24> text;
    char* end = text.data() + text.size();
    char* at = end;
    if (fraction != 0) {
        int decimals = 4;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --decimals;
        }
        for (int i = 0; i < decimals; ++i) {
            *--at = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        *--at = '.';
    }
    do {
        *--at = static_cast<char>('0' + whole % 10);
        whole /= 10;
    } while (whole != 0);
    if (v < 0) *--at = '-';
    out.append(at, static_cast<std::size_t>(end - at));
    return true;
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

void append_polyline(std::string& out, std::span<const double> xy, bool closed) {
    const std::size_t points = xy.size() / 2;
    if (points == 0) return;
    // At most 25 characters a number (to_chars' longest double, a space):
    // one reservation for a long line, never a copy while it grows.
    out.reserve(out.size() + points * 50 + 4);
    out.push_back('M');
    append_number(out, xy[0]);
    out.push_back(' ');
    append_number(out, xy[1]);
    for (std::size_t i = 1; i < points; ++i) {
        out.push_back(' ');  // implicit L after M
        append_number(out, xy[2 * i]);
        out.push_back(' ');
        append_number(out, xy[2 * i + 1]);
    }
    if (closed) out.append(" Z");
}

void PathData::polyline(std::span<const double> xy, bool closed) {
    if (xy.size() < 2) return;
    if (!text_.empty()) text_.push_back(' ');
    append_polyline(text_, xy, closed);
}

}  // namespace tkext::core::svg
