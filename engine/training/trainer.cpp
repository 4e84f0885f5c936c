#include "engine/training/trainer.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "engine/core/runtime.h"
#include "engine/data/dataset.h"
#include "engine/training/training_session.h"

namespace gan {

namespace {
// Commands collected between two steps. Values overwrite each other (latest wins); saves queue
// because every save the user asked for must happen.
struct Mailbox {
  bool running = false;
  std::int64_t stepsRequested = 0;
  StepPart nextPart = StepPart::Full;  // applies to the next requested step only
  std::chrono::milliseconds stepDelay{0};
  bool quit = false;
  std::optional<TrainConfig> resetTo;
  std::optional<std::string> loadFrom;
  std::map<std::string, double> hyperparameters;
  std::vector<std::string> saves;
  bool modelWanted = false;

  bool hasOneShotWork() const {
    return resetTo || loadFrom || !hyperparameters.empty() || !saves.empty() || modelWanted;
  }
  bool wantsStep() const { return running || stepsRequested > 0; }
};

std::string shortNumber(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

Snapshot eventSnapshot(TrainerEvent::Kind kind, std::int64_t step, std::string message,
                       TrainerState state = TrainerState::Ready) {
  Snapshot snapshot;
  snapshot.kind = Snapshot::Kind::Event;
  snapshot.event = {kind, state, step, std::move(message)};
  return snapshot;
}
}  // namespace

struct Trainer::Impl {
  mutable std::mutex mutex;
  std::condition_variable wake;      // worker waits here for commands
  std::condition_variable produced;  // waitNext() waits here for snapshots
  Mailbox mailbox;
  std::deque<Snapshot> outbox;
  TrainerState state = TrainerState::Loading;
  std::int64_t steps = 0;
  TrainConfig config;
  std::thread thread;

  // Worker-only state: touched by the worker thread alone, so no lock.
  std::unique_ptr<TrainingSession> session;
  std::shared_ptr<const Dataset> data;
  std::string dataKey;  // which dataset `data` holds
  double stepSecondsAverage = 0;
  std::int64_t lastGridStep = -1;
  std::chrono::steady_clock::time_point lastViewTime;
  static constexpr auto kToyViewInterval = std::chrono::milliseconds(30);

  void publish(Snapshot snapshot) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      // A sample grid nobody has drained yet is stale: keep only the newest (latest wins).
      if (snapshot.kind == Snapshot::Kind::Samples || snapshot.kind == Snapshot::Kind::Toy ||
          snapshot.kind == Snapshot::Kind::Model)
        for (auto it = outbox.begin(); it != outbox.end(); ++it)
          if (it->kind == snapshot.kind) {
            outbox.erase(it);
            break;
          }
      outbox.push_back(std::move(snapshot));
    }
    produced.notify_all();
  }

