#include "core/response_store.h"

#include <chrono>
#include <filesystem>
#include <fstream>

#include "core/atomic_file.h"
#include "core/data_paths.h"
#include "core/response_writer.h"
#include "core/sha256.h"

namespace fs = std::filesystem;

namespace revq {

namespace {

std::int64_t mtimeOf(const std::string& path) {
    std::error_code ec;
    auto t = fs::last_write_time(pathFromUtf8(path), ec);
    if (ec)
        return 0;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

bool readAll(const std::string& path, std::string& out) {
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    if (!in)
        return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

FileStamp stampOfBytes(const std::string& path, const std::string& bytes, std::int64_t mtime) {
    FileStamp s;
    s.exists = true;
    s.size = bytes.size();
    s.mtimeNs = mtime;
    s.sha256 = sha256Hex(bytes);
    (void)path;
    return s;
}

SaveResult refuse(std::string code, std::string error) {
    SaveResult r;
    r.ok = false;
    r.code = std::move(code);
    r.error = std::move(error);
    return r;
}

}  // namespace

FileStamp stampOfFile(const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(pathFromUtf8(path), ec))
        return {};
    std::int64_t mtime = mtimeOf(path);
    std::string bytes;
    if (!readAll(path, bytes)) {
        // Unreadable: a stamp that matches nothing read before.
        FileStamp s;
        s.exists = true;
        s.sha256 = "unreadable";
        return s;
    }
    return stampOfBytes(path, bytes, mtime);
}

OpenedResponse openResponse(const std::string& path, const ResponseReadOptions& options) {
    OpenedResponse opened;
    std::error_code ec;
    std::int64_t mtime = mtimeOf(path);
    auto size = fs::file_size(pathFromUtf8(path), ec);
    if (ec || size > kMaxResponseFileBytes || !fs::is_regular_file(pathFromUtf8(path), ec)) {
        // readResponseFile words the error (missing, not a file, too large).
        ResponseReadResult r = readResponseFile(path, options);
        opened.diagnostics = std::move(r.diagnostics);
        return opened;
    }
    std::string bytes;
    if (!readAll(path, bytes)) {
        ResponseReadResult r = readResponseFile(path, options);
        opened.diagnostics = std::move(r.diagnostics);
        return opened;
    }
    opened.stamp = stampOfBytes(path, bytes, mtime);
    ResponseReadResult r = readResponseText(bytes, path, options);
    opened.response = std::move(r.response);
    opened.diagnostics = std::move(r.diagnostics);
    opened.answerPositions = std::move(r.answerPositions);
    return opened;
}

SaveResult saveResponse(const std::string& path, const Response& response,
                        const SaveOptions& options) {
    auto checkAttachment = [&](const Answer& a) -> std::optional<SaveResult> {
        for (const auto& c : a.citations) {
            if (c.hasExcerpt && c.excerpt.data.size() > kMaxAttachmentBytes) {
                return refuse("attachment-too-large",
                              "Cannot save \"" + path + "\": the attachment \"" +
                                  c.excerpt.fileName + "\" of question '" + a.questionId +
                                  "' has " + std::to_string(c.excerpt.data.size()) +
                                  " bytes; an attachment may have at most " +
                                  std::to_string(kMaxAttachmentBytes) +
                                  " bytes (25 MiB). Remove it or cite the text by title and URL.");
            }
        }
        return std::nullopt;
    };
    for (const auto& [id, a] : response.answers) {
        if (auto r = checkAttachment(a))
            return *r;
    }
    for (const auto& s : response.setAside) {
        if (auto r = checkAttachment(s.answer))
            return *r;
    }

    if (!options.force) {
        FileStamp now = stampOfFile(path);
        if (options.readStamp) {
            const FileStamp& was = *options.readStamp;
            // A file deleted since it was read loses nothing by being written again.
            if (now.exists && (!was.exists || now.size != was.size || now.sha256 != was.sha256)) {
                return refuse("changed-on-disk",
                              "Not saved: \"" + path +
                                  "\" was changed on disk by another program or person since "
                                  "revq read it. Save under another name and compare, or save "
                                  "again with force to overwrite their changes.");
            }
        } else if (now.exists) {
            return refuse("exists", "Not saved: \"" + path +
                                        "\" already exists. Choose another name, or force to "
                                        "overwrite it.");
        }
    }

    std::string xml = writeResponseXml(response);
    // Never write a file revq itself could not read back.
    ResponseReadResult check = readResponseText(xml, path);
    if (!check.response) {
        std::string why = check.diagnostics.items.empty() ? std::string("unknown reason")
                                                          : check.diagnostics.items.front().message;
        return refuse("self-check", "Not saved: the response written for \"" + path +
                                        "\" would not read back (" + why +
                                        "). Please report this; the file is unchanged.");
    }

    // The backup is refreshed before the rename; should the rename then fail, put the backup
    // back as it was, so that a failed save changes nothing at all.
    const std::string backup = path + ".bak";
    std::error_code ec;
    const bool hadBackup = options.keepBackup && fs::exists(pathFromUtf8(backup), ec);
    std::string oldBackup;
    if (hadBackup && !readAll(backup, oldBackup))
        oldBackup.clear();
    const bool canRestore =
        !hadBackup || !oldBackup.empty() || fs::file_size(pathFromUtf8(backup), ec) == 0;

    AtomicWriteOptions atomic;
    atomic.keepBackup = options.keepBackup;
    atomic.backupSuffix = ".bak";
    WriteResult w = writeFileAtomically(path, xml, atomic);
    if (!w) {
        if (options.keepBackup && canRestore) {
            if (!hadBackup) {
                fs::remove(pathFromUtf8(backup), ec);
            } else {
                std::string now;
                // In place, not through another atomic write: whatever made the save fail
                // (a refused rename) would refuse that too.
                if (!readAll(backup, now) || now != oldBackup) {
                    std::ofstream out(pathFromUtf8(backup), std::ios::binary | std::ios::trunc);
                    out.write(oldBackup.data(), static_cast<std::streamsize>(oldBackup.size()));
                }
            }
        }
        return refuse("write-failed", w.error);
    }
    SaveResult ok;
    ok.stamp = stampOfBytes(path, xml, mtimeOf(path));
    return ok;
}

}  // namespace revq
