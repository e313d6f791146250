#include "core/workspace.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <pugixml.hpp>
#include <thread>

#include "core/data_paths.h"
#include "core/file_name_state.h"
#include "core/response_reader.h"
#include "core/response_store.h"
#include "core/response_validation.h"
#include "core/response_writer.h"
#include "core/sha256.h"
#include "core/utf8.h"

namespace fs = std::filesystem;

namespace revq {

std::string_view toString(FileFlag flag) {
    switch (flag) {
        case FileFlag::Unreadable:
            return "unreadable";
        case FileFlag::OtherForm:
            return "other-form";
        case FileFlag::OtherVersion:
            return "other-version";
        case FileFlag::UnknownState:
            return "unknown-state";
        case FileFlag::ChangedAfterSubmission:
            return "changed-after-submission";
        case FileFlag::MissingHash:
            return "missing-hash";
        case FileFlag::SecondRevision:
            return "second-revision";
        case FileFlag::NotChosen:
            return "not-chosen";
        case FileFlag::NameOtherState:
            return "name-other-state";
    }
    return "unknown";
}

bool WorkspaceFile::has(FileFlag f) const {
    return std::any_of(problems.begin(), problems.end(),
                       [f](const FileProblem& p) { return p.flag == f; });
}

std::string WorkspaceFile::problemText() const {
    std::string out;
    for (const auto& p : problems) {
        if (!out.empty())
            out += "; ";
        out += p.message;
    }
    return out;
}

namespace {

bool isResponseFileName(const fs::path& p) {
    return p.extension() == ".revq";
}

std::vector<fs::path> responseFilesIn(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code sec;
        if (it->is_regular_file(sec) && isResponseFileName(it->path()))
            out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Later is better: the submission time of a submitted response, else its last revision.
std::string timeOf(const WorkspaceFile& f) {
    if (f.status == ResponseStatus::Submitted && !f.submittedAt.empty())
        return f.submittedAt;
    if (f.response && !f.response->history.empty())
        return f.response->history.back().at;
    return f.response ? f.response->created : std::string();
}

// Lower is better: an intact submission, then a draft, then a submission changed afterwards.
int tierOf(const WorkspaceFile& f) {
    if (f.status == ResponseStatus::Submitted && f.integrity == IntegrityState::Intact)
        return 0;
    if (f.status == ResponseStatus::Draft)
        return 1;
    return 2;
}

// The whole file in one read of its known size (a stream iterator costs several times more
// for the ~60 KB of a typical response).
bool readBytes(const std::string& path, std::string* out) {
    std::error_code ec;
    const auto size = fs::file_size(pathFromUtf8(path), ec);
    if (ec || size > kMaxResponseFileBytes)
        return false;
    std::FILE* f = openFileUtf8(path, "rb");
    if (!f)
        return false;
    out->resize(static_cast<size_t>(size));
    const size_t got = size ? std::fread(out->data(), 1, out->size(), f) : 0;
    const bool ok = got == out->size() && std::fgetc(f) == EOF && !std::ferror(f);
    std::fclose(f);
    return ok;
}

// Every usable file read since `first` that carries a flag, once the States are rebuilt.
void reportFlagged(const std::vector<WorkspaceFile>& files, size_t first, ImportReport& rep) {
    for (size_t i = first; i < files.size(); ++i)
        if (files[i].usable && !files[i].problems.empty())
            rep.flagged.push_back(files[i].fileName + ": " + files[i].problemText());
}

}  // namespace

// Reads and checks one file; safe to call from several threads at once.
WorkspaceFile readWorkspaceFile(const std::string& path, const Form& form,
                                const StatesList* states) {
    WorkspaceFile wf;
    wf.path = path;
    wf.fileName = pathToUtf8(pathFromUtf8(path).filename());
    // Read once, hash the bytes (the file as received) and parse them; when the fast read fails
    // (missing, too large, changing) the reader words the error.
    ResponseReadResult opened;
    std::string bytes;
    if (readBytes(path, &bytes)) {
        wf.sha256 = sha256Hex(bytes);
        ResponseReadOptions options;
        options.answerPositions = false;  // messages here name the file, not an answer's line
        opened = readResponseText(bytes, path, options);
    } else {
        opened = readResponseFile(path);
    }
    auto skip = [&](FileFlag flag, std::string message) {
        wf.problems.push_back({flag, std::move(message)});
        return wf;
    };
    if (!opened.response) {
        std::string why = "cannot be read";
        for (const auto& d : opened.diagnostics.items)
            if (d.severity == Severity::Error) {
                why = d.format();
                break;
            }
        return skip(FileFlag::Unreadable,
                    "unreadable: " + why + " (ask the State to send the file again)");
    }
    Response& r = *opened.response;
    wf.stateCode = r.stateCode;
    wf.status = r.status;
    wf.submittedAt = r.submitted;
    wf.formVersion = r.formVersion;
    if (r.formId != form.id) {
        return skip(FileFlag::OtherForm, "answers another questionnaire ('" + r.formId +
                                             "' version " + r.formVersion + "), not '" + form.id +
                                             "': not collated; collate it with its own form");
    }
    if (states && !states->find(r.stateCode)) {
        return skip(FileFlag::UnknownState,
                    "names the State '" + r.stateCode +
                        "', which is not in the States list: not collated; correct the State code");
    }
    if (auto mismatch = fileNameStateMismatch(wf.fileName, r.stateCode, states))
        wf.problems.push_back({FileFlag::NameOtherState, *mismatch});
    wf.integrity = checkIntegrity(r);
    if (wf.integrity == IntegrityState::ChangedAfterSubmission)
        wf.problems.push_back(
            {FileFlag::ChangedAfterSubmission,
             "changed after submission: its answers no longer match the integrity hash stored "
             "when it was submitted; ask the State to confirm or resubmit"});
    else if (wf.integrity == IntegrityState::MissingHash)
        wf.problems.push_back({FileFlag::MissingHash,
                               "marked submitted but has no integrity hash; ask the State to "
                               "submit it again from revq"});
    if (r.formVersion != form.version) {
        MapResult mapped = mapResponseToForm(r, form);
        wf.problems.push_back({FileFlag::OtherVersion,
                               "answers version " + r.formVersion + " of the form, not " +
                                   form.version + ": mapped (" +
                                   std::to_string(mapped.report.kept.size()) + " kept, " +
                                   std::to_string(mapped.report.moved.size()) + " moved, " +
                                   std::to_string(mapped.report.setAside.size()) + " set aside)"});
        wf.response = std::move(mapped.response);
    } else {
        wf.response = std::move(r);
    }
    wf.usable = true;
    return wf;
}

void Workspace::readFiles(const std::vector<std::string>& paths, ImportReport& report,
                          ImportProgress* progress) {
    // Files are independent: read them on every core (about 60 KB of XML each, a few hundred
    // of them), keeping the order of `paths` in the result.
    std::vector<std::optional<WorkspaceFile>> read(paths.size());
    std::atomic<size_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    auto work = [&] {
        for (size_t i; !stop && (i = next++) < paths.size(); ++done)
            read[i] = readWorkspaceFile(paths[i], *form_, states_.get());
    };
    const size_t threads =
        std::min<size_t>({std::max(1u, std::thread::hardware_concurrency()), 4, paths.size()});
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    // The calling thread reads too, and alone reports progress (a GUI's dialog lives there).
    bool reported = false;
    for (size_t i; !stop && (i = next++) < paths.size(); ++done) {
        reported = true;
        if (progress &&
            !progress->onFile(done, paths.size(), pathToUtf8(pathFromUtf8(paths[i]).filename()))) {
            stop = true;
            report.cancelled = true;
            break;
        }
        read[i] = readWorkspaceFile(paths[i], *form_, states_.get());
    }
    for (auto& t : helpers)
        t.join();
    // The helpers may have taken every file: still tell the caller that reading finished.
    if (progress && !reported && !paths.empty())
        progress->onFile(paths.size(), paths.size(), "");
    for (auto& wf : read) {
        if (!wf)
            continue;
        if (wf->usable)
            report.imported.push_back(wf->fileName);
        else
            report.skipped.push_back(wf->fileName + ": " + wf->problems.front().message);
        files_.push_back(std::move(*wf));
    }
}

void Workspace::rebuildStates() {
    for (auto& f : files_)
        std::erase_if(f.problems, [](const FileProblem& p) {
            return p.flag == FileFlag::SecondRevision || p.flag == FileFlag::NotChosen;
        });
    std::map<std::string, WorkspaceState, std::less<>> byCode;
    for (size_t i = 0; i < files_.size(); ++i) {
        if (files_[i].stateCode.empty())
            continue;
        WorkspaceState& s = byCode[files_[i].stateCode];
        s.code = files_[i].stateCode;
        s.files.push_back(i);
    }
    stateRows_.clear();
    for (auto& [code, s] : byCode) {
        std::vector<size_t> usable;
        for (size_t i : s.files)
            if (files_[i].usable)
                usable.push_back(i);
        if (auto d = decisions_.find(code); d != decisions_.end())
            for (size_t i : usable)
                if (files_[i].fileName == d->second) {
                    s.chosen = static_cast<long>(i);
                    s.decided = true;
                }
        if (s.chosen < 0 && !usable.empty()) {
            size_t best = usable.front();
            for (size_t i : usable) {
                const WorkspaceFile &a = files_[i], &b = files_[best];
                const int ta = tierOf(a), tb = tierOf(b);
                if (ta != tb ? ta < tb
                             : (timeOf(a) != timeOf(b) ? timeOf(a) > timeOf(b)
                                                       : a.fileName > b.fileName))
                    best = i;
            }
            s.chosen = static_cast<long>(best);
        }
        if (auto n = notes_.find(code); n != notes_.end())
            s.note = n->second;
        if (usable.size() > 1) {
            s.conflict = !s.decided;
            std::string names;
            for (size_t i : usable)
                names += (names.empty() ? "" : ", ") + files_[i].fileName;
            const std::string& chosenName = files_[static_cast<size_t>(s.chosen)].fileName;
            for (size_t i : usable) {
                files_[i].problems.push_back(
                    {FileFlag::SecondRevision,
                     code + " sent " + std::to_string(usable.size()) + " revisions (" + names +
                         "); " + chosenName +
                         (s.decided ? " is collated, as the secretariat decided"
                                    : " is collated (the latest submitted); confirm or choose "
                                      "another in the workspace")});
                if (static_cast<long>(i) != s.chosen)
                    files_[i].problems.push_back(
                        {FileFlag::NotChosen, "not collated: " + chosenName + " is used instead"});
            }
        }
        if (s.chosen >= 0) {
            const WorkspaceFile& f = files_[static_cast<size_t>(s.chosen)];
            s.states = evaluateForm(*form_, f.response->answers);
            const Completeness c = computeCompleteness(*form_, *f.response, &s.states);
            s.completeness =
                c.overall.relevant > 0 ? double(c.overall.answered) / c.overall.relevant : -1;
        }
        stateRows_.push_back(std::move(s));
    }
}

void Workspace::loadDecisions(const std::string& path, ImportReport& report) {
    std::string xml;
    if (!readBytes(path, &xml))
        return;  // no decisions yet
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
    auto where = [&](ptrdiff_t offset) {
        int line = 0, col = 0;
        lineAndColumn(xml, static_cast<size_t>(std::max<ptrdiff_t>(offset, 0)), &line, &col);
        return path + ":" + std::to_string(line) + ":" + std::to_string(col);
    };
    if (!parsed || !isValidUtf8(xml)) {
        report.errors.push_back(
            where(parsed ? static_cast<ptrdiff_t>(findInvalidUtf8(xml)) : parsed.offset) +
            ": error: the workspace decisions cannot be read (" +
            (parsed ? std::string("invalid UTF-8") : std::string(parsed.description())) +
            "); the automatic choices are used. Fix or remove the file");
        return;
    }
    const pugi::xml_node root = doc.document_element();
    if (std::string_view(root.name()) != "workspace" ||
        root.attribute("xmlns").value() != kWorkspaceNamespace) {
        report.errors.push_back(where(root.offset_debug()) +
                                ": error: not a revq workspace file (expected <workspace xmlns=\"" +
                                std::string(kWorkspaceNamespace) +
                                "\">); the automatic choices are used");
        return;
    }
    for (pugi::xml_node s = root.child("state"); s; s = s.next_sibling("state")) {
        const std::string code = s.attribute("code").value();
        if (code.empty())
            continue;
        if (const char* chosen = s.attribute("chosen").value(); *chosen)
            decisions_[code] = chosen;
        if (pugi::xml_node n = s.child("note"))
            notes_[code] = n.text().get();
    }
}

Workspace Workspace::open(const std::string& folder, std::shared_ptr<const Form> form,
                          std::shared_ptr<const StatesList> states, ImportReport* report,
                          ImportProgress* progress) {
    ImportReport local;
    ImportReport& rep = report ? *report : local;
    Workspace ws;
    ws.folder_ = folder;
    ws.form_ = std::move(form);
    ws.states_ = std::move(states);
    std::error_code ec;
    if (!fs::is_directory(pathFromUtf8(folder), ec)) {
        rep.errors.push_back(folder +
                             ": error: the workspace folder does not exist; create it "
                             "or choose another folder");
        return ws;
    }
    ws.loadDecisions(pathToUtf8(pathFromUtf8(folder) / kWorkspaceFileName), rep);
    std::vector<std::string> paths;
    for (const auto& p : responseFilesIn(pathFromUtf8(folder)))
        paths.push_back(pathToUtf8(p));
    ws.readFiles(paths, rep, progress);
    ws.rebuildStates();
    reportFlagged(ws.files_, 0, rep);
    return ws;
}

Workspace Workspace::fromPaths(const std::vector<std::string>& paths,
                               std::shared_ptr<const Form> form,
                               std::shared_ptr<const StatesList> states, ImportReport* report,
                               ImportProgress* progress) {
    ImportReport local;
    ImportReport& rep = report ? *report : local;
    Workspace ws;
    ws.form_ = std::move(form);
    ws.states_ = std::move(states);
    std::vector<std::string> files;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_directory(pathFromUtf8(p), ec)) {
            ws.loadDecisions(pathToUtf8(pathFromUtf8(p) / kWorkspaceFileName), rep);
            for (const auto& f : responseFilesIn(pathFromUtf8(p)))
                files.push_back(pathToUtf8(f));
        } else if (fs::exists(pathFromUtf8(p), ec)) {
            files.push_back(p);
        } else {
            rep.skipped.push_back(p + ": no such file or folder");
        }
    }
    ws.readFiles(files, rep, progress);
    ws.rebuildStates();
    reportFlagged(ws.files_, 0, rep);
    return ws;
}

