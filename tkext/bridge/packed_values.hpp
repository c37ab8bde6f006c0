// packed_values.hpp — reading a packed block: coordinates as one byte array of float64.
//
// A packed block is a Tcl byte array of native-endian IEEE float64 values,
// x y x y ...: what CPython's _tkinter makes of a Python `bytes` object.
// Every command that takes one (tkext::packed, tkext::geom -packed) reads it
// here, so the checks and their errors are the same everywhere:
//   bad packed coordinates "...": expected bytes ...       TKEXT PACKED NOTBYTES
//   bad packed coordinates: 12 bytes is not a whole ...     TKEXT PACKED LENGTH
//   wrong # coordinates: expected an even number, got 3     TKEXT COORDS COUNT
//   non-finite coordinate "NaN" at index 2: ...             TKEXT COORDS NONFINITE
#pragma once

#include <span>
#include <vector>

#include "obj_types.hpp"
#include "tcl_compat.hpp"

namespace tkext::bridge {

// The checked float64 values of a packed block.  They are read where they
// lie (Tcl's byte arrays are 8-byte aligned in practice); a misaligned block
// is copied first (into a vector of its own: the thread's scratch vectors are
// left to the command, which may need one for its result).  The values point into the Tcl value:
// nothing that may change its type (reading other arguments of the same
// command, running a script) may happen between read() and the last use of
// values(), so commands read their other arguments first.
class PackedValues {
public:
    // TCL_OK with values() set, or TCL_ERROR with one of the errors above.
    int read(Tcl_Interp* interp, const ObjTypes& types, Tcl_Obj* bytes);
    std::span<const double> values() const { return values_; }

private:
    std::vector<double> copy_;
    std::span<const double> values_;
};

}  // namespace tkext::bridge
