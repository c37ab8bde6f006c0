// svg_geometry.hpp — the shapes Tk's canvas draws, as SVG path data.
//
// Each function states Tk's own rule for one shape in canvas coordinates
// (y down): the arrowheads of a line (tkCanvLine.c, ConfigureArrows), the
// Bézier curves of -smooth true and -smooth raw (tkTrig.c, the PostScript
// forms TkMakeBezierPostscript and TkMakeRawCurvePostscript: exact cubic
// segments, not the -splinesteps samples drawn on screen), arcs and ovals
// (tkCanvArc.c: angles in degrees, counter-clockwise from three o'clock), and
// where an anchored box lies.  No interpreter and no SVG document here: the
// command file reads the canvas, this computes, svg_document writes.
#pragma once

#include <array>
#include <span>
#include <vector>

#include "svg_path.hpp"

namespace tkext::core::svg {

struct XY {
    double x = 0.0;
    double y = 0.0;
};

// A line's -arrowshape {a b c}: tip to neck along the shaft, tip to the
// trailing points along the shaft, trailing points to the shaft's edge.
struct ArrowShape {
    double a = 8.0;
    double b = 10.0;
    double c = 3.0;
};

struct Arrowhead {
    // The filled polygon, tip first: tip, trailing point, neck side, neck
    // side, trailing point (Tk's five points; the path closes back to the tip).
    std::array<XY, 5> polygon;
    // Where the shaft now ends: Tk pulls the line's end back to here so a
    // thick line does not stick out past the head.
    XY neck;
};

// The arrowhead at `tip` of a line whose next point is `next`, for a line
// of `width`.  When tip and next coincide the head collapses onto the tip.
Arrowhead arrowhead(XY tip, XY next, ArrowShape shape, double width);

// -smooth true: Tk's quadratic B-spline through the x y pairs, as cubic
// segments.  The curve is closed (starting between the last-but-one and the
// first point) when the first point equals the last.  Fewer than three
// points: the straight polyline.
void append_smooth(PathData& path, std::span<const double> xy);

// -smooth raw: every three points after the first are control, control,
// knot of one cubic segment (a segment whose controls sit on its knots is a
// straight line); leftover points wrap round to the first ones.
void append_raw(PathData& path, std::span<const double> xy);

enum class ArcStyle { pieslice, chord, arc };

// The ellipse inscribed in the box x1 y1 x2 y2, as two half arcs, closed.
void append_ellipse(PathData& path, double x1, double y1, double x2, double y2);

// The arc of the ellipse inscribed in x1 y1 x2 y2 from `start` through
// `extent` degrees (positive: counter-clockwise on screen), shaped by
// `style`: pieslice closes through the centre, chord closes straight, arc
// stays open.  |extent| >= 360 is the whole ellipse.  The curve runs
// counter-clockwise from the smaller angle, as in Tk's PostScript.
void append_arc(PathData& path, double x1, double y1, double x2, double y2, double start,
                double extent, ArcStyle style);

// The straight edges of a pieslice (end, centre, end) or chord (end to end):
// Tk draws them apart from the curve and never dashed.  Nothing for arc.
void append_arc_edges(PathData& path, double x1, double y1, double x2, double y2, double start,
                      double extent, ArcStyle style);

// Tk's -anchor values: where the item's point sits on its box.
enum class Anchor { nw, n, ne, w, center, e, sw, s, se };

// The top-left corner of a width x height box whose `anchor` is at (x, y).
XY anchored_top_left(Anchor anchor, double x, double y, double width, double height);

// Tk's -dash value (a list of lengths, or a string of . , - _ and spaces
// scaled by the line width) as SVG stroke-dasharray lengths, as Tk's
// PostScript writes them: an odd list is repeated, a string becomes
// dash/gap pairs.  Empty when the value draws a solid line or is not a
// dash value Tk would accept.
std::vector<double> dash_lengths(std::string_view spec, double width);

}  // namespace tkext::core::svg
