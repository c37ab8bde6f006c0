// canvas_subcommands.hpp — which canvas subcommands tkext reshapes when enabled.
//
// An enabled canvas's widget command looks its subcommand up here; a
// subcommand with a reshaper gets every coordinate shape, anything else goes
// to Tk untouched.  Names resolve as Tk resolves them (unique prefixes), and
// subcommands Tk lacks (such as rotate on Tk 8.6) are only consulted when the
// word names none of Tk's own.
#pragma once

#include "canvas_target.hpp"

namespace tkext::commands {

// The reshaper for subcommand `word`, or nullptr to pass the call to Tk.
CanvasSubcommand reshaper_for(Tcl_Obj* word);

}  // namespace tkext::commands
