# common.tcl — shared by every tkext test file: loads tkext, defines the
# constraints, and small helpers.  Source it at the top of each .test file.
package require tcltest 2.5
namespace import -force ::tcltest::*

package require tkext

# tk: Tk could be loaded (needs a display; ctest runs under xvfb-run).
testConstraint tk [expr {![catch {package require Tk}]}]
if {[testConstraint tk]} {
    wm withdraw .
}
# notk: running in a plain tclsh where Tk is not loaded (ctest's *.no_tk runs).
testConstraint notk [expr {[info commands ::tk] eq ""}]
# tcllib: tcllib's math::geometry is present (baselines for geometry).
testConstraint tcllib [expr {![catch {package require math::geometry}]}]
# thread: Debian's tcl-thread.
testConstraint thread [expr {![catch {package require Thread}]}]

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
