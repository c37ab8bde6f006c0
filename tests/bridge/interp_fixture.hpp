// interp_fixture.hpp — a fresh Tcl interpreter per test, with helpers to build values.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "tkext/bridge/obj_ref.hpp"
#include "tkext/bridge/obj_types.hpp"

class InterpTest : public ::testing::Test {
protected:
    void SetUp() override {
        interp_ = Tcl_CreateInterp();
        types_ = tkext::bridge::ObjTypes::look_up();
    }
    void TearDown() override { Tcl_DeleteInterp(interp_); }

    // Evaluates `script` and returns its result, failing the test on error.
    tkext::bridge::ObjRef eval(const std::string& script) {
        const int status = Tcl_EvalEx(interp_, script.c_str(), -1, 0);
        EXPECT_EQ(status, TCL_OK) << Tcl_GetStringResult(interp_);
        return tkext::bridge::ObjRef(Tcl_GetObjResult(interp_));
    }
    std::string result() const { return Tcl_GetStringResult(interp_); }
    std::string error_code() {
        Tcl_Obj* options = Tcl_GetReturnOptions(interp_, TCL_ERROR);
        Tcl_IncrRefCount(options);
        Tcl_Obj* key = Tcl_NewStringObj("-errorcode", -1);
        Tcl_IncrRefCount(key);
        Tcl_Obj* code = nullptr;
        Tcl_DictObjGet(nullptr, options, key, &code);
        std::string text = code ? Tcl_GetString(code) : "";
        Tcl_DecrRefCount(key);
        Tcl_DecrRefCount(options);
        return text;
    }

    Tcl_Interp* interp_ = nullptr;
    tkext::bridge::ObjTypes types_;
};
