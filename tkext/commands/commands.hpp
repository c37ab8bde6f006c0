// commands.hpp — the Tcl command procedures of tkext, one family per file.
//
// Each takes the interpreter's bridge::InterpState as its clientData.  init.cpp
// registers them in the ::tkext namespace and its ensemble.
#pragma once

#include "../bridge/tcl_compat.hpp"

namespace tkext::commands {

// flatten_command.cpp
int flatten_command(ClientData state, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]);
// geom_command.cpp
int geom_command(ClientData state, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]);
// canvas_commands.cpp
int coords_command(ClientData state, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]);
int create_command(ClientData state, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]);
int rotate_command(ClientData state, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]);
int transform_command(ClientData state, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]);
// enable_commands.cpp
int enable_command(ClientData state, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]);
int disable_command(ClientData state, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]);
// packed_commands.cpp
int packed_command(ClientData state, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]);
// svg_command.cpp
int svg_command(ClientData state, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]);

}  // namespace tkext::commands
