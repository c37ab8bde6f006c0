// object_prefetch.hpp — asking for Tcl objects a few elements ahead of a loop.
//
// A loop over a list's 10^5 elements reads each element's type and internal
// representation.  The element array is known before the loop starts, but
// the objects lie wherever Tcl allocated them: a program builds its points
// among its other data, so one object after another is a wait on memory
// unless it was asked for some elements earlier.  Prefetching never faults,
// so a pointer to anything (an element past a list's end is never passed,
// though) is safe to hand over.
#pragma once

#include <cstddef>

#include "tcl_compat.hpp"

namespace tkext::bridge {

// How many elements ahead the read loops ask for objects: enough for a miss
// to memory to be over by the time the loop gets there, at the few
// nanoseconds an element costs once its object is in cache (bench/RESULTS.md
// has the distances tried).
inline constexpr std::size_t prefetch_distance = 32;

// The cache lines holding `obj`'s type and internal representation (a Tcl_Obj
// may straddle two lines).
inline void prefetch_object(const Tcl_Obj* obj) {
#if defined(__GNUC__)
    __builtin_prefetch(&obj->typePtr);
    __builtin_prefetch(&obj->internalRep.twoPtrValue.ptr2);
#else
    (void)obj;
#endif
}

// The memory `address` points to (for instance a list's internal store), when
// it is not null.
inline void prefetch_memory(const void* address) {
#if defined(__GNUC__)
    if (address != nullptr) __builtin_prefetch(address);
#else
    (void)address;
#endif
}

}  // namespace tkext::bridge
