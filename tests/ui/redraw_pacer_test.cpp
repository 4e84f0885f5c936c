#include <catch2/catch.hpp>

#include <qcustomplot.h>

#include <QSignalSpy>
#include <QTest>

#include "ui/widgets/redraw_pacer.h"

using gan::ui::RedrawPacer;

TEST_CASE("The redraw pacer redraws each asked plot once, one plot per turn, and forgets deleted plots",
          "[gui][pacer]") {
  auto& pacer = RedrawPacer::instance();
  while (pacer.redrawNext()) {}  // what earlier tests left
  QCustomPlot a, b;
  auto* deleted = new QCustomPlot;
  QCoreApplication::processEvents();  // a new plot queues its own first redraw
  QSignalSpy aDrawn(&a, &QCustomPlot::afterReplot), bDrawn(&b, &QCustomPlot::afterReplot);
  for (int i = 0; i < 3; ++i) {  // asked often, as every drain asks
    pacer.request(&a);
    pacer.request(&b);
    pacer.request(deleted);
  }
  delete deleted;
  REQUIRE(pacer.waiting() == 3);

  REQUIRE(pacer.redrawNext());  // one plot per turn, the longest-waiting first
  CHECK(aDrawn.count() == 1);
  CHECK(bDrawn.count() == 0);
  REQUIRE(pacer.redrawNext());
  CHECK(bDrawn.count() == 1);
  CHECK(pacer.waiting() == 0);  // each once, and the deleted plot is gone

  // Asked again at once, a plot waits its minimum gap (100 ms) instead of redrawing again now;
  // the pacer's own timer redraws it when the gap has passed.
  pacer.request(&a);
  CHECK_FALSE(pacer.redrawNext());
  CHECK(aDrawn.count() == 1);
  REQUIRE(QTest::qWaitFor([&] { return pacer.waiting() == 0; }, 5000));  // a guard; ~100 ms
  CHECK(aDrawn.count() == 2);
  CHECK(bDrawn.count() == 1);
}
