// reusable_objects.cpp — refilling large values in place (see reusable_objects.hpp).
#include "reusable_objects.hpp"

#include <vector>

#include "interp_state.hpp"
#include "number_values.hpp"

namespace tkext::bridge {
namespace {

// Kept values larger than the limit are dropped this long after their last
// use: longer than the pause between an animation's frames, short enough that
// a one-off huge call gives its memory back soon after.
constexpr int large_release_ms = 2000;

Tcl_Size list_length(const ObjRef& list) {
    Tcl_Size count = 0;
    if (list) Tcl_ListObjLength(nullptr, list.get(), &count);
    return count;
}

Tcl_Size byte_length(const ObjRef& bytes) {
    Tcl_Size length = 0;
    if (bytes) Tcl_GetByteArrayFromObj(bytes.get(), &length);
    return length;
}

// True when a kept value of `held` units should serve a call wanting `wanted`:
// never when it is more than twice as big, so the memory held stays within
// twice the size of the last call.
bool fits(Tcl_Size held, Tcl_Size wanted) {
    return held <= 2 * wanted + 16;
}

void on_release_timer(ClientData data) {
    auto* kept = static_cast<KeptValues*>(data);
    kept->timer = nullptr;
    kept->drop(true);
}

KeptValues& kept_for(Tcl_Interp* interp) { return InterpState::attach(interp)->kept_values(); }

// Sets an unshared element to `value`.  Elements Tk has only read are still
// pure doubles (Tk reads them without converting); those are written directly,
// as Tk itself reads them, anything else through Tcl_SetDoubleObj.
void set_element(Tcl_Obj* element, const Tcl_ObjType* double_type, double value) {
    if (element->typePtr == double_type && element->bytes == nullptr) {
        element->internalRep.doubleValue = value;
    } else {
        Tcl_SetDoubleObj(element, value);
    }
}

}  // namespace

KeptValues::~KeptValues() {
    if (timer != nullptr) Tcl_DeleteTimerHandler(timer);
}

bool KeptValues::holds_large() const {
    return static_cast<std::size_t>(list_length(list)) > max_kept_values ||
           static_cast<std::size_t>(byte_length(bytes)) > max_kept_values * sizeof(double);
}

std::size_t KeptValues::drop(bool large_only) {
    std::size_t dropped = 0;
    const auto list_values = static_cast<std::size_t>(list_length(list));
    if (!large_only || list_values > max_kept_values) {
        dropped += list_values;
        list = ObjRef();
    }
    const auto byte_values = static_cast<std::size_t>(byte_length(bytes)) / sizeof(double);
    if (!large_only || byte_values > max_kept_values) {
        dropped += byte_values;
        bytes = ObjRef();
    }
    if (!large_only && timer != nullptr) {
        Tcl_DeleteTimerHandler(timer);
        timer = nullptr;
    }
    return dropped;
}

void KeptValues::rearm() {
    if (timer != nullptr) Tcl_DeleteTimerHandler(timer);
    timer = holds_large() ? Tcl_CreateTimerHandler(large_release_ms, &on_release_timer, this) : nullptr;
}

ObjRef fill_double_list(Tcl_Interp* interp, std::span<const double> values) {
    InterpState& state = *InterpState::attach(interp);
    ObjRef list = std::move(state.kept_values().list);
    Tcl_Size count = 0;
    Tcl_Obj** elements = nullptr;
    const auto wanted = static_cast<Tcl_Size>(values.size());
    if (!list || list.get()->refCount != 1 ||
        Tcl_ListObjGetElements(nullptr, list.get(), &count, &elements) != TCL_OK ||
        !fits(count, wanted)) {
        return ObjRef(new_double_list(values));
    }
    if (count > wanted) {
        Tcl_ListObjReplace(nullptr, list.get(), wanted, count - wanted, 0, nullptr);
        Tcl_ListObjGetElements(nullptr, list.get(), &count, &elements);
    }
    const Tcl_ObjType* const double_type = state.types().double_;
    // Most elements are unshared pure doubles (Tk only reads them), written
    // directly in one tight pass: at 10^5 values this pass over scattered
    // objects is most of what a packed set adds to Tk's own time.  An element
    // that needs a Tcl call (it gained a string or another type) sends the
    // whole list down the careful path below.
    const auto filled = static_cast<std::size_t>(count);
    bool simple = true;
    for (std::size_t i = 0; i < filled; ++i) {
        Tcl_Obj* element = elements[i];
        if (element->typePtr == double_type && element->bytes == nullptr && element->refCount == 1) {
            element->internalRep.doubleValue = values[i];
        } else {
            simple = false;
        }
    }
    if (!simple) {
        for (std::size_t i = 0; i < filled; ++i) {
            // Someone kept an element: what was written so far went to objects
            // nobody else sees, so start afresh.
            if (Tcl_IsShared(elements[i])) return ObjRef(new_double_list(values));
            set_element(elements[i], double_type, values[i]);
        }
    }
    if (count < wanted) {
        std::vector<Tcl_Obj*> more;
        more.reserve(static_cast<std::size_t>(wanted - count));
        for (Tcl_Size i = count; i < wanted; ++i) {
            more.push_back(Tcl_NewDoubleObj(values[static_cast<std::size_t>(i)]));
        }
        Tcl_ListObjReplace(nullptr, list.get(), count, 0, static_cast<Tcl_Size>(more.size()), more.data());
    }
    Tcl_InvalidateStringRep(list.get());  // its elements changed behind its back
    return list;
}

void release_double_list(Tcl_Interp* interp, ObjRef list) {
    if (!list || list.get()->refCount != 1) return;  // held elsewhere: let it go
    KeptValues& kept = kept_for(interp);
    kept.list = std::move(list);
    kept.rearm();
}

ObjRef result_byte_array(Tcl_Interp* interp, std::size_t size) {
    KeptValues& kept = kept_for(interp);
    const auto wanted = static_cast<Tcl_Size>(size);
    // Held only by `kept`: the last result has been read and dropped.
    if (!kept.bytes || kept.bytes.get()->refCount != 1 || !fits(byte_length(kept.bytes), wanted)) {
        kept.bytes = ObjRef(Tcl_NewByteArrayObj(nullptr, 0));
    }
    Tcl_SetByteArrayLength(kept.bytes.get(), wanted);
    kept.rearm();
    return kept.bytes;
}

std::size_t release_kept_values(Tcl_Interp* interp) {
    return kept_for(interp).drop(false);
}

}  // namespace tkext::bridge
