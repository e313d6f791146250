// Command ids of the main window's menus and toolbar.
#pragma once

#include <wx/defs.h>

namespace revq::gui {

enum CommandId {
    ID_NEW_RESPONSE = wxID_HIGHEST + 100,
    ID_OPEN_FORM,
    ID_REVERT,
    ID_SUBMIT,
    ID_REOPEN,
    ID_EXPORT_EXCEL,
    ID_PRINT_PREVIEW,
    ID_NEXT_UNANSWERED,
    ID_FIND,
    ID_VALIDATE,
    ID_SHOW_PROBLEMS,
    ID_CONFIRM_SECTION,
    ID_FORM_LANGUAGE_FIRST,  // one per UN language
    ID_FORM_LANGUAGE_LAST = ID_FORM_LANGUAGE_FIRST + 5,
    ID_FORM_LANGUAGE_CHOICE,
    ID_USER_GUIDE,
    ID_OPEN_WORKSPACE,                              // secretariat view (workspace_frame.cpp)
    ID_IMPORT_ANSWERS,                              // main_frame_import.cpp
    ID_MERGE_CONTRIBUTIONS,                         // main_frame_consultation.cpp
    ID_CONSULTATION_STATUS,                         // main_frame_consultation.cpp
    ID_SPLIT_CONTRIBUTIONS,                         // main_frame_consultation.cpp
    ID_GAP_ANALYSIS_PREVIEW,                        // main_frame_gap.cpp
    ID_GAP_ANALYSIS_PRINT,                          // main_frame_gap.cpp
    ID_SHOW_PROVISION_PANE,                         // provision pane (provision_pane.cpp)
    ID_FEATURE_LAST = ID_SHOW_PROVISION_PANE + 20,  // room for the filters' own ids
};

}  // namespace revq::gui
