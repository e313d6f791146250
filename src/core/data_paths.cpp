#include "core/data_paths.h"

#include <cstdlib>
#include <cstring>
#include <system_error>

#if defined(_WIN32)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#elif defined(__APPLE__)
#include <mach-o/dyld.h>
#endif

namespace fs = std::filesystem;

namespace revq {

namespace {

// The package's data folder below an installation prefix (CMake's REVQ_DATA_SUBDIR).
const fs::path kShareSubdir = fs::path("share") / "revq";

bool isDirectory(const fs::path& p) {
    std::error_code ec;
    return !p.empty() && fs::is_directory(p, ec);
}

// A folder is a data root when it holds forms/; walking up from a build tree also needs
// templates/ so that an unrelated "forms" folder higher up is not taken for ours.
bool holdsForms(const fs::path& root) {
    return isDirectory(root / "forms");
}
bool looksLikeSourceTree(const fs::path& root) {
    return holdsForms(root) && isDirectory(root / "templates");
}

fs::path tidy(const fs::path& p) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(p, ec);
    return ec ? p.lexically_normal() : canonical;
}

std::string quoted(const fs::path& p) {
    return "\"" + pathToUtf8(p) + "\"";
}

}  // namespace

fs::path pathFromUtf8(std::string_view utf8) {
    std::u8string s(utf8.begin(), utf8.end());
    return fs::path(s);
}

std::string pathToUtf8(const fs::path& path) {
    const std::u8string s = path.u8string();
    return std::string(s.begin(), s.end());
}

std::FILE* openFileUtf8(const std::string& utf8Path, const char* mode) {
#if defined(_WIN32)
    const std::wstring wideMode(mode, mode + std::strlen(mode));
    return _wfopen(pathFromUtf8(utf8Path).c_str(), wideMode.c_str());
#else
    return std::fopen(utf8Path.c_str(), mode);
#endif
}

fs::path executablePath() {
#if defined(_WIN32)
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (n == 0)
            return {};
        if (n < buffer.size()) {
            buffer.resize(n);
            return fs::path(buffer);
        }
        if (buffer.size() > 32768)
            return {};
        buffer.resize(buffer.size() * 2);
    }
#elif defined(__APPLE__)
    uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);
    std::string buffer(size, '\0');
    if (_NSGetExecutablePath(buffer.data(), &size) != 0)
        return {};
    buffer.resize(buffer.find('\0') == std::string::npos ? buffer.size() : buffer.find('\0'));
    return tidy(buffer);
#else
    // Linux and Cygwin; other Unixes mount procfs at the same place or not at all.
    for (const char* link : {"/proc/self/exe", "/proc/curproc/file", "/proc/curproc/exe"}) {
        std::error_code ec;
        fs::path p = fs::read_symlink(link, ec);
        if (!ec && !p.empty())
            return p;
    }
    return {};
#endif
}

DataSearchInputs currentSearchInputs() {
    DataSearchInputs in;
    in.executable = executablePath();
#if defined(_WIN32)
    // _wgetenv: the value as UTF-16, so a folder name outside the ANSI code page survives.
    std::wstring name(kDataDirEnv.begin(), kDataDirEnv.end());
    if (const wchar_t* v = _wgetenv(name.c_str()); v && *v)
        in.envDataDir = pathToUtf8(fs::path(v));
#else
    if (const char* v = std::getenv(std::string(kDataDirEnv).c_str()); v && *v)
        in.envDataDir = v;
#endif
#ifdef REVQ_BUILD_SOURCE_DIR
    in.buildSourceDir = pathFromUtf8(REVQ_BUILD_SOURCE_DIR);
#endif
    return in;
}

std::vector<DataCandidate> dataRootCandidates(const DataSearchInputs& in) {
    std::vector<DataCandidate> out;
    if (in.envDataDir) {
        // An explicit choice is never second-guessed: when it is wrong, say so.
        out.push_back({pathFromUtf8(*in.envDataDir), std::string(kDataDirEnv)});
        return out;
    }
    if (!in.executable.empty()) {
        const fs::path bin = in.executable.parent_path();
        // PREFIX/bin/revq -> PREFIX/share/revq: /usr, /usr/local, /opt/revq, a relocated
        // prefix, and the Windows installer's INSTDIR\bin + INSTDIR\share\revq.
        out.push_back({bin.parent_path() / kShareSubdir, "installed"});
        // A portable folder: the program beside share/revq/ or beside forms/ itself.
        out.push_back({bin / kShareSubdir, "portable"});
        out.push_back({bin, "portable"});
        // The build tree inside the source tree (build-x/src/cli/revq-cli): the nearest
        // ancestor holding both forms/ and templates/.
        fs::path up = bin;
        for (int i = 0; i < 4 && up.has_parent_path() && up.parent_path() != up; ++i) {
            up = up.parent_path();
            out.push_back({up, "build tree"});
        }
    }
    if (!in.buildSourceDir.empty())
        out.push_back({in.buildSourceDir, "source tree"});
    return out;
}

std::vector<fs::path> localeCandidates(const DataSearchInputs& in, const fs::path& root) {
    std::vector<fs::path> out;
    if (!root.empty())
        out.push_back(root / "locale");
    if (!in.executable.empty()) {
        const fs::path bin = in.executable.parent_path();
        // The build tree: the GUI compiles its catalogs to src/gui/locale beside the binary;
        // revq-cli sits in src/cli next to it.
        out.push_back(bin / "locale");
        out.push_back(bin.parent_path() / "gui" / "locale");
    }
    return out;
}

DataDirs findDataDirs(const DataSearchInputs& in) {
    DataDirs dirs;
    const auto candidates = dataRootCandidates(in);
    for (const auto& c : candidates) {
        const bool ok = c.origin == "build tree" ? looksLikeSourceTree(c.root) : holdsForms(c.root);
        if (!ok)
            continue;
        dirs.found = true;
        dirs.root = tidy(c.root);
        dirs.origin = c.origin;
        break;
    }
    if (!dirs.found) {
        if (in.envDataDir) {
            dirs.error = std::string(kDataDirEnv) + " is set to " +
                         quoted(pathFromUtf8(*in.envDataDir)) +
                         ", which has no forms folder. Point it to the folder that holds "
                         "forms/ and templates/ (for example /usr/share/revq), or unset it.";
        } else {
            dirs.error = "revq's data (the forms/ folder) was not found. Looked in:";
            for (const auto& c : candidates)
                dirs.error += " " + quoted(c.root) + ";";
            if (candidates.empty())
                dirs.error += " nowhere (the program's location is unknown);";
            dirs.error += " reinstall revq, or set " + std::string(kDataDirEnv) +
                          " to the folder that holds forms/ and templates/.";
        }
        return dirs;
    }
    dirs.forms = dirs.root / "forms";
    dirs.templates = dirs.root / "templates";
    for (const auto& l : localeCandidates(in, dirs.root)) {
        if (isDirectory(l)) {
            dirs.locale = tidy(l);
            break;
        }
    }
    return dirs;
}

const DataDirs& dataDirs() {
    static const DataDirs dirs = findDataDirs(currentSearchInputs());
    return dirs;
}

}  // namespace revq
