// svg_document.cpp — the SVG text of an export (see svg_document.hpp).
#include "svg_document.hpp"

#include <array>
#include <cmath>

namespace tkext::core::svg {

std::string hex_colour(Rgb colour) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string text = "#000000";
    const std::array<std::uint8_t, 3> parts{colour.r, colour.g, colour.b};
    for (std::size_t i = 0; i < 3; ++i) {
        text[1 + 2 * i] = digits[parts[i] >> 4];
        text[2 + 2 * i] = digits[parts[i] & 15];
    }
    return text;
}

void append_escaped(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '&': out.append("&amp;"); break;
            case '<': out.append("&lt;"); break;
            case '>': out.append("&gt;"); break;
            case '"': out.append("&quot;"); break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    break;  // not allowed in XML 1.0
                }
                out.push_back(c);
        }
    }
}

void append_base64(std::string& out, std::span<const unsigned char> bytes) {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    out.reserve(out.size() + (bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
        out.push_back(alphabet[(v >> 18) & 63]);
        out.push_back(alphabet[(v >> 12) & 63]);
        out.push_back(alphabet[(v >> 6) & 63]);
        out.push_back(alphabet[v & 63]);
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        const unsigned v = (bytes[i] << 16) | (rest == 2 ? bytes[i + 1] << 8 : 0);
        out.push_back(alphabet[(v >> 18) & 63]);
        out.push_back(alphabet[(v >> 12) & 63]);
        out.push_back(rest == 2 ? alphabet[(v >> 6) & 63] : '=');
        out.push_back('=');
    }
}

Document::Document(double x, double y, double width, double height)
    : x_(x), y_(y), width_(width), height_(height) {
    out_.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"");
    attribute("width", width);
    attribute("height", height);
    out_.append(" viewBox=\"");
    append_number(out_, x);
    out_.push_back(' ');
    append_number(out_, y);
    out_.push_back(' ');
    append_number(out_, width);
    out_.push_back(' ');
    append_number(out_, height);
    out_.append("\">\n");
}

void Document::attribute(std::string_view name, double value) {
    out_.push_back(' ');
    out_.append(name);
    out_.append("=\"");
    append_number(out_, value);
    out_.push_back('"');
}

void Document::background(Rgb colour) {
    out_.append("<rect");
    attribute("x", x_);
    attribute("y", y_);
    attribute("width", width_);
    attribute("height", height_);
    out_.append(" fill=\"" + hex_colour(colour) + "\"/>\n");
}

void Document::paint_attributes(const Paint& paint) {
    out_.append(" fill=\"");
    if (paint.fill && !paint.fill_pattern.empty()) {
        out_.append("url(#" + paint.fill_pattern + ")");
    } else {
        out_.append(paint.fill ? hex_colour(*paint.fill) : std::string("none"));
    }
    out_.push_back('"');
    if (paint.fill && paint.even_odd) out_.append(" fill-rule=\"evenodd\"");
    if (!paint.stroke) return;
    const Stroke& s = *paint.stroke;
    out_.append(" stroke=\"" + (s.pattern.empty() ? hex_colour(s.colour) : "url(#" + s.pattern + ")") + "\"");
    attribute("stroke-width", s.width);
    // SVG's defaults are butt and miter: written only when they differ.
    if (s.cap == Cap::round) out_.append(" stroke-linecap=\"round\"");
    if (s.cap == Cap::projecting) out_.append(" stroke-linecap=\"square\"");
    if (s.join == Join::round) out_.append(" stroke-linejoin=\"round\"");
    if (s.join == Join::bevel) out_.append(" stroke-linejoin=\"bevel\"");
    if (!s.dash.empty()) {
        out_.append(" stroke-dasharray=\"");
        for (std::size_t i = 0; i < s.dash.size(); ++i) {
            if (i) out_.push_back(' ');
            append_number(out_, s.dash[i]);
        }
        out_.push_back('"');
        if (s.dash_offset != 0.0) attribute("stroke-dashoffset", s.dash_offset);
    }
}

void Document::path(const PathData& data, const Paint& paint) {
    if (data.empty() || (!paint.fill && !paint.stroke)) return;
    // A long path grows the document once, not by doubling.
    if (out_.capacity() - out_.size() < data.text().size() + 512) {
        out_.reserve(out_.size() + data.text().size() + 65536);
    }
    out_.append("<path d=\"");
    out_.append(data.text());
    out_.push_back('"');
    paint_attributes(paint);
    out_.append("/>\n");
}

