// libFuzzer target: a response file from untrusted bytes, read on its own and against a fixed
// small form (tests/data/responses/form-v1.xml), then validated and measured for completeness as
// `revq-cli check` and the workspace do. Bad input must only ever produce diagnostics.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "core/form_loader.h"
#include "core/response_integrity.h"
#include "core/response_reader.h"
#include "core/response_validation.h"
#include "core/response_writer.h"

namespace {

std::shared_ptr<const revq::Form> miniForm() {
    static const std::shared_ptr<const revq::Form> form = [] {
        auto loaded = revq::loadFormFile(REVQ_SOURCE_DIR "/tests/data/responses/form-v1.xml");
        if (!loaded.form) {
            std::fprintf(stderr, "fuzz_response_reader: cannot load the mini form\n");
            std::abort();
        }
        return loaded.form;
    }();
    return form;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)revq::readResponseText(text, "fuzz.revq");

    revq::ResponseReadOptions options;
    options.form = miniForm().get();
    const revq::ResponseReadResult read = revq::readResponseText(text, "fuzz.revq", options);
    if (!read.response)
        return 0;
    revq::ValidationOptions v;
    v.positions = &read.answerPositions;
    const revq::ValidationReport report = revq::validateResponse(*miniForm(), *read.response, v);
    (void)revq::toDiagnostics(report.problems, "fuzz.revq");
    (void)revq::computeCompleteness(*miniForm(), *read.response, &report.states);
    (void)revq::checkIntegrity(*read.response);
    // What was read must write back and read again without error (the round trip the store's
    // self-check relies on).
    const std::string written = revq::writeResponseXml(*read.response);
    const revq::ResponseReadResult again = revq::readResponseText(written, "fuzz-written.revq");
    if (!again.response) {
        for (const auto& d : again.diagnostics.items)
            std::fprintf(stderr, "%s\n", d.format().c_str());
        std::abort();
    }
    return 0;
}
