// Tk's shapes as SVG paths: arrowheads, Bézier smoothing, arcs, anchors, dashes.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "tkext/core/svg_geometry.hpp"

using namespace tkext::core::svg;

TEST(SvgArrowhead, HorizontalLineDefaultShape) {
    // Tk's default shape {8 10 3} on a 1-pixel line pointing right at (100, 50).
    const Arrowhead head = arrowhead({100, 50}, {0, 50}, {8, 10, 3}, 1.0);
    const double c = 3 + 0.5 + 0.001;
    EXPECT_DOUBLE_EQ(head.polygon[0].x, 100);
    EXPECT_DOUBLE_EQ(head.polygon[1].x, 100 - 10.001);
    EXPECT_DOUBLE_EQ(head.polygon[1].y, 50 - c);
    EXPECT_DOUBLE_EQ(head.polygon[4].x, 100 - 10.001);
    EXPECT_DOUBLE_EQ(head.polygon[4].y, 50 + c);
    // The neck points lie on the shaft's edges, half the width from the axis.
    EXPECT_NEAR(head.polygon[2].y, 50 - 0.5, 1e-12);
    EXPECT_NEAR(head.polygon[3].y, 50 + 0.5, 1e-12);
    const double fraction = 0.5 / c;
    EXPECT_DOUBLE_EQ(head.neck.x, 100 - (fraction * 10.001 + 8.001 * (1 - fraction) / 2));
    EXPECT_DOUBLE_EQ(head.neck.y, 50);
}

TEST(SvgArrowhead, RotatesWithTheLine) {
    // The same head on a line pointing down is the horizontal one turned 90 degrees.
    const Arrowhead right = arrowhead({10, 0}, {0, 0}, {8, 10, 3}, 2.0);
    const Arrowhead down = arrowhead({0, 10}, {0, 0}, {8, 10, 3}, 2.0);
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_NEAR(down.polygon[i].x, -right.polygon[i].y, 1e-12);
        EXPECT_NEAR(down.polygon[i].y, right.polygon[i].x, 1e-12);
    }
}

TEST(SvgArrowhead, CoincidentPointsCollapse) {
    const Arrowhead head = arrowhead({5, 5}, {5, 5}, {8, 10, 3}, 1.0);
    for (const XY& p : head.polygon) {
        EXPECT_EQ(p.x, 5);
        EXPECT_EQ(p.y, 5);
    }
}

TEST(SvgSmooth, OpenCurveEndsOnItsEndPoints) {
    PathData d;
    // Three points: one cubic from the first to the last point, its controls
    // 0.333/0.667 mixes (Tk's rounding of 1/3, 2/3) of the ends and the vertex.
    append_smooth(d, std::vector<double>{0, 0, 30, 30, 60, 0});
    EXPECT_EQ(d.text(), "M0 0 C20.01 20.01 39.99 20.01 60 0");
    // Four points: the inner segment ends half way between the middle points.
    PathData four;
    append_smooth(four, std::vector<double>{0, 0, 30, 30, 60, 0, 90, 30});
    EXPECT_EQ(std::count(four.text().begin(), four.text().end(), 'C'), 2);
    EXPECT_NE(four.text().find(" 45 15 C"), std::string::npos);
    EXPECT_EQ(four.text().substr(four.text().size() - 6), " 90 30");
}

