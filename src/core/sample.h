// Synthetic responses for demos, tests and benchmarks: plausible answers for a State (mixed
// statuses and completeness, long texts in several languages, technical-assistance needs,
// statistics tables, legislation citations with URLs), respecting relevance, and the same
// for the same seed on every machine (own generator; no std distributions).
#pragma once

#include <cstdint>
#include <string>

#include "core/form.h"
#include "core/response.h"
#include "core/states.h"

namespace revq {

// A small, portable random generator (SplitMix64).
class SampleRandom {
  public:
    explicit SampleRandom(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next();
    // Uniform in [0, n) (n > 0).
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    // True with probability percent/100.
    bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }

  private:
    std::uint64_t state_;
};

struct SampleOptions {
    std::uint64_t seed = 1;
    std::string by = "revq sample";
};

// A response of `state` to `form`. About three in five are submitted, complete and carry a
// correct integrity hash; the others are drafts at various stages.
// `whyDraft` (optional) receives why a response meant to be submitted stayed a draft (the form
// asked for something the generator could not give), else "".
Response makeSampleResponse(const Form& form, const State& state, const SampleOptions& options,
                            std::string* whyDraft = nullptr);

}  // namespace revq
