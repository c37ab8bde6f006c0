// Large coordinate sets take the fast paths (one list of finite binary
// numbers or of pairs of them, one tight pass each): the leaves and doubles
// must be exactly what the general path gives, and anything off those paths,
// however deep into a large list, must reach the general path and its error.
#include <cstring>
#include <string>
#include <vector>

#include "interp_fixture.hpp"
#include "tkext/bridge/flatten.hpp"
#include "tkext/bridge/interp_state.hpp"
#include "tkext/bridge/number_values.hpp"

using tkext::bridge::Flattened;
using tkext::bridge::flatten_values;
const tkext::bridge::LeafRules numbers = tkext::bridge::LeafRules::numbers();
using tkext::bridge::ObjRef;
using tkext::bridge::read_coordinate_list;

namespace {
constexpr int points = 50000;  // 10^5 values, the size the benchmarks use

// A script making `points` points as pairs of doubles (i*0.5, -i); `spoil`
// substitutes one element of point `at` with the given word.
std::string pairs_script(int at = -1, const std::string& spoil = "") {
    return "set out {}; for {set i 0} {$i < " + std::to_string(points) + "} {incr i} {"
           " if {$i == " + std::to_string(at) + "} {lappend out [list [expr {$i * 0.5}] " + spoil + "]"
           " } else {lappend out [list [expr {$i * 0.5}] [expr {-double($i)}]]}}; set out";
}
std::string flat_script(int at = -1, const std::string& spoil = "") {
    return "set out {}; for {set i 0} {$i < " + std::to_string(points) + "} {incr i} {"
           " if {$i == " + std::to_string(at) + "} {lappend out [expr {$i * 0.5}] " + spoil +
           " } else {lappend out [expr {$i * 0.5}] [expr {-double($i)}]}}; set out";
}
}  // namespace

class LargeValuesTest : public InterpTest {
protected:
    // Flattens the one value `script` makes; checks every leaf is the number expected.
    void expect_points(const std::string& script, bool expect_as_is) {
        ObjRef value = eval(script);
        Tcl_Obj* word = value.get();
        Flattened out;
        ASSERT_EQ(flatten_values(interp_, types_, numbers, {&word, 1}, out), TCL_OK) << result();
        EXPECT_EQ(out.tk_accepts_as_is, expect_as_is);
        EXPECT_TRUE(out.all_leaves_ok);
        ASSERT_EQ(out.leaves.size(), std::size_t{2} * points);
        for (int i = 0; i < points; ++i) {
            double x = 0, y = 0;
            ASSERT_EQ(Tcl_GetDoubleFromObj(nullptr, out.leaves[2 * i], &x), TCL_OK);
            ASSERT_EQ(Tcl_GetDoubleFromObj(nullptr, out.leaves[2 * i + 1], &y), TCL_OK);
            ASSERT_EQ(x, i * 0.5) << "point " << i;
            ASSERT_EQ(y, -double(i)) << "point " << i;
        }
    }
    // read_coordinate_list of the one value `script` makes; its status.
    int read(const std::string& script, tkext::core::ScratchVector<double>& xy) {
        ObjRef value = eval(script);
        return read_coordinate_list(interp_, types_, value.get(), 2, xy);
    }
};

TEST_F(LargeValuesTest, PairsAndFlatListsGiveEveryLeafInOrder) {
    expect_points(pairs_script(), false);
    expect_points(flat_script(), true);
}

TEST_F(LargeValuesTest, IntegersAmongTheNumbersStayOnTheFastPath) {
    ObjRef value = eval("set out {}; for {set i 0} {$i < 40000} {incr i} {lappend out [list $i [expr {$i * 2}]]}; set out");
    Tcl_Obj* word = value.get();
    Flattened out;
    ASSERT_EQ(flatten_values(interp_, types_, numbers, {&word, 1}, out), TCL_OK);
    ASSERT_EQ(out.leaves.size(), 80000u);
    EXPECT_EQ(std::string(Tcl_GetString(out.leaves[79999])), "79998");
}

