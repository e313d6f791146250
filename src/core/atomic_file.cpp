#include "core/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <random>

#include "core/data_paths.h"

#ifdef _WIN32
#include <io.h>
#define revq_fsync _commit
#define revq_fileno _fileno
#else
#include <unistd.h>
#define revq_fsync fsync
#define revq_fileno fileno
#endif

namespace fs = std::filesystem;

namespace revq {

namespace {
std::mutex hookMutex;
WriteFaultHook faultHook;

bool stepAllowed(WriteStep step, const std::string& path) {
    std::lock_guard lock(hookMutex);
    return !faultHook || faultHook(step, path);
}

WriteResult fail(WriteStep step, const std::string& path, const std::string& reason) {
    WriteResult r;
    r.ok = false;
    r.error = "Could not save \"" + path + "\" (" + std::string(toString(step)) + "): " + reason +
              ". The previous file is unchanged.";
    return r;
}

std::string systemReason(int err) {
    return err ? std::strerror(err) : "refused";
}
}  // namespace

std::string_view toString(WriteStep step) {
    switch (step) {
        case WriteStep::CreateTemp:
            return "creating a temporary file";
        case WriteStep::Write:
            return "writing";
        case WriteStep::Flush:
            return "flushing to disk";
        case WriteStep::Backup:
            return "keeping the previous version";
        case WriteStep::Rename:
            return "replacing the file";
    }
    return "?";
}

void setWriteFaultHook(WriteFaultHook hook) {
    std::lock_guard lock(hookMutex);
    faultHook = std::move(hook);
}

std::string temporaryPathBeside(const std::string& path) {
    static std::atomic<unsigned> counter{0};
    std::random_device rd;
    char suffix[32];
    std::snprintf(suffix, sizeof suffix, ".tmp-%08x%04x", rd(), counter++ & 0xffff);
    return path + suffix;
}

static bool flushFile(const std::string& path) {
    std::FILE* f = openFileUtf8(path, "rb+");
    if (!f)
        return false;
    bool ok = std::fflush(f) == 0 && revq_fsync(revq_fileno(f)) == 0;
    return std::fclose(f) == 0 && ok;
}

WriteResult commitTemporaryFile(const std::string& tempPath, const std::string& path,
                                const AtomicWriteOptions& options) {
    std::error_code ec;
    auto cleanup = [&] { fs::remove(pathFromUtf8(tempPath), ec); };
    if (!stepAllowed(WriteStep::Flush, path) || !flushFile(tempPath)) {
        int err = errno;
        cleanup();
        return fail(WriteStep::Flush, path, systemReason(err));
    }
    if (options.keepBackup && fs::exists(pathFromUtf8(path), ec)) {
        const std::string backup = path + options.backupSuffix;
        if (!stepAllowed(WriteStep::Backup, path)) {
            cleanup();
            return fail(WriteStep::Backup, path, "refused");
        }
        // Copy (not rename), so the target exists at every moment.
        fs::copy_file(pathFromUtf8(path), pathFromUtf8(backup),
                      fs::copy_options::overwrite_existing, ec);
        if (ec) {
            cleanup();
            return fail(WriteStep::Backup, path, ec.message());
        }
    }
    if (!stepAllowed(WriteStep::Rename, path)) {
        cleanup();
        return fail(WriteStep::Rename, path, "refused");
    }
    fs::rename(pathFromUtf8(tempPath), pathFromUtf8(path), ec);
    if (ec) {
        std::string reason = ec.message();
        cleanup();
        return fail(WriteStep::Rename, path, reason);
    }
#ifndef _WIN32
    // Make the rename itself durable.
    fs::path dir = pathFromUtf8(path).parent_path();
    if (dir.empty())
        dir = ".";
    if (std::FILE* d = std::fopen(dir.string().c_str(), "r")) {
        revq_fsync(revq_fileno(d));
        std::fclose(d);
    }
#endif
    return {};
}

WriteResult writeFileAtomically(const std::string& path, std::string_view content,
                                const AtomicWriteOptions& options) {
    const std::string temp = temporaryPathBeside(path);
    if (!stepAllowed(WriteStep::CreateTemp, path))
        return fail(WriteStep::CreateTemp, path, "refused");
    std::FILE* f = openFileUtf8(temp, "wb");
    if (!f)
        return fail(WriteStep::CreateTemp, path, systemReason(errno));
    bool ok = stepAllowed(WriteStep::Write, path) &&
              std::fwrite(content.data(), 1, content.size(), f) == content.size();
    int err = errno;
    ok = (std::fclose(f) == 0) && ok;
    if (!ok) {
        std::error_code ec;
        fs::remove(pathFromUtf8(temp), ec);
        return fail(WriteStep::Write, path, systemReason(err));
    }
    return commitTemporaryFile(temp, path, options);
}

}  // namespace revq
