// flatten.cpp — recursive flattening of Tcl values, and reading a flattened COORDS (see flatten.hpp).
#include "flatten.hpp"

#include <string>
#include <string_view>

#include "../core/coordinate_count.hpp"
#include "../core/nesting_scan.hpp"
#include "coordinate_shape.hpp"
#include "errors.hpp"
#include "number_values.hpp"
#include "object_prefetch.hpp"

namespace tkext::bridge {
namespace {

enum class Shape { leaf, empty, list, too_deep };

struct Classified {
    Shape shape = Shape::leaf;
    Tcl_Obj* leaf = nullptr;  // for Shape::leaf: the object to keep
    Tcl_Size count = 0;       // for Shape::list
    Tcl_Obj** elements = nullptr;
};

// Whether the only element of the one-element list `list` has different text
// from the list itself (then the list is a wrapper to unwrap).  Never builds
// the text of a list that has none: a list built a million levels deep would
// need a million-level recursion to print.
bool differs_from_its_list(const ObjTypes& types, Tcl_Obj* only, Tcl_Obj* list) {
    if (only->typePtr == types.list && only->bytes == nullptr) {
        // A list inside a list: unwrapping is right when its text differs, and
        // harmless when it does not (it then flattens to the same leaves).
        return true;
    }
    if (list->bytes != nullptr) return text_of(only) != text_of(list);
    // A list built in memory prints its single element bare exactly when Tcl's
    // quoting rule leaves it bare.  That is stricter than is_plain_word: "]x",
    // "a$b", "a;b" and a leading "#" are quoted too, so ask Tcl itself.
    const std::string_view text = text_of(only);
    if (!core::is_plain_word(text)) return true;
    const auto length = static_cast<Tcl_Size>(text.size());
    int flags = 0;
    // +1: room for a terminating NUL, should Tcl write one.
    std::string printed(static_cast<std::size_t>(Tcl_ScanCountedElement(text.data(), length, &flags)) + 1, '\0');
    return Tcl_ConvertCountedElement(text.data(), length, printed.data(), flags) != length;
}

// Decides what `value` is, seen at nesting `depth`, parsing it as a list
// only when its type or text says it could be one.
[[gnu::always_inline]] inline Classified classify(const ObjTypes& types, Tcl_Obj* value, std::size_t depth) {
    Classified result;
    result.leaf = value;
    if (is_plain_leaf(types, value)) return result;

    if (value->typePtr != types.list) {
        const std::string_view view = text_of(value);
        if (view.empty()) {
            result.shape = Shape::empty;
            return result;
        }
        // Parsing copies each level's text; refuse hostile nesting before
        // paying for it.  Braces need two characters a level, so short texts
        // cannot be too deep.
        const std::size_t budget = max_nesting - depth;
        if (view.size() > 2 * budget && core::max_brace_depth(view) > budget) {
            result.shape = Shape::too_deep;
            return result;
        }
    }
    if (Tcl_ListObjGetElements(nullptr, value, &result.count, &result.elements) != TCL_OK) {
        return result;  // not a well-formed list: a leaf, reported later if not a number
    }
    if (result.count == 0) {
        result.shape = Shape::empty;
    } else if (result.count == 1) {
        Tcl_Obj* only = result.elements[0];
        if (types.is_number(only) && only->bytes == nullptr) {
            // A number built in memory prints as a plain word, the very text
            // of its one-element list.  One with text of its own (" 7 ",
            // shimmered by an earlier use) is judged by that text below.
            result.leaf = only;
        } else if (differs_from_its_list(types, only, value)) {
            result.shape = Shape::list;  // {{10 20}}: unwrap
        }
    } else {
        result.shape = Shape::list;
    }
    return result;
}

class Flattener {
public:
    Flattener(const ObjTypes& types, const LeafRules& rules, core::ScratchVector<Tcl_Obj*>& leaves)
        : types_(types), rules_(rules), leaves_(leaves) {}

    // Appends the leaves of `value`; false when nesting exceeds max_nesting.
    bool add(Tcl_Obj* value, std::size_t depth) {
        const Classified c = classify(types_, value, depth);
        switch (c.shape) {
            case Shape::leaf:
                if (types_.is_number(c.leaf)) {
                    add_number(c.leaf, depth);
                } else {
                    leaves_.push_back(c.leaf);
                    ++unchecked_leaves_;
                    note_depth(depth);
                }
                return true;
            case Shape::empty:
                ++empty_lists_;
                return true;
            case Shape::too_deep:
                return false;
            case Shape::list:
                if (depth >= max_nesting) return false;
                return add_elements(c.elements, c.count, depth + 1);
        }
        return true;
    }

