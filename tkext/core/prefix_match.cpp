// prefix_match.cpp — unique-prefix lookup (see prefix_match.hpp).
#include "prefix_match.hpp"

namespace tkext::core {

const char* resolve_prefix(std::string_view word, std::span<const char* const> names) {
    const char* found = nullptr;
    for (const char* name : names) {
        const std::string_view candidate(name);
        if (candidate == word) return name;
        if (!word.empty() && candidate.starts_with(word)) {
            if (found != nullptr) return nullptr;
            found = name;
        }
    }
    return found;
}

}  // namespace tkext::core
