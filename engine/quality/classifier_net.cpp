#include "engine/quality/classifier_net.h"

namespace gan {

ClassifierNetImpl::ClassifierNetImpl() {
  using namespace torch::nn;
  m_trunk = register_module("trunk",
                            Sequential(Conv2d(Conv2dOptions(1, 32, 5).padding(2)), ReLU(), MaxPool2d(2),
                                       Conv2d(Conv2dOptions(32, 48, 5).padding(2)), ReLU(), MaxPool2d(2), Flatten()));
  m_features = register_module("features", Linear(48 * 7 * 7, 128));
  m_logits = register_module("logits", Linear(128, 10));
}

torch::Tensor ClassifierNetImpl::features(const torch::Tensor& images) { return m_features(m_trunk->forward(images)); }

torch::Tensor ClassifierNetImpl::forward(const torch::Tensor& images) {
  return m_logits(torch::relu(features(images)));
}

}  // namespace gan
