# common.tcl — shared by every tkext test file: loads tkext, defines the
# constraints, and small helpers.  Source it at the top of each .test file.
package require tcltest 2.5
namespace import -force ::tcltest::*

package require tkext

# Every command the test files use must exist: a build that lost one fails
# here instead of skipping (a missing command would only be noticed per test).
foreach command {flatten coords create enable disable packed geom rotate transform svg} {
    if {[info commands ::tkext::$command] eq ""} {
        error "tkext::$command is missing from this build of tkext"
    }
}

# TKEXT_REQUIRE_DISPLAY=1 (set by ctest for every run that has a display, and
# so by scripts/test.sh and CI): Tk must load, or the file fails instead of
# skipping its Tk cases.  Only the *.no_tk runs go without it.
set requireDisplay [expr {[info exists ::env(TKEXT_REQUIRE_DISPLAY)] && $::env(TKEXT_REQUIRE_DISPLAY) eq "1"}]

# tk: Tk could be loaded (needs a display; ctest runs under xvfb-run).
testConstraint tk [expr {![catch {package require Tk} tkProblem]}]
if {[testConstraint tk]} {
    wm withdraw .
} elseif {$requireDisplay} {
    error "TKEXT_REQUIRE_DISPLAY=1 but Tk cannot be loaded: $tkProblem"
}
# tk86, tk9: the Tk loaded is 8.6 / 9.x, for results that differ between them.
testConstraint tk86 [expr {[testConstraint tk] && [package vsatisfies [package provide Tk] 8.6]}]
testConstraint tk9 [expr {[testConstraint tk] && [package vsatisfies [package provide Tk] 9]}]
# bigIntIsInt, bigIntIsWide: this Tcl holds 2**40 as an "int" (a C long: 64 bits
# on Linux, and every Tcl 9) or as a "wideInt" (Tcl 8.6 on Windows, where a long
# is 32 bits); Tk 8.6 mangles the former outside C int's range, not the latter.
testConstraint bigIntIsInt [string match {value is a int *} [tcl::unsupported::representation [expr {2**40}]]]
testConstraint bigIntIsWide [string match {value is a wideInt *} [tcl::unsupported::representation [expr {2**40}]]]
# notk: running in a plain tclsh where Tk is not loaded (ctest's *.no_tk runs).
testConstraint notk [expr {[info commands ::tk] eq ""}]
# tcllib: tcllib's math::geometry is present (baselines for geometry).  Debian 12
# packages tcllib for Tcl 8.6 only, so on Tcl 9.0 these cases skip by this name.
testConstraint tcllib [expr {![catch {package require math::geometry}]}]
# thread: the Thread package (Debian's tcl-thread on 8.6; on 9.0 Thread 3 when
# scripts/tcltk9.sh could build it, else these cases skip by this name).
testConstraint thread [expr {![catch {package require Thread}]}]
# Both are installed by scripts/install-deps.sh for Tcl 8.6 (Debian's tcllib and
# tcl-thread): under ctest on 8.6 they are required too.  Debian 12 has neither
# for Tcl 9, nor any for the Windows Tcl/Tk of scripts/tcltk-windows.sh, so
# there their cases skip under the constraint names above.
if {$requireDisplay && [package vsatisfies [package provide Tcl] 8.6]
        && $::tcl_platform(platform) eq "unix"} {
    foreach {constraint package} {tcllib math::geometry thread Thread} {
        if {![testConstraint $constraint]} {
            error "TKEXT_REQUIRE_DISPLAY=1 but $package cannot be loaded"
        }
    }
}

# errorResult script -> {errorcode message}: runs script, which must fail.
proc errorResult {script} {
    if {![catch {uplevel 1 $script} message options]} {
        return -code error "expected an error, got \"$message\""
    }
    return [list [dict get $options -errorcode] $message]
}

# freshCanvas ?path? -> a new empty canvas at path (default .c), replacing any.
proc freshCanvas {{path .c}} {
    catch {destroy $path}
    canvas $path
    return $path
}

# nested value depth -> value wrapped in depth one-element lists.
proc nested {value depth} {
    for {set i 0} {$i < $depth} {incr i} {
        set value [list $value]
    }
    return $value
}
