#include "core/response.h"

namespace revq {

const Answer* Response::answer(std::string_view questionId) const {
    auto it = answers.find(questionId);
    return it == answers.end() ? nullptr : &it->second;
}

std::string_view toString(ResponseStatus status) {
    switch (status) {
        case ResponseStatus::Draft:
            return "draft";
        case ResponseStatus::Submitted:
            return "submitted";
    }
    return "draft";
}

}  // namespace revq
