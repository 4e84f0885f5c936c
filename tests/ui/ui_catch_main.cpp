#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

#include "engine/core/runtime.h"

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
  QApplication app(argc, argv);
  QApplication::setOrganizationName("GAN Studio tests");
  QStandardPaths::setTestModeEnabled(true);
  // Own organisation name, so the user's real settings are never touched; cleared so every run
  // starts from the defaults.
  QSettings().clear();
  gan::configureRuntime();
  return Catch::Session().run(argc, argv);
}
