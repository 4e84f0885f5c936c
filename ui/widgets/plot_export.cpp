#include "ui/widgets/plot_export.h"

#include <qcustomplot.h>
#include <QImage>
#include <QSvgGenerator>

#include <stdexcept>

#include "engine/core/atomic_file.h"

namespace gan::ui {

namespace {

void paintStacked(QCPPainter& painter, const std::vector<QCustomPlot*>& plots, int width) {
  int top = 0;
  for (auto* plot : plots) {
    painter.save();
    painter.translate(0, top);
    plot->toPainter(&painter, width, plot->height());
    painter.restore();
    top += plot->height();
  }
}

}  // namespace

void exportPlots(const std::vector<QCustomPlot*>& plots, const QString& path) {
  if (plots.empty()) throw std::runtime_error(path.toStdString() + ": there are no plots to export");
  int width = 0, height = 0;
  for (auto* plot : plots) {
    width = std::max(width, plot->width());
    height += plot->height();
  }
  writeAtomically(path.toStdString(), [&](const std::string& temp) {
    const QString file = QString::fromStdString(temp);
    if (path.endsWith(".svg", Qt::CaseInsensitive)) {
      QSvgGenerator svg;
      svg.setFileName(file);
      svg.setSize({width, height});
      svg.setViewBox(QRect(0, 0, width, height));
      svg.setTitle(QObject::tr("GAN Studio plots"));
      QCPPainter painter(&svg);
      paintStacked(painter, plots, width);
      if (!painter.end()) throw std::runtime_error(path.toStdString() + ": cannot write the SVG");
      return;
    }
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
      QCPPainter painter(&image);
      paintStacked(painter, plots, width);
    }
    if (!image.save(file, "PNG")) throw std::runtime_error(path.toStdString() + ": cannot write the PNG");
  });
}

}  // namespace gan::ui
