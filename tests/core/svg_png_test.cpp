// The PNG writer for bitmap pixels: signature, chunk layout and checksums.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "tkext/core/svg_png.hpp"

using namespace tkext::core::svg;

namespace {
std::uint32_t read32(const std::vector<unsigned char>& b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) | b[at + 3];
}
}  // namespace

TEST(SvgPng, HeaderAndChunks) {
    const std::vector<std::uint8_t> pixels(3 * 2 * 4, 200);
    const auto png = encode_png_rgba(3, 2, pixels);
    ASSERT_GT(png.size(), 8u);
    EXPECT_EQ(std::vector<unsigned char>(png.begin(), png.begin() + 8),
              (std::vector<unsigned char>{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
    EXPECT_EQ(read32(png, 8), 13u);                                  // IHDR length
    EXPECT_EQ(std::string(png.begin() + 12, png.begin() + 16), "IHDR");
    EXPECT_EQ(read32(png, 16), 3u);                                  // width
    EXPECT_EQ(read32(png, 20), 2u);                                  // height
    EXPECT_EQ(png[24], 8);                                           // bit depth
    EXPECT_EQ(png[25], 6);                                           // RGBA
    // IDAT holds the zlib stream: 2 header bytes, one stored block (5 bytes
    // of header, 2 rows of 1 + 12 bytes), 4 bytes of Adler-32.
    EXPECT_EQ(std::string(png.begin() + 37, png.begin() + 41), "IDAT");
    EXPECT_EQ(read32(png, 33), 2u + 5u + 26u + 4u);
    // The file ends with the fixed IEND chunk.
    EXPECT_EQ(std::vector<unsigned char>(png.end() - 12, png.end()),
              (std::vector<unsigned char>{0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82}));
}

TEST(SvgPng, SizesMustMatchThePixels) {
    EXPECT_TRUE(encode_png_rgba(2, 2, std::vector<std::uint8_t>(15)).empty());
    EXPECT_TRUE(encode_png_rgba(0, 2, {}).empty());
}

TEST(SvgPng, LargeImagesSplitIntoStoredBlocks) {
    // 200 x 100 RGBA is 80100 bytes of rows: two stored blocks.
    const auto png = encode_png_rgba(200, 100, std::vector<std::uint8_t>(200 * 100 * 4, 7));
    EXPECT_EQ(read32(png, 33), 2u + 5u + 65535u + 5u + (80100u - 65535u) + 4u);
}
