// reusable_objects.cpp — refilling large values in place (see reusable_objects.hpp).
#include "reusable_objects.hpp"

#include <vector>

namespace tkext::bridge {
namespace {

constexpr const char* assoc_key = "tkext-reusable-objects";

// The kept values, in the interpreter's AssocData; freed with the interpreter.
struct Kept {
    ObjRef list;   // of doubles, given to Tk
    ObjRef bytes;  // a byte array, last returned as a result
};

void delete_kept(ClientData data, Tcl_Interp*) {
    delete static_cast<Kept*>(data);
}

Kept& kept_for(Tcl_Interp* interp) {
    auto* kept = static_cast<Kept*>(Tcl_GetAssocData(interp, assoc_key, nullptr));
    if (kept == nullptr) {
        kept = new Kept;
        Tcl_SetAssocData(interp, assoc_key, &delete_kept, kept);
    }
    return *kept;
}

ObjRef new_double_list(std::span<const double> values) {
    std::vector<Tcl_Obj*> elements;
    elements.reserve(values.size());
    for (const double value : values) elements.push_back(Tcl_NewDoubleObj(value));
    return ObjRef(Tcl_NewListObj(static_cast<Tcl_Size>(elements.size()), elements.data()));
}

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

ObjRef fill_double_list(Tcl_Interp* interp, std::span<const double> values) {
    ObjRef list = std::move(kept_for(interp).list);
    Tcl_Size count = 0;
    Tcl_Obj** elements = nullptr;
    if (!list || values.size() > max_kept_values || list.get()->refCount != 1 ||
        Tcl_ListObjGetElements(nullptr, list.get(), &count, &elements) != TCL_OK) {
        return new_double_list(values);
    }
    const auto wanted = static_cast<Tcl_Size>(values.size());
    if (count > wanted) {
        Tcl_ListObjReplace(nullptr, list.get(), wanted, count - wanted, 0, nullptr);
        Tcl_ListObjGetElements(nullptr, list.get(), &count, &elements);
    }
    static const Tcl_ObjType* const double_type = Tcl_GetObjType("double");
    constexpr Tcl_Size prefetch_distance = 16;  // the objects are scattered on the heap
    for (Tcl_Size i = 0; i < count; ++i) {
        if (i + prefetch_distance < count) __builtin_prefetch(elements[i + prefetch_distance], 1);
        // Someone kept an element: what was written so far went to objects
        // nobody else sees, so start afresh.
        if (Tcl_IsShared(elements[i])) return new_double_list(values);
        set_element(elements[i], double_type, values[static_cast<std::size_t>(i)]);
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
    Tcl_Size count = 0;
    if (!list || list.get()->refCount != 1 ||
        Tcl_ListObjLength(nullptr, list.get(), &count) != TCL_OK ||
        static_cast<std::size_t>(count) > max_kept_values) {
        return;  // held elsewhere or too big: let it go
    }
    kept_for(interp).list = std::move(list);
}

ObjRef result_byte_array(Tcl_Interp* interp, std::size_t size) {
    if (size > max_kept_values * sizeof(double)) {
        ObjRef fresh(Tcl_NewByteArrayObj(nullptr, 0));
        Tcl_SetByteArrayLength(fresh.get(), static_cast<Tcl_Size>(size));
        return fresh;
    }
    Kept& kept = kept_for(interp);
    // Held only by `kept`: the last result has been read and dropped.
    if (!kept.bytes || kept.bytes.get()->refCount != 1) {
        kept.bytes = ObjRef(Tcl_NewByteArrayObj(nullptr, 0));
    }
    Tcl_SetByteArrayLength(kept.bytes.get(), static_cast<Tcl_Size>(size));
    return kept.bytes;
}

}  // namespace tkext::bridge
