#pragma once
// A form built from the variant's HyperparameterSpecs. Each field is checked when the user
// leaves it or presses Enter: a bad value is refused with a visible message and the last good
// value stays in force.
#include <QLabel>
#include <QLineEdit>
#include <QWidget>
#include <map>

#include "engine/core/variant_catalog.h"

class QFormLayout;

namespace gan::ui {

class HyperparameterPanel : public QWidget {
  Q_OBJECT

 public:
  explicit HyperparameterPanel(QWidget* parent = nullptr);

  // Toy-only settings (MLP shape) get fields only when `toy`; their values are kept either way.
  void setVariant(const VariantInfo& variant, const Hyperparameters& values, bool toy);
  const Hyperparameters& values() const { return m_values; }
  // What a user typing `text` into `key` and pressing Enter does; returns whether it was accepted.
  bool submit(const QString& key, const QString& text);
  QString errorText() const { return m_error->text(); }
  QLineEdit* field(const QString& key) const;

 Q_SIGNALS:
  void valueAccepted(const QString& key, double value, bool liveEditable);

 private:
  void clearForm();

  QFormLayout* m_form;
  QLabel* m_error;
  std::vector<HyperparameterSpec> m_specs;
  std::map<QString, QLineEdit*> m_fields;
  Hyperparameters m_values;
};

}  // namespace gan::ui
