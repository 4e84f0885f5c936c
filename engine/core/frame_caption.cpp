#include "engine/core/frame_caption.h"

#include <array>
#include <map>

namespace gan {

namespace {

constexpr int kGlyphWidth = 5, kGlyphHeight = 7, kScale = 2, kMargin = 3;

// Rows top to bottom, bit 4 = leftmost pixel.
const std::map<char, std::array<std::uint8_t, kGlyphHeight>>& glyphs() {
  static const std::map<char, std::array<std::uint8_t, kGlyphHeight>> font = {
      {'0', {0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E}}, {'1', {0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E}},
      {'2', {0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F}}, {'3', {0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E}},
      {'4', {0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02}}, {'5', {0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E}},
      {'6', {0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E}}, {'7', {0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08}},
      {'8', {0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E}}, {'9', {0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C}},
      {'s', {0x00, 0x00, 0x0E, 0x10, 0x0E, 0x01, 0x1E}}, {'t', {0x08, 0x08, 0x1C, 0x08, 0x08, 0x09, 0x06}},
      {'e', {0x00, 0x00, 0x0E, 0x11, 0x1F, 0x10, 0x0E}}, {'p', {0x00, 0x00, 0x1E, 0x11, 0x1E, 0x10, 0x10}},
  };
  return font;
}

void drawGlyph(GrayImage& image, char c, int left, int top) {
  const auto found = glyphs().find(c);
  if (found == glyphs().end()) return;
  for (int row = 0; row < kGlyphHeight; ++row)
    for (int col = 0; col < kGlyphWidth; ++col)
      if (found->second[std::size_t(row)] & (0x10 >> col))
        for (int dy = 0; dy < kScale; ++dy)
          for (int dx = 0; dx < kScale; ++dx) {
            const int x = left + col * kScale + dx, y = top + row * kScale + dy;
            if (x >= 0 && x < image.width && y >= 0 && y < image.height)
              image.pixels[std::size_t(y) * std::size_t(image.width) + std::size_t(x)] = 255;
          }
}

}  // namespace

GrayImage withCaption(const GrayImage& image, const std::string& text) {
  const int strip = kGlyphHeight * kScale + 2 * kMargin;
  GrayImage out;
  out.width = image.width;
  out.height = image.height + strip;
  out.pixels = image.pixels;
  out.pixels.resize(std::size_t(out.width) * std::size_t(out.height), 0);
  const int advance = (kGlyphWidth + 1) * kScale;
  int left = (out.width - int(text.size()) * advance) / 2;
  for (char c : text) {
    drawGlyph(out, c, left, image.height + kMargin);
    left += advance;
  }
  return out;
}

}  // namespace gan
