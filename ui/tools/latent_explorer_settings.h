#pragma once
// The latent explorer's fixed settings and its slider helpers, shared by the window's two files.
#include <QSlider>

namespace gan::ui {

constexpr int kStripImages = 10;
constexpr int kSliderSteps = 100;        // slider units per 1.0 of a code
constexpr double kCodeLimit = 2.0;       // InfoGAN codes swept over [−2, 2], as in the paper
constexpr double kDirectionLimit = 3.0;  // z sliders move up to 3σ along a direction
constexpr int kDirections = 3;
constexpr int kRefreshMs = 400;  // live weights copied at most ~2.5 times a second
constexpr int kWalkIntervalMs = 40;

// A horizontal slider over [−limit, limit] in kSliderSteps units per 1.0, at 0.
inline QSlider* makeSlider(double limit, QWidget* parent) {
  auto* slider = new QSlider(Qt::Horizontal, parent);
  slider->setRange(int(-limit * kSliderSteps), int(limit * kSliderSteps));
  slider->setValue(0);
  return slider;
}

inline double sliderValue(const QSlider* slider) { return double(slider->value()) / kSliderSteps; }

}  // namespace gan::ui
