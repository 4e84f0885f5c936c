#include "engine/training/trainer.h"
#include "engine/core/resources.h"

#include <chrono>

#include "engine/core/runtime.h"
#include "engine/core/worker_thread.h"
#include "engine/data/dataset.h"
#include "engine/training/run_history.h"
#include "engine/training/trainer_mailbox.h"
#include "engine/training/trainer_snapshots.h"
#include "engine/training/training_session.h"

namespace gan {

struct Trainer::Impl {
  // Worker-only state: touched by the worker thread alone, so no lock.
  std::unique_ptr<TrainingSession> session;
  std::shared_ptr<const Dataset> data;
  std::string dataKey;  // which dataset `data` holds
  double stepSecondsAverage = 0;
  std::int64_t lastGridStep = -1;
  std::chrono::steady_clock::time_point lastViewTime;
  static constexpr auto kToyViewInterval = std::chrono::milliseconds(30);
  // Snapshots waiting to be read: ~10 s of the fastest toy run; the UI drains every 33 ms.
  static constexpr std::size_t kOutboxCap = 10000;
  // Declared last, so it is destroyed (and its thread joined) before the state above.
  WorkerThread<TrainerShared> worker;

  void publish(Snapshot snapshot) {
    worker.post([&](TrainerShared& shared) {
      auto& outbox = shared.outbox;
      // A toy view or model copy nobody has drained yet is stale: keep only the newest (latest
      // wins). Sample grids all stay: the run's recording keeps every one (the UI shows only the
      // newest of a drain), and fast runs made two grids within one 33 ms drain.
      if (snapshot.kind == Snapshot::Kind::Toy || snapshot.kind == Snapshot::Kind::Model)
        for (auto it = outbox.begin(); it != outbox.end(); ++it)
          if (it->kind == snapshot.kind) {
            outbox.erase(it);
            break;
          }
      outbox.push_back(std::move(snapshot));
    });
  }

  void setState(TrainerState next) {
    const auto changedAt = worker.with([&](TrainerShared& shared) -> std::optional<std::int64_t> {
      if (shared.state == next) return std::nullopt;
      shared.state = next;
      return shared.steps;
    });
    if (changedAt) publish(eventSnapshot(TrainerEvent::Kind::StateChanged, *changedAt, stateName(next), next));
  }

  void stopStepping() {
    worker.post([](TrainerShared& shared) { shared.mailbox.stopStepping(); });
  }
  // The getters' copy of the run's config and step count.
  void reportProgress() {
    worker.post([&](TrainerShared& shared) {
      shared.config = session->config();
      shared.steps = session->stepsDone();
    });
  }

  TrainerState idleState() const {
    return session && session->stepsDone() > 0 ? TrainerState::Paused : TrainerState::Ready;
  }

  void buildSession(const TrainConfig& next) {
    // The drawn points are part of the key, so a new drawing gives new data.
    std::string key =
        next.dataset + "|" + next.dataDir + "|" + (isImageDataset(next.dataset) ? "" : std::to_string(next.seed));
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
    reportProgress();
  }

  void fail(const std::string& message) {
    session.reset();
    stopStepping();
    publish(eventSnapshot(TrainerEvent::Kind::Error, 0, message));
    setState(TrainerState::Failed);
  }

