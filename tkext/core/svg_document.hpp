// svg_document.hpp — writing an SVG 1.1 document of canvas items.
//
// The writer knows SVG, not Tk: it is given resolved values (colours as RGB,
// widths in pixels, text already broken into lines, images already encoded
// as PNG) and writes one element per call, in the order called, which is
// the canvas's stacking order.  Coordinates are canvas coordinates; the
// document's viewBox is the exported region, so nothing is translated.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "svg_geometry.hpp"
#include "svg_path.hpp"

namespace tkext::core::svg {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

enum class Cap { butt, round, projecting };
enum class Join { miter, round, bevel };

struct Stroke {
    Rgb colour;
    std::string pattern;       // a pattern's id (stipple) drawn instead of the colour; empty: none
    double width = 1.0;
    std::vector<double> dash;  // stroke-dasharray; empty: solid
    double dash_offset = 0.0;
    Cap cap = Cap::butt;
    Join join = Join::miter;
};

// How a path is painted: filled (non-zero or even-odd) and/or stroked.
struct Paint {
    std::optional<Rgb> fill;
    std::string fill_pattern;  // a pattern's id (stipple) filled instead of the colour; empty: none
    bool even_odd = false;
    std::optional<Stroke> stroke;
};

struct Font {
    std::string family;
    double size = 12.0;  // pixels
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool overstrike = false;
};

enum class Justify { left, center, right };

// A text item laid out as Tk lays it out: its lines (as Tk broke them),
// where its anchor point is, the layout's width, and the font's metrics.
struct TextBlock {
    std::vector<std::string> lines;  // UTF-8, without the line breaks
    double x = 0.0, y = 0.0;         // the anchor point
    Anchor anchor = Anchor::center;
    Justify justify = Justify::left;
    double width = 0.0;              // the widest line, pixels
    double line_height = 0.0;        // the font's linespace
    double ascent = 0.0;
    double angle = 0.0;              // degrees, counter-clockwise about the anchor point
    // Tk's -underline: one character underlined, as line and byte range in
    // that line; no line (SIZE_MAX) when none.
    std::size_t underline_line = SIZE_MAX;
    std::size_t underline_begin = 0, underline_end = 0;
    Font font;
    Rgb colour;
};

class Document {
public:
    // Starts a document showing the canvas region x y width height.
    Document(double x, double y, double width, double height);

    // The canvas background: a rectangle over the whole region.
    void background(Rgb colour);
    // A path with its paint; nothing when neither fill nor stroke is set or
    // the path is empty.
    void path(const PathData& data, const Paint& paint);
    // The same for a polyline, written straight into the document: a long
    // line's text is made once, not made and then copied.
    void polyline(std::span<const double> xy, bool closed, const Paint& paint);
    void text(const TextBlock& block);
    // An image of width x height pixels at (x, y) (its top-left corner),
    // its pixels given as a PNG file's bytes.
    void png_image(double x, double y, double width, double height,
                   std::span<const unsigned char> png);
    // A pattern `id` tiling the plane from (x, y) with a width x height
    // PNG image (a stipple in its colour, see-through elsewhere), for paints
    // to refer to; written before the first element that uses it.
    void png_pattern(std::string_view id, double x, double y, double width, double height,
                     std::span<const unsigned char> png);
    // An empty group standing for something not drawn, with a comment saying what.
    void placeholder(std::string_view id, std::string_view comment);

    // Ends the document and hands over its text; the Document is then empty.
    std::string finish();

private:
    void attribute(std::string_view name, double value);
    void paint_attributes(const Paint& paint);
    std::string out_;
    double x_, y_, width_, height_;
};

// "#rrggbb".
std::string hex_colour(Rgb colour);
// Text with & < > " escaped for an attribute or element; characters XML
// 1.0 forbids (controls other than tab, newline, return) are dropped.
void append_escaped(std::string& out, std::string_view text);
// Standard base64 (RFC 4648) with padding, no line breaks.
void append_base64(std::string& out, std::span<const unsigned char> bytes);

}  // namespace tkext::core::svg
