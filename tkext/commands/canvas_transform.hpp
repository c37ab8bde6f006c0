// canvas_transform.hpp — rotating and affinely transforming canvas items.
//
// Tk 8.6 can move and scale items but not rotate them (Tk 9 added "canvas
// rotate") nor apply a general matrix.  Both subcommands here work on every
// item tagOrId matches, atomically: every argument is checked and every new
// coordinate list computed before the first item changes, and should Tk
// refuse one item half-way, the items already changed get their old
// coordinates back.  Each receives the widget-command form, so the enabled
// canvas (".c rotate ...") and tkext::rotate share them.
#pragma once

#include "canvas_target.hpp"

namespace tkext::commands {

// pathName rotate tagOrId x y angle — Tk 9's semantics (see point_transforms.hpp):
// lines and polygons turn every point; text, image, bitmap and window items
// move their anchor point only; rectangles, ovals and arcs keep their size
// and move so their centre turns.  x and y are screen distances read as the
// canvas reads a coordinate (12, 1c, 2m ...), the same on Tk 8.6.  Delegates
// to Tk when Tk has "rotate".
int reshape_rotate(const CanvasTarget& target, Tcl_Size objc, ObjArray objv);

// pathName transform tagOrId {a b c d e f} — x' = a x + c y + e,
// y' = b x + d y + f applied to every coordinate of every item (for
// rectangles, ovals and arcs: both corners, as Tk's own "scale" does).
int reshape_transform(const CanvasTarget& target, Tcl_Size objc, ObjArray objv);

}  // namespace tkext::commands