ImportReport Workspace::importFiles(const std::vector<std::string>& paths,
                                    ImportProgress* progress) {
    ImportReport rep;
    const size_t first = files_.size();
    if (folder_.empty()) {
        rep.errors.push_back("this collation has no workspace folder to import files into");
        return rep;
    }
    for (size_t i = 0; i < paths.size(); ++i) {
        const fs::path src = pathFromUtf8(paths[i]);
        if (progress && !progress->onFile(i, paths.size(), pathToUtf8(src.filename()))) {
            rep.cancelled = true;
            break;
        }
        std::string bytes;
        if (!readBytes(paths[i], &bytes)) {
            rep.errors.push_back(paths[i] +
                                 ": error: cannot read the file; check that it exists "
                                 "and that you may read it");
            continue;
        }
        const std::string hash = sha256Hex(bytes);
        fs::path dest = pathFromUtf8(folder_) / src.filename();
        bool duplicate = false;
        for (int n = 2;; ++n) {
            std::error_code ec;
            if (!fs::exists(dest, ec))
                break;
            if (stampOfFile(pathToUtf8(dest)).sha256 == hash) {
                duplicate = true;
                break;
            }
            // Never overwrite: another file of that name is kept under a new name.
            dest = pathFromUtf8(folder_) /
                   pathFromUtf8(pathToUtf8(src.stem()) + " (" + std::to_string(n) + ")" +
                                pathToUtf8(src.extension()));
        }
        if (duplicate) {
            rep.skipped.push_back(pathToUtf8(src.filename()) + ": already in the workspace as " +
                                  pathToUtf8(dest.filename()));
            continue;
        }
        const WriteResult w = writeFileAtomically(pathToUtf8(dest), bytes);
        if (!w) {
            rep.errors.push_back(w.error);
            continue;
        }
        readFiles({pathToUtf8(dest)}, rep, nullptr);
    }
    rebuildStates();
    reportFlagged(files_, first, rep);
    return rep;
}

