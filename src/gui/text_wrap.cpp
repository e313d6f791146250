#include "gui/text_wrap.h"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/window.h>

namespace revq::gui {

namespace {

bool isCjk(wxUniChar c) {
    const auto v = c.GetValue();
    return (v >= 0x2E80 && v <= 0x9FFF) || (v >= 0xAC00 && v <= 0xD7AF) ||
           (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFF00 && v <= 0xFFEF);
}

// Characters a line must not start with (closing punctuation, CJK and Latin).
bool noBreakBefore(wxUniChar c) {
    static const wxString closing = wxString::FromUTF8(
        "\xEF\xBC\x8C\xE3\x80\x82\xE3\x80\x81\xEF\xBC\x9F\xEF\xBC\x81\xEF\xBC\x9A\xEF\xBC\x9B"
        "\xEF\xBC\x89\xE3\x80\x8D\xE3\x80\x8F\xE3\x80\x8B\xE3\x80\x89\xE2\x80\x9D\xE2\x80\x99"
        ",.;:!?)]}");
    return closing.Find(c) != wxNOT_FOUND;
}

// May a line end before position i (0 < i < text length)?
bool breakBefore(const wxString& text, size_t i) {
    const wxUniChar prev = text[i - 1], next = text[i];
    if (noBreakBefore(next))
        return false;
    if (prev == ' ')
        return true;
    return isCjk(prev) || isCjk(next);
}

void wrapParagraph(wxDC& dc, const wxString& para, int width, wxString& out) {
    const size_t n = para.length();
    if (n == 0)
        return;
    wxArrayInt ext;  // ext[i]: width of para[0..i]
    if (!dc.GetPartialTextExtents(para, ext) || ext.size() != n) {
        out += para;
        return;
    }
    size_t start = 0;
    while (start < n) {
        const int base = start > 0 ? ext[start - 1] : 0;
        size_t end = start;
        while (end < n && ext[end] - base <= width)
            ++end;
        if (end == n) {
            out += para.Mid(start);
            return;
        }
        if (end == start)
            end = start + 1;  // one character wider than the line: it goes alone
        size_t cut = end;
        for (size_t i = end; i > start; --i)
            if (i < n && breakBefore(para, i)) {
                cut = i;
                break;
            }
        if (cut == start)
            cut = end;
        size_t last = cut;
        while (last > start && para[last - 1] == ' ')
            --last;
        out += para.Mid(start, last - start);
        out += '\n';
        start = cut;
        while (start < n && para[start] == ' ')
            ++start;
    }
}

}  // namespace

wxString wrapToWidth(const wxWindow* w, const wxString& text, int width) {
    if (!w || width <= 0)
        return text;
    // A memory DC measures in the window's font without the window being shown yet.
    wxBitmap pixel(1, 1);
    wxMemoryDC dc(pixel);
    dc.SetFont(w->GetFont());
    wxString out;
    size_t from = 0;
    while (true) {
        const size_t nl = text.find('\n', from);
        wrapParagraph(dc, text.substr(from, nl == wxString::npos ? wxString::npos : nl - from),
                      width, out);
        if (nl == wxString::npos)
            break;
        out += '\n';
        from = nl + 1;
    }
    return out;
}

}  // namespace revq::gui
