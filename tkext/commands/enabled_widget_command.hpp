// enabled_widget_command.hpp — the widget command of an enabled canvas, and its subcommand table.
//
// tkext::enable (enable_commands.cpp) hooks a canvas's widget command
// (bridge/command_hook.hpp) so that enabled_widget_command runs instead of
// Tk's.  It looks the subcommand up in the table here: one tkext implements
// (coords, create, find, addtag, insert from canvas_reshape.hpp; rotate and
// transform from canvas_transform.hpp) gets every coordinate shape, anything
// else goes to Tk untouched.  Names resolve as Tk resolves them (unique
// prefixes), and subcommands Tk lacks (such as rotate on Tk 8.6) are only
// consulted when the word names none of Tk's own.
#pragma once

#include "../bridge/command_hook.hpp"
#include "canvas_target.hpp"

namespace tkext::commands {

// tkext's implementation of subcommand `word`, or nullptr to pass the call to Tk.
CanvasSubcommand subcommand_for(Tcl_Obj* word);

// What runs as an enabled canvas's widget command; the hook's context is the
// interpreter's bridge::InterpState.
int enabled_widget_command(bridge::CommandHook& hook, Tcl_Interp* interp, Tcl_Size objc, ObjArray objv);

}  // namespace tkext::commands