bool Workspace::choose(std::string_view stateCode, const std::string& fileName,
                       std::string* error) {
    const WorkspaceState* s = state(stateCode);
    if (!s) {
        if (error)
            *error = "no file from " + std::string(stateCode) + " is in the workspace";
        return false;
    }
    if (fileName.empty()) {
        decisions_.erase(std::string(stateCode));
        rebuildStates();
        return true;
    }
    for (size_t i : s->files)
        if (files_[i].fileName == fileName) {
            if (!files_[i].usable) {
                if (error)
                    *error = fileName + " cannot be collated: " + files_[i].problemText();
                return false;
            }
            decisions_[std::string(stateCode)] = fileName;
            rebuildStates();
            return true;
        }
    if (error)
        *error = fileName + " is not a file from " + std::string(stateCode);
    return false;
}

void Workspace::setNote(std::string_view stateCode, std::string note) {
    notes_[std::string(stateCode)] = std::move(note);
    for (auto& s : stateRows_)
        if (s.code == stateCode)
            s.note = notes_[std::string(stateCode)];
}

WriteResult Workspace::save() const {
    if (folder_.empty()) {
        WriteResult r;
        r.ok = false;
        r.error = "this collation has no workspace folder; its decisions cannot be saved";
        return r;
    }
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workspace xmlns=\"";
    xml += kWorkspaceNamespace;
    xml += "\" format-version=\"1\">\n  <form id=\"";
    appendXmlEscaped(xml, form_->id, true);
    xml += "\" version=\"";
    appendXmlEscaped(xml, form_->version, true);
    xml += "\"/>\n";
    std::map<std::string, std::pair<std::string, std::string>> byState;
    for (const auto& [code, file] : decisions_)
        byState[code].first = file;
    for (const auto& [code, note] : notes_)
        byState[code].second = note;
    for (const auto& [code, d] : byState) {
        if (d.first.empty() && d.second.empty())
            continue;
        xml += "  <state code=\"";
        appendXmlEscaped(xml, code, true);
        xml += "\"";
        if (!d.first.empty()) {
            xml += " chosen=\"";
            appendXmlEscaped(xml, d.first, true);
            xml += "\"";
        }
        if (d.second.empty()) {
            xml += "/>\n";
            continue;
        }
        xml += "><note>";
        appendXmlEscaped(xml, d.second, false);
        xml += "</note></state>\n";
    }
    xml += "</workspace>\n";
    // Atomic replacement: a failed save leaves the previous decisions as they were, and no
    // stray backup file appears beside the States' files.
    return writeFileAtomically(pathToUtf8(pathFromUtf8(folder_) / kWorkspaceFileName), xml);
}

