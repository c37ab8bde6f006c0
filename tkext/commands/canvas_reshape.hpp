// canvas_reshape.hpp — canvas subcommands that take coordinates of any shape.
//
// Each function receives the widget-command form (pathName subcommand args...),
// flattens the coordinate arguments, checks count and values before anything
// is changed, and passes Tk exactly the flat form it understands.  Everything
// that is not a coordinate (options, tags, text) reaches Tk untouched, and
// calls that are already in Tk's own form are passed on as they came.
#pragma once

#include "canvas_target.hpp"

namespace tkext::commands {

// pathName coords tagOrId ?coordinates ...?
int reshape_coords(const CanvasTarget& target, Tcl_Size objc, ObjArray objv);
// pathName create type ?coordinates ...? ?option value ...?
int reshape_create(const CanvasTarget& target, Tcl_Size objc, ObjArray objv);
// pathName find overlapping|enclosed coordinates...
int reshape_find(const CanvasTarget& target, Tcl_Size objc, ObjArray objv);
// pathName addtag tag overlapping|enclosed coordinates...
int reshape_addtag(const CanvasTarget& target, Tcl_Size objc, ObjArray objv);
// pathName insert tagOrId beforeThis coordinates (line and polygon items)
int reshape_insert(const CanvasTarget& target, Tcl_Size objc, ObjArray objv);

}  // namespace tkext::commands
