#include "ui/widgets/hyperparameter_panel.h"
#include "ui/engine_text.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace gan::ui {

namespace {
QString formatValue(double value) { return QString::number(value, 'g', 6); }
}  // namespace

HyperparameterPanel::HyperparameterPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  m_form = new QFormLayout;
  // A long label ("Optimizer (0 variant's, 1 Adam, …)") puts its field on the next line instead of
  // squeezing the value out of sight.
  m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  layout->addLayout(m_form);
  m_error = new QLabel(this);
  m_error->setObjectName("hyperparameterError");
  m_error->setWordWrap(true);
  m_error->setStyleSheet("color: #b00020;");
  m_error->hide();
  layout->addWidget(m_error);
}

void HyperparameterPanel::clearForm() {
  while (m_form->rowCount() > 0) m_form->removeRow(0);
  m_fields.clear();
}

void HyperparameterPanel::setVariant(const VariantInfo& variant, const Hyperparameters& values, bool toy) {
  clearForm();
  m_specs = variant.hyperparameters;
  m_values.clear();
  m_error->hide();
  for (const auto& spec : m_specs) {
    const QString key = QString::fromStdString(spec.key);
    auto it = values.find(spec.key);
    const double value = it != values.end() && !checkHyperparameter(spec, it->second) ? it->second : spec.defaultValue;
    m_values[spec.key] = value;
    if (spec.onlyWith == "toy" && !toy) continue;
    auto* edit = new QLineEdit(formatValue(value), this);
    edit->setObjectName("hyperparameter:" + key);
    edit->setToolTip(
        engineText(spec.help) + tr("\nRange %1 … %2").arg(spec.minimum).arg(spec.maximum) +
        (spec.liveEditable ? tr("\nApplies at once, even while training") : tr("\nApplies when the run is reset")));
    connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] { submit(key, edit->text()); });
    QString label = engineText(spec.label);
    if (!spec.liveEditable) label += " ⟲";
    edit->setMinimumWidth(72);
    m_form->addRow(label, edit);
    m_fields[key] = edit;
  }
}

QLineEdit* HyperparameterPanel::field(const QString& key) const {
  auto it = m_fields.find(key);
  return it == m_fields.end() ? nullptr : it->second;
}

bool HyperparameterPanel::submit(const QString& key, const QString& text) {
  const auto* spec = findSpec(m_specs, key.toStdString());
  auto* edit = field(key);
  if (!spec || !edit) return false;
  std::string error;
  const auto value = parseHyperparameter(*spec, text.trimmed().toStdString(), error);
  if (!value) {
    m_error->setText(tr("Refused: %1. Kept %2.").arg(QString::fromStdString(error), formatValue(m_values[spec->key])));
    m_error->show();
    edit->setStyleSheet("border: 1px solid #b00020;");
    return false;
  }
  m_error->hide();
  edit->setStyleSheet(QString());
  const bool changed = m_values[spec->key] != *value;
  m_values[spec->key] = *value;
  edit->setText(formatValue(*value));
  if (changed) Q_EMIT valueAccepted(key, *value, spec->liveEditable);
  return true;
}

}  // namespace gan::ui
