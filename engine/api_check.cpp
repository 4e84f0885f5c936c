// Compiled without LibTorch's include path (see engine/CMakeLists.txt): every engine header that
// ui/ or app/ includes, and every math/ header, must stay LibTorch-free. Debian puts ATen and c10
// in /usr/include, where a stray include would still resolve, so the check also looks for the
// include guard of c10's macros, which every LibTorch header pulls in.
#include "engine/core/atomic_file.h"
#include "engine/core/dataset_catalog.h"
#include "engine/core/hyperparameters.h"
#include "engine/core/image_batch.h"
#include "engine/core/latent_math.h"
#include "engine/core/metric_row.h"
#include "engine/core/metrics_csv.h"
#include "engine/core/model_copy.h"
#include "engine/core/png_file.h"
#include "engine/core/point_cloud.h"
#include "engine/core/runtime.h"
#include "engine/core/snapshot.h"
#include "engine/core/train_config.h"
#include "engine/core/variant_catalog.h"
#include "engine/core/worker_thread.h"
#include "engine/data/idx_file.h"
#include "engine/explore/latent_explorer.h"
#include "engine/math/assignment.h"
#include "engine/math/divergence_report.h"
#include "engine/math/f_divergence.h"
#include "engine/math/f_divergence_formulas.h"
#include "engine/math/location_sweep.h"
#include "engine/math/mode_coverage.h"
#include "engine/math/optimal_transport.h"
#include "engine/training/benchmark.h"
#include "engine/training/checkpoint.h"
#include "engine/training/trainer.h"

#ifdef C10_MACROS_MACROS_H_
#error "a UI-facing engine header or a math/ header includes LibTorch"
#endif
