// A libxlsxwriter workbook written safely: every respondent text goes through prepareCellText
// and worksheet_write_string (never a formula), hyperlinks only for valid http(s) URLs, sheet
// names made valid and unique, every lxw_error turned into a sentence, and the file written
// beside the target then renamed over it, so a failed export leaves an existing file intact.
#pragma once

#include <xlsxwriter.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/atomic_file.h"

namespace revq {

// Something a person should know about what was written (a text repaired or cut).
struct ExportNote {
    std::string where;    // "sheet 'Texts' cell F12 (FRA, q_5_1)"
    std::string message;  // what happened and what to do
};

struct XlsxSheet {
    lxw_worksheet* ws = nullptr;
    std::string name;
};

// Formats shared by the sheets of one workbook.
struct XlsxFormats {
    lxw_format* header = nullptr;   // bold, wrapped, shaded, bottom border
    lxw_format* title = nullptr;    // bold, larger
    lxw_format* wrap = nullptr;     // wrapped text, top aligned
    lxw_format* percent = nullptr;  // 0.0%
    lxw_format* integer = nullptr;  // 0
    lxw_format* url = nullptr;      // hyperlink style
    lxw_format* note = nullptr;     // italic, for remarks
};

class XlsxBook {
  public:
    // Prepares a workbook for `path`; nothing is created at `path` until finish() succeeds.
    // In constant-memory mode each sheet must be written row by row, top to bottom. The summary
    // workbook does not use it: libxlsxwriter 1.1 refuses worksheet tables in that mode
    // (LXW_ERROR_FEATURE_NOT_SUPPORTED), and the Overview is a table.
    explicit XlsxBook(std::string path, bool constantMemory = false);
    ~XlsxBook();
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    bool ok() const { return errors_.empty(); }
    lxw_workbook* workbook() { return wb_; }
    const XlsxFormats& formats() const { return formats_; }

    // A new worksheet named after `wanted` (made valid and unique); right-to-left when asked.
    XlsxSheet addSheet(std::string_view wanted, bool rightToLeft);

    // Respondent or form text: repaired, cut if too long (both reported), written as a string.
    // `ctx1`/`ctx2` name what the text belongs to (State, question) in a note.
    void text(const XlsxSheet& s, lxw_row_t row, lxw_col_t col, const std::string& value,
              lxw_format* format = nullptr, std::string_view ctx1 = {}, std::string_view ctx2 = {});
    void number(const XlsxSheet& s, lxw_row_t row, lxw_col_t col, double value,
                lxw_format* format = nullptr);
    // A hyperlink when `url` is a valid http(s) URL Excel accepts; otherwise plain text.
    void link(const XlsxSheet& s, lxw_row_t row, lxw_col_t col, const std::string& url,
              std::string_view ctx1 = {}, std::string_view ctx2 = {});

    // Records a failed libxlsxwriter call as an error naming `what`; returns err == OK.
    bool check(lxw_error err, std::string_view what);
    void fail(std::string message) { errors_.push_back(std::move(message)); }

    // Closes the workbook and moves it into place. On failure nothing at `path` changes and the
    // result's error explains why.
    WriteResult finish();

    const std::vector<ExportNote>& notes() const { return notes_; }
    const std::vector<std::string>& errors() const { return errors_; }
    const std::string& path() const { return path_; }
    const std::vector<std::string>& sheetNames() const { return sheetNames_; }

  private:
    void note(const XlsxSheet& s, lxw_row_t row, lxw_col_t col, std::string_view ctx1,
              std::string_view ctx2, std::string message);

    std::string path_;
    std::string tempPath_;
    lxw_workbook* wb_ = nullptr;
    bool closed_ = false;
    XlsxFormats formats_;
    std::vector<std::string> sheetNames_;
    std::vector<ExportNote> notes_;
    std::vector<std::string> errors_;
};

// True for an http:// or https:// URL with a host and no spaces or control characters, short
// enough for Excel (2,079 characters).
bool isWritableHyperlink(std::string_view url);

// "F12" for row 11, column 5 (0-based).
std::string cellName(lxw_row_t row, lxw_col_t col);

}  // namespace revq
