// Command procedures called as C callers call them (tests/commands, the
// commands layer linked whole): what a script cannot show.
#include <cstring>
#include <vector>

#include "../bridge/interp_fixture.hpp"
#include "tkext/bridge/interp_state.hpp"
#include "tkext/bridge/obj_ref.hpp"
#include "tkext/commands/commands.hpp"

using tkext::bridge::ObjRef;

// tkext::geom drops the previous result before it runs (so a packed result can
// be reused), but not when that result is one of its words: a C caller may
// pass Tcl_GetObjResult() holding no reference of its own.
TEST_F(InterpTest, GeomReadsTheInterpreterResultPassedAsAWord) {
    tkext::bridge::InterpState* state = tkext::bridge::InterpState::attach(interp_);
    const ObjRef name(Tcl_NewStringObj("tkext::geom", -1));
    const ObjRef packed(Tcl_NewStringObj("-packed", -1));
    const ObjRef translate(Tcl_NewStringObj("translate", -1));
    const ObjRef one(Tcl_NewIntObj(1));
    for (const bool as_block : {true, false}) {
        ASSERT_EQ(Tcl_EvalEx(interp_, as_block ? "binary format d4 {1 2 3 4}" : "list 1.0 2.0 3.0 4.0", -1, 0), TCL_OK);
        Tcl_Obj* previous = Tcl_GetObjResult(interp_);  // held by the interpreter alone
        std::vector<Tcl_Obj*> words{name.get()};
        if (as_block) words.push_back(packed.get());
        words.insert(words.end(), {translate.get(), previous, one.get(), one.get()});
        ASSERT_EQ(tkext::commands::geom_command(state, interp_, static_cast<int>(words.size()), words.data()), TCL_OK)
            << result();
        ObjRef got(Tcl_GetObjResult(interp_));
        if (as_block) {
            Tcl_Size length = 0;
            const unsigned char* bytes = Tcl_GetByteArrayFromObj(got.get(), &length);
            ASSERT_EQ(length, 32);
            double values[4];
            std::memcpy(values, bytes, sizeof values);
            EXPECT_EQ(std::vector<double>(values, values + 4), (std::vector<double>{2, 3, 4, 5}));
        } else {
            EXPECT_EQ(result(), "2.0 3.0 4.0 5.0");
        }
    }
}