TEST_F(LargeValuesTest, OddElementsFarIntoALargeListReachTheGeneralPath) {
    // A triple, a unit, text and an infinity in the middle of 5*10^4 points:
    // the general path flattens them (or marks them for the value check)
    // exactly as it does small input.
    ObjRef triple = eval(pairs_script(31337, "1 2"));
    Tcl_Obj* word = triple.get();
    Flattened out;
    ASSERT_EQ(flatten_values(interp_, types_, numbers, {&word, 1}, out), TCL_OK);
    EXPECT_EQ(out.leaves.size(), std::size_t{2} * points + 1);

    for (const std::string spoil : {"30c", "abc"}) {
        ObjRef value = eval(flat_script(40000, spoil));
        Tcl_Obj* w = value.get();
        Flattened flat;
        ASSERT_EQ(flatten_values(interp_, types_, numbers, {&w, 1}, flat), TCL_OK);
        EXPECT_FALSE(flat.all_leaves_ok) << spoil;  // left for check_leaves
    }
    ObjRef inf = eval(flat_script(45000, "[expr {1e308 * 10}]"));
    Tcl_Obj* w = inf.get();
    Flattened out_inf;
    ASSERT_EQ(flatten_values(interp_, types_, numbers, {&w, 1}, out_inf), TCL_OK);
    EXPECT_FALSE(out_inf.all_leaves_ok);
}

TEST_F(LargeValuesTest, ReadCoordinateListReportsTheFirstBadValueWhereverItIs) {
    tkext::core::ScratchVector<double> xy;
    ASSERT_EQ(read(flat_script(), xy), TCL_OK);
    ASSERT_EQ(xy.size(), std::size_t{2} * points);
    EXPECT_EQ(xy[2 * 4321], 4321 * 0.5);
    EXPECT_EQ(xy[2 * 4321 + 1], -4321.0);

    ASSERT_EQ(read(flat_script(40000, "abc"), xy), TCL_ERROR);
    EXPECT_EQ(result(), "bad coordinate \"abc\" at index 80001: expected a number");
    EXPECT_EQ(error_code(), "TKEXT COORDS VALUE");

    ASSERT_EQ(read(flat_script(45000, "[expr {1e308 * 10}]"), xy), TCL_ERROR);
    EXPECT_EQ(result(), "non-finite coordinate \"Inf\" at index 90001: coordinates must be finite numbers");
    EXPECT_EQ(error_code(), "TKEXT COORDS NONFINITE");

    ASSERT_EQ(read(pairs_script(49999, "x"), xy), TCL_ERROR);
    EXPECT_EQ(result(), "bad coordinate \"x\" at index 99999: expected a number");
}

TEST_F(LargeValuesTest, ReadBinaryNumbersTakesFiniteDoublesAndIntegersOnly) {
    using tkext::bridge::read_binary_numbers;
    auto read_all = [&](const std::string& script, std::vector<double>& out) {
        ObjRef value = eval(script);
        Tcl_Size count = 0;
        Tcl_Obj** elements = nullptr;
        EXPECT_EQ(Tcl_ListObjGetElements(nullptr, value.get(), &count, &elements), TCL_OK);
        out.assign(static_cast<std::size_t>(count), 0.0);
        return read_binary_numbers(types_, elements, out.size(), out.data());
    };
    std::vector<double> out;
    ASSERT_TRUE(read_all(flat_script(), out));
    ASSERT_EQ(out.size(), std::size_t{2} * points);
    EXPECT_EQ(out[2 * 4321 + 1], -4321.0);
    ASSERT_TRUE(read_all(flat_script(3, "[expr {7 * 1}]"), out));  // an integer Tcl holds as one
    EXPECT_EQ(out[7], 7.0);
    // An infinity or text, anywhere, is left for the general path.
    EXPECT_FALSE(read_all(flat_script(45000, "[expr {1e308 * 10}]"), out));
    EXPECT_FALSE(read_all(flat_script(49999, "abc"), out));
}

