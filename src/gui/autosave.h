// Recovery copies: while a response has unsaved changes, revq writes it (atomically) to the
// user data folder, with a small note of the form and the file it belongs to. A normal save or
// a deliberate discard removes the copy; after a crash the next start finds it and offers it.
#pragma once

#include <string>
#include <vector>

#include "core/response.h"

namespace revq::gui {

struct RecoveryEntry {
    std::string recoveryPath;  // the copy (NAME.revq in the recovery folder)
    std::string formPath;      // the form it answers
    std::string originalPath;  // the response file it is a copy of; "" for a new response
    std::string written;       // when the copy was written (UTC)
};

// The folder of recovery copies (created when missing).
std::string recoveryDir();
// The copy's path for a document: stable per original file (or per new response).
std::string recoveryPathFor(const std::string& originalPath, const std::string& formPath,
                            const std::string& created);
// Writes `response` as the recovery copy at `recoveryPath`; "" on success, else the reason.
std::string writeRecovery(const std::string& recoveryPath, const Response& response,
                          const std::string& formPath, const std::string& originalPath);
void removeRecovery(const std::string& recoveryPath);
// Every recovery copy found, newest first.
std::vector<RecoveryEntry> listRecoveries();

}  // namespace revq::gui
