// "Export my answers to Excel": the single-response workbook of src/export, written for the
// document open in the window.
#pragma once

#include <string>

namespace revq::gui {

class ResponseDocument;

// Writes the workbook to `path`; "" on success, else a sentence for the person.
std::string exportResponseWorkbook(const ResponseDocument& doc, const std::string& path,
                                   const std::string& lang);

}  // namespace revq::gui
