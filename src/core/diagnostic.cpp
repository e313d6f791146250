#include "core/diagnostic.h"

#include <cstdio>

namespace revq {

std::string Diagnostic::format() const {
    std::string out = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
        out += ':' + std::to_string(line) + ':' + std::to_string(column > 0 ? column : 1);
    }
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    out += message;
    if (!hint.empty())
        out += " (" + hint + ")";
    return out;
}

bool Diagnostics::hasErrors() const {
    return errorCount() > 0;
}

size_t Diagnostics::errorCount() const {
    size_t n = 0;
    for (const auto& d : items)
        n += d.severity == Severity::Error;
    return n;
}

size_t Diagnostics::warningCount() const {
    return items.size() - errorCount();
}

std::string jsonQuote(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

std::string Diagnostics::toJson() const {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) {
        const auto& d = items[i];
        if (i)
            out += ",";
        out += "\n  {\"file\": " + jsonQuote(d.file) + ", \"line\": " + std::to_string(d.line) +
               ", \"column\": " + std::to_string(d.column) +
               ", \"severity\": " + (d.severity == Severity::Error ? "\"error\"" : "\"warning\"") +
               ", \"code\": " + jsonQuote(d.code) + ", \"message\": " + jsonQuote(d.message) +
               ", \"hint\": " + jsonQuote(d.hint) + "}";
    }
    return out + (items.empty() ? "]" : "\n]");
}

}  // namespace revq
