// A problem found in an input file, reported as FILE:LINE:COL: severity: message (hint).
#pragma once

#include <string>
#include <vector>

namespace revq {

enum class Severity { Warning, Error };

struct Diagnostic {
    std::string file;
    int line = 0;    // 1-based; 0 when the problem has no position (e.g. missing file)
    int column = 0;  // 1-based, in characters (code points) of the line
    Severity severity = Severity::Error;
    std::string message;  // what is wrong, for the person who wrote the file
    std::string hint;     // what to do about it; may be empty
    std::string code;     // stable machine-readable kind, e.g. "duplicate-id"

    // "FILE:LINE:COL: error: message (hint)" — the form every revq tool prints.
    std::string format() const;
};

struct Diagnostics {
    std::vector<Diagnostic> items;
    void add(Diagnostic d) { items.push_back(std::move(d)); }
    bool hasErrors() const;
    size_t errorCount() const;
    size_t warningCount() const;
    // One JSON array of objects {file,line,column,severity,code,message,hint}.
    std::string toJson() const;
};

// JSON string literal (with quotes) for any UTF-8 text.
std::string jsonQuote(const std::string& s);

}  // namespace revq
