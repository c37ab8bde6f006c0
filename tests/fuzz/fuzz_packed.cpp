// fuzz_packed.cpp — libFuzzer target: arbitrary bytes through tkext::packed
// decode and encode, the Tcl side of the packed float64 path.
//
// Byte 0 picks how the rest reaches the command:
//   0  a byte array to decode (any length, any bit patterns: NaN, Inf, -0.0,
//      denormals);
//   1  text to encode, as one argument (any shape, junk, deep nesting);
//   2  the same text, its list elements as separate arguments;
//   3  text to decode: a string, not a byte array, which Tcl converts first.
// Beyond "no crash, no sanitizer report", every outcome is checked against
// what the man page promises: the error code for each kind of bad block, and
// that a block which decodes encodes back to the very same bytes.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "tkext/commands/commands.hpp"
#include "tkext/bridge/interp_state.hpp"
#include "tkext/bridge/obj_ref.hpp"
#include "fuzz_support.hpp"

namespace {

using fuzz_support::check;
using fuzz_support::starts_with;
using tkext::bridge::ObjRef;

struct Fixture {
    Tcl_Interp* interp;
    tkext::bridge::InterpState* state;
    ObjRef name{Tcl_NewStringObj("tkext::packed", -1)};
    ObjRef decode{Tcl_NewStringObj("decode", -1)};
    ObjRef encode{Tcl_NewStringObj("encode", -1)};

    Fixture() {
        Tcl_FindExecutable(nullptr);
        interp = Tcl_CreateInterp();
        state = tkext::bridge::InterpState::attach(interp);
    }

    // Runs tkext::packed with `subcommand` and `arguments`; its status.
    int run(const ObjRef& subcommand, const std::vector<Tcl_Obj*>& arguments) {
        std::vector<Tcl_Obj*> words{name.get(), subcommand.get()};
        words.insert(words.end(), arguments.begin(), arguments.end());
        Tcl_ResetResult(interp);
        const int status = tkext::commands::packed_command(state, interp, static_cast<int>(words.size()),
                                                           words.data());
        check(status == TCL_OK || status == TCL_ERROR, "a status of TCL_OK or TCL_ERROR");
        return status;
    }

