// packed_values.cpp — checking a packed block and viewing it as doubles (see packed_values.hpp).
#include "packed_values.hpp"

#include <cstdint>
#include <cstring>
#include <string>

#include "coordinate_values.hpp"
#include "errors.hpp"

namespace tkext::bridge {
namespace {

constexpr std::size_t pair_bytes = 2 * sizeof(double);

// The bytes of `value`, or nullptr with a TKEXT PACKED NOTBYTES error when it
// is text that is not bytes (a character above U+00FF).  Tcl 9's
// Tcl_GetBytesFromObj says so itself; Tcl 8.6's Tcl_GetByteArrayFromObj would
// keep only the low 8 bits of such a character, so its text is read first.
const unsigned char* bytes_of(Tcl_Interp* interp, const ObjTypes& types, Tcl_Obj* value,
                              Tcl_Size& length) {
#if TCL_MAJOR_VERSION > 8
    const unsigned char* data = Tcl_GetBytesFromObj(nullptr, value, &length);
#else
    const Tcl_ObjType* const byte_array = types.byte_array;
    const unsigned char* data = nullptr;
    bool all_bytes = value->bytes == nullptr && value->typePtr == byte_array && byte_array != nullptr;
    if (!all_bytes) {
        Tcl_Size text_length = 0;
        const char* text = Tcl_GetStringFromObj(value, &text_length);
        const char* end = text + text_length;
        all_bytes = true;
        while (all_bytes && text < end) {
            Tcl_UniChar ch = 0;
            text += Tcl_UtfToUniChar(text, &ch);
            all_bytes = ch <= 0xFF;  // a surrogate half of a larger character is above too
        }
    }
    if (all_bytes) data = Tcl_GetByteArrayFromObj(value, &length);
#endif
    if (data == nullptr) {
        set_error(interp,
                  "bad packed coordinates " + quoted(value) +
                      ": expected bytes (a byte array), got text with a character above U+00FF",
                  {"PACKED", "NOTBYTES"});
    }
    return data;
}

}  // namespace

int PackedValues::read(Tcl_Interp* interp, const ObjTypes& types, Tcl_Obj* bytes) {
    Tcl_Size length = 0;
    const unsigned char* data = bytes_of(interp, types, bytes, length);
    if (data == nullptr) return TCL_ERROR;
    const auto size = static_cast<std::size_t>(length);
    if (size % sizeof(double) != 0) {
        return set_error(interp,
                         "bad packed coordinates: " + std::to_string(size) +
                             " bytes is not a whole number of float64 values (8 bytes each)",
                         {"PACKED", "LENGTH"});
    }
    if (size % pair_bytes != 0) {
        return count_error(interp, "wrong # coordinates: expected an even number, got " +
                                       std::to_string(size / sizeof(double)));
    }
    const std::size_t count = size / sizeof(double);
    if (reinterpret_cast<std::uintptr_t>(data) % alignof(double) == 0) {
        values_ = {reinterpret_cast<const double*>(data), count};
    } else {
        copy_.resize(count);
        if (size != 0) std::memcpy(copy_.data(), data, size);
        values_ = copy_;
    }
    return check_finite(interp, values_);
}

}  // namespace tkext::bridge
