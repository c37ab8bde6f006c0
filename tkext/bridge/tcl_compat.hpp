// tcl_compat.hpp — the one place that includes tcl.h, smoothing 8.6 versus 9.0.
//
// Tcl 9 counts with Tcl_Size; Tcl 8.6 has no such type and uses int.  Every
// tkext source includes this header instead of tcl.h so the code reads the same
// against either set of headers.
#pragma once

#include <tcl.h>

#ifndef TCL_SIZE_MAX
typedef int Tcl_Size;
#define TCL_SIZE_MAX INT_MAX
#endif

// Tcl 8.6 declares objv as `Tcl_Obj *const objv[]`; so does Tcl 9.  One alias
// keeps command signatures short.
namespace tkext {
using ObjArray = Tcl_Obj* const*;
// What a Tcl_FreeProc receives: void* in Tcl 9, char* in 8.6.
#if TCL_MAJOR_VERSION > 8
using FreeProcArg = void*;
#else
using FreeProcArg = char*;
#endif
}
