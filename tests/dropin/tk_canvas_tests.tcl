# tk_canvas_tests.tcl — runs Tk's own canvas test files (tests/canv*.test of a
# Tk 8.6 or 9.0 source tree) in this tclsh or wish, plain or with tkext
# enabled on every canvas, and writes one line per test: "name outcome"
# (passed, failed, skipped).
#   tclsh8.6 tk_canvas_tests.tcl TK_TESTS_DIR plain|tkext OUTPUT_FILE
#   wish9.0 tk_canvas_tests.tcl TK_TESTS_DIR plain|tkext OUTPUT_FILE
# scripts/dropin.sh runs it twice and compares the two files.
lassign $argv testsDir mode outputFile
# Each test file passes $argv to tcltest::configure: the files must see none.
set argv {}
set argc 0

package require Tk
if {$mode eq "tkext"} {
    # What an application does to get tkext everywhere: every canvas there is
    # and every canvas created later takes every coordinate shape.
    package require tkext
    tkext::enable
}
package require tcltest 2.2

# Each test's outcome, from tcltest's own report lines.
set ::outcomes {}
proc record {line} {
    if {[regexp {^\+\+\+\+ (\S+) PASSED} $line -> name]} {
        dict set ::outcomes $name passed
    } elseif {[regexp {^\+\+\+\+ (\S+) SKIPPED} $line -> name]} {
        dict set ::outcomes $name skipped
    } elseif {[regexp {^==== (\S+) .*FAILED$} $line -> name]} {
        dict set ::outcomes $name failed
    }
}
set ::outputChannel [tcltest::outputChannel]
rename puts tcltest_original_puts
proc puts {args} {
    # Every line tcltest writes passes through here on its way out.
    set line [lindex $args end]
    foreach each [split $line \n] {record $each}
    tcltest_original_puts {*}$args
}

# tcltest's final cleanupTests exits when Tk is loaded: the results are
# written on the way out.
rename exit tcltest_original_exit
proc exit {args} {
    # Proof that the mode is what it claims: a list of pairs is Tk's error,
    # and tkext's shape, on a canvas made after everything else.
    catch {destroy .dropinProbe}
    canvas .dropinProbe
    set probe [expr {[catch {.dropinProbe create line {{0 0} {10 10}}}] ? "plain" : "tkext"}]
    set out [open $::outputFile w]
    dict for {name outcome} $::outcomes {
        tcltest_original_puts $out "$name $outcome"
    }
    close $out
    tcltest_original_puts "tk canvas tests ($::mode): [dict size $::outcomes] tests, canvases behave as $probe"
    tcltest_original_exit [expr {$probe eq $::mode ? 0 : 3}]
}

# As Tk's own tests/all.tcl configures them.  Tk 8.6's files expect
# constraints.tcl loaded first; Tk 9's source main.tcl themselves, which loads
# it after the testutils it needs.
set testsDir [file normalize $testsDir]
set loadfile {}
if {![file exists [file join $testsDir main.tcl]]} {
    set loadfile [list -loadfile [file join $testsDir constraints.tcl]]
}
tcltest::configure -testdir $testsDir -file {canv*.test} {*}$loadfile \
    -singleproc 1 -verbose {pass skip} -tmpdir [pwd]
encoding system utf-8
tcltest::runAllTests
exit
