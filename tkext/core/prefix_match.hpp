// prefix_match.hpp — resolving abbreviated subcommand names as Tcl does.
//
// Tk accepts any unique prefix of a subcommand (".c coo" is ".c coords"), so
// code that intercepts subcommands must resolve names the same way.
#pragma once

#include <span>
#include <string_view>

namespace tkext::core {

// The entry of `names` that `word` names exactly or as a unique prefix;
// nullptr when there is none or the prefix is ambiguous.
const char* resolve_prefix(std::string_view word, std::span<const char* const> names);

}  // namespace tkext::core
