// Reading flattened leaves as finite numbers, with errors that name value and index.
#include <cmath>
#include <limits>
#include <vector>

#include "interp_fixture.hpp"
#include "tkext/bridge/coordinate_values.hpp"

using tkext::bridge::ObjRef;
using tkext::bridge::read_finite_numbers;
using Doubles = tkext::core::ScratchVector<double>;

class NumbersTest : public InterpTest {
protected:
    int read(std::vector<Tcl_Obj*> leaves, Doubles& out) {
        for (Tcl_Obj* leaf : leaves) held_.emplace_back(leaf);
        return read_finite_numbers(interp_, types_, leaves, out);
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

// The one leaf decision for canvas coordinates, per Tk dialect (each
// dialect's rules as a Tk release of that dialect has them).
class LeafDecisionTest : public InterpTest {
protected:
    int check(Tcl_Obj* leaf, tkext::core::DistanceDialect dialect) {
        held_.emplace_back(leaf);
        Tcl_Obj* leaves[] = {leaf};
        using tkext::core::tk_release;
        const auto tk = dialect == tkext::core::DistanceDialect::strtod_unit        ? tk_release(8, 6, 13)
                        : dialect == tkext::core::DistanceDialect::number_then_strtod ? tk_release(8, 6, 18)
                                                                                       : tk_release(9, 0, 4);
        EXPECT_EQ(tk.distance_dialect, dialect);
        return tkext::bridge::check_leaves(interp_, types_, tkext::bridge::LeafRules::canvas_coordinates(tk),
                                           leaves);
    }
    std::vector<ObjRef> held_;
};

using tkext::core::DistanceDialect;

TEST_F(LeafDecisionTest, IntegersTk86ReadsWithGetIntAreRefusedOutsideCInt) {
    // Tk 8.6.13 turns an "int" object of 2**31 into -2**31 and 2**40 into 0.
    EXPECT_EQ(check(Tcl_NewWideIntObj(Tcl_WideInt{1} << 40), DistanceDialect::strtod_unit), TCL_ERROR);
    EXPECT_EQ(result(),
              "bad coordinate \"1099511627776\" at index 0: integer outside -2147483648..2147483647, which this Tk "
              "reads wrongly");
    EXPECT_EQ(error_code(), "TKEXT COORDS RANGE");
    EXPECT_EQ(check(Tcl_NewWideIntObj(Tcl_WideInt{1} << 31), DistanceDialect::strtod_unit), TCL_ERROR);
    EXPECT_EQ(check(Tcl_NewWideIntObj(-(Tcl_WideInt{1} << 31) - 1), DistanceDialect::strtod_unit), TCL_ERROR);
    EXPECT_EQ(check(Tcl_NewWideIntObj((Tcl_WideInt{1} << 31) - 1), DistanceDialect::strtod_unit), TCL_OK);
    EXPECT_EQ(check(Tcl_NewWideIntObj(-(Tcl_WideInt{1} << 31)), DistanceDialect::strtod_unit), TCL_OK);
    // The same value as text is read by strtod, exactly; later Tks read every integer as a double.
    EXPECT_EQ(check(Tcl_NewStringObj("1099511627776", -1), DistanceDialect::strtod_unit), TCL_OK);
    EXPECT_EQ(check(Tcl_NewWideIntObj(Tcl_WideInt{1} << 40), DistanceDialect::number_then_strtod), TCL_OK);
    EXPECT_EQ(check(Tcl_NewWideIntObj(Tcl_WideInt{1} << 40), DistanceDialect::number_then_last_unit), TCL_OK);
}

TEST_F(LeafDecisionTest, UnitsFollowTheDialect) {
    EXPECT_EQ(check(Tcl_NewStringObj("1cm", -1), DistanceDialect::strtod_unit), TCL_OK);
    EXPECT_EQ(check(Tcl_NewStringObj("1cm", -1), DistanceDialect::number_then_last_unit), TCL_ERROR);
    EXPECT_EQ(result(),
              "bad coordinate \"1cm\" at index 0: expected a screen distance such as 12, 1.5c, 2i, 3m or 4p");
    EXPECT_EQ(error_code(), "TKEXT COORDS VALUE");
    EXPECT_EQ(check(Tcl_NewStringObj("1 c", -1), DistanceDialect::number_then_last_unit), TCL_OK);
    EXPECT_EQ(check(Tcl_NewStringObj("0b11", -1), DistanceDialect::strtod_unit), TCL_ERROR);
    EXPECT_EQ(check(Tcl_NewStringObj("0b11", -1), DistanceDialect::number_then_strtod), TCL_OK);
}

TEST_F(LeafDecisionTest, NonFiniteIsRefusedInEveryDialectAndSpelling) {
    for (const auto dialect : {DistanceDialect::strtod_unit, DistanceDialect::number_then_strtod,
                               DistanceDialect::number_then_last_unit}) {
        for (const char* text : {"NaN", "nan", "-nan", "Inf", "-inf", "Infinity", "1e400", "1e306i", "Infc"}) {
            EXPECT_EQ(check(Tcl_NewStringObj(text, -1), dialect), TCL_ERROR) << text;
        }
        EXPECT_EQ(check(Tcl_NewStringObj("NaN", -1), dialect), TCL_ERROR);
        EXPECT_EQ(error_code(), "TKEXT COORDS NONFINITE");
        EXPECT_EQ(check(Tcl_NewDoubleObj(std::numeric_limits<double>::infinity()), dialect), TCL_ERROR);
        EXPECT_EQ(error_code(), "TKEXT COORDS NONFINITE");
    }
}
