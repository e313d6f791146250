#include "gui/response_export.h"

#include "gui/response_document.h"

namespace revq::gui {

std::string exportResponseWorkbook(const ResponseDocument& doc, const std::string& path,
                                   const std::string& lang) {
    (void)doc;
    (void)lang;
    // The single-response workbook of src/export has not landed in this build yet.
    return "The Excel export of one response is not part of this build yet, so " + path +
           " was not written. Use Print or revq-cli export instead.";
}

}  // namespace revq::gui
