// Opening and saving response files safely: a save is atomic (core/atomic_file.h), keeps the
// previous file as NAME.revq.bak, and refuses to overwrite a file that changed on disk since it
// was read, unless forced.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/response.h"
#include "core/response_reader.h"

namespace revq {

// What a file on disk looked like when revq read or wrote it.
struct FileStamp {
    bool exists = false;
    std::uintmax_t size = 0;
    std::int64_t mtimeNs = 0;  // modification time, for information; size+hash decide
    std::string sha256;        // of the bytes
    bool operator==(const FileStamp&) const = default;
};

// The stamp of `path` now (reads and hashes the file; exists=false when there is none).
FileStamp stampOfFile(const std::string& path);

struct OpenedResponse {
    std::optional<Response> response;  // present when it could be read without error
    Diagnostics diagnostics;
    std::map<std::string, SourcePos, std::less<>> answerPositions;
    FileStamp stamp;  // of the bytes that were read
};

// Reads PATH (size limit, UTF-8, XML, format; see response_reader.h) and remembers its stamp.
OpenedResponse openResponse(const std::string& path, const ResponseReadOptions& options = {});

struct SaveOptions {
    // The stamp of the file when it was read; nullptr when the response is new, in which case
    // an existing file at the path is not overwritten unless `force`.
    const FileStamp* readStamp = nullptr;
    bool force = false;      // overwrite even when the file changed on disk
    bool keepBackup = true;  // keep the previous file as PATH.bak
};

struct SaveResult {
    bool ok = true;
    // "changed-on-disk", "exists", "attachment-too-large", "write-failed", "self-check"
    std::string code;
    std::string error;  // a sentence naming the file and what to do
    FileStamp stamp;    // of the file written (when ok)
    explicit operator bool() const { return ok; }
};

// Writes `response` to `path`. On any failure the file on disk is left as it was.
SaveResult saveResponse(const std::string& path, const Response& response,
                        const SaveOptions& options = {});

}  // namespace revq