const WorkspaceState* Workspace::state(std::string_view code) const {
    for (const auto& s : stateRows_)
        if (s.code == code)
            return &s;
    return nullptr;
}

const WorkspaceFile* Workspace::chosenFile(const WorkspaceState& s) const {
    return s.chosen >= 0 ? &files_[static_cast<size_t>(s.chosen)] : nullptr;
}

std::string Workspace::groupOf(std::string_view code) const {
    if (!states_)
        return {};
    const State* st = states_->find(code);
    return st ? st->group : std::string();
}

std::string Workspace::nameOf(std::string_view code, std::string_view lang) const {
    if (states_)
        if (const State* st = states_->find(code); st && !st->name.empty())
            return st->name.get(lang);
    return std::string(code);
}

std::string Workspace::flagsOf(const WorkspaceState& s) const {
    std::string out;
    for (size_t i : s.files) {
        const WorkspaceFile& f = files_[i];
        for (const auto& p : f.problems) {
            // The conflict is said once per State, not once per file.
            if (p.flag == FileFlag::NotChosen)
                continue;
            if (p.flag == FileFlag::SecondRevision && static_cast<long>(i) != s.chosen)
                continue;
            if (!out.empty())
                out += "; ";
            out += f.fileName + ": " + p.message;
        }
    }
    return out;
}

