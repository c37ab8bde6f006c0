// svg_path.hpp — numbers and path data for SVG export, written as text.
//
// Every number an export writes goes through append_number: the shortest text
// that reads back as the same double (std::to_chars), so an exported
// coordinate is exactly the canvas's and a 10^5-point line costs little more
// than copying its digits.  PathData collects an SVG path's "d" attribute.
#pragma once

#include <span>
#include <string>

namespace tkext::core::svg {

// Appends the shortest decimal form of v that reads back as v ("-0" as "0").
// Not finite values have no SVG form: they are written as 0.
void append_number(std::string& out, double v);

// Appends the path data of a polyline: M to the first point, then each next
// point (x y pairs; an odd last value is ignored), " Z" when `closed`.
// Nothing for no points.
void append_polyline(std::string& out, std::span<const double> xy, bool closed);

// The "d" attribute of an SVG path, built command by command.  Commands are
// absolute (M L C A Z), so each may be read on its own.
class PathData {
public:
    void move(double x, double y);
    void line(double x, double y);
    void cubic(double x1, double y1, double x2, double y2, double x, double y);
    // An elliptical arc to (x, y) (SVG's A command).
    void arc(double rx, double ry, bool large, bool sweep, double x, double y);
    void close();

    // M to the first point, L to each next one (x y pairs; an odd last
    // value is ignored); Z when `closed`.  Nothing for no points.
    void polyline(std::span<const double> xy, bool closed);

    bool empty() const { return text_.empty(); }
    const std::string& text() const { return text_; }
    void reserve(std::size_t n) { text_.reserve(n); }

private:
    void command(char c);
    void pair(double x, double y);
    std::string text_;
};

}  // namespace tkext::core::svg
