// fuzz_flatten.cpp — libFuzzer target: arbitrary bytes as Tcl values through the
// flattening and validation bridge (bridge::flatten_values, read_finite_numbers,
// check_leaves).
//
// The first byte picks how the text reaches the bridge (one argument, the
// elements of its list as separate arguments, the same object twice, a byte
// array, or one element somewhere in a list of 64 number pairs); the rest is
// the text.  The list of pairs is short on purpose: a longer one reaches no
// other code (the bridge tests flatten lists of millions), and at 20000 pairs
// this mode took most of the fuzzer's time, about a millisecond an input.  Beyond "no crash, no sanitizer report",
// every outcome is checked: a result or a TKEXT error with the right code,
// leaves that flatten again to themselves, counts that agree.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cmath>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "tkext/core/nesting_scan.hpp"
#include "tkext/bridge/coordinate_values.hpp"
#include "tkext/bridge/flatten.hpp"
#include "tkext/bridge/obj_ref.hpp"
#include "fuzz_support.hpp"

namespace {

using fuzz_support::check;
using fuzz_support::starts_with;
using tkext::bridge::ObjRef;

struct Fixture {
    Tcl_Interp* interp;
    tkext::bridge::ObjTypes types;

    // For mode 4: pairs of doubles, made once (flattening never changes them).
    static constexpr int large_pairs = 64;
    std::vector<ObjRef> pairs;

    Fixture() {
        Tcl_FindExecutable(nullptr);
        interp = Tcl_CreateInterp();
        types = tkext::bridge::ObjTypes::look_up();
        for (int i = 0; i < large_pairs; ++i) {
            Tcl_Obj* pair[2] = {Tcl_NewDoubleObj(i * 0.5), Tcl_NewDoubleObj(-i)};
            pairs.emplace_back(Tcl_NewListObj(2, pair));
        }
    }

