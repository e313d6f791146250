// Where revq's shipped data lives: forms/ (with instruments/ and states.xml), templates/ and the
// UI translations. The programs find it relative to their own executable, so one build works
// from the build tree, from /usr, from a relocated prefix (/opt/revq, a Windows install folder)
// and from a portable folder. REVQ_DATA_DIR overrides everything. docs/installing.md.
#pragma once

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace revq {

// The environment variable that names the data folder explicitly.
inline constexpr std::string_view kDataDirEnv = "REVQ_DATA_DIR";

struct DataDirs {
    bool found = false;
    std::filesystem::path root;       // holds forms/ and templates/
    std::filesystem::path forms;      // root/forms
    std::filesystem::path templates;  // root/templates
    std::filesystem::path locale;     // LANG/revq.mo catalogs; empty when none was found
    std::string origin;  // how root was found: "REVQ_DATA_DIR", "installed", "portable", ...
    // When !found: a sentence naming every folder tried and what to do. Otherwise empty.
    std::string error;

    std::filesystem::path instruments() const { return forms / "instruments"; }
    std::filesystem::path statesFile() const { return forms / "states.xml"; }
};

// What to search from. Tests fill it by hand; currentSearchInputs() reads the real process.
struct DataSearchInputs {
    std::filesystem::path executable;       // absolute path of the running program; may be empty
    std::optional<std::string> envDataDir;  // value of REVQ_DATA_DIR (UTF-8), if set
    std::filesystem::path buildSourceDir;   // source tree known at build time; may be empty
};

// One place tried, in order, with the name reported in `origin`.
struct DataCandidate {
    std::filesystem::path root;
    std::string origin;
};

// The data roots tried for `in`, best first (REVQ_DATA_DIR alone when it is set).
std::vector<DataCandidate> dataRootCandidates(const DataSearchInputs& in);
// Folders tried for translations, best first.
std::vector<std::filesystem::path> localeCandidates(const DataSearchInputs& in,
                                                    const std::filesystem::path& root);

// The first candidate that holds a forms/ folder. Never throws.
DataDirs findDataDirs(const DataSearchInputs& in);
// The same for this process (cached after the first call; thread-safe).
const DataDirs& dataDirs();
DataSearchInputs currentSearchInputs();

// Absolute path of the running executable (/proc/self/exe, GetModuleFileNameW, ...), or
// empty when the system does not tell.
std::filesystem::path executablePath();

// UTF-8 <-> path, the same on every system (a plain std::string path is read in the ANSI code
// page on Windows, which loses every character outside it).
std::filesystem::path pathFromUtf8(std::string_view utf8);
std::string pathToUtf8(const std::filesystem::path& path);
// std::fopen for a UTF-8 path (_wfopen on Windows, whose fopen reads the ANSI code page). For
// streams, construct them from pathFromUtf8(path).
std::FILE* openFileUtf8(const std::string& utf8Path, const char* mode);

}  // namespace revq