TEST(SvgSmooth, ClosedCurveStartsBetweenLastAndFirst) {
    PathData d;
    const std::vector<double> square{0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
    append_smooth(d, square);
    const std::string& text = d.text();
    EXPECT_EQ(text.substr(0, 7), "M0 5 C0");
    EXPECT_EQ(std::count(text.begin(), text.end(), 'C'), 4);
    EXPECT_EQ(text.substr(text.size() - 3), "0 5");  // back where it started
}

TEST(SvgSmooth, TwoPointsStayStraight) {
    PathData d;
    append_smooth(d, std::vector<double>{0, 0, 5, 5});
    EXPECT_EQ(d.text(), "M0 0 5 5");
}

TEST(SvgRaw, SegmentsOfFourPoints) {
    PathData curve, straight, wrapped;
    append_raw(curve, std::vector<double>{0, 0, 1, 2, 3, 2, 4, 0});
    append_raw(straight, std::vector<double>{0, 0, 0, 0, 4, 0, 4, 0});
    // Six points: one segment, then the last two wrap round to the first point.
    append_raw(wrapped, std::vector<double>{0, 0, 1, 1, 2, 1, 3, 0, 4, 4, 5, 5});
    EXPECT_EQ(curve.text(), "M0 0 C1 2 3 2 4 0");
    EXPECT_EQ(straight.text(), "M0 0 L4 0");
    EXPECT_EQ(wrapped.text(), "M0 0 C1 1 2 1 3 0 C4 4 5 5 0 0");
}

TEST(SvgArc, PiesliceChordArc) {
    PathData pie, chord, arc;
    append_arc(pie, 0, 0, 20, 10, 0, 90, ArcStyle::pieslice);
    append_arc(chord, 0, 0, 20, 10, 0, 90, ArcStyle::chord);
    append_arc(arc, 0, 0, 20, 10, 0, 270, ArcStyle::arc);
    // Counter-clockwise on screen from three o'clock (20 5) to twelve (10 0).
    EXPECT_EQ(pie.text(), "M10 5 L20 5 A10 5 0 0 0 10 0 Z");
    EXPECT_EQ(chord.text(), "M20 5 A10 5 0 0 0 10 0 Z");
    EXPECT_EQ(arc.text().substr(0, 17), "M20 5 A10 5 0 1 0");  // large arc
}

TEST(SvgArc, NegativeExtentStartsAtTheSmallerAngle) {
    PathData a, b;
    append_arc(a, 0, 0, 20, 20, 90, -90, ArcStyle::arc);
    append_arc(b, 0, 0, 20, 20, 0, 90, ArcStyle::arc);
    EXPECT_EQ(a.text(), b.text());
}

TEST(SvgArc, EdgesOfPiesliceAndChord) {
    PathData pie, chord, arc;
    append_arc_edges(pie, 0, 0, 20, 10, 0, 90, ArcStyle::pieslice);
    append_arc_edges(chord, 0, 0, 20, 10, 0, 90, ArcStyle::chord);
    append_arc_edges(arc, 0, 0, 20, 10, 0, 90, ArcStyle::arc);
    EXPECT_EQ(pie.text(), "M20 5 L10 5 L10 0");
    EXPECT_EQ(chord.text(), "M20 5 L10 0");
    EXPECT_TRUE(arc.empty());
}

TEST(SvgArc, FullTurnIsTheEllipse) {
    PathData full, ellipse;
    append_arc(full, 0, 0, 20, 10, 30, -360, ArcStyle::pieslice);
    append_ellipse(ellipse, 0, 0, 20, 10);
    EXPECT_EQ(full.text(), ellipse.text());
    EXPECT_EQ(ellipse.text(), "M20 5 A10 5 0 0 0 0 5 A10 5 0 0 0 20 5 Z");
}

TEST(SvgAnchor, EveryAnchor) {
    EXPECT_EQ(anchored_top_left(Anchor::nw, 10, 20, 4, 6).x, 10);
    EXPECT_EQ(anchored_top_left(Anchor::center, 10, 20, 4, 6).x, 8);
    EXPECT_EQ(anchored_top_left(Anchor::center, 10, 20, 4, 6).y, 17);
    EXPECT_EQ(anchored_top_left(Anchor::se, 10, 20, 4, 6).x, 6);
    EXPECT_EQ(anchored_top_left(Anchor::se, 10, 20, 4, 6).y, 14);
    EXPECT_EQ(anchored_top_left(Anchor::s, 10, 20, 4, 6).x, 8);
    EXPECT_EQ(anchored_top_left(Anchor::e, 10, 20, 4, 6).y, 17);
}

TEST(SvgDash, ListsAndStrings) {
    EXPECT_EQ(dash_lengths("6 4", 1), (std::vector<double>{6, 4}));
    EXPECT_EQ(dash_lengths("{5}", 1), (std::vector<double>{5, 5}));      // odd: repeated
    EXPECT_EQ(dash_lengths("3 1 2", 1), (std::vector<double>{3, 1, 2, 3, 1, 2}));
    EXPECT_EQ(dash_lengths(".-", 1), (std::vector<double>{2, 4, 6, 4}));
    EXPECT_EQ(dash_lengths("- ", 2), (std::vector<double>{12, 8 + 3}));  // space widens the gap
    EXPECT_EQ(dash_lengths("_", 2.6), (std::vector<double>{24, 12}));    // width rounds to 3
    EXPECT_TRUE(dash_lengths("", 1).empty());
    EXPECT_TRUE(dash_lengths("x", 1).empty());
    EXPECT_TRUE(dash_lengths("0 4", 1).empty());
    EXPECT_TRUE(dash_lengths("300", 1).empty());
}
