#include "export/xlsx_book.h"

#include <cstdio>

#include "core/utf8.h"
#include "export/cell_text.h"
#include "export/sheet_name.h"

namespace revq {

namespace {

constexpr std::size_t kMaxUrlChars = 2079;

}  // namespace

std::string cellName(lxw_row_t row, lxw_col_t col) {
    std::string letters;
    unsigned n = static_cast<unsigned>(col) + 1;
    while (n > 0) {
        letters.insert(letters.begin(), char('A' + (n - 1) % 26));
        n = (n - 1) / 26;
    }
    return letters + std::to_string(row + 1);
}

bool isWritableHyperlink(std::string_view url) {
    std::string_view rest;
    if (url.starts_with("http://"))
        rest = url.substr(7);
    else if (url.starts_with("https://"))
        rest = url.substr(8);
    else
        return false;
    if (rest.empty() || rest.front() == '/' || url.size() > kMaxUrlChars)
        return false;
    if (!isValidUtf8(url))
        return false;
    for (unsigned char c : url)
        if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>')
            return false;
    return true;
}

XlsxBook::XlsxBook(std::string path, bool constantMemory) : path_(std::move(path)) {
    tempPath_ = temporaryPathBeside(path_);
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    wb_ = workbook_new_opt(tempPath_.c_str(), &options);
    if (!wb_) {
        errors_.push_back("could not start the workbook " + path_ +
                          " (libxlsxwriter could not allocate it); check free memory");
        return;
    }
    auto fmt = [&] { return workbook_add_format(wb_); };
    formats_.header = fmt();
    format_set_bold(formats_.header);
    format_set_text_wrap(formats_.header);
    format_set_align(formats_.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(formats_.header, 0xDDEBF7);
    format_set_bottom(formats_.header, LXW_BORDER_THIN);
    formats_.title = fmt();
    format_set_bold(formats_.title);
    format_set_font_size(formats_.title, 13);
    formats_.wrap = fmt();
    format_set_text_wrap(formats_.wrap);
    format_set_align(formats_.wrap, LXW_ALIGN_VERTICAL_TOP);
    formats_.percent = fmt();
    format_set_num_format(formats_.percent, "0.0%");
    formats_.integer = fmt();
    format_set_num_format(formats_.integer, "0");
    formats_.url = workbook_get_default_url_format(wb_);
    formats_.note = fmt();
    format_set_italic(formats_.note);
}

XlsxBook::~XlsxBook() {
    if (wb_ && !closed_) {
        // Abandoned (an error elsewhere): libxlsxwriter only frees memory when it closes, so
        // close into the temporary file and remove it; the target is never touched.
        workbook_close(wb_);
        std::remove(tempPath_.c_str());
    }
}

XlsxSheet XlsxBook::addSheet(std::string_view wanted, bool rightToLeft) {
    XlsxSheet s;
    if (!wb_)
        return s;
    s.name = makeSheetName(wanted, sheetNames_);
    s.ws = workbook_add_worksheet(wb_, s.name.c_str());
    if (!s.ws) {
        errors_.push_back("could not add the sheet '" + s.name + "' to " + path_);
        return s;
    }
    if (rightToLeft)
        worksheet_right_to_left(s.ws);
    return s;
}

void XlsxBook::note(const XlsxSheet& s, lxw_row_t row, lxw_col_t col, std::string_view ctx1,
                    std::string_view ctx2, std::string message) {
    ExportNote n;
    n.where = "sheet '" + s.name + "' cell " + cellName(row, col);
    if (!ctx1.empty() || !ctx2.empty()) {
        n.where += " (";
        n.where += ctx1;
        if (!ctx1.empty() && !ctx2.empty())
            n.where += ", ";
        n.where += ctx2;
        n.where += ")";
    }
    n.message = std::move(message);
    notes_.push_back(std::move(n));
}

bool XlsxBook::check(lxw_error err, std::string_view what) {
    if (err == LXW_NO_ERROR)
        return true;
    std::string msg = "could not write ";
    msg += what;
    msg += " in ";
    msg += path_;
    msg += ": ";
    msg += lxw_strerror(err);
    errors_.push_back(std::move(msg));
    return false;
}

void XlsxBook::text(const XlsxSheet& s, lxw_row_t row, lxw_col_t col, const std::string& value,
                    lxw_format* format, std::string_view ctx1, std::string_view ctx2) {
    if (!s.ws || value.empty())
        return;
    // Fast path: most texts are valid and short, and need no copy.
    if (value.size() <= kMaxCellChars && isValidUtf8(value)) {
        lxw_error e = worksheet_write_string(s.ws, row, col, value.c_str(), format);
        if (e != LXW_NO_ERROR)
            check(e, "sheet '" + s.name + "' cell " + cellName(row, col));
        return;
    }
    CellText safe = prepareCellText(value);
    if (safe.repairedUtf8)
        note(s, row, col, ctx1, ctx2,
             "the text held bytes that are not valid UTF-8; they were replaced by U+FFFD (�). "
             "Ask the State to check the answer in its response file");
    if (safe.truncated)
        note(s, row, col, ctx1, ctx2,
             "the text is longer than Excel's 32,767 characters a cell; it was cut and ends with "
             "the marker \"" +
                 std::string(kTruncationMarker) + "\". Read the whole text in the response file");
    lxw_error e = worksheet_write_string(s.ws, row, col, safe.text.c_str(), format);
    if (e != LXW_NO_ERROR)
        check(e, "sheet '" + s.name + "' cell " + cellName(row, col));
}

void XlsxBook::number(const XlsxSheet& s, lxw_row_t row, lxw_col_t col, double value,
                      lxw_format* format) {
    if (!s.ws)
        return;
    lxw_error e = worksheet_write_number(s.ws, row, col, value, format);
    if (e != LXW_NO_ERROR)
        check(e, "sheet '" + s.name + "' cell " + cellName(row, col));
}

void XlsxBook::link(const XlsxSheet& s, lxw_row_t row, lxw_col_t col, const std::string& url,
                    std::string_view ctx1, std::string_view ctx2) {
    if (!s.ws || url.empty())
        return;
    if (isWritableHyperlink(url)) {
        lxw_error e = worksheet_write_url(s.ws, row, col, url.c_str(), formats_.url);
        if (e == LXW_NO_ERROR)
            return;
        // Too many links on the sheet or a URL Excel refuses: keep it readable as text.
        note(s, row, col, ctx1, ctx2,
             std::string("the address was written as text, not as a link: ") + lxw_strerror(e));
    }
    text(s, row, col, url, formats_.wrap, ctx1, ctx2);
}

WriteResult XlsxBook::finish() {
    WriteResult result;
    if (!wb_) {
        result.ok = false;
        result.error = errors_.empty() ? "no workbook" : errors_.front();
        return result;
    }
    closed_ = true;
    const lxw_error err = workbook_close(wb_);
    wb_ = nullptr;
    if (!errors_.empty() || err != LXW_NO_ERROR) {
        std::remove(tempPath_.c_str());
        result.ok = false;
        if (err != LXW_NO_ERROR)
            result.error = "could not write the workbook " + path_ + ": " + lxw_strerror(err) +
                           " (check that the folder exists and is writable, and free space)";
        else
            result.error = errors_.front();
        if (errors_.size() > 1)
            result.error += " (and " + std::to_string(errors_.size() - 1) + " more problems)";
        result.error += "; " + path_ + " was not changed";
        return result;
    }
    return commitTemporaryFile(tempPath_, path_);
}

}  // namespace revq
