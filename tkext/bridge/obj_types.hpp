// obj_types.hpp — the Tcl value types tkext recognises without converting.
//
// Checking a value's internal type first lets numbers skip list parsing and
// lets lists be walked without regenerating strings, which is what keeps
// flattening 10^5 points cheap.  Looked up once per interpreter, as the Tcl
// half of its record of the running Tcl/Tk (interp_state.hpp).
#pragma once

#include <cstddef>
#include <string_view>

#include "tcl_compat.hpp"

namespace tkext::bridge {

// Where this Tcl's "int" type keeps its value.  Tcl 9 keeps a Tcl_WideInt;
// Tcl 8.6 a C long, and keeps integers a long cannot hold as "wideInt"
// (registered by name where long is narrower than Tcl_WideInt, as on Windows).
enum class IntStorage : unsigned char { long_value, wide_value };

struct ObjTypes {
    const Tcl_ObjType* list = nullptr;
    const Tcl_ObjType* double_ = nullptr;
    const Tcl_ObjType* int_ = nullptr;
    const Tcl_ObjType* wide_int = nullptr;
    const Tcl_ObjType* bignum = nullptr;
    const Tcl_ObjType* byte_array = nullptr;
    IntStorage int_storage = IntStorage::wide_value;

    static ObjTypes look_up();

    // An integer Tcl already holds in binary.  (Tcl 8.6 registers no
    // "wideInt" or "bignum" type by name, Tcl 9 not even "int": int_ is then
    // taken from an integer; the others stay null and match nothing.)
    bool is_integer(const Tcl_Obj* obj) const {
        const Tcl_ObjType* type = obj->typePtr;
        return type != nullptr && (type == int_ || type == wide_int || type == bignum);
    }
    // A number Tcl already holds in binary: never a list, always a leaf.
    bool is_number(const Tcl_Obj* obj) const {
        return (obj->typePtr != nullptr && obj->typePtr == double_) || is_integer(obj);
    }
    // The value of an object of type int_.
    Tcl_WideInt int_value(const Tcl_Obj* obj) const {
        if constexpr (sizeof(long) == sizeof(Tcl_WideInt)) {
            // Both storages are the same bytes of the union: no test per value.
            return obj->internalRep.wideValue;
        } else {
            return int_storage == IntStorage::long_value ? obj->internalRep.longValue
                                                         : obj->internalRep.wideValue;
        }
    }
};

// The text of `obj`, read where it lies when it has one (a value's `bytes`
// and `length` are public and NUL-terminated) and made by Tcl otherwise.
// Inline: the checks of a short call read a handful of words, and calling
// into Tcl for each costs about as much as reading it.
inline std::string_view text_of(Tcl_Obj* obj) {
    if (obj->bytes != nullptr) return {obj->bytes, static_cast<std::size_t>(obj->length)};
    Tcl_Size length = 0;
    const char* text = Tcl_GetStringFromObj(obj, &length);
    return {text, static_cast<std::size_t>(length)};
}

}  // namespace tkext::bridge
