#include "engine/core/animation_export.h"

#include <gif_lib.h>
#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "engine/core/atomic_file.h"
#include "engine/core/frame_caption.h"
#include "engine/core/grid_log.h"
#include "engine/core/png_file.h"
#include "engine/core/run_log.h"

namespace gan {

namespace {

constexpr int kGridColumns = 8;

void requireOptions(const AnimationOptions& options) {
  if (!(options.fps >= 0.5 && options.fps <= 50))
    throw std::invalid_argument("--fps must be from 0.5 to 50, got " + std::to_string(options.fps));
  if (options.from > options.to)
    throw std::invalid_argument("--from " + std::to_string(options.from) + " is after --to " +
                                std::to_string(options.to));
  if (options.maxFrames < 1) throw std::invalid_argument("at least one frame is needed");
}

void gifCheck(int status, GifFileType* gif, const std::string& path) {
  if (status == GIF_OK) return;
  const char* why = GifErrorString(gif ? gif->Error : 0);
  throw std::runtime_error(path + ": cannot write the GIF: " + (why ? why : "unknown giflib error"));
}

// The Netscape extension that makes browsers and viewers loop the animation.
void putLoopForever(GifFileType* gif, const std::string& path) {
  static const unsigned char application[] = "NETSCAPE2.0";
  static const unsigned char loop[] = {1, 0, 0};
  gifCheck(EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE), gif, path);
  gifCheck(EGifPutExtensionBlock(gif, 11, application), gif, path);
  gifCheck(EGifPutExtensionBlock(gif, 3, loop), gif, path);
  gifCheck(EGifPutExtensionTrailer(gif), gif, path);
}

void putFrame(GifFileType* gif, const GrayImage& frame, int delayCentiseconds, const std::string& path) {
  GraphicsControlBlock control{};
  control.DisposalMode = DISPOSE_DO_NOT;
  control.DelayTime = delayCentiseconds;
  control.TransparentColor = NO_TRANSPARENT_COLOR;
  GifByteType extension[4];
  EGifGCBToExtension(&control, extension);
  gifCheck(EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, extension), gif, path);
  gifCheck(EGifPutImageDesc(gif, 0, 0, frame.width, frame.height, false, nullptr), gif, path);
  for (int y = 0; y < frame.height; ++y)
    gifCheck(
        EGifPutLine(gif, const_cast<GifPixelType*>(frame.pixels.data()) + std::size_t(y) * std::size_t(frame.width),
                    frame.width),
        gif, path);
}

void writeGif(const std::string& path, const std::vector<GrayImage>& frames, double fps) {
  int error = 0;
  GifFileType* gif = EGifOpenFileName(path.c_str(), false, &error);
  if (!gif) throw std::runtime_error(path + ": cannot create: " + GifErrorString(error));
  ColorMapObject* gray = GifMakeMapObject(256, nullptr);
  for (int i = 0; i < 256; ++i) gray->Colors[i] = {GifByteType(i), GifByteType(i), GifByteType(i)};
  try {
    EGifSetGifVersion(gif, true);
    gifCheck(EGifPutScreenDesc(gif, frames[0].width, frames[0].height, 8, 0, gray), gif, path);
    putLoopForever(gif, path);
    const int delay = std::max(1, int(std::lround(100.0 / fps)));
    for (const auto& frame : frames) putFrame(gif, frame, delay, path);
  } catch (...) {
    GifFreeMapObject(gray);
    EGifCloseFile(gif, &error);
    throw;
  }
  GifFreeMapObject(gray);
  if (EGifCloseFile(gif, &error) != GIF_OK)
    throw std::runtime_error(path + ": cannot finish: " + GifErrorString(error));
}

}  // namespace

std::vector<GrayImage> animationFrames(const std::string& runFolder, const AnimationOptions& options) {
  requireOptions(options);
  GridLog log((std::filesystem::path(runFolder) / kGridLogName).string());
  std::vector<GridLog::Entry> chosen;
  for (const auto& entry : log.samples())
    if (entry.step >= options.from && entry.step <= options.to) chosen.push_back(entry);
  if (chosen.empty())
    throw std::invalid_argument(runFolder + ": no sample grid recorded from step " + std::to_string(options.from) +
                                " to " + std::to_string(options.to));
  std::vector<GrayImage> frames;
  const std::size_t count = std::min<std::size_t>(chosen.size(), std::size_t(options.maxFrames));
  for (std::size_t k = 0; k < count; ++k) {
    // Evenly thinned, always keeping the first and the last grid.
    const auto index = count == 1 ? chosen.size() - 1 : k * (chosen.size() - 1) / (count - 1);
    const auto grid = log.readSamples(chosen[index]);
    auto tiled = tileImages(grid.images, std::min(grid.images.count, kGridColumns));
    frames.push_back(withCaption(tiled, "step " + std::to_string(grid.step)));
    if (frames.back().width != frames.front().width || frames.back().height != frames.front().height)
      throw std::runtime_error(runFolder + ": the grid of step " + std::to_string(grid.step) + " has another size");
  }
  return frames;
}

int exportGif(const std::string& runFolder, const std::string& gifPath, const AnimationOptions& options) {
  const auto frames = animationFrames(runFolder, options);
  writeAtomically(gifPath, [&](const std::string& temp) {
    writeGif(temp, frames, options.fps);
    ::chmod(temp.c_str(), 0644);  // giflib creates it readable by its owner only
  });
  return int(frames.size());
}

int exportPngSequence(const std::string& runFolder, const std::string& outFolder, const AnimationOptions& options) {
  std::error_code error;
  if (std::filesystem::exists(outFolder, error) && !std::filesystem::is_empty(outFolder, error))
    throw std::invalid_argument(outFolder + ": exists and is not empty; choose a new folder for the frames");
  const auto frames = animationFrames(runFolder, options);
  writeFolderAtomically(outFolder, [&](const std::string& staging) {
    for (std::size_t k = 0; k < frames.size(); ++k) {
      char name[32];
      std::snprintf(name, sizeof name, "frame-%05zu.png", k);
      writePng((std::filesystem::path(staging) / name).string(), frames[k]);
    }
  });
  return int(frames.size());
}

}  // namespace gan