  void setState(TrainerState next) {
    std::int64_t step = 0;
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (state == next) return;
      state = next;
      step = steps;
    }
    publish(eventSnapshot(TrainerEvent::Kind::StateChanged, step, stateName(next), next));
  }

  TrainerState idleState() const {
    return session && session->stepsDone() > 0 ? TrainerState::Paused : TrainerState::Ready;
  }

  void buildSession(const TrainConfig& next) {
    // The drawn points are part of the key, so a new drawing gives new data.
    std::string key =
        next.dataset + "|" + next.dataDir + "|" + (next.dataset == "mnist" ? "" : std::to_string(next.seed));
    for (float coordinate : next.drawnPoints) key += "," + std::to_string(coordinate);
    if (auto it = next.hyperparameters.find("toy_points"); it != next.hyperparameters.end())
      key += "|" + std::to_string(it->second);
    if (!data || dataKey != key) {
      setState(TrainerState::Loading);
      data = loadDataset(next);
      dataKey = key;
    }
    session = std::make_unique<TrainingSession>(next, data);
    stepSecondsAverage = 0;
    std::lock_guard<std::mutex> lock(mutex);
    config = session->config();
    steps = 0;
  }

  void fail(const std::string& message) {
    session.reset();
    {
      std::lock_guard<std::mutex> lock(mutex);
      mailbox.running = false;
      mailbox.stepsRequested = 0;
    }
    publish(eventSnapshot(TrainerEvent::Kind::Error, 0, message));
    setState(TrainerState::Failed);
  }

  void applyOneShot(Mailbox& work) {
    if (work.resetTo) {
      try {
        buildSession(*work.resetTo);
        publish(eventSnapshot(TrainerEvent::Kind::Reset, 0, session->config().variant));
        publish(samplesSnapshot());
      } catch (const std::exception& e) {
        fail(e.what());
        return;
      }
    }
    if (!session) {
      if (work.loadFrom || !work.saves.empty() || !work.hyperparameters.empty())
        publish(eventSnapshot(TrainerEvent::Kind::Error, 0, "no run is loaded (see the error above)"));
      return;
    }
    if (work.loadFrom) {
      try {
        session->load(*work.loadFrom);
        {
          std::lock_guard<std::mutex> lock(mutex);
          config = session->config();
          steps = session->stepsDone();
        }
        publish(eventSnapshot(TrainerEvent::Kind::CheckpointLoaded, session->stepsDone(), *work.loadFrom));
        publish(samplesSnapshot());
      } catch (const std::exception& e) {
        publish(eventSnapshot(TrainerEvent::Kind::Error, session->stepsDone(), e.what()));
      }
    }
    for (const auto& [key, value] : work.hyperparameters) {
      try {
        session->setHyperparameter(key, value);
        {
          std::lock_guard<std::mutex> lock(mutex);
          config = session->config();
        }
        publish(eventSnapshot(TrainerEvent::Kind::HyperparameterChanged, session->stepsDone(),
                              key + "=" + shortNumber(value)));
      } catch (const std::exception& e) {
        publish(eventSnapshot(TrainerEvent::Kind::Error, session->stepsDone(), e.what()));
      }
    }
    for (const auto& path : work.saves) {
      try {
        session->save(path);
        publish(eventSnapshot(TrainerEvent::Kind::CheckpointSaved, session->stepsDone(), path));
      } catch (const std::exception& e) {
        publish(eventSnapshot(TrainerEvent::Kind::Error, session->stepsDone(), e.what()));
      }
    }
    if (work.modelWanted) publishModel();
  }

  void publishModel() {
    Snapshot snapshot;
    snapshot.kind = Snapshot::Kind::Model;
    snapshot.model = std::make_shared<const ModelSnapshot>(session->modelSnapshot());
    publish(std::move(snapshot));
  }

  Snapshot samplesSnapshot() {
    Snapshot snapshot;
    snapshot.kind = Snapshot::Kind::Samples;
    snapshot.samples = {session->stepsDone(), session->fixedSamples(), session->panels()};
    lastGridStep = session->stepsDone();
    if (session->isToy()) {
      Snapshot toy;
      toy.kind = Snapshot::Kind::Toy;
      toy.toy = session->toyView();
      publish(std::move(toy));
    }
    return snapshot;
  }

  void trainOneStep(StepPart part) {
    const auto started = std::chrono::steady_clock::now();
    std::vector<double> values;
    try {
      values = session->step(part);
    } catch (const NonFiniteLoss& e) {
      {
        std::lock_guard<std::mutex> lock(mutex);
        mailbox.running = false;
        mailbox.stepsRequested = 0;
      }
      publish(eventSnapshot(TrainerEvent::Kind::Diverged, session->stepsDone(),
                            std::string(e.what()) + " at step " + std::to_string(session->stepsDone() + 1) +
                                "; training paused, the model is kept as of step " +
                                std::to_string(session->stepsDone())));
      return;
    } catch (const std::exception& e) {
      // Any other failure inside a step (a LibTorch error, out of memory) pauses the run too;
      // the thread and everything the user has must survive it.
      {
        std::lock_guard<std::mutex> lock(mutex);
        mailbox.running = false;
        mailbox.stepsRequested = 0;
      }
      const std::string what = e.what();
      publish(eventSnapshot(TrainerEvent::Kind::Error, session->stepsDone(),
                            "training step " + std::to_string(session->stepsDone() + 1) +
                                " failed: " + what.substr(0, what.find('\n')) + "; training paused"));
      return;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    stepSecondsAverage = stepSecondsAverage == 0 ? seconds : 0.9 * stepSecondsAverage + 0.1 * seconds;
    {
      std::lock_guard<std::mutex> lock(mutex);
      steps = session->stepsDone();
    }
    Snapshot row;
    row.kind = Snapshot::Kind::Metrics;
    row.metrics = {session->stepsDone(), session->epoch(), 1.0 / stepSecondsAverage, std::move(values),
                   session->phase()};
    publish(std::move(row));
    // Toy steps take a few milliseconds, so there the canvas is fed by the clock (≥ 25 views/s);
    // MNIST steps are slow, so there every Nth step is the natural beat.
    const auto now = std::chrono::steady_clock::now();
    const bool due = session->isToy() ? now - lastViewTime >= kToyViewInterval
                                      : session->stepsDone() % session->config().sampleEverySteps == 0;
    if (due) {
      lastViewTime = now;
      publish(samplesSnapshot());
    }
  }

  void run(TrainConfig initial) {
    lowerCurrentThreadPriority();
    {
      Mailbox first;
      first.resetTo = std::move(initial);
      applyOneShot(first);
      if (session) setState(TrainerState::Ready);
    }
    for (;;) {
      Mailbox work;
      bool doStep = false;
      StepPart part = StepPart::Full;
      {
        std::unique_lock<std::mutex> lock(mutex);
        wake.wait(lock, [&] { return mailbox.quit || mailbox.hasOneShotWork() || (session && mailbox.wantsStep()); });
        if (mailbox.quit) break;
        work.resetTo = std::exchange(mailbox.resetTo, std::nullopt);
        work.loadFrom = std::exchange(mailbox.loadFrom, std::nullopt);
        work.hyperparameters.swap(mailbox.hyperparameters);
        work.saves.swap(mailbox.saves);
        work.modelWanted = std::exchange(mailbox.modelWanted, false);
        // A reset cancels steps asked for the old run.
        if (work.resetTo) {
          mailbox.running = false;
          mailbox.stepsRequested = 0;
        }
      }
      applyOneShot(work);
      {
        std::lock_guard<std::mutex> lock(mutex);
        doStep = session && mailbox.wantsStep();
        if (doStep && !mailbox.running) {
          --mailbox.stepsRequested;
          part = std::exchange(mailbox.nextPart, StepPart::Full);
        }
      }
      if (!session) continue;
      if (doStep) {
        setState(TrainerState::Running);
        trainOneStep(part);
        // Slow motion: wait out the delay, but any command ends the wait at once.
        std::unique_lock<std::mutex> lock(mutex);
        if (mailbox.running && mailbox.stepDelay.count() > 0)
          wake.wait_for(lock, mailbox.stepDelay,
                        [&] { return mailbox.quit || mailbox.hasOneShotWork() || !mailbox.running; });
      }
      bool idle = false;
      {
        std::lock_guard<std::mutex> lock(mutex);
        idle = !mailbox.wantsStep();
      }
      if (!idle) continue;
      // A paused run always shows the grid of the step it stopped at.
      if (lastGridStep != session->stepsDone()) publish(samplesSnapshot());
      setState(idleState());
    }
    setState(TrainerState::Stopped);
  }
};

