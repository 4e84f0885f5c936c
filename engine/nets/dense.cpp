#include "engine/nets/dense.h"

#include <atomic>
#include <cmath>

namespace gan {

namespace {
std::atomic<bool> g_oneDnn{true};

bool oneDnnFits(const torch::Tensor& input) {
  return g_oneDnn.load() && at::hasMKLDNN() && input.dim() == 2 && input.size(0) > 1 && input.device().is_cpu() &&
         input.scalar_type() == torch::kFloat32;
}
}  // namespace

void setDenseUsesOneDnn(bool on) { g_oneDnn = on; }
bool denseUsesOneDnn() { return g_oneDnn.load(); }

DenseImpl::DenseImpl(std::int64_t inputs, std::int64_t outputs) : m_inputs(inputs), m_outputs(outputs) { reset(); }

// torch::nn::LinearImpl::reset and reset_parameters, draw for draw.
void DenseImpl::reset() {
  weight = register_parameter("weight", torch::empty({m_outputs, m_inputs}));
  bias = register_parameter("bias", torch::empty(m_outputs));
  torch::nn::init::kaiming_uniform_(weight, std::sqrt(5.0));
  const double bound = 1 / std::sqrt(double(m_inputs));
  torch::nn::init::uniform_(bias, -bound, bound);
}

torch::Tensor DenseImpl::forward(const torch::Tensor& input) {
  if (!oneDnnFits(input)) return torch::linear(input, weight, bias);
  return torch::mkldnn_linear(input.contiguous().to_mkldnn(), weight, bias).to_dense();
}

}  // namespace gan
