// Atomic file replacement: write a temporary file beside the target, flush it to disk, keep
// the previous version as a backup when asked, then rename over the target. A failure at any
// step leaves the target as it was. Tests inject failures through a hook.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace revq {

enum class WriteStep { CreateTemp, Write, Flush, Backup, Rename };
std::string_view toString(WriteStep step);

struct AtomicWriteOptions {
    bool keepBackup = false;  // keep the previous file as PATH + backupSuffix
    std::string backupSuffix = ".bak";
};

struct WriteResult {
    bool ok = true;
    std::string error;  // a sentence naming the file, the step and the system's reason
    explicit operator bool() const { return ok; }
};

// Writes `content` to `path` atomically.
WriteResult writeFileAtomically(const std::string& path, std::string_view content,
                                const AtomicWriteOptions& options = {});

// For writers that must produce the file themselves (libxlsxwriter): a fresh temporary path
// in the target's folder, then `commitTemporaryFile` flushes it and renames it over `path`
// (removing the temporary file on failure).
std::string temporaryPathBeside(const std::string& path);
WriteResult commitTemporaryFile(const std::string& tempPath, const std::string& path,
                                const AtomicWriteOptions& options = {});

// Test hook: called before each step; returning false makes that step fail as if the system
// had refused it (e.g. a full disk). Pass nullptr to remove.
using WriteFaultHook = std::function<bool(WriteStep step, const std::string& path)>;
void setWriteFaultHook(WriteFaultHook hook);

}  // namespace revq
