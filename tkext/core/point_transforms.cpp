// point_transforms.cpp — affine maps of coordinate runs (see point_transforms.hpp).
#include "point_transforms.hpp"

#include <cmath>
#include <cstddef>
#include <numbers>

namespace tkext::core {

SinCos sin_cos_degrees(double degrees) {
    double reduced = std::fmod(degrees, 360.0);  // exact
    if (reduced < 0.0) reduced += 360.0;
    if (reduced == 0.0) return {0.0, 1.0};
    if (reduced == 90.0) return {1.0, 0.0};
    if (reduced == 180.0) return {0.0, -1.0};
    if (reduced == 270.0) return {-1.0, 0.0};
    const double radians = reduced * (std::numbers::pi / 180.0);
    return {std::sin(radians), std::cos(radians)};
}

void translate_points(std::span<const double> in, std::span<double> out, double dx, double dy) {
    const std::size_t n = in.size() / 2;
    for (std::size_t i = 0; i < n; ++i) {
        out[2 * i] = in[2 * i] + dx;
        out[2 * i + 1] = in[2 * i + 1] + dy;
    }
}

void scale_points(std::span<const double> in, std::span<double> out, double sx, double sy,
                  double cx, double cy) {
    const std::size_t n = in.size() / 2;
    for (std::size_t i = 0; i < n; ++i) {
        out[2 * i] = cx + (in[2 * i] - cx) * sx;
        out[2 * i + 1] = cy + (in[2 * i + 1] - cy) * sy;
    }
}

void rotate_points(std::span<const double> in, std::span<double> out, double degrees, double cx,
                   double cy) {
    const SinCos t = sin_cos_degrees(degrees);
    const std::size_t n = in.size() / 2;
    // Relative to the centre, as Tk's TkRotatePoint, so a far-off centre
    // costs no precision.
    for (std::size_t i = 0; i < n; ++i) {
        const double x = in[2 * i] - cx;
        const double y = in[2 * i + 1] - cy;
        out[2 * i] = cx + x * t.cos + y * t.sin;
        out[2 * i + 1] = cy - x * t.sin + y * t.cos;
    }
}

void transform_points(std::span<const double> in, std::span<double> out, const Affine& m) {
    const std::size_t n = in.size() / 2;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = in[2 * i];
        const double y = in[2 * i + 1];
        out[2 * i] = m.a * x + m.c * y + m.e;
        out[2 * i + 1] = m.b * x + m.d * y + m.f;
    }
}

void rotate_item_points(RotationRule rule, std::span<const double> in, std::span<double> out,
                        double degrees, double cx, double cy) {
    if (rule == RotationRule::every_point || in.size() != 4) {
        rotate_points(in, out, degrees, cx, cy);
        return;
    }
    const double centre[2] = {(in[0] + in[2]) / 2.0, (in[1] + in[3]) / 2.0};
    double turned[2];
    rotate_points(centre, turned, degrees, cx, cy);
    translate_points(in, out, turned[0] - centre[0], turned[1] - centre[1]);
}

}  // namespace tkext::core