  void applyOneShot(TrainerMailbox& work) {
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
        reportProgress();
        publish(eventSnapshot(TrainerEvent::Kind::CheckpointLoaded, session->stepsDone(), *work.loadFrom));
        publishHistory(*work.loadFrom);
        publish(samplesSnapshot());
      } catch (const std::exception& e) {
        publish(eventSnapshot(TrainerEvent::Kind::Error, session->stepsDone(), e.what()));
      }
    }
    for (const auto& [key, value] : work.hyperparameters) {
      try {
        session->setHyperparameter(key, value);
        reportProgress();
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

  // The loaded run's earlier metrics rows, when its folder holds them, as if just trained.
  void publishHistory(const std::string& checkpointPath) {
    for (auto& row : runHistoryBeside(checkpointPath, session->config(), session->stepsDone()))
      publish(metricsSnapshot(std::move(row)));
  }

  void publishModel() {
    Snapshot snapshot;
    snapshot.kind = Snapshot::Kind::Model;
    snapshot.model = std::make_shared<const ModelCopy>(session->modelCopy());
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
    MetricValues values;
    try {
      values = session->step(part);
    } catch (const NonFiniteLoss& e) {
      stopStepping();
      publish(eventSnapshot(TrainerEvent::Kind::Diverged, session->stepsDone(),
                            std::string(e.what()) + " at step " + std::to_string(session->stepsDone() + 1) +
                                "; training paused, the model is kept as of step " +
                                std::to_string(session->stepsDone())));
      return;
    } catch (const std::exception& e) {
      // Any other failure inside a step (a LibTorch error, out of memory) pauses the run too;
      // the thread and everything the user has must survive it.
      stopStepping();
      const std::string what = e.what();
      publish(eventSnapshot(TrainerEvent::Kind::Error, session->stepsDone(),
                            "training step " + std::to_string(session->stepsDone() + 1) +
                                " failed: " + what.substr(0, what.find('\n')) + "; training paused"));
      return;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    stepSecondsAverage = stepSecondsAverage == 0 ? seconds : 0.9 * stepSecondsAverage + 0.1 * seconds;
    worker.post([&](TrainerShared& shared) { shared.steps = session->stepsDone(); });
    publish(metricsSnapshot(
        {session->stepsDone(), session->epoch(), 1.0 / stepSecondsAverage, std::move(values), session->phase()}));
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
    TrainerMailbox first;
    first.resetTo = std::move(initial);
    applyOneShot(first);
    if (session) setState(TrainerState::Ready);
    TrainerMailbox work;
    while (worker.waitAndTake(
        [&](const TrainerShared& shared) {
          return shared.mailbox.hasOneShotWork() || (session && shared.mailbox.wantsStep());
        },
        [&](TrainerShared& shared) { work = shared.mailbox.takeOneShot(); })) {
      // Whatever fails outside a step (drawing the grid, copying the model) pauses the run with a
      // message; an exception must never leave this thread, which would end the whole program.
      try {
        serve(work);
      } catch (const std::exception& e) {
        stopStepping();
        const std::string what = e.what();
        publish(eventSnapshot(TrainerEvent::Kind::Error, session ? session->stepsDone() : 0,
                              what.substr(0, what.find('\n')) + "; training paused"));
        setState(idleState());
      }
    }
    setState(TrainerState::Stopped);
  }

  // Backpressure: while nobody reads the snapshots (a frozen window, a stalled script), the
  // trainer waits instead of growing its queue without bound. True when it waited: the caller
  // then goes back for commands, which end the wait as they arrive.
  bool waitedForRoom() {
    const auto full = [](const TrainerShared& shared) { return shared.outbox.size() >= kOutboxCap; };
    if (!worker.with(full)) return false;
    worker.sleepFor(std::chrono::milliseconds(50),
                    [&](const TrainerShared& shared) { return !full(shared) || shared.mailbox.hasOneShotWork(); });
    return true;
  }

  // One round: the commands taken, then one step if one is wanted, then the idle state.
  void serve(TrainerMailbox& work) {
    applyOneShot(work);
    if (!session || waitedForRoom()) return;
    if (const auto part = takeStep()) {
      setState(TrainerState::Running);
      trainOneStep(*part);
      slowMotionPause();
    }
    if (worker.with([](const TrainerShared& shared) { return shared.mailbox.wantsStep(); })) return;
    // A paused run always shows the grid of the step it stopped at.
    if (lastGridStep != session->stepsDone()) publish(samplesSnapshot());
    setState(idleState());
  }

  // The part of the step to train now, if one is wanted (a counted step is used up).
  std::optional<StepPart> takeStep() {
    return worker.with([](TrainerShared& shared) -> std::optional<StepPart> {
      auto& mailbox = shared.mailbox;
      if (!mailbox.wantsStep()) return std::nullopt;
      if (mailbox.running) return StepPart::Full;
      --mailbox.stepsRequested;
      return std::exchange(mailbox.nextPart, StepPart::Full);
    });
  }

  // Slow motion: wait out the delay, but any command ends the wait at once.
  void slowMotionPause() {
    const auto delay = worker.with([](const TrainerShared& shared) {
      return shared.mailbox.running ? shared.mailbox.stepDelay : std::chrono::milliseconds(0);
    });
    if (delay.count() > 0)
      worker.sleepFor(delay, [](const TrainerShared& shared) {
        return shared.mailbox.hasOneShotWork() || !shared.mailbox.running;
      });
  }

  // Any thread: changes the mailbox and wakes the worker.
  template <typename Change>
  void command(Change change) {
    worker.post([&](TrainerShared& shared) { change(shared.mailbox); });
  }
};

Trainer::Trainer(TrainConfig config) : m_impl(std::make_unique<Impl>()) {
  if (config.dataDir.empty()) config.dataDir = defaultMnistDir();
  config = withDefaults(std::move(config));
  m_impl->worker.post([&](TrainerShared& shared) { shared.config = config; });
  m_impl->worker.start([impl = m_impl.get(), config] { impl->run(config); });
}

Trainer::~Trainer() { m_impl->worker.stop(); }

void Trainer::start() {
  m_impl->command([](TrainerMailbox& mailbox) { mailbox.running = true; });
}

void Trainer::pause() {
  m_impl->command([](TrainerMailbox& mailbox) { mailbox.stopStepping(); });
}

void Trainer::step(int count) {
  m_impl->command([&](TrainerMailbox& mailbox) {
    if (!mailbox.running) mailbox.stepsRequested += std::max(0, count);
  });
}

void Trainer::stepPart(StepPart part) {
  m_impl->command([&](TrainerMailbox& mailbox) {
    if (mailbox.running) return;
    mailbox.stepsRequested += 1;
    mailbox.nextPart = part;
  });
}

void Trainer::setStepDelay(std::chrono::milliseconds delay) {
  m_impl->command([&](TrainerMailbox& mailbox) { mailbox.stepDelay = std::max(std::chrono::milliseconds(0), delay); });
}

void Trainer::reset() { reset(config()); }

void Trainer::reset(TrainConfig next) {
  if (next.dataDir.empty()) next.dataDir = defaultMnistDir();
  next = withDefaults(std::move(next));
  m_impl->command([&](TrainerMailbox& mailbox) {
    mailbox.resetTo = std::move(next);
    mailbox.stopStepping();
  });
}

void Trainer::stop() { m_impl->worker.requestStop(); }

std::optional<std::string> Trainer::setHyperparameter(const std::string& key, double value) {
  const auto current = config();
  const auto* spec = findSpec(findVariant(current.variant).hyperparameters, key);
  if (!spec) return "variant " + current.variant + " has no hyperparameter '" + key + "'";
  if (!spec->liveEditable) return spec->label + " cannot change during a run; change it and press Reset";
  if (auto problem = checkHyperparameter(*spec, value)) return problem;
  m_impl->command([&](TrainerMailbox& mailbox) { mailbox.hyperparameters[key] = value; });
  return std::nullopt;
}

void Trainer::saveCheckpoint(const std::string& path) {
  m_impl->command([&](TrainerMailbox& mailbox) { mailbox.saves.push_back(path); });
}

void Trainer::requestModel() {
  m_impl->command([](TrainerMailbox& mailbox) { mailbox.modelWanted = true; });
}

void Trainer::loadCheckpoint(const std::string& path) {
  m_impl->command([&](TrainerMailbox& mailbox) {
    mailbox.loadFrom = path;
    mailbox.stopStepping();
  });
}

std::vector<Snapshot> Trainer::drain() {
  return m_impl->worker.with([](TrainerShared& shared) {
    std::vector<Snapshot> out(std::make_move_iterator(shared.outbox.begin()),
                              std::make_move_iterator(shared.outbox.end()));
    shared.outbox.clear();
    return out;
  });
}

std::optional<Snapshot> Trainer::waitNext(std::chrono::milliseconds timeout) {
  return m_impl->worker.waitFor(
      timeout, [](const TrainerShared& shared) { return !shared.outbox.empty(); },
      [](TrainerShared& shared) {
        Snapshot next = std::move(shared.outbox.front());
        shared.outbox.pop_front();
        return next;
      });
}

TrainConfig Trainer::config() const {
  return m_impl->worker.with([](const TrainerShared& shared) { return shared.config; });
}

TrainerState Trainer::state() const {
  return m_impl->worker.with([](const TrainerShared& shared) { return shared.state; });
}

std::int64_t Trainer::stepsDone() const {
  return m_impl->worker.with([](const TrainerShared& shared) { return shared.steps; });
}

}  // namespace gan