std::vector<CollatedResponse> Workspace::collated(std::vector<long>* rowOfState) const {
    std::vector<CollatedResponse> rows;
    if (rowOfState)
        rowOfState->assign(stateRows_.size(), -1);
    for (size_t i = 0; i < stateRows_.size(); ++i) {
        const WorkspaceState& s = stateRows_[i];
        if (s.chosen < 0)
            continue;
        if (rowOfState)
            (*rowOfState)[i] = static_cast<long>(rows.size());
        CollatedResponse c;
        c.stateCode = s.code;
        c.groupId = groupOf(s.code);
        c.response = &*files_[static_cast<size_t>(s.chosen)].response;
        c.states = s.states;
        c.indexAnswers(*form_);
        rows.push_back(std::move(c));
    }
    return rows;
}

NextCycleReport prepareNextCycle(const Workspace& ws, const Form& nextForm,
                                 const std::string& outDir, const std::string& by) {
    NextCycleReport rep;
    std::error_code ec;
    fs::create_directories(pathFromUtf8(outDir), ec);
    if (!fs::is_directory(pathFromUtf8(outDir), ec)) {
        rep.problems.push_back(outDir +
                               ": error: cannot create the output folder; check the path "
                               "and your permissions");
        return rep;
    }
    for (const WorkspaceState& s : ws.states()) {
        const WorkspaceFile* f = ws.chosenFile(s);
        if (!f)
            continue;
        CarryOverOptions opts;
        opts.originFile = f->fileName;
        opts.stateCode = s.code;
        opts.language = f->response->language;
        opts.by = by;
        CarryOverResult carried = carryOver(*f->response, nextForm, opts);
        if (!carried.response) {
            rep.problems.push_back(f->fileName + ": " + carried.error);
            continue;
        }
        const std::string path = pathToUtf8(pathFromUtf8(outDir) / (s.code + ".revq"));
        SaveOptions save;
        save.keepBackup = false;
        const SaveResult saved = saveResponse(path, *carried.response, save);
        if (!saved)
            rep.problems.push_back(saved.error);
        else
            rep.written.push_back(path);
    }
    return rep;
}

}  // namespace revq
