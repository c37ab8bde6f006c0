// Reading flattened leaves as finite numbers, with errors that name value and index.
#include <cmath>
#include <limits>
#include <vector>

#include "interp_fixture.hpp"
#include "tkext/tcl/coordinate_values.hpp"

using tkext::bridge::ObjRef;
using tkext::bridge::read_finite_numbers;
using Doubles = tkext::core::ScratchVector<double>;

class NumbersTest : public InterpTest {
protected:
    int read(std::vector<Tcl_Obj*> leaves, Doubles& out) {
        for (Tcl_Obj* leaf : leaves) held_.emplace_back(leaf);
        return read_finite_numbers(interp_, leaves, out);
    }
    static Tcl_Obj* text(const char* s) { return Tcl_NewStringObj(s, -1); }
    std::vector<ObjRef> held_;
};

TEST_F(NumbersTest, NumbersInAnyRepresentationAreRead) {
    Doubles out;
    ASSERT_EQ(read({text("1"), Tcl_NewDoubleObj(2.5), Tcl_NewWideIntObj(-3), text("4e2"), text("0x10")}, out),
              TCL_OK);
    EXPECT_EQ(std::vector<double>(out.begin(), out.end()), (std::vector<double>{1, 2.5, -3, 400, 16}));
}

TEST_F(NumbersTest, JunkIsAValueErrorWithItsIndex) {
    Doubles out;
    ASSERT_EQ(read({text("1"), text("2"), text("3"), text("abc")}, out), TCL_ERROR);
    EXPECT_EQ(result(), "bad coordinate \"abc\" at index 3: expected a number");
    EXPECT_EQ(error_code(), "TKEXT COORDS VALUE");
}

TEST_F(NumbersTest, NanAndInfinityAreNonFiniteErrors) {
    Doubles out;
    ASSERT_EQ(read({text("1"), text("NaN")}, out), TCL_ERROR);
    EXPECT_EQ(result(), "non-finite coordinate \"NaN\" at index 1: coordinates must be finite numbers");
    EXPECT_EQ(error_code(), "TKEXT COORDS NONFINITE");

    ASSERT_EQ(read({Tcl_NewDoubleObj(std::numeric_limits<double>::infinity())}, out), TCL_ERROR);
    EXPECT_EQ(error_code(), "TKEXT COORDS NONFINITE");
    ASSERT_EQ(read({Tcl_NewDoubleObj(std::nan(""))}, out), TCL_ERROR);
    EXPECT_EQ(error_code(), "TKEXT COORDS NONFINITE");
    ASSERT_EQ(read({text("1e400")}, out), TCL_ERROR);
    EXPECT_EQ(error_code(), "TKEXT COORDS NONFINITE");
}

TEST_F(NumbersTest, LongOrBinaryValuesAreQuotedShortAndPrintable) {
    Doubles out;
    const std::string junk = std::string("\x01\x02", 2) + std::string(500, 'z');
    ASSERT_EQ(read({Tcl_NewStringObj(junk.data(), static_cast<Tcl_Size>(junk.size()))}, out), TCL_ERROR);
    const std::string message = result();
    EXPECT_LT(message.size(), 120u);
    EXPECT_NE(message.find("\\x01\\x02zzz"), std::string::npos) << message;
    EXPECT_NE(message.find("..."), std::string::npos) << message;
}
