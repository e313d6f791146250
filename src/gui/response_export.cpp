#include "gui/response_export.h"

#include <filesystem>

#include "core/data_paths.h"
#include "core/response_integrity.h"
#include "core/states.h"
#include "export/response_workbook.h"
#include "gui/response_document.h"

namespace revq::gui {

std::string exportResponseWorkbook(const ResponseDocument& doc, const std::string& path,
                                   const std::string& lang) {
    // The same layout and writer as `revq-cli export`, so both give the same workbook.
    const DataDirs& dirs = dataDirs();
    if (!dirs.found)
        return dirs.error;
    const std::string layoutPath = pathToUtf8(dirs.templates / "response.xml");
    LayoutLoadResult layout = loadExportLayoutFile(layoutPath, "response", responseSheetKinds());
    if (!layout.ok) {
        std::string why = "The export layout " + layoutPath + " cannot be used:";
        for (const Diagnostic& d : layout.diagnostics.items)
            why += "\n" + d.format();
        return why;
    }
    ResponseExportInput in;
    in.form = &doc.form();
    in.response = &doc.response();
    in.lang = lang;
    in.fileName =
        doc.path().empty() ? std::string() : pathToUtf8(pathFromUtf8(doc.path()).filename());
    IntegrityState integrity = checkIntegrity(doc.response());
    in.integrity = integrity == IntegrityState::Intact
                       ? "intact (the content matches the hash stored at submission)"
                       : describeIntegrityProblem(integrity);
    StatesLoadResult states = StatesList::load(pathToUtf8(dirs.statesFile()));
    if (states.states)
        if (const State* s = states.states->find(doc.response().stateCode))
            in.stateName = s->name.get(lang);
    ExportReport written = writeResponseWorkbook(layout.layout, in, path);
    return written.ok ? std::string() : written.error;
}

}  // namespace revq::gui