    std::size_t deepest_leaf() const { return deepest_leaf_; }
    std::size_t empty_lists() const { return empty_lists_; }
    std::size_t unchecked_leaves() const { return unchecked_leaves_; }

private:
    // The elements of a list, found at `depth`.  Numbers and pairs of numbers
    // are by far the most common elements, so they skip the general path:
    // flattening 10^5 points is a large part of what tkext adds to Tk's time.
    bool add_elements(Tcl_Obj* const* elements, Tcl_Size count, std::size_t depth) {
        for (Tcl_Size i = 0; i < count; ++i) {
            Tcl_Obj* element = elements[i];
            if (types_.is_number(element)) {
                add_number(element, depth);
                continue;
            }
            if (element->typePtr == types_.list && depth < max_nesting) {
                Tcl_Size inner_count = 0;
                Tcl_Obj** inner = nullptr;
                Tcl_ListObjGetElements(nullptr, element, &inner_count, &inner);
                if (inner_count == 2 && types_.is_number(inner[0]) && types_.is_number(inner[1])) {
                    add_number(inner[0], depth + 1);
                    add_number(inner[1], depth + 1);
                    continue;
                }
            }
            if (!add(element, depth)) return false;
        }
        return true;
    }

    // A number is judged here, in passing (binary_leaf_verdict); one it
    // cannot approve is judged again, and reported, by check_leaves.
    [[gnu::always_inline]] void add_number(Tcl_Obj* number, std::size_t depth) {
        leaves_.push_back(number);
        double value = 0.0;
        if (binary_leaf_verdict(types_, rules_, number, value) != LeafVerdict::ok) ++unchecked_leaves_;
        note_depth(depth);
    }

    [[gnu::always_inline]] void note_depth(std::size_t depth) {
        if (depth > deepest_leaf_) deepest_leaf_ = depth;
    }

