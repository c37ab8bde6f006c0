// svg_geometry.cpp — arrowheads, Bézier curves, arcs, anchors and dashes as
// Tk computes them (see svg_geometry.hpp).
#include "svg_geometry.hpp"

#include <cmath>
#include <numbers>
#include <string_view>

namespace tkext::core::svg {
namespace {

XY point_at(std::span<const double> xy, std::size_t i) { return {xy[2 * i], xy[2 * i + 1]}; }

XY mix(XY p, double wp, XY q, double wq) { return {wp * p.x + wq * q.x, wp * p.y + wq * q.y}; }

bool same(XY p, XY q) { return p.x == q.x && p.y == q.y; }

}  // namespace

Arrowhead arrowhead(XY tip, XY next, ArrowShape shape, double width) {
    // Tk enlarges each shape length by 0.001 so heads do not come out a
    // hair small, and measures c from the shaft's edge, not its centre.
    const double a = shape.a + 0.001;
    const double b = shape.b + 0.001;
    const double c = shape.c + width / 2.0 + 0.001;
    const double dx = tip.x - next.x;
    const double dy = tip.y - next.y;
    const double length = std::hypot(dx, dy);
    const double cosine = length == 0.0 ? 0.0 : dx / length;
    const double sine = length == 0.0 ? 0.0 : dy / length;

    // The neck points lie where the shaft's edges cross the head's sides.
    const double fraction = (width / 2.0) / c;
    const double backup = fraction * b + a * (1.0 - fraction) / 2.0;
    const XY vertex{tip.x - a * cosine, tip.y - a * sine};
    const XY left{tip.x - b * cosine + c * sine, tip.y - b * sine - c * cosine};
    const XY right{tip.x - b * cosine - c * sine, tip.y - b * sine + c * cosine};
    Arrowhead head;
    head.polygon = {tip, left, mix(left, fraction, vertex, 1.0 - fraction),
                    mix(right, fraction, vertex, 1.0 - fraction), right};
    head.neck = {tip.x - backup * cosine, tip.y - backup * sine};
    return head;
}

void append_smooth(PathData& path, std::span<const double> xy) {
    const std::size_t n = xy.size() / 2;
    if (n < 3) {
        path.polyline(xy, false);
        return;
    }
    // Tk's PostScript rounds 1/3, 2/3 and 1/6 to three digits; so does this,
    // so both exports trace the same curve.
    const bool closed = same(point_at(xy, 0), point_at(xy, n - 1));
    XY end;
    if (closed) {
        const XY before = point_at(xy, n - 2), first = point_at(xy, 0), second = point_at(xy, 1);
        const XY begin = mix(before, 0.5, first, 0.5);
        const XY c1 = mix(before, 0.167, first, 0.833);
        const XY c2 = mix(first, 0.833, second, 0.167);
        end = mix(first, 0.5, second, 0.5);
        path.move(begin.x, begin.y);
        path.cubic(c1.x, c1.y, c2.x, c2.y, end.x, end.y);
    } else {
        end = point_at(xy, 0);
        path.move(end.x, end.y);
    }
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const XY vertex = point_at(xy, i), after = point_at(xy, i + 1);
        const XY c1 = mix(end, 0.333, vertex, 0.667);
        end = (i + 2 == n && !closed) ? after : mix(vertex, 0.5, after, 0.5);
        const XY c2 = mix(end, 0.333, vertex, 0.667);
        path.cubic(c1.x, c1.y, c2.x, c2.y, end.x, end.y);
    }
}

void append_raw(PathData& path, std::span<const double> xy) {
    const std::size_t n = xy.size() / 2;
    if (n == 0) return;
    path.move(xy[0], xy[1]);
    // One segment from four points: a straight line when its controls sit on its knots.
    auto segment = [&](XY k0, XY c1, XY c2, XY k1) {
        if (same(k0, c1) && same(c2, k1)) {
            path.line(k1.x, k1.y);
        } else {
            path.cubic(c1.x, c1.y, c2.x, c2.y, k1.x, k1.y);
        }
    };
    std::size_t first = 0;
    std::size_t left = n - 1;  // points after `first`
    for (; left >= 3; left -= 3, first += 3) {
        segment(point_at(xy, first), point_at(xy, first + 1), point_at(xy, first + 2),
                point_at(xy, first + 3));
    }
    if (left > 0) {
        // The last, short segment borrows points from the start of the list.
        std::array<XY, 4> p;
        for (std::size_t j = 0; j < 4; ++j) {
            p[j] = j <= left ? point_at(xy, first + j) : point_at(xy, j - left - 1);
        }
        segment(p[0], p[1], p[2], p[3]);
    }
}

namespace {

XY on_ellipse(double cx, double cy, double rx, double ry, double degrees) {
    const double radians = degrees * std::numbers::pi / 180.0;
    return {cx + rx * std::cos(radians), cy - ry * std::sin(radians)};
}

}  // namespace

