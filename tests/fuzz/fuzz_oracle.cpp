// fuzz_oracle.cpp — libFuzzer target: the differential oracle of
// tests/tcl/oracle.test on libFuzzer's inputs, in Tcl and Tk embedded here
// with real canvases (needs a display: run it under xvfb-run).
//
// The checks are the ones oracle.test makes, from the same file
// (tests/tcl/oracle_lib.tcl): tkext::flatten equals a reference flattening
// written from the man page; a call tkext accepts gives the coordinates plain
// Tk gives for the reference-flattened list, all finite; a call tkext refuses
// has a TKEXT error code and leaves every item as it was; a list plain Tk
// refuses, tkext refuses too.
//
// Input layout: byte 0 picks the call (0-3: tkext::coords, tkext::create, an
// enabled canvas's coords, its create; 4: tkext::flatten) and the item type;
// byte 1 how much of the type name to spell (Tk resolves prefixes); byte 2
// whether to add an option; the rest, split at NUL bytes, are the arguments:
// text as Tcl reads it from a file, or after a 0x01 byte eight bytes of a
// 64-bit integer, after 0x02 eight bytes of a double, both held only in binary.
// Each argument is made twice, so tkext gets values nobody has read yet.
//
// TKEXT_FUZZ_KEEP_GOING=1 prints each kind of failure once and goes on (to
// measure speed or survey bugs) instead of stopping at the first.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include <tk.h>

#include "tkext/bridge/tcl_compat.hpp"
#include "fuzz_support.hpp"

namespace {

constexpr const char* types[] = {"line", "polygon", "rectangle", "oval", "arc",
                                 "text", "bitmap", "image", "window"};
constexpr const char* calls[] = {"tkext-coords", "tkext-create", "enabled-coords", "enabled-create"};
constexpr const char* options[] = {"", "-tags oracle", "-tags {a b}", "-state normal"};
constexpr std::size_t max_arguments = 12;

// Run once: the canvases, tkext, the shared checks, and fuzzCase.
constexpr const char* setup_script = R"tcl(
    wm withdraw .
    lappend auto_path $::fuzzPackageDir
    package require tkext
    source $::fuzzOracleLib
    proc failure {property kind text} {
        lappend ::fuzzFailures "($property) $kind:\n      $text"
    }
    # Returns the failures of one call, empty when every check holds.
    proc fuzzCase {how type typeName arguments referenceArguments options} {
        set ::fuzzFailures {}
        if {$how eq "flatten"} {
            checkFlatten $arguments $referenceArguments
        } else {
            checkCall $how $type $typeName $arguments $referenceArguments $options
        }
        return $::fuzzFailures
    }
    setUpCanvases
)tcl";

struct Fixture {
    Tcl_Interp* interp = nullptr;
    bool keep_going = false;
    std::set<std::string> seen;  // failure kinds already printed (keep-going mode)

    Fixture() {
        const char* keep = std::getenv("TKEXT_FUZZ_KEEP_GOING");
        keep_going = keep && std::strcmp(keep, "1") == 0;
        interp = Tcl_CreateInterp();
        Tcl_SetVar(interp, "fuzzPackageDir", TKEXT_FUZZ_PACKAGE_DIR, TCL_GLOBAL_ONLY);
        Tcl_SetVar(interp, "fuzzOracleLib", TKEXT_FUZZ_ORACLE_LIB, TCL_GLOBAL_ONLY);
        if (Tcl_Init(interp) != TCL_OK || Tk_Init(interp) != TCL_OK ||
            Tcl_Eval(interp, setup_script) != TCL_OK) {
            std::fprintf(stderr, "fuzz_oracle: cannot set up Tcl, Tk and tkext (a display?): %s\n%s\n",
                         Tcl_GetStringResult(interp), Tcl_GetVar(interp, "errorInfo", TCL_GLOBAL_ONLY));
            std::exit(2);
        }
    }
};

Fixture* fixture = nullptr;

// One argument from its bytes, as a new object.
Tcl_Obj* make_argument(const std::uint8_t* data, std::size_t size) {
    if (size == 9 && data[0] == 0x01) {
        std::int64_t value;
        std::memcpy(&value, data + 1, sizeof value);
        return Tcl_NewWideIntObj(static_cast<Tcl_WideInt>(value));
    }
    if (size == 9 && data[0] == 0x02) {
        double value;
        std::memcpy(&value, data + 1, sizeof value);
        return Tcl_NewDoubleObj(value);
    }
    std::string text = fuzz_support::decoded_text(data, size);
    // Both tkext and Tk end coordinates at a word like -fill; options are
    // added separately, so an argument must not look like one.
    if (text.size() >= 2 && text[0] == '-' && text[1] >= 'a' && text[1] <= 'z') text = " " + text;
    return Tcl_NewStringObj(text.data(), static_cast<int>(text.size()));
}

Tcl_Obj* make_arguments(const std::uint8_t* data, std::size_t size) {
    Tcl_Obj* list = Tcl_NewListObj(0, nullptr);
    std::size_t start = 0, count = 0;
    for (std::size_t i = 0; i <= size && count < max_arguments; ++i) {
        if (i == size || data[i] == 0) {
            Tcl_ListObjAppendElement(nullptr, list, make_argument(data + start, i - start));
            ++count;
            start = i + 1;
        }
    }
    return list;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    Tcl_FindExecutable((*argv)[0]);
    (void)argc;
    fixture = new Fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 3) return 0;
    Fixture& f = *fixture;
    const unsigned call = data[0] % 5;
    const char* type = types[(data[0] / 5) % 9];
    const std::size_t spelled = 1 + data[1] % std::strlen(type);
    const char* option = call % 2 == 1 ? options[data[2] % 4] : "";

    Tcl_Obj* words[] = {
        Tcl_NewStringObj("fuzzCase", -1),
        Tcl_NewStringObj(call == 4 ? "flatten" : calls[call], -1),
        Tcl_NewStringObj(type, -1),
        Tcl_NewStringObj(type, static_cast<int>(spelled)),
        make_arguments(data + 3, size - 3),
        make_arguments(data + 3, size - 3),
        Tcl_NewStringObj(option, -1),
    };
    for (Tcl_Obj* word : words) Tcl_IncrRefCount(word);
    const int status = Tcl_EvalObjv(f.interp, 7, words, TCL_EVAL_GLOBAL);
    for (Tcl_Obj* word : words) Tcl_DecrRefCount(word);

    if (status != TCL_OK) {
        std::fprintf(stderr, "fuzz_oracle: the check itself failed: %s\n%s\n", Tcl_GetStringResult(f.interp),
                     Tcl_GetVar(f.interp, "errorInfo", TCL_GLOBAL_ONLY));
        std::abort();
    }
    Tcl_Obj* failures = Tcl_GetObjResult(f.interp);
    Tcl_Size count = 0;
    Tcl_Obj** each = nullptr;
    Tcl_ListObjGetElements(nullptr, failures, &count, &each);
    if (count == 0) return 0;
    if (!f.keep_going) {
        for (Tcl_Size i = 0; i < count; ++i) std::fprintf(stderr, "fuzz_oracle: %s\n", Tcl_GetString(each[i]));
        std::abort();
    }
    for (Tcl_Size i = 0; i < count; ++i) {
        const std::string text = Tcl_GetString(each[i]);
        const std::string kind = text.substr(0, text.find(':'));
        if (f.seen.insert(kind).second) std::fprintf(stderr, "fuzz_oracle (going on): %s\n", text.c_str());
    }
    // A half-applied call may have left the canvases apart.
    Tcl_Eval(f.interp, "restoreAll");
    return 0;
}
