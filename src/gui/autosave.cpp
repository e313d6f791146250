#include "gui/autosave.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/atomic_file.h"
#include "core/clock.h"
#include "core/response_writer.h"
#include "core/sha256.h"
#include "gui/language.h"
#include "gui/settings.h"

namespace revq::gui {
namespace fs = std::filesystem;

namespace {

std::string notePath(const std::string& recoveryPath) {
    return recoveryPath + ".info";
}

}  // namespace

std::string recoveryDir() {
    std::string dir = toUtf8(settings::userDataDir()) + "/recovery";
    std::error_code ec;
    fs::create_directories(dir, ec);
    return dir;
}

std::string recoveryPathFor(const std::string& originalPath, const std::string& formPath,
                            const std::string& created) {
    std::string key = originalPath.empty() ? "new:" + formPath + "#" + created : originalPath;
    return recoveryDir() + "/" + sha256Hex(key).substr(0, 16) + ".revq";
}

std::string writeRecovery(const std::string& recoveryPath, const Response& response,
                          const std::string& formPath, const std::string& originalPath) {
    // The copy first, then the note: a note always points at a complete copy.
    WriteResult w = writeFileAtomically(recoveryPath, writeResponseXml(response));
    if (!w)
        return w.error;
    std::string note =
        "form=" + formPath + "\noriginal=" + originalPath + "\nwritten=" + nowUtcIso() + "\n";
    w = writeFileAtomically(notePath(recoveryPath), note);
    return w ? std::string() : w.error;
}

void removeRecovery(const std::string& recoveryPath) {
    if (recoveryPath.empty())
        return;
    std::error_code ec;
    fs::remove(notePath(recoveryPath), ec);
    fs::remove(recoveryPath, ec);
}

std::vector<RecoveryEntry> listRecoveries() {
    std::vector<RecoveryEntry> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(recoveryDir(), ec)) {
        if (e.path().extension() != ".info")
            continue;
        RecoveryEntry entry;
        entry.recoveryPath = e.path().parent_path().string() + "/" + e.path().stem().string();
        if (!fs::exists(entry.recoveryPath))
            continue;
        std::ifstream in(e.path());
        std::string line;
        while (std::getline(in, line)) {
            auto eq = line.find('=');
            if (eq == std::string::npos)
                continue;
            std::string k = line.substr(0, eq), v = line.substr(eq + 1);
            if (k == "form")
                entry.formPath = v;
            else if (k == "original")
                entry.originalPath = v;
            else if (k == "written")
                entry.written = v;
        }
        out.push_back(entry);
    }
    std::sort(out.begin(), out.end(),
              [](const RecoveryEntry& a, const RecoveryEntry& b) { return a.written > b.written; });
    return out;
}

}  // namespace revq::gui