void Document::polyline(std::span<const double> xy, bool closed, const Paint& paint) {
    if (xy.size() < 2 || (!paint.fill && !paint.stroke)) return;
    out_.append("<path d=\"");
    append_polyline(out_, xy, closed);
    out_.push_back('"');
    paint_attributes(paint);
    out_.append("/>\n");
}

void Document::text(const TextBlock& block) {
    const double height = block.line_height * static_cast<double>(block.lines.size());
    const XY corner = anchored_top_left(block.anchor, block.x, block.y, block.width, height);
    out_.append("<text");
    out_.append(" font-family=\"");
    append_escaped(out_, block.font.family);
    out_.push_back('"');
    attribute("font-size", block.font.size);
    if (block.font.bold) out_.append(" font-weight=\"bold\"");
    if (block.font.italic) out_.append(" font-style=\"italic\"");
    // On each line: renderers (librsvg) do not pass a decoration on <text> down to its tspans.
    std::string decoration;
    if (block.font.underline || block.font.overstrike) {
        decoration = " text-decoration=\"";
        if (block.font.underline) decoration.append("underline");
        if (block.font.underline && block.font.overstrike) decoration.push_back(' ');
        if (block.font.overstrike) decoration.append("line-through");
        decoration.push_back('"');
    }
    double x = corner.x;
    if (block.justify == Justify::center) {
        x += block.width / 2.0;
        out_.append(" text-anchor=\"middle\"");
    } else if (block.justify == Justify::right) {
        x += block.width;
        out_.append(" text-anchor=\"end\"");
    }
    out_.append(" fill=\"" + hex_colour(block.colour) + "\"");
    if (block.angle != 0.0) {
        out_.append(" transform=\"rotate(");
        append_number(out_, -block.angle);
        out_.push_back(' ');
        append_number(out_, block.x);
        out_.push_back(' ');
        append_number(out_, block.y);
        out_.append(")\"");
    }
    out_.append(" xml:space=\"preserve\">");
    for (std::size_t i = 0; i < block.lines.size(); ++i) {
        out_.append("<tspan");
        attribute("x", x);
        attribute("y", corner.y + block.ascent + block.line_height * static_cast<double>(i));
        out_.append(decoration);
        out_.push_back('>');
        const std::string_view line = block.lines[i];
        if (i == block.underline_line && block.underline_begin < block.underline_end &&
            block.underline_end <= line.size()) {
            append_escaped(out_, line.substr(0, block.underline_begin));
            out_.append("<tspan text-decoration=\"underline\">");
            append_escaped(out_, line.substr(block.underline_begin, block.underline_end - block.underline_begin));
            out_.append("</tspan>");
            append_escaped(out_, line.substr(block.underline_end));
        } else {
            append_escaped(out_, line);
        }
        out_.append("</tspan>");
    }
    out_.append("</text>\n");
}

void Document::png_image(double x, double y, double width, double height,
                         std::span<const unsigned char> png) {
    out_.append("<image");
    attribute("x", x);
    attribute("y", y);
    attribute("width", width);
    attribute("height", height);
    out_.append(" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,");
    append_base64(out_, png);
    out_.append("\"/>\n");
}

void Document::png_pattern(std::string_view id, double x, double y, double width, double height,
                           std::span<const unsigned char> png) {
    out_.append("<defs><pattern id=\"");
    append_escaped(out_, id);
    out_.append("\" patternUnits=\"userSpaceOnUse\"");
    attribute("x", x);
    attribute("y", y);
    attribute("width", width);
    attribute("height", height);
    out_.append("><image");
    attribute("width", width);
    attribute("height", height);
    out_.append(" xlink:href=\"data:image/png;base64,");
    append_base64(out_, png);
    out_.append("\"/></pattern></defs>\n");
}

void Document::placeholder(std::string_view id, std::string_view comment) {
    out_.append("<g id=\"");
    append_escaped(out_, id);
    out_.append("\"><!-- ");
    // "--" may not appear inside an XML comment.
    std::string safe;
    append_escaped(safe, comment);
    for (std::size_t at; (at = safe.find("--")) != std::string::npos;) safe.replace(at, 2, "- -");
    out_.append(safe);
    out_.append(" --></g>\n");
}

std::string Document::finish() {
    out_.append("</svg>\n");
    return std::move(out_);
}

}  // namespace tkext::core::svg
