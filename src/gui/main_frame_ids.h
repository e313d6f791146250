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
};

}  // namespace revq::gui
