# all.tcl — runs the tcltest files in this directory; exits non-zero on any failure.
#   tclsh all.tcl ?-file pattern? ?tcltest options?
# Needs TCLLIBPATH to include the build directory (ctest sets it).
package require tcltest 2.5
tcltest::configure -testdir [file dirname [file normalize [info script]]] {*}$argv
set failed [tcltest::runAllTests]
exit [expr {$failed ? 1 : 0}]
