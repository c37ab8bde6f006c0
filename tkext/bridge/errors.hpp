// errors.hpp — setting tkext errors on an interpreter.
//
// Every tkext error carries a message in Tk's style (lowercase, the bad value
// quoted) and an -errorcode list that starts with TKEXT.  Command procedures
// never let a C++ exception reach Tcl: run_guarded turns it into an error.
#pragma once

#include <exception>
#include <initializer_list>
#include <new>
#include <string>
#include <string_view>

#include "tcl_compat.hpp"

namespace tkext::bridge {

// Sets `message` as the result and TKEXT + `code` as -errorcode; returns TCL_ERROR.
int set_error(Tcl_Interp* interp, std::string_view message,
              std::initializer_list<std::string_view> code);

// The value's text, shortened and made printable, in double quotes.
std::string quoted(Tcl_Obj* value);

// Runs `body` (which returns a Tcl status), converting escaping exceptions
// into TKEXT INTERNAL / TKEXT MEMORY errors.
template <class Body>
int run_guarded(Tcl_Interp* interp, Body&& body) noexcept {
    try {
        return body();
    } catch (const std::bad_alloc&) {
        return set_error(interp, "out of memory", {"MEMORY"});
    } catch (const std::exception& e) {
        return set_error(interp, std::string("internal error: ") + e.what(), {"INTERNAL"});
    } catch (...) {
        return set_error(interp, "internal error", {"INTERNAL"});
    }
}

}  // namespace tkext::bridge
