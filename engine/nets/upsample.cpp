#include "engine/nets/upsample.h"

#include <atomic>

namespace gan {

namespace {
constexpr std::int64_t kKernel = 4, kStride = 2, kPadding = 1;
constexpr std::int64_t kNarrowestOneDnnOutput = 8;  // measured: one output channel is faster on LibTorch's path
std::atomic<bool> g_oneDnn{true};

torch::nn::ConvTranspose2dOptions layerOptions(std::int64_t inputs, std::int64_t outputs) {
  return torch::nn::ConvTranspose2dOptions(inputs, outputs, kKernel).stride(kStride).padding(kPadding);
}

// The gradient of conv2d(·, weight) with respect to its input, for an output `gradient`: the
// transposed convolution of `gradient`. `outputShape` is the transposed convolution's output.
torch::Tensor convolutionInputGradient(const torch::Tensor& gradient, const torch::Tensor& weight,
                                       torch::IntArrayRef outputShape) {
  const auto shapeOnly = torch::zeros({1}, gradient.options()).expand(outputShape);  // read for its shape
  return std::get<0>(at::convolution_backward(gradient, shapeOnly, weight, c10::nullopt, {kStride, kStride},
                                              {kPadding, kPadding}, {1, 1}, false, {0, 0}, 1, {true, false, false}));
}

struct UpsampleFunction : torch::autograd::Function<UpsampleFunction> {
  static torch::Tensor forward(torch::autograd::AutogradContext* context, const torch::Tensor& input,
                               const torch::Tensor& weight, const torch::Tensor& bias) {
    context->save_for_backward({input, weight});
    const std::int64_t side = (input.size(2) - 1) * kStride - 2 * kPadding + kKernel;
    const auto output =
        convolutionInputGradient(input.contiguous(), weight, {input.size(0), weight.size(1), side, side});
    return output + bias.view({1, -1, 1, 1});
  }

  static torch::autograd::tensor_list backward(torch::autograd::AutogradContext* context,
                                               torch::autograd::tensor_list gradients) {
    const auto saved = context->get_saved_variables();
    const auto &input = saved[0], &weight = saved[1];
    const auto gradient = gradients[0].contiguous();
    // <upsample(x, W), g> = <x, conv2d(g, W)>: the input gradient is a convolution of g, and the
    // weight gradient is conv2d's weight gradient with g as its input and x as its output gradient.
    const auto inputGradient = torch::conv2d(gradient, weight, {}, kStride, kPadding);
    const auto weightGradient = std::get<1>(at::convolution_backward(
        input.contiguous(), gradient, weight, c10::nullopt, {kStride, kStride}, {kPadding, kPadding}, {1, 1}, false,
        {0, 0}, 1, {false, true, false}));
    return {inputGradient, weightGradient, gradient.sum({0, 2, 3})};
  }
};
}  // namespace

void setUpsampleUsesOneDnn(bool on) { g_oneDnn = on; }
bool upsampleUsesOneDnn() { return g_oneDnn.load(); }

UpsampleImpl::UpsampleImpl(std::int64_t inputs, std::int64_t outputs) : m_inputs(inputs), m_outputs(outputs) {
  reset();
}

// ConvTranspose2d's own initialisation, draw for draw: a layer built here takes its tensors.
void UpsampleImpl::reset() {
  torch::nn::ConvTranspose2d layer(layerOptions(m_inputs, m_outputs));
  weight = register_parameter("weight", layer->weight.detach().clone());
  bias = register_parameter("bias", layer->bias.detach().clone());
}

torch::Tensor UpsampleImpl::forward(const torch::Tensor& input) {
  const bool oneDnn = g_oneDnn.load() && at::hasMKLDNN() && m_outputs >= kNarrowestOneDnnOutput &&
                      input.dim() == 4 && input.device().is_cpu() && input.scalar_type() == torch::kFloat32;
  if (!oneDnn) return torch::conv_transpose2d(input, weight, bias, kStride, kPadding);
  return UpsampleFunction::apply(input, weight, bias);
}

}  // namespace gan