TEST_F(LargeValuesTest, ReadAndReleaseDoublesEmptiesOnlyAListItAloneHolds) {
    using tkext::bridge::read_and_release_doubles;
    auto length = [](const ObjRef& list) {
        Tcl_Size count = -1;
        EXPECT_EQ(Tcl_ListObjLength(nullptr, list.get(), &count), TCL_OK);
        return count;
    };
    // Held only here: every value read, the list emptied.
    {
        ObjRef list(Tcl_DuplicateObj(eval(flat_script()).get()));
        Tcl_ResetResult(interp_);
        ASSERT_EQ(list.get()->refCount, 1);
        std::vector<double> out(std::size_t{2} * points, -1.0);
        EXPECT_TRUE(read_and_release_doubles(types_, list.get(), out.data()));
        EXPECT_EQ(out[2 * 4321], 4321 * 0.5);
        EXPECT_EQ(out[2 * 4321 + 1], -4321.0);
        EXPECT_EQ(out.back(), -double(points - 1));
        EXPECT_EQ(length(list), 0);
    }
    // Held elsewhere too: read, left as it was.
    {
        ObjRef list(Tcl_DuplicateObj(eval(flat_script()).get()));
        const ObjRef other = list;
        std::vector<double> out(std::size_t{2} * points, -1.0);
        EXPECT_TRUE(read_and_release_doubles(types_, list.get(), out.data()));
        EXPECT_EQ(out.back(), -double(points - 1));
        EXPECT_EQ(length(list), 2 * points);
    }
    // Anything but finite doubles, however far in: refused, the list unchanged.
    for (const std::string spoil : {"abc", "7", "[expr {1e308 * 10}]"}) {
        ObjRef list(Tcl_DuplicateObj(eval(flat_script(40000, spoil)).get()));
        Tcl_ResetResult(interp_);
        std::vector<double> out(std::size_t{2} * points, -1.0);
        EXPECT_FALSE(read_and_release_doubles(types_, list.get(), out.data())) << spoil;
        EXPECT_EQ(length(list), 2 * points) << spoil;
    }
}

// The read loops ask for objects ahead of use, pairs in three stages
// (bridge/object_prefetch.hpp): an element off the shape is found wherever it
// lies relative to those stages, and the general path then gives every leaf
// in order.
TEST_F(LargeValuesTest, AnElementOffTheShapeIsFoundWhereverThePrefetchingIsForIt) {
    for (const int count : {2, 5, 33, 64, 97, 200}) {
        for (const int at : {0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 95, 96, 97, 98, 150, count - 2, count - 1}) {
            if (at < 0 || at >= count) continue;
            for (const std::string odd : {"{1 2 3}", "7", "{8 abc}"}) {
                const std::string script = "set out {}; for {set i 0} {$i < " + std::to_string(count) +
                                           "} {incr i} { if {$i == " + std::to_string(at) + "} {lappend out " +
                                           odd + "} else {lappend out [list [expr {$i * 0.5}] [expr {-double($i)}]]}}; set out";
                ObjRef value = eval(script);
                Tcl_Obj* word = value.get();
                Flattened out;
                ASSERT_EQ(flatten_values(interp_, types_, numbers, {&word, 1}, out), TCL_OK) << result();
                std::vector<std::string> expected;
                for (int i = 0; i < count; ++i) {
                    if (i == at) {
                        for (const char* leaf : odd == "7" ? std::vector<const char*>{"7"}
                                                : odd == "{1 2 3}" ? std::vector<const char*>{"1", "2", "3"}
                                                                   : std::vector<const char*>{"8", "abc"}) {
                            expected.emplace_back(leaf);
                        }
                    } else {
                        expected.push_back(Tcl_GetString(Tcl_NewDoubleObj(i * 0.5)));
                        expected.push_back(Tcl_GetString(Tcl_NewDoubleObj(-double(i))));
                    }
                }
                std::vector<std::string> got;
                for (Tcl_Obj* leaf : out.leaves) got.emplace_back(Tcl_GetString(leaf));
                EXPECT_EQ(got, expected) << count << " pairs, " << odd << " at " << at;
            }
        }
    }
}
