// libFuzzer target: workspace import of a file, as the secretariat does with a response that
// arrived by e-mail. The first byte chooses what the fuzzer controls:
//   even: the imported file. It is copied into a fresh workspace next to a valid response from
//         the same State (so the conflict and choice logic runs too), then collated.
//   odd:  the workspace's decisions (workspace.xml) of a workspace holding that valid response.
// The form is tests/data/responses/form-v1.xml. Each run works in its own scratch folder under
// $TMPDIR; nothing outside it is written, and the input file must be left unchanged.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "core/form_loader.h"
#include "core/workspace.h"
#include "export/collation.h"

namespace fs = std::filesystem;

namespace {

std::shared_ptr<const revq::Form> form() {
    static const std::shared_ptr<const revq::Form> f = [] {
        auto loaded = revq::loadFormFile(REVQ_SOURCE_DIR "/tests/data/responses/form-v1.xml");
        if (!loaded.form)
            std::abort();
        return loaded.form;
    }();
    return f;
}

const fs::path& scratch() {
    static const fs::path dir = [] {
        const char* tmp = std::getenv("TMPDIR");
        fs::path d = fs::path(tmp && *tmp ? tmp : "/tmp") /
                     ("revq-fuzz-workspace-" + std::to_string(::getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

void writeBytes(const fs::path& p, std::string_view bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string readBytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    const fs::path folder = scratch() / "ws";
    const fs::path incoming = scratch() / "incoming";
    std::error_code ec;
    fs::remove_all(folder, ec);
    fs::remove_all(incoming, ec);
    fs::create_directories(folder);
    fs::create_directories(incoming);
    fs::copy_file(REVQ_SOURCE_DIR "/tests/data/responses/valid-v1.revq", folder / "FRA_1.revq");

    revq::CollationOptions options;
    if ((data[0] & 1) == 0) {
        const fs::path in = incoming / "FRA_2.revq";
        writeBytes(in, rest);
        revq::Workspace ws = revq::Workspace::open(folder.string(), form(), nullptr, nullptr);
        (void)ws.importFiles({in.string()});
        if (readBytes(in) != rest)
            std::abort();  // importing must never change the file it was given
        for (const auto& s : ws.states())
            (void)ws.flagsOf(s);
        (void)revq::collate(ws, options);
    } else {
        writeBytes(folder / "workspace.xml", rest);
        revq::ImportReport report;
        revq::Workspace ws = revq::Workspace::open(folder.string(), form(), nullptr, &report);
        (void)revq::collate(ws, options);
    }
    return 0;
}
