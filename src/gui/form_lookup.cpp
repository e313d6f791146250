#include "gui/form_lookup.h"

#include <filesystem>
#include <fstream>
#include <vector>

#include "core/data_paths.h"
#include "gui/language.h"
#include "gui/settings.h"

namespace revq::gui {
namespace fs = std::filesystem;

namespace {

// Reads just enough of a form file to know its id and version (without loading it).
bool peekFormIdentity(const fs::path& path, std::string* id, std::string* version) {
    std::ifstream in(path, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    size_t form = head.find("<form");
    if (form == std::string::npos)
        return false;
    size_t close = head.find('>', form);
    std::string tag = head.substr(form, close - form);
    auto attr = [&tag](const std::string& name) {
        size_t p = tag.find(" " + name + "=\"");
        if (p == std::string::npos)
            return std::string();
        p += name.size() + 3;
        return tag.substr(p, tag.find('"', p) - p);
    };
    *id = attr("id");
    *version = attr("version");
    return !id->empty();
}

bool isForm(const fs::path& path, const std::string& formId, const std::string& version) {
    std::string id, v;
    return peekFormIdentity(path, &id, &v) && id == formId && v == version;
}

}  // namespace

std::string findFormFile(const std::string& formId, const std::string& version,
                         const std::string& nearFile) {
    for (const wxString& known : settings::knownForms())
        if (isForm(pathFromUtf8(toUtf8(known)), formId, version))
            return toUtf8(known);
    std::vector<fs::path> dirs;
    if (!nearFile.empty())
        dirs.push_back(pathFromUtf8(nearFile).parent_path());
    if (dataDirs().found)
        dirs.push_back(dataDirs().forms);
    for (const fs::path& dir : dirs) {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.path().extension() == ".xml" && isForm(e.path(), formId, version))
                return pathToUtf8(e.path());
    }
    return {};
}

}  // namespace revq::gui
