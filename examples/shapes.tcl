# shapes.tcl — the same line from every coordinate shape, with plain Tk's answer beside.
package require Tk
package require tkext
wm withdraw .
canvas .c
foreach {label args} {
    "flat arguments"   {10 20 30 40}
    "one flat list"    {{10 20 30 40}}
    "pairs"            {{10 20} {30 40}}
    "list of pairs"    {{{10 20} {30 40}}}
    "nested, mixed"    {{{{10 20}}} 30 {40}}
    "with units"       {{1c 2c} {3c 4c}}
} {
    set tk [expr {[catch {.c create line {*}$args} msg] ? "error: $msg" : "ok"}]
    set id [tkext::create .c line {*}$args]
    puts [format "%-15s tk: %-45s tkext: %s" $label $tk [.c coords $id]]
}
exit
