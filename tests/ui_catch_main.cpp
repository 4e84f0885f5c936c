#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

#include "runtime.h"

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
  QApplication app(argc, argv);
  QApplication::setOrganizationName("GAN Studio tests");
  QStandardPaths::setTestModeEnabled(true);  // never touch the user's real settings
  gan::configureRuntime();
  return Catch::Session().run(argc, argv);
}
