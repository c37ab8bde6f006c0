// obj_ref.hpp — an owning reference to a Tcl_Obj.
//
// Holding a reference keeps a value alive and unshared-looking code honest:
// whatever is built is released on every path, including errors.
#pragma once

#include <utility>

#include "tcl_compat.hpp"

namespace tkext::bridge {

class ObjRef {
public:
    ObjRef() = default;
    explicit ObjRef(Tcl_Obj* obj) : obj_(obj) {
        if (obj_) Tcl_IncrRefCount(obj_);
    }
    ObjRef(const ObjRef& other) : ObjRef(other.obj_) {}
    ObjRef(ObjRef&& other) noexcept : obj_(std::exchange(other.obj_, nullptr)) {}
    ObjRef& operator=(ObjRef other) noexcept {
        std::swap(obj_, other.obj_);
        return *this;
    }
    ~ObjRef() {
        if (obj_) Tcl_DecrRefCount(obj_);
    }

    Tcl_Obj* get() const { return obj_; }
    explicit operator bool() const { return obj_ != nullptr; }

private:
    Tcl_Obj* obj_ = nullptr;
};

}  // namespace tkext::bridge
