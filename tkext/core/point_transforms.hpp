// point_transforms.hpp — moving, scaling, rotating and mapping flat x y runs.
//
// Conventions are Tk's, whose y axis grows downward: a positive angle turns
// anticlockwise on screen, exactly as Tk 9's "canvas rotate" (TIP 164), so
// (1, 0) rotated by 90 degrees about the origin becomes (0, -1).  Each
// function writes `out` (same size as `in`; the two may be the same span)
// and reads whole pairs only.
#pragma once

#include <span>

namespace tkext::core {

// x' = a x + c y + e,  y' = b x + d y + f  (Tk/PostScript/SVG order).
struct Affine {
    double a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0;
};

// The sine and cosine of an angle in degrees, exact at multiples of 90 so
// that quarter turns and full turns lose nothing to rounding.
struct SinCos {
    double sin;
    double cos;
};
SinCos sin_cos_degrees(double degrees);

void translate_points(std::span<const double> in, std::span<double> out, double dx, double dy);
void scale_points(std::span<const double> in, std::span<double> out, double sx, double sy,
                  double cx, double cy);
void rotate_points(std::span<const double> in, std::span<double> out, double degrees, double cx,
                   double cy);
void transform_points(std::span<const double> in, std::span<double> out, const Affine& m);

// How Tk 9's "rotate" treats a canvas item type (which type has which rule
// is item_kinds.hpp's table).
enum class RotationRule {
    every_point,  // line, polygon, and the single anchor point of text, image, bitmap, window
    box_centre,   // rectangle, oval, arc: the box's centre turns, the box keeps its size
};

// Rotates an item's coordinates by its type's rule.  For box_centre, `in`
// holds x1 y1 x2 y2 and the box is moved so that its centre lands where the
// rotated centre is (Tk 9 cannot tilt an axis-aligned box, and turning its
// corners would change its size).
void rotate_item_points(RotationRule rule, std::span<const double> in, std::span<double> out,
                        double degrees, double cx, double cy);

}  // namespace tkext::core
