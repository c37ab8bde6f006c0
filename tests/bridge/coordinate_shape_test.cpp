// The one shape decision: plain leaves, whether Tk takes words as they are,
// and the short path of small calls that rests on both.
#include <array>
#include <string>
#include <vector>

#include "interp_fixture.hpp"
#include "tkext/bridge/coordinate_shape.hpp"

using tkext::bridge::is_plain_leaf;
using tkext::bridge::max_short_leaves;
using tkext::bridge::ObjRef;
using tkext::bridge::read_short_call;
using tkext::bridge::tk_takes_as_is;

namespace {
const tkext::bridge::LeafRules canvas =
    tkext::bridge::LeafRules::canvas_coordinates(tkext::core::tk_release(8, 6, 13));
}

class ShapeTest : public InterpTest {
protected:
    // The words of the Tcl list `script` returns; those with a space are made
    // lists first, as a script's literal {1 2} becomes once Tcl has read it as one.
    std::vector<Tcl_Obj*> words(const std::string& script) {
        held_.push_back(eval(script));
        Tcl_Size count = 0;
        Tcl_Obj** elements = nullptr;
        EXPECT_EQ(Tcl_ListObjGetElements(interp_, held_.back().get(), &count, &elements), TCL_OK);
        std::vector<Tcl_Obj*> out(elements, elements + count);
        for (Tcl_Obj* word : out) {
            if (std::string(Tcl_GetString(word)).find(' ') != std::string::npos) {
                Tcl_Size length = 0;
                Tcl_ListObjLength(nullptr, word, &length);
            }
        }
        return out;
    }
    // read_short_call on `script`'s words: the leaves joined by spaces, "-" when
    // the call is not short, with "as is" or "separate" after them.
    std::string short_call(const std::string& script) {
        const std::vector<Tcl_Obj*> values = words(script);
        std::array<Tcl_Obj*, max_short_leaves> leaves{};
        bool as_is = false;
        const auto found = read_short_call(types_, canvas, values, leaves, as_is);
        if (found.empty()) return "-";
        std::string joined;
        for (Tcl_Obj* leaf : found) joined += std::string(Tcl_GetString(leaf)) + " ";
        return joined + (as_is ? "as is" : "separate");
    }
    std::vector<ObjRef> held_;
};

TEST_F(ShapeTest, PlainLeavesAreNumbersAndPlainWords) {
    const ObjRef number(Tcl_NewDoubleObj(1.5));
    const ObjRef word(Tcl_NewStringObj("1.5c", -1));
    const ObjRef spaced(Tcl_NewStringObj("1 2", -1));
    const ObjRef empty(Tcl_NewObj());
    const ObjRef braced(Tcl_NewStringObj("{1}", -1));
    EXPECT_TRUE(is_plain_leaf(types_, number.get()));
    EXPECT_TRUE(is_plain_leaf(types_, word.get()));
    EXPECT_FALSE(is_plain_leaf(types_, spaced.get()));
    EXPECT_FALSE(is_plain_leaf(types_, empty.get()));
    EXPECT_FALSE(is_plain_leaf(types_, braced.get()));
    // A list is never plain, even of one plain element: flattening decides it.
    Tcl_Obj* element = Tcl_NewStringObj("5", -1);
    const ObjRef list(Tcl_NewListObj(1, &element));
    EXPECT_FALSE(is_plain_leaf(types_, list.get()));
}

TEST_F(ShapeTest, TkTakesSeparateLeavesOrOneFlatList) {
    EXPECT_TRUE(tk_takes_as_is(4, 0, 0));   // 1 2 3 4
    EXPECT_TRUE(tk_takes_as_is(1, 1, 0));   // {1 2 3 4}
    EXPECT_FALSE(tk_takes_as_is(2, 1, 0));  // {1 2} {3 4}
    EXPECT_FALSE(tk_takes_as_is(1, 2, 0));  // {{1 2} {3 4}}
    EXPECT_FALSE(tk_takes_as_is(4, 0, 1));  // an empty list Tk would read as ""
    EXPECT_FALSE(tk_takes_as_is(1, 1, 1));
}

TEST_F(ShapeTest, ShortCallsPassTheirLeaves) {
    EXPECT_EQ(short_call("list 1 2 3 4"), "1 2 3 4 as is");
    EXPECT_EQ(short_call("list {1 2 3 4}"), "1 2 3 4 as is");
    EXPECT_EQ(short_call("list {1 2} {3 4}"), "1 2 3 4 separate");
    EXPECT_EQ(short_call("list 1 {2 3} 4"), "1 2 3 4 separate");
    EXPECT_EQ(short_call("list 1c 2"), "1c 2 as is");  // a screen distance is a leaf
    EXPECT_EQ(short_call("list 1 2 3"), "1 2 3 as is");  // the count is the caller's to check
}

TEST_F(ShapeTest, EverythingElseTakesTheFullPath) {
    EXPECT_EQ(short_call("list 1 2 3 4 5 6 7 8 9 10"), "-");  // more than max_short_leaves
    EXPECT_EQ(short_call("list {1 2} {3 4} {5 6} {7 8} {9 10}"), "-");
    EXPECT_EQ(short_call("list {{1 2} {3 4}}"), "-");  // nested
    EXPECT_EQ(short_call("list 1 2 {} 3"), "-");       // an empty list
    EXPECT_EQ(short_call("list 1 abc"), "-");          // a leaf the leaf decision refuses
    EXPECT_EQ(short_call("list 1 NaN"), "-");
    // One-element lists are flattening's to decide ({{1 2}} unwraps).
    Tcl_Obj* element = Tcl_NewIntObj(1);
    const ObjRef one(Tcl_NewListObj(1, &element));
    const ObjRef two(Tcl_NewIntObj(2));
    Tcl_Obj* const values[] = {one.get(), two.get()};
    std::array<Tcl_Obj*, max_short_leaves> leaves{};
    bool as_is = false;
    EXPECT_TRUE(read_short_call(types_, canvas, values, leaves, as_is).empty());
}
