// Flattening Tcl values of every shape into leaves, and refusing hostile nesting.
#include <string>
#include <vector>

#include "interp_fixture.hpp"
#include "tkext/bridge/flatten.hpp"

using tkext::bridge::Flattened;
using tkext::bridge::flatten_values;
const tkext::bridge::LeafRules numbers = tkext::bridge::LeafRules::numbers();
using tkext::bridge::ObjRef;

class FlattenTest : public InterpTest {
protected:
    // Flattens the words of the Tcl list `args` and returns the leaves joined by spaces.
    std::string flatten(const std::string& args, bool* as_is = nullptr) {
        ObjRef list = eval(args);
        Tcl_Size count = 0;
        Tcl_Obj** words = nullptr;
        EXPECT_EQ(Tcl_ListObjGetElements(interp_, list.get(), &count, &words), TCL_OK);
        Flattened out;
        EXPECT_EQ(flatten_values(interp_, types_, numbers, {words, static_cast<std::size_t>(count)}, out), TCL_OK)
            << result();
        if (as_is) *as_is = out.tk_accepts_as_is;
        std::string joined;
        for (Tcl_Obj* leaf : out.leaves) {
            if (!joined.empty()) joined += ' ';
            joined += Tcl_GetString(leaf);
        }
        return joined;
    }
};

TEST_F(FlattenTest, EveryShapeGivesTheSameLeaves) {
    const std::string expected = "10 20 30 40";
    EXPECT_EQ(flatten("list 10 20 30 40"), expected);           // separate numbers
    EXPECT_EQ(flatten("list {10 20 30 40}"), expected);         // one flat list
    EXPECT_EQ(flatten("list {10 20} {30 40}"), expected);       // pairs
    EXPECT_EQ(flatten("list {{10 20} {30 40}}"), expected);     // list of pairs
    EXPECT_EQ(flatten("list {{{10 20}} {{30 40}}}"), expected); // deeper
    EXPECT_EQ(flatten("list 10 {20 {30}} {{40}}"), expected);   // mixed
}

TEST_F(FlattenTest, TkOwnFormsAreRecognisedAsAcceptedAsTheyAre) {
    bool as_is = false;
    flatten("list 10 20 30 40", &as_is);
    EXPECT_TRUE(as_is);
    flatten("list {10 20 30 40}", &as_is);
    EXPECT_TRUE(as_is);
    flatten("list {10 20} {30 40}", &as_is);
    EXPECT_FALSE(as_is);
    flatten("list {{10 20} {30 40}}", &as_is);
    EXPECT_FALSE(as_is);
    flatten("list {} 10 20", &as_is);
    EXPECT_FALSE(as_is);
}

TEST_F(FlattenTest, EmptyListsContributeNothing) {
    EXPECT_EQ(flatten("list {} 1 {} {{}} 2"), "1 2");
}

TEST_F(FlattenTest, LeavesAreTheVerySameObjects) {
    ObjRef value = eval("list 1.5 30c {-text}");
    Tcl_Obj* words[] = {value.get()};
    Flattened out;
    ASSERT_EQ(flatten_values(interp_, types_, numbers, words, out), TCL_OK);
    Tcl_Obj** elements = nullptr;
    Tcl_Size count = 0;
    Tcl_ListObjGetElements(nullptr, value.get(), &count, &elements);
    ASSERT_EQ(out.leaves.size(), 3u);
    for (Tcl_Size i = 0; i < count; ++i) EXPECT_EQ(out.leaves[i], elements[i]);
}

TEST_F(FlattenTest, NumbersAreNeverParsedAsLists) {
    Tcl_Obj* number = Tcl_NewDoubleObj(2.5);
    ObjRef hold(number);
    Tcl_Obj* words[] = {number};
    Flattened out;
    ASSERT_EQ(flatten_values(interp_, types_, numbers, words, out), TCL_OK);
    EXPECT_EQ(number->typePtr, types_.double_);
    ASSERT_EQ(out.leaves.size(), 1u);
    EXPECT_EQ(out.leaves[0], number);
}

TEST_F(FlattenTest, MalformedListTextIsALeaf) {
    EXPECT_EQ(flatten("list {a \\{b} 1"), "a {b 1");
    ObjRef junk(Tcl_NewStringObj("{unbalanced", -1));
    Tcl_Obj* words[] = {junk.get()};
    Flattened out;
    ASSERT_EQ(flatten_values(interp_, types_, numbers, words, out), TCL_OK);
    ASSERT_EQ(out.leaves.size(), 1u);
    EXPECT_EQ(out.leaves[0], junk.get());
}

TEST_F(FlattenTest, NestingUpToTheLimitIsFine) {
    ObjRef value(Tcl_NewStringObj("1 2", -1));
    for (std::size_t i = 1; i < tkext::bridge::max_nesting; ++i) {
        Tcl_Obj* pair[] = {value.get(), Tcl_NewIntObj(0)};
        value = ObjRef(Tcl_NewListObj(2, pair));
    }
    Tcl_Obj* words[] = {value.get()};
    Flattened out;
    EXPECT_EQ(flatten_values(interp_, types_, numbers, words, out), TCL_OK) << result();
    EXPECT_EQ(out.leaves.size(), 2u + tkext::bridge::max_nesting - 1);
}

TEST_F(FlattenTest, BuiltListsNestedTooDeepAreRefused) {
    ObjRef value(Tcl_NewStringObj("1 2", -1));
    for (std::size_t i = 0; i < tkext::bridge::max_nesting + 5; ++i) {
        Tcl_Obj* pair[] = {value.get(), Tcl_NewIntObj(0)};
        value = ObjRef(Tcl_NewListObj(2, pair));
    }
    Tcl_Obj* words[] = {value.get()};
    Flattened out;
    EXPECT_EQ(flatten_values(interp_, types_, numbers, words, out), TCL_ERROR);
    EXPECT_EQ(error_code(), "TKEXT FLATTEN DEPTH");
    EXPECT_EQ(result(), "coordinates nested deeper than 1000 levels in argument 1");
    EXPECT_TRUE(out.leaves.empty());
}

TEST_F(FlattenTest, AMillionDeepStringIsRefusedWithoutParsing) {
    const std::size_t levels = 1'000'000;
    ObjRef deep(Tcl_NewStringObj(
        (std::string(levels, '{') + "1 2" + std::string(levels, '}')).c_str(), -1));
    Tcl_Obj* words[] = {Tcl_NewIntObj(5), deep.get()};
    ObjRef hold(words[0]);
    Flattened out;
    EXPECT_EQ(flatten_values(interp_, types_, numbers, words, out), TCL_ERROR);
    EXPECT_EQ(error_code(), "TKEXT FLATTEN DEPTH");
    EXPECT_EQ(result(), "coordinates nested deeper than 1000 levels in argument 2");
    EXPECT_EQ(deep.get()->typePtr, nullptr) << "the string must not have been parsed";
}