    const ObjTypes& types_;
    const LeafRules& rules_;
    core::ScratchVector<Tcl_Obj*>& leaves_;
    std::size_t deepest_leaf_ = 0;
    std::size_t empty_lists_ = 0;
    std::size_t unchecked_leaves_ = 0;
};

// The shapes large coordinate sets nearly always come in: one list of
// numbers Tcl holds in binary, or one list of pairs of them.  One tight pass
// on the calling thread with nothing else done per element than the leaf
// verdict, since at 10^5 points the walk is most of what tkext adds to Tk's
// own time.  Returns false, with `out` as it was, for any other shape: the
// general path then flattens it.
bool flatten_points(const ObjTypes& types, const LeafRules& rules, Tcl_Obj* value, Flattened& out) {
    if (value->typePtr != types.list) return false;
    Tcl_Size length = 0;
    Tcl_Obj** elements = nullptr;
    Tcl_ListObjGetElements(nullptr, value, &length, &elements);
    const auto count = static_cast<std::size_t>(length);
    if (count < 2) return false;
    const bool pairs = elements[0]->typePtr == types.list;
    if (!pairs && !types.is_number(elements[0])) return false;

    const std::size_t kept = out.leaves.size();
    out.leaves.resize(kept + (pairs ? 2 * count : count));
    Tcl_Obj** leaves = out.leaves.data() + kept;
    bool shape_ok = true;
    bool all_ok = true;
    double value_read = 0.0;
    // Objects are asked for ahead of use (object_prefetch.hpp): a program's
    // points lie among its other data, and waiting for each in turn would be
    // most of the pass.
    constexpr std::size_t ahead = prefetch_distance;
    if (!pairs) {
        for (std::size_t i = 0; shape_ok && i < count; ++i) {
            if (i + ahead < count) prefetch_object(elements[i + ahead]);
            Tcl_Obj* element = elements[i];
            shape_ok = types.is_number(element);
            all_ok &= binary_leaf_verdict(types, rules, element, value_read) == LeafVerdict::ok;
            leaves[i] = element;
        }
    } else {
        // Three dependent reads a pair, so a pipeline: 3*ahead elements on
        // the pair object is asked for, 2*ahead on its element store, and
        // `ahead` elements before it is judged the pair is split (its numbers'
        // addresses stored in `leaves` and asked for); then element i is
        // judged from objects that are most likely in cache.  A pair found
        // malformed ahead ends the pass as it would when reached.
        const auto split = [&](std::size_t j) {
            Tcl_Obj* pair = elements[j];
            Tcl_Size inner_count = 0;
            Tcl_Obj** inner = nullptr;
            if (pair->typePtr != types.list ||
                Tcl_ListObjGetElements(nullptr, pair, &inner_count, &inner) != TCL_OK || inner_count != 2) {
                return false;
            }
            prefetch_object(inner[0]);
            prefetch_object(inner[1]);
            leaves[2 * j] = inner[0];
            leaves[2 * j + 1] = inner[1];
            return true;
        };
        for (std::size_t j = 0; shape_ok && j < ahead && j < count; ++j) shape_ok = split(j);
        for (std::size_t i = 0; shape_ok && i < count; ++i) {
            if (i + 3 * ahead < count) prefetch_object(elements[i + 3 * ahead]);
            if (i + 2 * ahead < count) prefetch_memory(elements[i + 2 * ahead]->internalRep.twoPtrValue.ptr1);
            if (i + ahead < count) shape_ok = split(i + ahead);
            Tcl_Obj* x = leaves[2 * i];
            Tcl_Obj* y = leaves[2 * i + 1];
            shape_ok = shape_ok && types.is_number(x) && types.is_number(y);
            if (shape_ok) {
                all_ok &= binary_leaf_verdict(types, rules, x, value_read) == LeafVerdict::ok;
                all_ok &= binary_leaf_verdict(types, rules, y, value_read) == LeafVerdict::ok;
            }
        }
    }
    if (!shape_ok) {
        out.leaves.resize(kept);
        return false;
    }
    out.tk_accepts_as_is = tk_takes_as_is(1, pairs ? 2 : 1, 0);  // one flat list is Tk's own form
    out.all_leaves_ok = all_ok;
    return true;
}

// Room for the leaves a call will most likely produce, so the vector grows once.
std::size_t expected_leaves(const ObjTypes& types, std::span<Tcl_Obj* const> values) {
    std::size_t expected = values.size();
    for (Tcl_Obj* value : values) {
        if (value->typePtr != types.list) continue;
        Tcl_Size count = 0;
        Tcl_Obj** elements = nullptr;
        Tcl_ListObjGetElements(nullptr, value, &count, &elements);
        const bool pairs = count > 0 && elements[0]->typePtr == types.list;
        expected += static_cast<std::size_t>(count) * (pairs ? 2 : 1);
    }
    return expected;
}

}  // namespace

int flatten_values(Tcl_Interp* interp, const ObjTypes& types, const LeafRules& rules,
                   std::span<Tcl_Obj* const> values, Flattened& out,
                   std::size_t first_position) {
    if (values.size() == 1 && flatten_points(types, rules, values[0], out)) return TCL_OK;
    const std::size_t kept = out.leaves.size();
    out.leaves.reserve(kept + expected_leaves(types, values));
    Flattener flattener(types, rules, out.leaves);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!flattener.add(values[i], 0)) {
            out.leaves.resize(kept);
            return set_error(interp,
                             "coordinates nested deeper than " + std::to_string(max_nesting) +
                                 " levels in argument " + std::to_string(first_position + i),
                             {"FLATTEN", "DEPTH"});
        }
    }
    out.tk_accepts_as_is =
        tk_takes_as_is(values.size(), flattener.deepest_leaf(), flattener.empty_lists());
    out.all_leaves_ok = flattener.unchecked_leaves() == 0;
    return TCL_OK;
}

int read_coordinate_list(Tcl_Interp* interp, const ObjTypes& types, Tcl_Obj* value,
                         std::size_t position, core::ScratchVector<double>& out) {
    // Numbers Tcl already holds in binary, in one flat list, are read straight
    // into doubles: no leaf vector, no flattening pass.
    if (value->typePtr == types.list) {
        Tcl_Size length = 0;
        Tcl_Obj** elements = nullptr;
        Tcl_ListObjGetElements(nullptr, value, &length, &elements);
        const auto count = static_cast<std::size_t>(length);
        out.resize(count);
        if (count % 2 == 0 && read_binary_numbers(types, elements, count, out.data())) {
            return TCL_OK;
        }
        // Otherwise the general path finds and reports the problem.
    }
    Flattened flat;
    if (flatten_values(interp, types, LeafRules::numbers(), {&value, 1}, flat, position) != TCL_OK) {
        return TCL_ERROR;
    }
    if (auto problem = core::count_problem(core::CountRule::even, flat.leaves.size())) {
        return count_error(interp, *problem);
    }
    return read_finite_numbers(interp, types, flat.leaves, out);
}

}  // namespace tkext::bridge
