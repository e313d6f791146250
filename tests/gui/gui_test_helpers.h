// Helpers for the GUI tests: a main window on the all-types form, finding controls by their
// accessible names, and driving them through the events a person's actions send.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include <wx/checkbox.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/grid.h>
#include <wx/radiobut.h>
#include <wx/textctrl.h>
#include <wx/utils.h>
#include <wx/window.h>

#include "gui/main_frame.h"
#include "gui/response_document.h"

namespace revq::gui::test {

// Appended step by step: GCC 12 warns (-Warray-bounds, a false positive) on
// std::string(literal) + "/" + name once inlined.
inline std::string joinPath(const char* folder, const std::string& name) {
    std::string path = folder;
    path += '/';
    path += name;
    return path;
}
inline std::string dataFile(const std::string& name) {
    return joinPath(REVQ_TEST_DATA, name);
}
inline std::string scratchFile(const std::string& name) {
    std::filesystem::create_directories(REVQ_TEST_SCRATCH);
    return joinPath(REVQ_TEST_SCRATCH, name);
}

// Lets pending events (layout, paint, CallAfter) run.
inline void settle() {
    for (int i = 0; i < 4; ++i)
        wxYield();
}

// Owns a shown main window and destroys it without asking about unsaved changes.
struct FrameFixture {
    MainFrame* frame;
    FrameFixture() : frame(new MainFrame) {
        frame->SetSize(1200, 900);
        frame->Show();
        settle();
    }
    ~FrameFixture() { drop(); }
    // The window goes away as in a crash: no close event, no questions, no cleanup of the
    // recovery copy.
    void drop() {
        if (!frame)
            return;
        frame->Destroy();
        frame = nullptr;
        settle();
    }
    template <class T>
    T* find(const std::string& name) {
        wxWindow* w = wxWindow::FindWindowByName(wxString::FromUTF8(name), frame);
        INFO("control " << name);
        REQUIRE(w != nullptr);
        T* t = dynamic_cast<T*>(w);
        REQUIRE(t != nullptr);
        return t;
    }
    bool exists(const std::string& name) {
        return wxWindow::FindWindowByName(wxString::FromUTF8(name), frame) != nullptr;
    }
    // Shown on screen: the control and every parent up to the frame.
    bool visible(const std::string& name) {
        wxWindow* w = wxWindow::FindWindowByName(wxString::FromUTF8(name), frame);
        return w && w->IsShownOnScreen();
    }
    ResponseDocument& doc() {
        REQUIRE(frame->document() != nullptr);
        return *frame->document();
    }
};

inline void send(wxWindow* w, wxEvent& e) {
    e.SetEventObject(w);
    w->GetEventHandler()->ProcessEvent(e);
}

inline void chooseRadio(wxRadioButton* b) {
    b->SetValue(true);
    wxCommandEvent e(wxEVT_RADIOBUTTON, b->GetId());
    e.SetInt(1);
    send(b, e);
    settle();
}

inline void toggleCheck(wxCheckBox* b, bool on) {
    b->SetValue(on);
    wxCommandEvent e(wxEVT_CHECKBOX, b->GetId());
    e.SetInt(on ? 1 : 0);
    send(b, e);
    settle();
}

// SetValue sends wxEVT_TEXT as typing does.
inline void typeText(wxTextCtrl* t, const wxString& text) {
    t->SetValue(text);
    settle();
}

inline void pickDate(wxDatePickerCtrl* d, const wxDateTime& when) {
    d->SetValue(when);
    wxDateEvent e(d, when, wxEVT_DATE_CHANGED);
    send(d, e);
    settle();
}

inline void setCell(wxGrid* g, int row, int col, const wxString& value) {
    g->SetCellValue(row, col, value);
    wxGridEvent e(g->GetId(), wxEVT_GRID_CELL_CHANGED, g, row, col);
    send(g, e);
    settle();
}

}  // namespace revq::gui::test
