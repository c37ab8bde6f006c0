// svg_png.hpp — a small PNG writer for the pixels an SVG export embeds.
//
// Tk gives a photo image's PNG itself (`img data -format png`); a bitmap
// item's pixels come as bits, which this turns into a PNG file: RGBA, 8 bits
// a channel, the image data in stored (uncompressed) deflate blocks, so no
// compression library is needed.  Bitmaps are small; size is not a concern.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace tkext::core::svg {

// A PNG file of width x height pixels given row by row, top to bottom, four
// bytes (r g b a) a pixel.  Empty when the sizes do not match the pixels.
std::vector<unsigned char> encode_png_rgba(std::uint32_t width, std::uint32_t height,
                                           std::span<const std::uint8_t> rgba);

}  // namespace tkext::core::svg