void append_ellipse(PathData& path, double x1, double y1, double x2, double y2) {
    const double cx = (x1 + x2) / 2.0, cy = (y1 + y2) / 2.0;
    const double rx = std::abs(x2 - x1) / 2.0, ry = std::abs(y2 - y1) / 2.0;
    // From three o'clock counter-clockwise on screen, as Tk's PostScript
    // draws it: a dash pattern then starts where Tk's does.
    path.move(cx + rx, cy);
    path.arc(rx, ry, false, false, cx - rx, cy);
    path.arc(rx, ry, false, false, cx + rx, cy);
    path.close();
}

void append_arc(PathData& path, double x1, double y1, double x2, double y2, double start,
                double extent, ArcStyle style) {
    if (std::abs(extent) >= 360.0) {
        append_ellipse(path, x1, y1, x2, y2);
        return;
    }
    const double cx = (x1 + x2) / 2.0, cy = (y1 + y2) / 2.0;
    const double rx = std::abs(x2 - x1) / 2.0, ry = std::abs(y2 - y1) / 2.0;
    // Always counter-clockwise from the smaller angle, as Tk's PostScript
    // traces it, so dashes start at the same end.
    const double from_angle = extent < 0.0 ? start + extent : start;
    const double sweep = std::abs(extent);
    const XY from = on_ellipse(cx, cy, rx, ry, from_angle);
    const XY to = on_ellipse(cx, cy, rx, ry, from_angle + sweep);
    if (style == ArcStyle::pieslice) {
        path.move(cx, cy);
        path.line(from.x, from.y);
    } else {
        path.move(from.x, from.y);
    }
    // Counter-clockwise on screen (y down) is SVG's negative sweep.
    path.arc(rx, ry, sweep > 180.0, false, to.x, to.y);
    if (style != ArcStyle::arc) path.close();
}

void append_arc_edges(PathData& path, double x1, double y1, double x2, double y2, double start,
                      double extent, ArcStyle style) {
    if (style == ArcStyle::arc || std::abs(extent) >= 360.0) return;
    const double cx = (x1 + x2) / 2.0, cy = (y1 + y2) / 2.0;
    const double rx = std::abs(x2 - x1) / 2.0, ry = std::abs(y2 - y1) / 2.0;
    const XY from = on_ellipse(cx, cy, rx, ry, start);
    const XY to = on_ellipse(cx, cy, rx, ry, start + extent);
    path.move(from.x, from.y);
    if (style == ArcStyle::pieslice) path.line(cx, cy);
    path.line(to.x, to.y);
}

XY anchored_top_left(Anchor anchor, double x, double y, double width, double height) {
    switch (anchor) {
        case Anchor::nw: return {x, y};
        case Anchor::n: return {x - width / 2.0, y};
        case Anchor::ne: return {x - width, y};
        case Anchor::w: return {x, y - height / 2.0};
        case Anchor::center: return {x - width / 2.0, y - height / 2.0};
        case Anchor::e: return {x - width, y - height / 2.0};
        case Anchor::sw: return {x, y - height};
        case Anchor::s: return {x - width / 2.0, y - height};
        case Anchor::se: return {x - width, y - height};
    }
    return {x, y};
}

std::vector<double> dash_lengths(std::string_view spec, double width) {
    std::vector<double> lengths;
    const std::size_t begin = spec.find_first_not_of(" \t\n");
    if (begin == std::string_view::npos) return lengths;
    const char first = spec[begin];
    if (first == '.' || first == ',' || first == '-' || first == '_') {
        // Each mark is a dash of 2, 4, 6 or 8 line widths and a gap of 4;
        // a space widens the gap before it by one width and a pixel.
        const int unit = std::max(1, static_cast<int>(width + 0.5));
        for (char c : spec.substr(begin)) {
            int size = 0;
            switch (c) {
                case '.': size = 2; break;
                case ',': size = 4; break;
                case '-': size = 6; break;
                case '_': size = 8; break;
                case ' ':
                    if (lengths.empty()) return {};
                    lengths.back() += unit + 1;
                    continue;
                default: return {};
            }
            lengths.push_back(size * unit);
            lengths.push_back(4 * unit);
        }
        return lengths;
    }
    // A list of integers 1..255 (Tk has checked it); braces are allowed around it.
    std::size_t i = 0;
    while (i < spec.size()) {
        const char c = spec[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '{' || c == '}') {
            ++i;
            continue;
        }
        if (c < '0' || c > '9') return {};
        int value = 0;
        while (i < spec.size() && spec[i] >= '0' && spec[i] <= '9') {
            value = value * 10 + (spec[i] - '0');
            if (value > 255) return {};
            ++i;
        }
        if (value == 0) return {};
        lengths.push_back(value);
    }
    if (lengths.size() % 2 == 1) {
        const std::size_t n = lengths.size();
        for (std::size_t j = 0; j < n; ++j) lengths.push_back(lengths[j]);
    }
    return lengths;
}

}  // namespace tkext::core::svg
