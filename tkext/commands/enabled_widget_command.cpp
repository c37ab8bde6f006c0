// enabled_widget_command.cpp — an enabled canvas's widget command and subcommand table
// (see enabled_widget_command.hpp).
#include "enabled_widget_command.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "../core/prefix_match.hpp"
#include "../bridge/errors.hpp"
#include "../bridge/interp_state.hpp"
#include "../bridge/obj_types.hpp"
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
    CanvasSubcommand run;
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
CanvasSubcommand look_up(std::string_view name, const std::array<Entry, N>& table) {
    for (const Entry& entry : table) {
        if (entry.name == name) return entry.run;
    }
    return nullptr;
}

// Resolves `word` as Tk would, abbreviations included.
CanvasSubcommand resolve(const char* word) {
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

// Whether a reshaped or added name starts with `first`: one test that sends
// most of Tk's subcommands (move, delete, bbox...) straight on.
bool starts_some_name(char first) {
    static constexpr auto letters = [] {
        std::array<bool, 256> found{};
        for (const Entry& entry : reshaped) found[static_cast<unsigned char>(entry.name[0])] = true;
        for (const Entry& entry : added) found[static_cast<unsigned char>(entry.name[0])] = true;
        return found;
    }();
    return letters[static_cast<unsigned char>(first)];
}

}  // namespace

CanvasSubcommand subcommand_for(Tcl_Obj* word) {
    const std::string_view given = bridge::text_of(word);  // NUL-terminated
    // Every call passes here, so the common cases are settled without prefix
    // matching: a word that is exactly a reshaped or added name is that name,
    // and a word that begins none of them (move, delete, itemconfigure...) can
    // only be Tk's.  What is left is an abbreviation of one of them, resolved
    // among all names as Tk would (".c coo" is coords, ".c c" is ambiguous).
    if (given.empty() || !starts_some_name(given[0])) return nullptr;
    bool abbreviation = false;
    const auto scan = [&](const auto& table) -> CanvasSubcommand {
        for (const Entry& entry : table) {
            if (given[0] != entry.name[0] || !entry.name.starts_with(given)) continue;
            if (given.size() == entry.name.size()) return entry.run;
            abbreviation = true;
        }
        return nullptr;
    };
    if (CanvasSubcommand exact = scan(reshaped)) return exact;
    if (CanvasSubcommand exact = scan(added)) return exact;
    return abbreviation ? resolve(given.data()) : nullptr;
}

int enabled_widget_command(bridge::CommandHook& hook, Tcl_Interp* interp, Tcl_Size objc, ObjArray objv) {
    auto* state = static_cast<bridge::InterpState*>(hook.context());
    CanvasSubcommand subcommand = objc >= 2 ? subcommand_for(objv[1]) : nullptr;
    if (subcommand == nullptr) return hook.call_original(interp, objc, objv);
    const CanvasTarget target{*state, objv[0], &hook};
    return bridge::run_guarded(interp, [&] { return subcommand(target, objc, objv); });
}

}  // namespace tkext::commands