    std::string error_code() { return fuzz_support::error_code(interp); }
    ObjRef result() { return ObjRef(Tcl_GetObjResult(interp)); }
};

Fixture& fixture() {
    static Fixture instance;  // one interpreter for the whole run
    return instance;
}


std::vector<std::uint8_t> bytes_of(Tcl_Obj* block) {
    Tcl_Size length = 0;
    const unsigned char* data = Tcl_GetByteArrayFromObj(block, &length);
    return {data, data + length};
}

// True when every character of `text` is at most U+00FF: written here from
// the man page's rule, apart from the command's own check.
bool characters_are_bytes(Tcl_Obj* text) {
    Tcl_Size length = 0;
    const char* utf = Tcl_GetStringFromObj(text, &length);
    const char* end = utf + length;
    while (utf < end) {
        Tcl_UniChar character = 0;
        utf += Tcl_UtfToUniChar(utf, &character);
        if (character > 0xFF) return false;
    }
    return true;
}

// Decoding `block` (whose bytes are `raw`) either fails with the code its
// bytes call for, or gives one double per 8 bytes, bit for bit, which encode
// turns back into the same bytes.
void decode_case(Fixture& f, Tcl_Obj* block, const std::vector<std::uint8_t>& raw) {
    const std::size_t values = raw.size() / sizeof(double);
    bool finite = true;
    for (std::size_t i = 0; i < values; ++i) {
        double value = 0.0;
        std::memcpy(&value, raw.data() + i * sizeof(double), sizeof value);
        finite = finite && std::isfinite(value);
    }
    const int status = f.run(f.decode, {block});
    if (raw.size() % sizeof(double) != 0) {
        check(status == TCL_ERROR && f.error_code() == "TKEXT PACKED LENGTH", "a partial double: PACKED LENGTH");
        return;
    }
    if (values % 2 != 0) {
        check(status == TCL_ERROR && f.error_code() == "TKEXT COORDS COUNT", "an odd count: COORDS COUNT");
        return;
    }
    if (!finite) {
        check(status == TCL_ERROR && f.error_code() == "TKEXT COORDS NONFINITE", "NaN or Inf: COORDS NONFINITE");
        return;
    }
    check(status == TCL_OK, "whole finite pairs decode");
    const ObjRef list = f.result();
    Tcl_Size count = 0;
    Tcl_Obj** elements = nullptr;
    check(Tcl_ListObjGetElements(nullptr, list.get(), &count, &elements) == TCL_OK, "decode gives a list");
    check(static_cast<std::size_t>(count) == values, "one element per double");
    for (std::size_t i = 0; i < values; ++i) {
        double value = 0.0;
        check(Tcl_GetDoubleFromObj(nullptr, elements[i], &value) == TCL_OK, "each element is a number");
        check(std::memcmp(&value, raw.data() + i * sizeof(double), sizeof value) == 0, "each double bit for bit");
    }
    check(f.run(f.encode, {list.get()}) == TCL_OK, "a decoded block encodes");
    check(bytes_of(f.result().get()) == raw, "encode(decode(block)) is the block");
}

// Encoding `arguments` either fails with a TKEXT code for coordinates or
// nesting, or gives whole pairs of finite doubles that decode again.
void encode_case(Fixture& f, const std::vector<Tcl_Obj*>& arguments) {
    if (f.run(f.encode, arguments) != TCL_OK) {
        const std::string code = f.error_code();
        check(starts_with(code, "TKEXT COORDS VALUE") || starts_with(code, "TKEXT COORDS NONFINITE") ||
                  starts_with(code, "TKEXT COORDS COUNT") || starts_with(code, "TKEXT FLATTEN DEPTH"),
              "encode fails only on a value, a count or nesting");
        return;
    }
    const ObjRef block = f.result();
    const std::vector<std::uint8_t> raw = bytes_of(block.get());
    check(raw.size() % (2 * sizeof(double)) == 0, "encode gives whole pairs");
    for (std::size_t i = 0; i < raw.size(); i += sizeof(double)) {
        double value = 0.0;
        std::memcpy(&value, raw.data() + i, sizeof value);
        check(std::isfinite(value), "encode gives finite values");
    }
    decode_case(f, block.get(), raw);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    Fixture& f = fixture();
    const std::uint8_t mode = data[0] % 4;
    const auto length = static_cast<Tcl_Size>(size - 1);

    if (mode == 0) {
        const ObjRef block(Tcl_NewByteArrayObj(data + 1, length));
        decode_case(f, block.get(), {data + 1, data + size});
        return 0;
    }

    // Text as Tcl would read it from a file, so its internal form is valid.
    const ObjRef text(fuzz_support::new_text_object(data + 1, size - 1));

    if (mode == 3) {
        // Text whose characters are all bytes (U+0000-U+00FF) is read as those
        // bytes; any character above U+00FF is refused, on Tcl 8.6 as on 9.
        if (!characters_are_bytes(text.get())) {
            check(f.run(f.decode, {text.get()}) == TCL_ERROR && f.error_code() == "TKEXT PACKED NOTBYTES",
                  "text above U+00FF: PACKED NOTBYTES");
        } else {
            const ObjRef copy(Tcl_DuplicateObj(text.get()));
            const std::vector<std::uint8_t> raw = bytes_of(copy.get());
            decode_case(f, text.get(), raw);
        }
    } else if (mode == 1) {
        encode_case(f, {text.get()});
    } else {
        Tcl_Size count = 0;
        Tcl_Obj** elements = nullptr;
        if (Tcl_ListObjGetElements(nullptr, text.get(), &count, &elements) != TCL_OK) return 0;
        std::vector<ObjRef> held(elements, elements + count);  // the list may shimmer
        std::vector<Tcl_Obj*> arguments;
        for (const ObjRef& element : held) arguments.push_back(element.get());
        encode_case(f, arguments);
    }
    Tcl_ResetResult(f.interp);
    return 0;
}
