// value_preview.cpp — bounded, printable previews of values (see value_preview.hpp).
#include "value_preview.hpp"

#include <cstdio>

namespace tkext::core {

std::string preview_value(std::string_view text, std::size_t limit) {
    bool cut = false;
    if (text.size() > limit) {
        std::size_t end = limit;
        // Step back over UTF-8 continuation bytes so no character is split.
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        text = text.substr(0, end);
        cut = true;
    }
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F) {
            char escaped[5];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
            out += escaped;
        } else {
            out += c;
        }
    }
    if (cut) out += "...";
    return out;
}

}  // namespace tkext::core
