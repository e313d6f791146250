// Printing a command's report: a titled list, one item a line, nothing when it is empty.
#pragma once

#include <iostream>
#include <string>
#include <vector>

namespace revq::cli {

inline void printList(const char* title, const std::vector<std::string>& items) {
    if (items.empty())
        return;
    std::cout << title << "\n";
    for (const auto& i : items)
        std::cout << "  " << i << "\n";
}

}  // namespace revq::cli
