// libFuzzer target: a form definition and an instrument definition from untrusted bytes, through
// the loader and every lint check. Any crash, leak, sanitizer report or hang is a bug: bad input
// must only ever produce diagnostics.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/form_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    // A base folder with no files, so an href in the input resolves to nothing the fuzzer could
    // make revq read (the loader's own file handling is covered by the hostile catalogue).
    const revq::FormLoadResult form =
        revq::loadFormText(text, "fuzz-form.xml", "/nonexistent-revq-fuzz", {{"en", "fr"}});
    for (const auto& d : form.diagnostics.items)
        (void)d.format();
    const revq::InstrumentLoadResult instrument =
        revq::loadInstrumentText(text, "fuzz-instrument.xml");
    (void)instrument.diagnostics.toJson();
    return 0;
}
