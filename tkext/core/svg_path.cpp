// svg_path.cpp — shortest-form numbers and path data (see svg_path.hpp).
#include "svg_path.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace tkext::core::svg {

void append_number(std::string& out, double v) {
    if (!std::isfinite(v) || v == 0.0) {  // also turns -0 into 0
        out.push_back('0');
        return;
    }
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
    // About 8 characters a number: one reservation for a long line.
    text_.reserve(text_.size() + points * 20 + 4);
    move(xy[0], xy[1]);
    for (std::size_t i = 1; i < points; ++i) {
        text_.push_back(' ');
        pair(xy[2 * i], xy[2 * i + 1]);  // implicit L after M/L
    }
    if (closed) close();
}

}  // namespace tkext::core::svg
