// The SVG document writer: structure, paint attributes, text, images, escaping.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tkext/core/svg_document.hpp"

using namespace tkext::core::svg;

TEST(SvgDocument, HeaderBackgroundAndEnd) {
    Document doc(-10, 5, 200, 100.5);
    doc.background({255, 0, 128});
    const std::string svg = doc.finish();
    EXPECT_EQ(svg.rfind("<?xml version=\"1.0\"", 0), 0u);
    EXPECT_NE(svg.find("version=\"1.1\" width=\"200\" height=\"100.5\" viewBox=\"-10 5 200 100.5\""),
              std::string::npos);
    EXPECT_NE(svg.find("<rect x=\"-10\" y=\"5\" width=\"200\" height=\"100.5\" fill=\"#ff0080\"/>"),
              std::string::npos);
    EXPECT_EQ(svg.substr(svg.size() - 7), "</svg>\n");
}

TEST(SvgDocument, PathPaint) {
    Document doc(0, 0, 10, 10);
    PathData d;
    d.polyline(std::vector<double>{0, 0, 5, 5}, false);
    Stroke stroke;
    stroke.colour = {1, 2, 3};
    stroke.width = 2.5;
    stroke.dash = {6, 4};
    stroke.dash_offset = 3;
    stroke.cap = Cap::projecting;
    stroke.join = Join::bevel;
    doc.path(d, Paint{Rgb{255, 255, 255}, {}, true, stroke});
    doc.path(d, Paint{});       // neither fill nor stroke: nothing
    doc.path(PathData{}, Paint{Rgb{}, {}, false, std::nullopt});  // no path: nothing
    const std::string svg = doc.finish();
    EXPECT_NE(svg.find("<path d=\"M0 0 5 5\" fill=\"#ffffff\" fill-rule=\"evenodd\" stroke=\"#010203\" "
                       "stroke-width=\"2.5\" stroke-linecap=\"square\" stroke-linejoin=\"bevel\" "
                       "stroke-dasharray=\"6 4\" stroke-dashoffset=\"3\"/>"),
              std::string::npos);
    EXPECT_EQ(svg.find("<path", svg.find("<path") + 1), std::string::npos);
}

TEST(SvgDocument, PolylineIsWrittenLikeAPath) {
    const std::vector<double> xy{0, 0, 1.5, 2, 3, -4};
    Stroke stroke;
    Document direct(0, 0, 10, 10), built(0, 0, 10, 10);
    direct.polyline(xy, true, Paint{std::nullopt, {}, false, stroke});
    PathData d;
    d.polyline(xy, true);
    built.path(d, Paint{std::nullopt, {}, false, stroke});
    const std::string text = direct.finish();
    EXPECT_EQ(text, built.finish());
    EXPECT_NE(text.find("<path d=\"M0 0 1.5 2 3 -4 Z\" fill=\"none\""), std::string::npos);
}

TEST(SvgDocument, TextLinesJustifiedAndRotated) {
    Document doc(0, 0, 100, 100);
    TextBlock block;
    block.lines = {"one", "two & <three>"};
    block.x = 50;
    block.y = 40;
    block.anchor = Anchor::center;
    block.justify = Justify::right;
    block.width = 30;
    block.line_height = 10;
    block.ascent = 8;
    block.angle = 90;
    block.font = {"Nimbus Sans", 12, true, true, true, true};
    doc.text(block);
    const std::string svg = doc.finish();
    EXPECT_NE(svg.find("font-family=\"Nimbus Sans\" font-size=\"12\" font-weight=\"bold\" font-style=\"italic\" "
                       "text-anchor=\"end\""),
              std::string::npos);
    EXPECT_NE(svg.find("transform=\"rotate(-90 50 40)\""), std::string::npos);
    // Box 30 x 20 centred on (50, 40): top 30, right edge 65; baselines 38 and 48.
    EXPECT_NE(svg.find("<tspan x=\"65\" y=\"38\" text-decoration=\"underline line-through\">one</tspan>"
                       "<tspan x=\"65\" y=\"48\" text-decoration=\"underline line-through\">two &amp; &lt;three&gt;</tspan>"),
              std::string::npos);
}

TEST(SvgDocument, UnderlinedCharacter) {
    Document doc(0, 0, 100, 100);
    TextBlock block;
    block.lines = {"a<c", "def"};
    block.underline_line = 0;
    block.underline_begin = 1;
    block.underline_end = 2;
    doc.text(block);
    EXPECT_NE(doc.finish().find(">a<tspan text-decoration=\"underline\">&lt;</tspan>c</tspan>"), std::string::npos);
}

TEST(SvgDocument, ImageAndPlaceholder) {
    Document doc(0, 0, 10, 10);
    const unsigned char png[] = {0x89, 'P', 'N', 'G'};
    doc.png_image(1, 2, 3, 4, png);
    doc.placeholder("window 3", "a -- b");
    const std::string svg = doc.finish();
    EXPECT_NE(svg.find("<image x=\"1\" y=\"2\" width=\"3\" height=\"4\" preserveAspectRatio=\"none\" "
                       "xlink:href=\"data:image/png;base64,iVBORw==\"/>"),
              std::string::npos);
    EXPECT_NE(svg.find("<g id=\"window 3\"><!-- a - - b --></g>"), std::string::npos);
}

TEST(SvgBase64, Rfc4648Vectors) {
    auto encode = [](std::string text) {
        std::string out;
        append_base64(out, {reinterpret_cast<const unsigned char*>(text.data()), text.size()});
        return out;
    };
    EXPECT_EQ(encode(""), "");
    EXPECT_EQ(encode("f"), "Zg==");
    EXPECT_EQ(encode("fo"), "Zm8=");
    EXPECT_EQ(encode("foo"), "Zm9v");
    EXPECT_EQ(encode("foob"), "Zm9vYg==");
    EXPECT_EQ(encode("fooba"), "Zm9vYmE=");
    EXPECT_EQ(encode("foobar"), "Zm9vYmFy");
}

TEST(SvgEscape, MarkupAndForbiddenCharacters) {
    std::string out;
    append_escaped(out, std::string("a<b>&\"c\x01\td\n", 11));
    EXPECT_EQ(out, "a&lt;b&gt;&amp;&quot;c\td\n");
    EXPECT_EQ(hex_colour({0, 15, 255}), "#000fff");
}