    std::string error_code() { return fuzz_support::error_code(interp); }
};

Fixture& fixture() {
    static Fixture instance;  // one interpreter for the whole run
    return instance;
}


// The text of each leaf, for comparing two flattenings.
std::vector<std::string> texts(std::span<Tcl_Obj* const> leaves) {
    std::vector<std::string> out;
    out.reserve(leaves.size());
    for (Tcl_Obj* leaf : leaves) {
        Tcl_Size length = 0;
        const char* text = Tcl_GetStringFromObj(leaf, &length);
        out.emplace_back(text, static_cast<std::size_t>(length));
    }
    return out;
}

// Mode 4: `text` as element `at` of a list of number pairs.  Whichever path
// flattens it (the list-of-pairs walk, or the general path when `text` is not a
// pair of finite numbers), the leaves must be the pairs' numbers around
// exactly the leaves `text` has at that depth.
int large_list_case(Fixture& f, const ObjRef& text, int at) {
    std::vector<Tcl_Obj*> elements;
    for (int i = 0; i < Fixture::large_pairs; ++i) {
        if (i == at) elements.push_back(text.get());
        elements.push_back(f.pairs[static_cast<std::size_t>(i)].get());
    }
    if (at == Fixture::large_pairs) elements.push_back(text.get());
    const ObjRef big(Tcl_NewListObj(static_cast<Tcl_Size>(elements.size()), elements.data()));
    // `text`'s own leaves at the same depth: the elements of {text 0}, less the 0.
    Tcl_Obj* two[2] = {text.get(), Tcl_NewIntObj(0)};
    const ObjRef small(Tcl_NewListObj(2, two));

    tkext::bridge::Flattened whole, part;
    Tcl_Obj* const whole_args[] = {big.get()};
    Tcl_Obj* const part_args[] = {small.get()};
    const int whole_status = tkext::bridge::flatten_values(f.interp, f.types, tkext::bridge::LeafRules::numbers(), whole_args, whole);
    Tcl_ResetResult(f.interp);
    const int part_status = tkext::bridge::flatten_values(f.interp, f.types, tkext::bridge::LeafRules::numbers(), part_args, part);
    Tcl_ResetResult(f.interp);
    check(whole_status == part_status, "a large list fails exactly when its odd element does");
    if (whole_status != TCL_OK) return 0;
    check(whole.leaves.size() == 2 * std::size_t{Fixture::large_pairs} + part.leaves.size() - 1,
          "a large list has its pairs' leaves and the odd element's");
    const std::size_t before = 2 * static_cast<std::size_t>(at);
    for (std::size_t i = 0; i + 1 < part.leaves.size(); ++i) {
        check(whole.leaves[before + i] == part.leaves[i], "the odd element's leaves sit where it does");
    }
    for (std::size_t i = 0; i < before; i += 2) {
        check(whole.leaves[i]->internalRep.doubleValue == static_cast<double>(i / 2) * 0.5,
              "the pairs before it are in order");
    }
    check(whole.tk_accepts_as_is == false, "a list of pairs is not Tk's own form");
    return 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    Fixture& f = fixture();
    const std::uint8_t mode = data[0] % 5;
    const auto length = static_cast<Tcl_Size>(size - 1);

    // Arbitrary bytes become a string as Tcl would read them from a file (a
    // byte array in mode 3), so the internal form is always valid.
    ObjRef text;
    if (mode == 3) {
        text = ObjRef(Tcl_NewByteArrayObj(data + 1, length));
    } else {
        text = ObjRef(fuzz_support::new_text_object(data + 1, size - 1));
    }

    std::vector<ObjRef> held;  // keeps every argument alive while leaves are in use
    std::vector<Tcl_Obj*> values;
    if (mode == 1) {
        Tcl_Size count = 0;
        Tcl_Obj** elements = nullptr;
        if (Tcl_ListObjGetElements(nullptr, text.get(), &count, &elements) == TCL_OK) {
            for (Tcl_Size i = 0; i < count; ++i) held.emplace_back(elements[i]);
        }
        held.push_back(text);  // owns the elements
    } else if (mode == 2) {
        held.push_back(text);
        held.push_back(text);  // the very same object twice
    } else if (mode == 4) {
        return large_list_case(f, text, data[0] / 5 % (Fixture::large_pairs + 1));
    } else {
        held.push_back(text);
    }
    const std::size_t arguments = mode == 1 ? held.size() - 1 : held.size();
    for (std::size_t i = 0; i < arguments; ++i) values.push_back(held[i].get());

    tkext::bridge::Flattened flat;
    const int status = tkext::bridge::flatten_values(f.interp, f.types, tkext::bridge::LeafRules::numbers(), values, flat);
    if (status != TCL_OK) {
        check(status == TCL_ERROR, "flatten returns TCL_OK or TCL_ERROR");
        check(starts_with(f.error_code(), "TKEXT FLATTEN DEPTH"), "flatten fails only on depth");
        check(flat.leaves.empty(), "a failed flatten leaves no leaves");
        Tcl_ResetResult(f.interp);
        return 0;
    }
    for (Tcl_Obj* leaf : flat.leaves) check(leaf != nullptr, "every leaf is an object");

    // The leaves' texts, before validation may shimmer them.
    const std::vector<std::string> first = texts(flat.leaves);
    for (const std::string& leaf : first) check(!leaf.empty(), "an empty value is never a leaf");

    // The same object twice gives the leaves twice.
    if (mode == 2) {
        const std::size_t half = first.size() / 2;
        check(first.size() % 2 == 0, "the same value twice: an even number of leaves");
        for (std::size_t i = 0; i < half; ++i) check(first[i] == first[half + i], "both halves agree");
    }

    // Flattening the flat result again changes nothing.  (Except that a leaf
    // whose text is not a list but holds about max_nesting unbalanced braces
    // may pass at the top level and be refused one level down: the depth
    // pre-scan is conservative.)
    const ObjRef again_list(Tcl_NewListObj(static_cast<Tcl_Size>(flat.leaves.size()), flat.leaves.data()));
    tkext::bridge::Flattened again;
    Tcl_Obj* const again_args[] = {again_list.get()};
    if (tkext::bridge::flatten_values(f.interp, f.types, tkext::bridge::LeafRules::numbers(), again_args, again) == TCL_OK) {
        check(texts(again.leaves) == first, "flattening is idempotent");
        // An empty list counts as an empty list, not as Tk's form: it is sent
        // reshaped (as one empty list), which Tk reads the same way.
        check(again.tk_accepts_as_is || first.empty(), "a flat list of leaves is accepted as it is");
    } else {
        bool brace_heavy = false;
        for (const std::string& leaf : first) {
            brace_heavy = brace_heavy || tkext::core::max_brace_depth(leaf) + 1 >= tkext::bridge::max_nesting;
        }
        check(brace_heavy, "the flat result flattens (unless a leaf is brace-heavy text)");
        Tcl_ResetResult(f.interp);
    }

    // Validation: every number it reads is finite; failures carry the right code.
    tkext::core::ScratchVector<double> numbers;
    if (tkext::bridge::read_finite_numbers(f.interp, f.types, flat.leaves, numbers) == TCL_OK) {
        check(numbers.size() == flat.leaves.size(), "one number per leaf");
        for (const double value : numbers) check(std::isfinite(value), "numbers read are finite");
    } else {
        const std::string code = f.error_code();
        check(starts_with(code, "TKEXT COORDS VALUE") || starts_with(code, "TKEXT COORDS NONFINITE"),
              "number errors are TKEXT COORDS VALUE or NONFINITE");
        check(std::strlen(Tcl_GetStringResult(f.interp)) < 400, "error messages stay short");
    }
    Tcl_ResetResult(f.interp);
    const auto distances = tkext::bridge::LeafRules::canvas_coordinates(tkext::core::tk_release(8, 6, 13));
    if (tkext::bridge::check_leaves(f.interp, f.types, distances, flat.leaves) != TCL_OK) {
        const std::string code = f.error_code();
        check(starts_with(code, "TKEXT COORDS VALUE") || starts_with(code, "TKEXT COORDS NONFINITE") ||
                  starts_with(code, "TKEXT COORDS RANGE"),
              "distance errors are TKEXT COORDS VALUE, NONFINITE or RANGE");
    }
    Tcl_ResetResult(f.interp);
    return 0;
}
