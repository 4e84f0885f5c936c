#pragma once
// The engine's catalog strings (variant names and explanations, hyperparameter labels and help,
// metric and plot names), translated for display. The engine has no Qt; its strings are listed for
// lupdate by gan-studio-engine-strings in the "Engine" context.
#include <QCoreApplication>
#include <QString>

#include <string>

namespace gan::ui {

inline QString engineText(const std::string& text) {
  return text.empty() ? QString() : QCoreApplication::translate("Engine", text.c_str());
}

}  // namespace gan::ui
