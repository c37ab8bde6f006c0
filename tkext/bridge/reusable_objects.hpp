// reusable_objects.hpp — large per-interpreter values, refilled in place.
//
// Handing Tk a large set of new coordinates means one Tcl_Obj per number, and
// creating and freeing them costs more than Tk itself spends reading them; a
// large result allocated afresh for every read costs page faults on every
// call.  Tk copies coordinates out and keeps no reference, and a result is
// dropped once read, so the same objects can serve the next call.  Reuse
// happens only when nothing else holds the object (or any list element): a
// renamed or traced canvas command, or a script keeping a result, gets fresh
// objects.  A kept value is never more than twice the size of the call that
// last used it.  One over max_kept_values doubles is dropped a while after its
// last use (large_release_ms: a Tcl timer, so where an event loop runs;
// otherwise when a much smaller call replaces it or the interpreter goes), so
// a one-off huge call does not pin its memory while repeated huge calls, such
// as an animation's frames, still reuse it.  release_kept_values drops
// everything at once: `tkext::packed release`, for programs that know they are
// done, and for tests, which must not wait on a clock.
#pragma once

#include <cstddef>
#include <span>

#include "obj_ref.hpp"
#include "tcl_compat.hpp"

namespace tkext::bridge {

inline constexpr std::size_t max_kept_values = std::size_t{1} << 18;  // 2 MB of doubles

// The values kept for one interpreter, in its InterpState (interp_state.hpp);
// freed with it.  Used only through the functions below.
class KeptValues {
public:
    KeptValues() = default;
    KeptValues(const KeptValues&) = delete;
    KeptValues& operator=(const KeptValues&) = delete;
    ~KeptValues();

    ObjRef list;   // of doubles, given to Tk
    ObjRef bytes;  // a byte array, last returned as a result
    Tcl_TimerToken timer = nullptr;

    bool holds_large() const;
    // Drops the values over max_kept_values, or all of them; returns how many
    // float64 values were dropped.
    std::size_t drop(bool large_only);
    // After each use: large values live on only while calls keep coming.
    void rearm();
};

// A list holding exactly `values` as double objects.  Give it back with
// release_double_list once the call that used it has returned.
ObjRef fill_double_list(Tcl_Interp* interp, std::span<const double> values);
void release_double_list(Tcl_Interp* interp, ObjRef list);

// An unshared byte array of `size` bytes (contents unspecified) for a result;
// the interpreter keeps a reference and reuses it once nobody else holds it.
ObjRef result_byte_array(Tcl_Interp* interp, std::size_t size);

// Drops every value kept for `interp` now, of any size (the timer drops only
// large ones), and returns how many float64 values they held: the list's
// length plus the byte array's length in doubles; 0 when nothing was kept.
std::size_t release_kept_values(Tcl_Interp* interp);

}  // namespace tkext::bridge