Trainer::Trainer(TrainConfig config) : m_impl(std::make_unique<Impl>()) {
  if (config.dataDir.empty()) config.dataDir = defaultMnistDir();
  config = withDefaults(std::move(config));
  m_impl->config = config;
  m_impl->thread = std::thread([impl = m_impl.get(), config] { impl->run(config); });
}

Trainer::~Trainer() {
  stop();
  if (m_impl->thread.joinable()) m_impl->thread.join();
}

void Trainer::start() {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->mailbox.running = true;
  m_impl->wake.notify_one();
}

void Trainer::pause() {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->mailbox.running = false;
  m_impl->mailbox.stepsRequested = 0;
  m_impl->wake.notify_one();
}

void Trainer::step(int count) {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  if (!m_impl->mailbox.running) m_impl->mailbox.stepsRequested += std::max(0, count);
  m_impl->wake.notify_one();
}

void Trainer::stepPart(StepPart part) {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  if (m_impl->mailbox.running) return;
  m_impl->mailbox.stepsRequested += 1;
  m_impl->mailbox.nextPart = part;
  m_impl->wake.notify_one();
}

void Trainer::setStepDelay(std::chrono::milliseconds delay) {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->mailbox.stepDelay = std::max(std::chrono::milliseconds(0), delay);
  m_impl->wake.notify_one();
}

void Trainer::reset() { reset(config()); }

void Trainer::reset(TrainConfig next) {
  if (next.dataDir.empty()) next.dataDir = defaultMnistDir();
  next = withDefaults(std::move(next));
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->mailbox.resetTo = std::move(next);
  m_impl->mailbox.running = false;
  m_impl->mailbox.stepsRequested = 0;
  m_impl->wake.notify_one();
}

void Trainer::stop() {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->mailbox.quit = true;
  m_impl->wake.notify_one();
}

std::optional<std::string> Trainer::setHyperparameter(const std::string& key, double value) {
  const auto current = config();
  const auto* spec = findSpec(findVariant(current.variant).hyperparameters, key);
  if (!spec) return "variant " + current.variant + " has no hyperparameter '" + key + "'";
  if (!spec->liveEditable) return spec->label + " cannot change during a run; change it and press Reset";
  if (auto problem = checkHyperparameter(*spec, value)) return problem;
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->mailbox.hyperparameters[key] = value;
  m_impl->wake.notify_one();
  return std::nullopt;
}

void Trainer::saveCheckpoint(const std::string& path) {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->mailbox.saves.push_back(path);
  m_impl->wake.notify_one();
}

void Trainer::requestModel() {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->mailbox.modelWanted = true;
  m_impl->wake.notify_one();
}

void Trainer::loadCheckpoint(const std::string& path) {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->mailbox.loadFrom = path;
  m_impl->mailbox.running = false;
  m_impl->mailbox.stepsRequested = 0;
  m_impl->wake.notify_one();
}

std::vector<Snapshot> Trainer::drain() {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  std::vector<Snapshot> out(std::make_move_iterator(m_impl->outbox.begin()),
                            std::make_move_iterator(m_impl->outbox.end()));
  m_impl->outbox.clear();
  return out;
}

std::optional<Snapshot> Trainer::waitNext(std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(m_impl->mutex);
  if (!m_impl->produced.wait_for(lock, timeout, [&] { return !m_impl->outbox.empty(); })) return std::nullopt;
  Snapshot next = std::move(m_impl->outbox.front());
  m_impl->outbox.pop_front();
  return next;
}

TrainConfig Trainer::config() const {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  return m_impl->config;
}

TrainerState Trainer::state() const {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  return m_impl->state;
}

std::int64_t Trainer::stepsDone() const {
  std::lock_guard<std::mutex> lock(m_impl->mutex);
  return m_impl->steps;
}

}  // namespace gan
