// nesting_scan.cpp — linear scans of list-like strings (see nesting_scan.hpp).
#include "nesting_scan.hpp"

namespace tkext::core {

std::size_t max_brace_depth(std::string_view text) {
    std::size_t depth = 0;
    std::size_t deepest = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\') {
            ++i;  // the escaped character never opens or closes a level
        } else if (c == '{') {
            if (++depth > deepest) deepest = depth;
        } else if (c == '}' && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

bool is_plain_word(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text) {
        switch (c) {
            case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
            case '{': case '}': case '"': case '\\':
                return false;
            default:
                break;
        }
    }
    return true;
}

}  // namespace tkext::core
