// obj_types.cpp — finding Tcl's built-in value types by name (see obj_types.hpp).
#include "obj_types.hpp"

namespace tkext::bridge {

ObjTypes ObjTypes::look_up() {
    ObjTypes types;
    types.list = Tcl_GetObjType("list");
    types.double_ = Tcl_GetObjType("double");
    types.int_ = Tcl_GetObjType("int");
    if (types.int_ == nullptr) {
        // Tcl 9 no longer registers its integer type by name: take it from an
        // integer, so integers Tcl holds in binary still skip text parsing.
        Tcl_Obj* integer = Tcl_NewWideIntObj(0);
        Tcl_IncrRefCount(integer);
        types.int_ = integer->typePtr;
        Tcl_DecrRefCount(integer);
    }
    types.wide_int = Tcl_GetObjType("wideInt");
    types.bignum = Tcl_GetObjType("bignum");
    types.byte_array = Tcl_GetObjType("bytearray");
    int tcl_major = 0;
    Tcl_GetVersion(&tcl_major, nullptr, nullptr, nullptr);
    types.int_storage = tcl_major >= 9 ? IntStorage::wide_value : IntStorage::long_value;
    return types;
}

}  // namespace tkext::bridge
