// value_preview.hpp — a short, printable rendering of a value for error messages.
//
// Errors quote the bad value, but a value may be megabytes long or binary junk;
// the preview keeps messages readable and bounded.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tkext::core {

// At most `limit` bytes of `text` (cut on a UTF-8 boundary, then "..."), with
// control characters shown as \xNN so the message stays one printable line.
std::string preview_value(std::string_view text, std::size_t limit = 40);

}  // namespace tkext::core
