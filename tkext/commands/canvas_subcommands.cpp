// canvas_subcommands.cpp — the enabled canvas's subcommand table (see canvas_subcommands.hpp).
#include "canvas_subcommands.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "../core/prefix_match.hpp"
#include "canvas_reshape.hpp"
#include "canvas_transform.hpp"

namespace tkext::commands {
namespace {

// Tk 8.6's canvas subcommands, for resolving abbreviations exactly as Tk does.
constexpr std::array<const char*, 33> tk_subcommands{
    "addtag",  "bbox",    "bind",      "canvasx",       "canvasy", "cget",     "configure",
    "coords",  "create",  "dchars",    "delete",        "dtag",    "find",     "focus",
    "gettags", "icursor", "imove",     "index",         "insert",  "itemcget", "itemconfigure",
    "lower",   "move",    "moveto",    "postscript",    "raise",   "rchars",   "scale",
    "scan",    "select",  "type",      "xview",         "yview"};

struct Entry {
    std::string_view name;
    Reshaper reshaper;
};

constexpr std::array<Entry, 5> reshaped{{
    {"coords", &reshape_coords},
    {"create", &reshape_create},
    {"find", &reshape_find},
    {"addtag", &reshape_addtag},
    {"insert", &reshape_insert},
}};

// Subcommands tkext adds to canvases whose Tk lacks them (rotate delegates to
// Tk's own where there is one).
constexpr std::array<Entry, 2> added{{
    {"rotate", &reshape_rotate},
    {"transform", &reshape_transform},
}};

template <std::size_t N>
Reshaper look_up(std::string_view name, const std::array<Entry, N>& table) {
    for (const Entry& entry : table) {
        if (entry.name == name) return entry.reshaper;
    }
    return nullptr;
}

}  // namespace

Reshaper reshaper_for(const char* word) {
    if (const char* name = core::resolve_prefix(word, tk_subcommands)) {
        return look_up(name, reshaped);
    }
    // An added name is reached by a prefix only when that prefix is unique
    // among Tk's names and the added ones together: ".c r" stays ambiguous
    // (raise, rchars, rotate) for Tk to report, ".c ro" is rotate.
    std::array<const char*, tk_subcommands.size() + added.size()> all_names{};
    std::copy(tk_subcommands.begin(), tk_subcommands.end(), all_names.begin());
    for (std::size_t i = 0; i < added.size(); ++i) {
        all_names[tk_subcommands.size() + i] = added[i].name.data();
    }
    if (const char* name = core::resolve_prefix(word, all_names)) return look_up(name, added);
    return nullptr;
}

}  // namespace tkext::commands
