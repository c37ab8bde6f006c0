// init.cpp — Tkext_Init: loads tkext into an interpreter.
//
// Initialises the Tcl stubs (and Tk's, when Tk is already loaded; otherwise
// Tk-dependent commands initialise them on first use, so pure commands work
// in plain tclsh), creates the per-interpreter state, registers every command
// in ::tkext with an ensemble, and provides the package last.
//
// Tkext_SafeInit offers the same commands to safe interpreters: none of them
// touches files, processes, sockets or the environment; they only read values
// and call the canvas widget commands the interpreter itself can call
// (tkext::svg refuses its -file option there).
#include <array>
#include <string>

#include <tk.h>

#include "commands/commands.hpp"
#include "bridge/errors.hpp"
#include "bridge/interp_state.hpp"
#include "bridge/tcl_compat.hpp"

#ifndef TKEXT_VERSION
#error "TKEXT_VERSION must be defined by the build"
#endif

namespace {

struct CommandSpec {
    const char* name;  // inside ::tkext
    Tcl_ObjCmdProc* proc;
};

constexpr std::array<CommandSpec, 10> command_table{{
    {"flatten", &tkext::commands::flatten_command},
    {"coords", &tkext::commands::coords_command},
    {"create", &tkext::commands::create_command},
    {"rotate", &tkext::commands::rotate_command},
    {"transform", &tkext::commands::transform_command},
    {"geom", &tkext::commands::geom_command},
    {"enable", &tkext::commands::enable_command},
    {"disable", &tkext::commands::disable_command},
    {"packed", &tkext::commands::packed_command},
    {"svg", &tkext::commands::svg_command},
}};

// Everything after the stubs: state, namespace, commands, ensemble, provide.
// May throw (allocation); the callers guard it.
int initialise(Tcl_Interp* interp) {
    auto* state = tkext::bridge::InterpState::attach(interp);
    Tcl_Namespace* ns = Tcl_FindNamespace(interp, "::tkext", nullptr, 0);
    if (ns == nullptr) ns = Tcl_CreateNamespace(interp, "::tkext", nullptr, nullptr);
    if (ns == nullptr) return TCL_ERROR;

    for (const CommandSpec& spec : command_table) {
        const std::string name = std::string("::tkext::") + spec.name;
        Tcl_CreateObjCommand(interp, name.c_str(), spec.proc, state, nullptr);
    }
    if (Tcl_Export(interp, ns, "[a-z]*", 0) != TCL_OK) return TCL_ERROR;
    if (Tcl_FindCommand(interp, "::tkext", nullptr, 0) == nullptr &&
        Tcl_CreateEnsemble(interp, "::tkext", ns, TCL_ENSEMBLE_PREFIX) == nullptr) {
        return TCL_ERROR;
    }
    return Tcl_PkgProvideEx(interp, "tkext", TKEXT_VERSION, nullptr);
}

}  // namespace

extern "C" DLLEXPORT int Tkext_Init(Tcl_Interp* interp) {
    if (Tcl_InitStubs(interp, "8.6-", 0) == nullptr) return TCL_ERROR;
    if (Tcl_PkgPresent(interp, "Tk", "8.6-", 0) != nullptr) {
        if (Tk_InitStubs(interp, "8.6-", 0) == nullptr) return TCL_ERROR;
    } else {
        Tcl_ResetResult(interp);
    }
    // Like every command procedure: no C++ exception crosses into Tcl.
    return tkext::bridge::run_guarded(interp, [&] { return initialise(interp); });
}

extern "C" DLLEXPORT int Tkext_SafeInit(Tcl_Interp* interp) {
    return Tkext_Init(interp);
}
